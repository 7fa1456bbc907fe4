// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.SegmentColours;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.testing.TestFiles;

class ScatterPictureTest {
  private static ScatterPoints points(double[] x, double[] y, int[] segment) {
    return new ScatterPoints("x", "y", x, y, segment, new int[x.length]);
  }

  @Test
  void aUserIsDrawnInItsSegmentsColourWhereItsValuesPlaceIt() {
    var points = points(new double[] {10, 90}, new double[] {20, 80}, new int[] {1, 2});
    var view = new Viewport(0, 100, 0, 100);
    int[] colours = {0xBBBBBB, 0x0072B2, 0xE69F00};
    int[] pixels = PointRaster.draw(points, colours, view, 200, 100, 1);
    int first = pixels[80 * 200 + 20]; // x 10 of 100 -> column 20; y 20 of 100 -> row 80
    int second = pixels[20 * 200 + 180];
    assertEquals(colours[1], first & 0xFFFFFF);
    assertEquals(colours[2], second & 0xFFFFFF);
    assertEquals(0, pixels[50 * 200 + 100], "no user, nothing drawn");
  }

  @Test
  void crowdedUsersShowAsACrowdNotASolidBlock() {
    int n = 400_000;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] segment = new int[n];
    var random = new java.util.SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      boolean dense = i % 4 != 0; // three quarters of the users in the left half's small square
      x[i] = dense ? 10 + random.nextDouble() * 20 : 50 + random.nextDouble() * 50;
      y[i] = dense ? 10 + random.nextDouble() * 20 : random.nextDouble() * 100;
      segment[i] = 1;
    }
    int[] pixels = PointRaster.draw(
        points(x, y, segment), new int[] {0, 0x0072B2}, new Viewport(0, 100, 0, 100), 400, 400, 1);
    int denseAlpha = pixels[(400 - 80) * 400 + 80] >>> 24;
    int sparseAlpha = pixels[200 * 400 + 300] >>> 24;
    assertTrue(denseAlpha > sparseAlpha, "dense " + denseAlpha + " vs sparse " + sparseAlpha);
    assertTrue(sparseAlpha < 200, "a sparse region is not painted solid: " + sparseAlpha);
  }

  @Test
  void usersAtZeroAreDrawnWholeInsideThePlot() {
    var points = points(new double[] {0, 100}, new double[] {0, 50}, new int[] {1, 1});
    Viewport view = Viewport.fitting(points.x(), points.y());
    int width = 400;
    int height = 300;
    double radius = PointRaster.radius(2);
    assertTrue(view.pixelX(0, width) >= radius && height - view.pixelY(0, height) >= radius,
        "the padding leaves room for a whole disc at (0, 0): " + view);
  }

  @Test
  void thePictureShowsTitleLegendAndEverySegmentsCentre() throws Exception {
    Segmentation segmentation = Segmenter.run(DatasetLoader.load(TestFiles.sample()),
        SegmentationSettings.defaults(List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND)));
    var chart = ScatterChart.of(segmentation, SegmentationSettings.MINUTES, SegmentationSettings.SPEND, "");
    assertEquals("userbehaviour.csv — 4 segments", chart.title());
    assertTrue(chart.subtitle().contains("999 users · k = 4 · min-max scaling · seed 42"), chart.subtitle());
    var image = ScatterPicture.paint(chart, 1600, 1000);
    assertEquals(1600, image.getWidth());
    assertEquals(1000, image.getHeight());
    // every segment's colour appears in the picture (users and legend)
    for (int number = 1; number <= 4; number++) {
      int rgb = SegmentColours.rgb(segmentation.segment(number).identity());
      assertTrue(contains(image, rgb), "segment " + number + " colour shown");
    }
  }

  private static boolean contains(java.awt.image.BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
