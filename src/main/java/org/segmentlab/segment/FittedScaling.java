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
  /** A feature with more than this share of the variance dominates the distances. */
  public static final double DOMINANT_SHARE = 0.8;

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
      if (scaling == Scaling.ROBUST) {
        Arrays.sort(values);
      }
      double min = Arrays.stream(values).min().orElseThrow();
      double max = Arrays.stream(values).max().orElseThrow();
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
          double deviation = Statistics.populationStandardDeviation(values, mean);
          if (!Double.isFinite(mean) || !Double.isFinite(deviation) || deviation == 0) {
            // values near the ends of the double range overflow the sums, subnormal ones underflow
            // their squares: compute on the values divided by the largest magnitude instead
            double magnitude = Math.max(Math.abs(min), Math.abs(max));
            double[] shrunk = Arrays.stream(values).map(v -> v / magnitude).toArray();
            double shrunkMean = Statistics.mean(shrunk);
            mean = shrunkMean * magnitude;
            deviation = Statistics.populationStandardDeviation(shrunk, shrunkMean) * magnitude;
          }
          center[j] = mean;
          scale[j] = deviation;
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
      checkComputable(name, min, max, center[j], scale[j]);
      ExtremeValues.warning(name, values, scaling).ifPresent(warnings::add);
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

  /**
   * Each feature's share of the total variance after scaling: the weight it has in the distances.
   * A share over {@link #DOMINANT_SHARE} means that one feature decides the segments alone.
   */
  public double[] varianceShares(FeatureMatrix matrix) {
    int d = matrix.dimensions();
    double[] variance = new double[d];
    for (int j = 0; j < d; j++) {
      // measured on the scaled values: squares of tiny (subnormal) file values underflow to 0
      double[] values = matrix.column(j);
      for (int i = 0; i < values.length; i++) {
        values[i] = Double.isInfinite(scale[j]) ? 0 : (values[i] - center[j]) / scale[j];
      }
      double mean = Statistics.mean(values);
      double sd = Statistics.populationStandardDeviation(values, mean);
      variance[j] = sd * sd;
    }
    double total = Arrays.stream(variance).sum();
    for (int j = 0; j < d; j++) {
      variance[j] = total > 0 ? variance[j] / total : 0;
    }
    return variance;
  }

  /** The warning for a feature that swamps the others, if one does. */
  public java.util.Optional<String> dominanceWarning(FeatureMatrix matrix) {
    double[] shares = varianceShares(matrix);
    for (int j = 0; j < shares.length; j++) {
      if (shares.length > 1 && shares[j] > DOMINANT_SHARE) {
        return java.util.Optional.of(String.format(java.util.Locale.ROOT,
            "\"%s\" makes up %.1f %% of the variance with %s scaling, so it alone decides the segments. %s",
            features.get(j), 100 * shares[j], scaling.toString().toLowerCase(java.util.Locale.ROOT),
            dominanceAdvice()));
      }
    }
    return java.util.Optional.empty();
  }

  /** What to do about a dominating feature, which depends on the scaling that let it dominate. */
  private String dominanceAdvice() {
    return switch (scaling) {
      case NONE -> "Choose min-max or z-score scaling to let every feature count.";
      case MIN_MAX, Z_SCORE -> "The other features vary little next to it, or a few extreme values squash "
          + "them: check them for such values, or choose robust scaling.";
      case ROBUST -> "Its values spread far beyond its middle half: check it for extreme values, or choose "
          + "min-max scaling.";
    };
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

  /**
   * A feature whose values are so far apart that its scaled values or their squared distances
   * overflow would be dropped from the distances without a word: refuse it instead.
   */
  private static void checkComputable(String name, double min, double max, double center, double scale)
      throws DataException {
    double low = (min - center) / scale;
    double high = (max - center) / scale;
    boolean computable = Double.isFinite(center) && Double.isFinite(scale) && scale > 0
        && Double.isFinite(low) && Double.isFinite(high) && Math.max(Math.abs(low), Math.abs(high)) < 1e150;
    if (!computable) {
      throw DataException.inColumn(null, name, "its values run from " + NumberText.format(min) + " to "
          + NumberText.format(max) + ", too far apart to compute distances with. Correct or remove the "
          + "extreme values, or leave those cells empty to skip those users.");
    }
  }
}
