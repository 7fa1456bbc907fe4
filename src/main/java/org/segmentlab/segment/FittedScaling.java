// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentlab.data.DataException;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.data.NumberText;

/**
 * A scaling fitted to the data: {@code scaled = (transform(value) - center) / scale} per feature,
 * where the transform is none or log(1 + x) (see {@link FeatureTransform}) and center and scale
 * are fitted on the transformed values. Invertible, so centroids found in the scaled space are
 * shown in the file's own units.
 */
public final class FittedScaling {
  /** A feature with more than this share of the variance dominates the distances. */
  public static final double DOMINANT_SHARE = 0.8;

  private final Scaling scaling;
  private final List<String> features;
  private final List<FeatureTransform> transforms;
  private final double[] center;
  private final double[] scale;
  private final List<String> warnings;

  private FittedScaling(Scaling scaling, List<String> features, List<FeatureTransform> transforms,
      double[] center, double[] scale, List<String> warnings) {
    this.scaling = scaling;
    this.features = List.copyOf(features);
    this.transforms = List.copyOf(transforms);
    this.center = center;
    this.scale = scale;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Fits the scaling. A feature with the same value for every user cannot separate anybody: it
   * is kept with a warning, and it is an error when no chosen feature varies.
   */
  public static FittedScaling fit(Scaling scaling, FeatureMatrix matrix) throws DataException {
    return fit(scaling, matrix, List.of());
  }

  /**
   * Fits the scaling after taking log(1 + x) of the named features. A negative value in a logged
   * feature is an error (callers that know the lines check first, to name the line).
   */
  public static FittedScaling fit(Scaling scaling, FeatureMatrix matrix, List<String> logged)
      throws DataException {
    int d = matrix.dimensions();
    List<FeatureTransform> transforms = new ArrayList<>();
    for (String name : matrix.features()) {
      transforms.add(logged.contains(name) ? FeatureTransform.LOG : FeatureTransform.NONE);
    }
    for (String name : logged) {
      if (!matrix.features().contains(name)) {
        throw DataException.inChoice("\"" + name + "\" is to be logged but is not a chosen feature.");
      }
    }
    double[] center = new double[d];
    double[] scale = new double[d];
    List<String> warnings = new ArrayList<>();
    int varying = 0;
    for (int j = 0; j < d; j++) {
      double[] values = transformedColumn(matrix, j, transforms.get(j));
      if (scaling == Scaling.ROBUST) {
        Arrays.sort(values);
      }
      double min = Arrays.stream(values).min().orElseThrow();
      double max = Arrays.stream(values).max().orElseThrow();
      String name = matrix.features().get(j);
      if (min == max) {
        warnings.add(
            "\"" + name + "\" is " + NumberText.format(transforms.get(j).invert(min)) + " for every user, so it cannot "
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
    return new FittedScaling(scaling, matrix.features(), transforms, center, scale, warnings);
  }

  /**
   * A scaling with known constants, as read back from a saved model.
   *
   * @param scale per feature; infinite for a feature with no variation (it adds nothing to distances)
   */
  public static FittedScaling of(Scaling scaling, List<String> features, List<FeatureTransform> transforms,
      double[] center, double[] scale) {
    if (features.size() != transforms.size() || features.size() != center.length
        || features.size() != scale.length) {
      throw new IllegalArgumentException("one transform, center and scale per feature");
    }
    return new FittedScaling(scaling, features, transforms, center.clone(), scale.clone(), List.of());
  }

  private static double[] transformedColumn(FeatureMatrix matrix, int j, FeatureTransform transform)
      throws DataException {
    double[] values = matrix.column(j);
    if (transform != FeatureTransform.NONE) {
      for (int i = 0; i < values.length; i++) {
        if (!transform.accepts(values[i])) {
          throw DataException.inColumn(null, matrix.features().get(j), "the value "
              + NumberText.format(values[i]) + " is negative; " + transform.formula()
              + " needs values of 0 or more.");
        }
        values[i] = transform.apply(values[i]);
      }
    }
    return values;
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

  public Scaling scaling() {
    return scaling;
  }

  public List<String> features() {
    return features;
  }

  /** What is done to each feature before scaling, in feature order. */
  public List<FeatureTransform> transforms() {
    return transforms;
  }

  /** True when any feature is transformed before scaling. */
  public boolean transformsAny() {
    return transforms.stream().anyMatch(t -> t != FeatureTransform.NONE);
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
      FeatureTransform transform = transforms.get(j);
      for (int i = 0; i < values.length; i++) {
        values[i] = Double.isInfinite(scale[j]) ? 0 : (transform.apply(values[i]) - center[j]) / scale[j];
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
      out[j] = Double.isInfinite(scale[j]) ? 0 : (transforms.get(j).apply(row[j]) - center[j]) / scale[j];
    }
    return out;
  }

  /** Back to the file's units: undoes the scaling, then the transform. */
  public double[] inverse(double[] scaled) {
    double[] out = new double[scaled.length];
    for (int j = 0; j < scaled.length; j++) {
      double unscaled = Double.isInfinite(scale[j]) ? center[j] : scaled[j] * scale[j] + center[j];
      out[j] = transforms.get(j).invert(unscaled);
    }
    return out;
  }
}
