// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.segmentlab.data.NumberText;

/**
 * Finds the few values of a feature that lie so far from the rest that they decide its scale:
 * one 1e308 among spends of hundreds maps every other spend to about 0 under min-max scaling.
 */
final class ExtremeValues {
  /** A value this many interquartile ranges beyond the quartiles is extreme. */
  static final double FENCE_IQRS = 50;

  /** The quartiles are taken from at most this many values, picked evenly. */
  private static final int SAMPLE = 10_000;

  private static final int NAMED = 3;

  private ExtremeValues() {}

  /** The warning naming a feature's extreme values, if it has any. */
  static Optional<String> warning(String feature, double[] values, Scaling scaling) {
    int step = Math.max(1, values.length / SAMPLE);
    double[] sample = new double[(values.length + step - 1) / step];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = values[i * step];
    }
    Arrays.sort(sample);
    double q1 = Statistics.quantileOfSorted(sample, 0.25);
    double q3 = Statistics.quantileOfSorted(sample, 0.75);
    double iqr = q3 - q1;
    if (!(iqr > 0) || !Double.isFinite(iqr)) {
      return Optional.empty(); // mostly one value (a flag, a count of zeros): no scale to squash
    }
    double low = q1 - FENCE_IQRS * iqr;
    double high = q3 + FENCE_IQRS * iqr;
    int count = 0;
    Set<String> named = new LinkedHashSet<>();
    for (double value : values) {
      if (value < low || value > high) {
        count++;
        if (named.size() < NAMED) {
          named.add(NumberText.format(value));
        }
      }
    }
    if (count == 0) {
      return Optional.empty();
    }
    String which = count == 1 ? "1 value far outside the rest (" + named.iterator().next() + ")"
        : String.format(Locale.ROOT, "%,d values far outside the rest (%s%s)", count, join(List.copyOf(named)),
            count > named.size() ? ", …" : "");
    boolean one = count == 1;
    String effect = scaling == Scaling.ROBUST
        ? (one ? "it lies so far out that it may make a segment of its own. Check that value."
            : "they lie so far out that they may make a segment of their own. Check those values.")
        : (one ? "it stretches" : "they stretch") + " the feature's " + scaling.toString().toLowerCase(Locale.ROOT)
            + " scale so far that the other users' values end up close together and the feature hardly "
            + "separates them. Check " + (one ? "that value" : "those values") + "; robust scaling is less "
            + "affected by " + (one ? "it." : "them.");
    return Optional.of("\"" + feature + "\" has " + which + ": " + effect);
  }

  private static String join(List<String> values) {
    return String.join(", ", values);
  }
}
