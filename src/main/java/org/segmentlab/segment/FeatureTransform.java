// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.Arrays;
import java.util.Optional;

/**
 * What is done to a feature's values before scaling. {@code LOG} is log(1 + x): it pulls in a long
 * tail (minutes since the last visit, spend) so that a few extreme users do not stretch the scale
 * and squeeze everyone else together. Only for values of 0 or more.
 */
public enum FeatureTransform {
  NONE("none", "x"),
  LOG("log1p", "log(1 + x)");

  private final String id;
  private final String formula;

  FeatureTransform(String id, String formula) {
    this.id = id;
    this.formula = formula;
  }

  /** The name written in run records and model files. */
  public String id() {
    return id;
  }

  /** The formula as a reader would write it. */
  public String formula() {
    return formula;
  }

  public static Optional<FeatureTransform> fromId(String text) {
    return Arrays.stream(values()).filter(t -> t.id.equals(text)).findFirst();
  }

  /**
   * The transformed value. Written as {@code Math.log(1 + x)} rather than {@code Math.log1p}: it
   * is the same expression the scoring SQL uses ({@code LN(1 + x)}), so every engine computes it
   * the same way.
   */
  public double apply(double value) {
    return this == LOG ? Math.log(1 + value) : value;
  }

  /** Back from the transformed value to the file's units. */
  public double invert(double value) {
    return this == LOG ? Math.exp(value) - 1 : value;
  }

  /** True when the transform is defined for the value. */
  public boolean accepts(double value) {
    return this != LOG || value >= 0;
  }
}
