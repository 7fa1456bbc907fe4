// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.List;
import org.segmentlab.data.DataException;

/**
 * Everything that decides a segmentation besides the data; the same settings give the same result.
 *
 * @param leaveOutTextCells leave out users whose cell in a chosen numeric column is not a number
 *     ("abc"), counted like missing values, instead of refusing to run
 * @param logged the features taken as log(1 + x) before scaling (a subset of the features)
 */
public record SegmentationSettings(
    List<String> features, int k, Scaling scaling, long seed, int restarts, boolean leaveOutTextCells,
    List<String> logged) {
  public static final String MINUTES = "Last Visited Minutes";
  public static final String SPEND = "Average Spent on App (INR)";
  public static final int DEFAULT_K = 4;
  public static final long DEFAULT_SEED = 42;
  public static final int DEFAULT_RESTARTS = 10;
  public static final int MAX_K = 50;

  public SegmentationSettings {
    features = List.copyOf(features);
    logged = List.copyOf(logged);
  }

  /** Settings that refuse text in a feature column and transform no feature. */
  public SegmentationSettings(List<String> features, int k, Scaling scaling, long seed, int restarts) {
    this(features, k, scaling, seed, restarts, false, List.of());
  }

  /** Settings that transform no feature. */
  public SegmentationSettings(
      List<String> features, int k, Scaling scaling, long seed, int restarts, boolean leaveOutTextCells) {
    this(features, k, scaling, seed, restarts, leaveOutTextCells, List.of());
  }

  /** Settings that refuse text in a feature column. */
  public SegmentationSettings(
      List<String> features, int k, Scaling scaling, long seed, int restarts, List<String> logged) {
    this(features, k, scaling, seed, restarts, false, logged);
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
    for (String name : logged) {
      if (!features.contains(name)) {
        throw DataException.inChoice("\"" + name + "\" is to be taken as log(1 + x) but it is not one of the "
            + "features " + features + ". Name a chosen feature.");
      }
    }
  }

  public SegmentationSettings withK(int newK) {
    return new SegmentationSettings(features, newK, scaling, seed, restarts, leaveOutTextCells, logged);
  }

  /** The same settings, leaving out users whose feature cells are not numbers, or not. */
  public SegmentationSettings withLeaveOutTextCells(boolean leaveOut) {
    return new SegmentationSettings(features, k, scaling, seed, restarts, leaveOut, logged);
  }

  public SegmentationSettings withSeed(long newSeed) {
    return new SegmentationSettings(features, k, scaling, newSeed, restarts, leaveOutTextCells, logged);
  }

  /** The same settings with these features taken as log(1 + x) before scaling. */
  public SegmentationSettings withLogged(List<String> newLogged) {
    return new SegmentationSettings(features, k, scaling, seed, restarts, leaveOutTextCells, newLogged);
  }
}
