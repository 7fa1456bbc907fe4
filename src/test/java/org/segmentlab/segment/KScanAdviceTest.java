// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Choose k advice says what the recommendation rule did, and names each k once a sentence. */
class KScanAdviceTest {

  @Test
  void aNearTieSaysTheSmallerKIsPreferredNotThatItScoresBest() {
    var rows = List.of(new KScan.Row(2, 48, 0.570, 0.47), new KScan.Row(3, 20, 0.576, 0.154),
        new KScan.Row(4, 11, 0.565, 0.138));
    var result = KScan.recommend(rows, 999, false);
    assertEquals(2, result.bestK());
    assertEquals("k = 2 is recommended (silhouette 0.570): k = 3 scores about the same (0.576, within 0.01) with "
        + "one more segment, its smallest being 15.4 % of users, and the smaller k is preferred as easier to act on.",
        result.reason());
  }

  @Test
  void aNearTieWithAFartherKStillDescribesTheNextK() {
    var rows = List.of(new KScan.Row(2, 48, 0.570, 0.47), new KScan.Row(3, 20, 0.40, 0.2),
        new KScan.Row(4, 11, 0.575, 0.138));
    assertEquals("k = 2 is recommended (silhouette 0.570): k = 4 scores about the same (0.575, within 0.01), and "
        + "the smaller k is preferred as easier to act on; k = 3 adds a segment, its smallest being 20.0 % of users "
        + "(silhouette 0.400).", KScan.recommend(rows, 999, false).reason());
  }

  @Test
  void aClearBestSaysItSeparatesUsersBest() {
    var rows = List.of(new KScan.Row(2, 48, 0.469, 0.47), new KScan.Row(3, 20, 0.586, 0.154),
        new KScan.Row(4, 11, 0.565, 0.138));
    assertEquals("k = 3 separates users best (silhouette 0.586); k = 4 adds a segment, its smallest being 13.8 % of "
        + "users (silhouette 0.565).", KScan.recommend(rows, 999, false).reason());
  }
}
