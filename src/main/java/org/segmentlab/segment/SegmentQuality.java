// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the users are separated: the mean silhouette overall and per segment, and flags for
 * segments a product manager should not act on blindly (weak or tiny).
 *
 * @param perSegment mean silhouette of segment number i + 1
 * @param scored how many users were scored (all, or a seeded sample above the exact limit)
 */
public record SegmentQuality(double mean, List<Double> perSegment, int scored, boolean sampled, List<String> flags) {
  /** A segment whose users are barely closer to each other than to another segment. */
  public static final double WEAK_SILHOUETTE = 0.1;
  /** A segment smaller than this share of users is flagged as tiny. */
  public static final double TINY_SHARE = 0.01;

  public SegmentQuality {
    perSegment = List.copyOf(perSegment);
    flags = List.copyOf(flags);
  }

  static SegmentQuality of(double[][] scaled, int[] labels, int k, double[] shares, long seed) {
    Silhouette.Score score = Silhouette.of(scaled, labels, k, seed);
    List<Double> per = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      double s = score.perSegment()[c];
      per.add(s);
      List<String> notes = new ArrayList<>();
      if (s < WEAK_SILHOUETTE) {
        notes.add(s < 0
            ? "Weak: many of these users are closer to another segment than to their own."
            : "Weak: these users are barely closer to each other than to the next segment.");
      }
      if (shares[c] < TINY_SHARE) {
        notes.add(String.format(Locale.ROOT,
            "Tiny: %.1f %% of users, too few to act on and possibly outliers.", 100 * shares[c]));
      }
      flags.add(String.join(" ", notes));
    }
    return new SegmentQuality(score.mean(), per, score.scored(), score.sampled(), flags);
  }

  /** "silhouette 0.565" or "silhouette 0.565 (sample of 5,000 users)". */
  public String describe() {
    return String.format(Locale.ROOT, "silhouette %.3f", mean)
        + (sampled ? String.format(Locale.ROOT, " (sample of %,d users)", scored) : "");
  }
}
