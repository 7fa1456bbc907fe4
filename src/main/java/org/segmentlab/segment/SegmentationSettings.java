// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.List;
import org.segmentlab.data.DataException;

/**
 * Everything that decides a segmentation besides the data; the same settings give the same result.
 *
 * @param leaveOutTextCells leave out users whose cell in a chosen numeric column is not a number
 *     ("abc"), counted like missing values, instead of refusing to run
 */
public record SegmentationSettings(
    List<String> features, int k, Scaling scaling, long seed, int restarts, boolean leaveOutTextCells) {
  public static final String MINUTES = "Last Visited Minutes";
  public static final String SPEND = "Average Spent on App (INR)";
  public static final int DEFAULT_K = 4;
  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_RESTARTS = 10;
  public static final int MAX_K = 50;

  public SegmentationSettings {
    features = List.copyOf(features);
  }

  /** Settings that refuse text in a feature column. */
  public SegmentationSettings(List<String> features, int k, Scaling scaling, long seed, int restarts) {
    this(features, k, scaling, seed, restarts, false);
  }

  /** The tutorial's two features with the defaults. */
  public static SegmentationSettings defaults(List<String> features) {
    return new SegmentationSettings(
        features, DEFAULT_K, Scaling.MIN_MAX, DEFAULT_SEED, DEFAULT_RESTARTS);
  }

  /** Checks the choices that do not depend on the data. */
  public void validate() throws DataException {
    if (k < 2 || k > MAX_K) {
      throw DataException.inChoice("k must be between 2 and " + MAX_K + " (it is " + k + ").");
    }
    if (restarts < 1 || restarts > 1000) {
      throw DataException.inChoice("restarts must be between 1 and 1000 (it is " + restarts + ").");
    }
  }

  public SegmentationSettings withK(int newK) {
    return new SegmentationSettings(features, newK, scaling, seed, restarts, leaveOutTextCells);
  }

  /** The same settings, leaving out users whose feature cells are not numbers, or not. */
  public SegmentationSettings withLeaveOutTextCells(boolean leaveOut) {
    return new SegmentationSettings(features, k, scaling, seed, restarts, leaveOut);
  }

  public SegmentationSettings withSeed(long newSeed) {
    return new SegmentationSettings(features, k, scaling, newSeed, restarts, leaveOutTextCells);
  }
}
