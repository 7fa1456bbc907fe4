// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.SegmentNamer;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

class ProfileChartTest {
  @Test
  void highSpendersStandFarAboveEveryoneOnSpendAndTheirCellIsWarm() throws Exception {
    Segmentation segmentation = Segmenter.run(DatasetLoader.load(TestFiles.sample()),
        SegmentationSettings.defaults(List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND)));
    ProfileChart chart = ProfileChart.of(segmentation, "profile");
    ProfileChart.Row spenders = chart.rows().stream()
        .filter(r -> r.name().equals(SegmentNamer.HIGH_SPENDERS)).findFirst().orElseThrow();
    double spendMean = segmentation.segments().get(spenders.number() - 1).means().get(1);
    assertEquals(spendMean, spenders.means()[1]);
    double everyone = segmentation.matrix().column(1).length == 0 ? 0
        : java.util.Arrays.stream(segmentation.matrix().column(1)).average().orElseThrow();
    assertEquals(everyone, chart.overallMeans()[1], 1e-9);
    assertTrue(spenders.standardised()[1] > 1, "far above everyone: " + spenders.standardised()[1]);
    int warm = ProfilePicture.shade(spenders.standardised()[1]);
    assertTrue(((warm >> 16) & 0xFF) > (warm & 0xFF), "above the mean is shaded warm");
    int cool = ProfilePicture.shade(-1);
    assertTrue((cool & 0xFF) > ((cool >> 16) & 0xFF), "below the mean is shaded cool");
    assertEquals(0xFFFFFF, ProfilePicture.shade(0), "at the mean, white");
  }

  @Test
  void distancesReadAsSignedStandardDeviations() {
    assertEquals("+1.2 SD", ProfileChart.standardisedText(1.24));
    assertEquals("−0.4 SD", ProfileChart.standardisedText(-0.38));
    assertEquals("0.0 SD", ProfileChart.standardisedText(-0.01));
  }
}
