// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentColours;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;

/**
 * Everything a scatter chart of a segmentation shows, without a toolkit: title, the settings it
 * reflects, the users, the view, each segment's legend entry and centre.
 */
public record ScatterChart(
    String title, String subtitle, ScatterPoints points, Viewport view, List<LegendEntry> legend,
    int skipped, double[][] centres) {

  /** One segment in the legend, with its colour as 0xRRGGBB. */
  public record LegendEntry(int number, String name, int size, double share, int rgb) {
    /** "376 users · 37.6 %". */
    public String sizeText() {
      return String.format(Locale.ROOT, "%,d users · %.1f %%", size, 100 * share);
    }
  }

  public ScatterChart {
    legend = List.copyOf(legend);
  }

  /**
   * The chart of a segmentation on two numeric columns, everyone in view. A blank title gives the
   * default: the file's name and the number of segments.
   */
  public static ScatterChart of(Segmentation segmentation, String xColumn, String yColumn, String title) {
    ScatterPoints points = ScatterPoints.of(segmentation, xColumn, yColumn);
    List<LegendEntry> legend = new ArrayList<>();
    for (SegmentProfile p : segmentation.segments()) {
      legend.add(new LegendEntry(p.number(), p.name(), p.size(), p.share(), SegmentColours.rgb(p.identity())));
    }
    return new ScatterChart(
        title == null || title.isBlank() ? defaultTitle(segmentation) : title,
        settingsText(segmentation), points, Viewport.fitting(points.x(), points.y()), legend,
        segmentation.skipped(), points.centres(legend.size()));
  }

  /** "userbehaviour.csv — 4 segments". */
  public static String defaultTitle(Segmentation segmentation) {
    return segmentation.dataset().file().getFileName() + " — " + segmentation.segments().size() + " segments";
  }

  /** The settings a picture reflects, said once under its title. */
  public static String settingsText(Segmentation segmentation) {
    SegmentationSettings s = segmentation.settings();
    String scaling = s.scaling() == Scaling.NONE
        ? "no scaling" : s.scaling().toString().toLowerCase(Locale.ROOT) + " scaling";
    return String.format(Locale.ROOT, "%,d users · k = %d · %s · seed %d · %d restarts · features: %s",
        segmentation.rows(), s.k(), scaling, s.seed(), s.restarts(), String.join(", ", s.features()));
  }

  /** The colour of each segment number as 0xRRGGBB; index 0 is the grey of users left out. */
  public int[] rgbOfNumber() {
    int[] rgb = new int[legend.size() + 1];
    rgb[0] = SegmentColours.rgb(0);
    for (LegendEntry entry : legend) {
      rgb[entry.number()] = entry.rgb();
    }
    return rgb;
  }

  /** The same chart showing another part of the data. */
  public ScatterChart withView(Viewport newView) {
    return new ScatterChart(title, subtitle, points, newView, legend, skipped, centres);
  }
}
