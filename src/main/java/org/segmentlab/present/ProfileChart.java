// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.segment.SegmentColours;
import org.segmentlab.segment.SegmentNamer;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;

/**
 * What sets each segment apart, as numbers a heat map, a table or a tooltip can show: for every
 * segment and feature, the segment's mean and median against the overall mean, and how many
 * overall standard deviations apart they are.
 */
public record ProfileChart(String title, List<String> features, double[] overallMeans, List<Row> rows) {
  /** One segment's figures, feature by feature. */
  public record Row(int number, String name, int size, double share, int rgb, double[] means, double[] medians,
      double[] standardised) {}

  public ProfileChart {
    features = List.copyOf(features);
    rows = List.copyOf(rows);
  }

  public static ProfileChart of(Segmentation segmentation, String title) {
    SegmentNamer.Population population = segmentation.population();
    List<String> features = population.features();
    int d = features.size();
    List<Row> rows = new ArrayList<>();
    for (SegmentProfile p : segmentation.segments()) {
      double[] means = new double[d];
      double[] medians = new double[d];
      double[] z = new double[d];
      for (int j = 0; j < d; j++) {
        means[j] = p.means().get(j);
        medians[j] = p.medians().get(j);
        double spread = population.deviations()[j];
        z[j] = spread > 0 ? (means[j] - population.means()[j]) / spread : 0;
      }
      rows.add(new Row(p.number(), p.name(), p.size(), p.share(), SegmentColours.rgb(p.identity()), means, medians,
          z));
    }
    return new ProfileChart(title, features, population.means().clone(), rows);
  }

  /** "+1.2 SD", "−0.4 SD" or "0.0 SD": how far a segment's mean is from everyone's. */
  public static String standardisedText(double z) {
    String magnitude = String.format(Locale.ROOT, "%.1f", Math.abs(z));
    if (magnitude.equals("0.0")) {
      return "0.0 SD";
    }
    return (z < 0 ? "−" : "+") + magnitude + " SD";
  }

  /** A mean or median as a person reads it: grouped, with two decimals below 100. */
  public static String valueText(double value) {
    return Math.abs(value) >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%,.2f", value);
  }
}
