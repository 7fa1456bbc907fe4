// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How features are put on a comparable footing before distances are measured. */
public enum Scaling {
  NONE("none", "No scaling: the feature with the largest numbers decides the segments."),
  MIN_MAX("minmax", "Min-max: each feature is mapped to 0..1, so all weigh the same."),
  Z_SCORE("zscore", "Z-score: each feature is centred on its mean and divided by its spread."),
  ROBUST("robust", "Robust: median and interquartile range, so outliers do not stretch the scale.");

  private final String id;
  private final String explanation;

  Scaling(String id, String explanation) {
    this.id = id;
    this.explanation = explanation;
  }

  /** The name used on the command line and in run records. */
  public String id() {
    return id;
  }

  /** One line a product manager can read next to the choice. */
  public String explanation() {
    return explanation;
  }

  public static Optional<Scaling> fromId(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return switch (this) {
      case NONE -> "None";
      case MIN_MAX -> "Min-max";
      case Z_SCORE -> "Z-score";
      case ROBUST -> "Robust";
    };
  }
}
