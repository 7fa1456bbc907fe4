// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentlab.data.DataException;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.data.NumberText;

/**
 * A scaling fitted to the data: {@code scaled = (value - center) / scale} per feature. Invertible,
 * so centroids found in the scaled space are shown in the file's own units.
 */
public final class FittedScaling {
  private final Scaling scaling;
  private final List<String> features;
  private final double[] center;
  private final double[] scale;
  private final List<String> warnings;

  private FittedScaling(
      Scaling scaling, List<String> features, double[] center, double[] scale, List<String> warnings) {
    this.scaling = scaling;
    this.features = List.copyOf(features);
    this.center = center;
    this.scale = scale;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Fits the scaling. A feature with the same value for every user cannot separate anybody: it
   * is kept with a warning, and it is an error when no chosen feature varies.
   */
  public static FittedScaling fit(Scaling scaling, FeatureMatrix matrix) throws DataException {
    int d = matrix.dimensions();
    double[] center = new double[d];
    double[] scale = new double[d];
    List<String> warnings = new ArrayList<>();
    int varying = 0;
    for (int j = 0; j < d; j++) {
      double[] values = matrix.column(j);
      Arrays.sort(values);
      double min = values[0];
      double max = values[values.length - 1];
      String name = matrix.features().get(j);
      if (min == max) {
        warnings.add(
            "\"" + name + "\" is " + NumberText.format(min) + " for every user, so it cannot "
                + "tell segments apart and is left out of the distances.");
        center[j] = min;
        scale[j] = Double.POSITIVE_INFINITY; // every scaled value becomes 0
        continue;
      }
      varying++;
      switch (scaling) {
        case NONE -> {
          center[j] = 0;
          scale[j] = 1;
        }
        case MIN_MAX -> {
          center[j] = min;
          scale[j] = max - min;
        }
        case Z_SCORE -> {
          double mean = Statistics.mean(values);
          center[j] = mean;
          scale[j] = Statistics.populationStandardDeviation(values, mean);
        }
        case ROBUST -> {
          center[j] = Statistics.quantileOfSorted(values, 0.5);
          double iqr =
              Statistics.quantileOfSorted(values, 0.75) - Statistics.quantileOfSorted(values, 0.25);
          if (iqr > 0) {
            scale[j] = iqr;
          } else {
            scale[j] = max - min;
            warnings.add(
                "\"" + name + "\" has the same value for the middle half of users; robust scaling "
                    + "uses its full range instead.");
          }
        }
        default -> throw new IllegalArgumentException(String.valueOf(scaling));
      }
    }
    if (varying == 0) {
      throw DataException.inChoice(
          "none of the chosen features varies: every user has the same values, so there is "
              + "nothing to segment. Choose other columns.");
    }
    return new FittedScaling(scaling, matrix.features(), center, scale, warnings);
  }

  public Scaling scaling() {
    return scaling;
  }

  public List<String> features() {
    return features;
  }

  /** The value subtracted from each feature. */
  public double[] center() {
    return center.clone();
  }

  /** The value each feature is divided by (infinite for a feature with no variation). */
  public double[] scale() {
    return scale.clone();
  }

  /** Plain-language notes about features that could not be scaled as asked. */
  public List<String> warnings() {
    return warnings;
  }

  /** Every usable row of the matrix in the scaled space. */
  public double[][] transform(FeatureMatrix matrix) {
    double[][] out = new double[matrix.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = transform(matrix.row(i));
    }
    return out;
  }

  public double[] transform(double[] row) {
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = Double.isInfinite(scale[j]) ? 0 : (row[j] - center[j]) / scale[j];
    }
    return out;
  }

  /** Back to the file's units. */
  public double[] inverse(double[] scaled) {
    double[] out = new double[scaled.length];
    for (int j = 0; j < scaled.length; j++) {
      out[j] = Double.isInfinite(scale[j]) ? center[j] : scaled[j] * scale[j] + center[j];
    }
    return out;
  }
}
