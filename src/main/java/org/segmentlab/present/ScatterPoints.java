// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import org.segmentlab.data.Dataset;
import org.segmentlab.segment.Segmentation;
import tech.tablesaw.api.DoubleColumn;

/**
 * The users a scatter chart draws: both coordinates in the file's units and the segment number of
 * each (0 for users left out), for the users that have both values. Arrays are shared, not copied:
 * a million users are drawn many times, and nothing here changes them.
 */
public record ScatterPoints(String xColumn, String yColumn, double[] x, double[] y, int[] segment, int[] tableRow) {
  /** The users of a segmentation on two numeric columns of its data. */
  public static ScatterPoints of(Segmentation segmentation, String xColumn, String yColumn) {
    Dataset data = segmentation.dataset();
    if (!(data.table().column(xColumn) instanceof DoubleColumn xs)
        || !(data.table().column(yColumn) instanceof DoubleColumn ys)) {
      throw new IllegalArgumentException("both chart axes must be numeric columns: " + xColumn + ", " + yColumn);
    }
    int n = data.rowCount();
    int[] keep = new int[n];
    int count = 0;
    for (int r = 0; r < n; r++) {
      if (Double.isFinite(xs.getDouble(r)) && Double.isFinite(ys.getDouble(r))) {
        keep[count++] = r;
      }
    }
    double[] x = new double[count];
    double[] y = new double[count];
    int[] segment = new int[count];
    int[] rows = java.util.Arrays.copyOf(keep, count);
    for (int i = 0; i < count; i++) {
      x[i] = xs.getDouble(rows[i]);
      y[i] = ys.getDouble(rows[i]);
      segment[i] = segmentation.segmentOfTableRow(rows[i]);
    }
    return new ScatterPoints(xColumn, yColumn, x, y, segment, rows);
  }

  public int size() {
    return x.length;
  }

  /** The mean position of each segment's users, [number - 1] = {x, y}; NaN for an empty one. */
  public double[][] centres(int k) {
    double[][] sums = new double[k][2];
    int[] counts = new int[k];
    for (int i = 0; i < x.length; i++) {
      int s = segment[i];
      if (s > 0 && s <= k) {
        sums[s - 1][0] += x[i];
        sums[s - 1][1] += y[i];
        counts[s - 1]++;
      }
    }
    for (int c = 0; c < k; c++) {
      sums[c][0] = counts[c] == 0 ? Double.NaN : sums[c][0] / counts[c];
      sums[c][1] = counts[c] == 0 ? Double.NaN : sums[c][1] / counts[c];
    }
    return sums;
  }
}
