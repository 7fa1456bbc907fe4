// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export.sql;

import java.util.List;
import org.segmentlab.segment.FeatureTransform;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentModel;

/**
 * A hand-made model whose constants make exact ties easy to write: a logged feature (0 scales to
 * exactly 0), a plain one ((value - 10) / 2) and one that did not vary (scale null).
 */
final class TieModel {
  static final String MINUTES = "Last Visited Minutes";
  static final String SPEND = "Spent (INR)";
  static final String FLAT = "Flat \"one\"";

  private TieModel() {}

  static SegmentModel model() {
    var features = List.of(
        new SegmentModel.Feature(MINUTES, FeatureTransform.LOG, 0, 1),
        new SegmentModel.Feature(SPEND, FeatureTransform.NONE, 10, 2),
        new SegmentModel.Feature(FLAT, FeatureTransform.NONE, 5, Double.POSITIVE_INFINITY));
    var segments = List.of(
        new SegmentModel.Segment(1, "Spenders", "#0072B2", 10, new double[] {0, 1, 0}),
        new SegmentModel.Segment(2, "O'Brien \\ fans", "#E69F00", 8, new double[] {0, -1, 0}),
        new SegmentModel.Segment(3, "Low, \"very\"", "#009E73", 6, new double[] {0, -3, 0}),
        new SegmentModel.Segment(4, "Gone", "#CC79A7", 2, new double[] {2, 0.1, 0}));
    var provenance = new SegmentModel.Provenance("ties.csv", "ab12", 26, 26,
        List.of("id", MINUTES, SPEND, FLAT), null);
    return new SegmentModel("test", provenance, Scaling.MIN_MAX, features, segments, 42, 1);
  }
}
