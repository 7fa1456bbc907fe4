// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;

/**
 * Runs the segmentation for a range of k and measures each: inertia (for the elbow), mean
 * silhouette and the smallest segment's share, then recommends a k in words.
 */
public final class KScan {
  /** Silhouettes closer than this are a near-tie, and the smaller k wins. */
  public static final double NEAR_TIE = 0.01;

  /** One k's figures. */
  public record Row(int k, double inertia, double silhouette, double smallestShare) {}

  /** The scan's figures, its recommended k and the reason in plain words. */
  public record Result(
      List<Row> rows, int bestK, String reason, int silhouetteSample, boolean sampled, List<String> notes) {
    public Result {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }

    public Result(List<Row> rows, int bestK, String reason, int silhouetteSample, boolean sampled) {
      this(rows, bestK, reason, silhouetteSample, sampled, List.of());
    }

    /** The same result with a note on how the scan was run (for example, a narrowed range). */
    Result withNote(String note) {
      List<String> all = new java.util.ArrayList<>(notes);
      all.add(note);
      return new Result(rows, bestK, reason, silhouetteSample, sampled, all);
    }
  }

  private KScan() {}

  public static Result run(
      Dataset data, SegmentationSettings base, int fromK, int toK, Cancellation cancel, Progress progress)
      throws DataException {
    if (fromK < 2 || toK < fromK) {
      throw DataException.inChoice("the k range must be like 2..10 (from at least 2, up to at least from).");
    }
    // extract, scale and build the search tree once; each k reuses them
    Segmenter.Prepared prepared = Segmenter.prepare(data, base.withK(fromK));
    String narrowed = null;
    int possible = Segmenter.distinctRows(prepared.matrix(), toK);
    if (possible < toK) {
      narrowed = "only " + possible + (possible == prepared.matrix().size() ? " users have values in every "
          + "chosen feature" : " different combinations of the chosen features occur")
          + ", so k was tried from " + fromK + " to " + possible + " instead of " + fromK + " to " + toK + ".";
      toK = possible;
    }
    List<Row> rows = new ArrayList<>();
    int scored = 0;
    boolean sampled = false;
    int total = toK - fromK + 1;
    for (int k = fromK; k <= toK; k++) {
      cancel.check();
      int done = k - fromK;
      progress.update((double) done / total, "Trying k = " + k);
      Segmentation segmentation = Segmenter.cluster(prepared.withK(k), cancel, Progress.NONE);
      SegmentQuality score = segmentation.quality();
      scored = score.scored();
      sampled = score.sampled();
      double smallest = segmentation.segments().stream().mapToDouble(SegmentProfile::share).min().orElse(0);
      rows.add(new Row(k, segmentation.inertia(), score.mean(), smallest));
    }
    progress.update(1, "Scan done");
    Result result = recommend(rows, scored, sampled);
    return narrowed == null ? result : result.withNote(narrowed);
  }

  /** The highest silhouette wins; on a near-tie the smaller k, which is easier to act on. */
  static Result recommend(List<Row> rows, int scored, boolean sampled) {
    Row best = rows.get(0);
    for (Row row : rows) {
      if (row.silhouette() > best.silhouette()) {
        best = row;
      }
    }
    Row chosen = best;
    for (Row row : rows) {
      if (row.silhouette() >= best.silhouette() - NEAR_TIE) {
        chosen = row;
        break;
      }
    }
    var reason = new StringBuilder();
    Row next = null;
    for (Row row : rows) {
      if (row.k() == chosen.k() + 1) {
        next = row;
      }
    }
    if (chosen == best) {
      reason.append(String.format(Locale.ROOT,
          "k = %d separates users best (silhouette %.3f)", chosen.k(), chosen.silhouette()));
    } else {
      // the rule: the highest silhouette, but the smaller k when it is within NEAR_TIE of it
      reason.append(String.format(Locale.ROOT,
          "k = %d is recommended (silhouette %.3f): k = %d scores about the same (%.3f, within %.2f)",
          chosen.k(), chosen.silhouette(), best.k(), best.silhouette(), NEAR_TIE));
      if (best == next) {
        reason.append(String.format(Locale.ROOT, " with one more segment, its smallest being %.1f %% of users",
            100 * best.smallestShare()));
      }
      reason.append(", and the smaller k is preferred as easier to act on");
    }
    if (next != null && next != best) {
      reason.append(String.format(Locale.ROOT,
          "; k = %d adds a segment, its smallest being %.1f %% of users (silhouette %.3f)",
          next.k(), 100 * next.smallestShare(), next.silhouette()));
    }
    reason.append('.');
    return new Result(rows, chosen.k(), reason.toString(), scored, sampled);
  }
}
