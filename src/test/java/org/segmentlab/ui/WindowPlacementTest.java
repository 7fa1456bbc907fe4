// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the main window opens, for screens of several sizes and remembered bounds. */
class WindowPlacementTest {
  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

  @Test
  void aWindowRememberedTallerThanTheScreenOpensWithMenuAndStatusBarOnScreen() {
    // what the issue saw: 1280×820 at y = -17 on a 1366×768 screen
    assertEquals(new Rectangle2D(43, 0, 1280, 768), WindowPlacement.fit(1280, 820, 43, -17, LAPTOP));
  }

  @Test
  void aWindowRememberedOnAScreenThatIsGoneMovesOntoThisOne() {
    assertEquals(new Rectangle2D(166, 0, 1200, 700), WindowPlacement.fit(1200, 700, 2400, -300, LAPTOP));
  }

  @Test
  void aFirstLaunchCentresTheDefaultSizeOrTheWholeScreenIfSmaller() {
    assertEquals(new Rectangle2D(160, 90, 1280, 820),
        WindowPlacement.fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, new Rectangle2D(0, 0, 1600, 1000)));
    assertEquals(new Rectangle2D(43, 0, 1280, 768),
        WindowPlacement.fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, LAPTOP));
  }

  @Test
  void theVisibleAreaBelowAMenuBarIsRespected() {
    var belowMenuBar = new Rectangle2D(0, 25, 1440, 875);
    assertEquals(new Rectangle2D(100, 25, 1280, 820), WindowPlacement.fit(1280, 820, 100, 0, belowMenuBar));
  }

  @Test
  void aNonsenseRememberedSizeFallsBackToTheDefault() {
    assertEquals(new Rectangle2D(0, 0, 1280, 768), WindowPlacement.fit(3, -5, 0, 0, LAPTOP));
  }
}
