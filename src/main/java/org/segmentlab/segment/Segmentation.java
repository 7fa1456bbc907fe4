// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.FeatureMatrix;

/**
 * The result of one run: which segment each user is in, each segment's profile, and the figures
 * behind it. Immutable; renaming a segment gives a new value.
 */
public final class Segmentation {
  private final Dataset dataset;
  private final SegmentationSettings settings;
  private final FeatureMatrix matrix;
  private final FittedScaling scaling;
  private final int[] segmentOfTableRow;
  private final List<SegmentProfile> segments;
  private final double[][] scaledCentroids;
  private final double inertia;
  private final SegmentNamer.Population population;
  private final SegmentQuality quality;

  Segmentation(
      Dataset dataset,
      SegmentationSettings settings,
      FeatureMatrix matrix,
      FittedScaling scaling,
      int[] segmentOfTableRow,
      List<SegmentProfile> segments,
      double[][] scaledCentroids,
      double inertia,
      SegmentNamer.Population population,
      SegmentQuality quality) {
    this.dataset = dataset;
    this.settings = settings;
    this.matrix = matrix;
    this.scaling = scaling;
    this.segmentOfTableRow = segmentOfTableRow;
    this.segments = List.copyOf(segments);
    this.scaledCentroids = scaledCentroids;
    this.inertia = inertia;
    this.population = population;
    this.quality = quality;
  }

  /** Silhouette overall and per segment, and the flags derived from it. */
  public SegmentQuality quality() {
    return quality;
  }

  public Dataset dataset() {
    return dataset;
  }

  public SegmentationSettings settings() {
    return settings;
  }

  public FeatureMatrix matrix() {
    return matrix;
  }

  public FittedScaling scaling() {
    return scaling;
  }

  /** Segments in number order: 1 is the largest. */
  public List<SegmentProfile> segments() {
    return segments;
  }

  public SegmentProfile segment(int number) {
    return segments.get(number - 1);
  }

  /** The segment number (1..k) of a table row, or 0 when the row was left out for missing values. */
  public int segmentOfTableRow(int row) {
    return segmentOfTableRow[row];
  }

  /** Segment numbers of the usable rows, in matrix order. */
  public int segmentOfUsableRow(int i) {
    return segmentOfTableRow[matrix.tableRow(i)];
  }

  /** Sum of squared distances to the centroids, in the scaled space. */
  public double inertia() {
    return inertia;
  }

  /** Centroid of segment number c (1..k) in the scaled space. */
  public double[] scaledCentroid(int number) {
    return scaledCentroids[number - 1].clone();
  }

  /**
   * Centroid of segment number c (1..k) in the file's units: the scaled centroid with the scaling,
   * then any log(1 + x), undone. With a log transform this is not the mean of the segment's users
   * (that is in the profile): it is the typical user on the transformed scale.
   */
  public double[] centroid(int number) {
    return scaling.inverse(scaledCentroids[number - 1]);
  }

  public int rows() {
    return matrix.totalRows();
  }

  public int clustered() {
    return matrix.size();
  }

  public int skipped() {
    return matrix.skipped();
  }

  /** Per-feature population figures the names were decided against. */
  public SegmentNamer.Population population() {
    return population;
  }

  /** The same segmentation with one segment renamed; names stay unique. */
  public Segmentation withName(int number, String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("a segment name cannot be empty");
    }
    if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
      throw new IllegalArgumentException("a segment name cannot contain line breaks, tabs or other control characters");
    }
    if ("=+-@".indexOf(trimmed.charAt(0)) >= 0) {
      throw new IllegalArgumentException(
          "a segment name cannot start with =, +, - or @ (a spreadsheet would run it as a formula)");
    }
    for (SegmentProfile other : segments) {
      if (other.number() != number && other.name().equalsIgnoreCase(trimmed)) {
        throw new IllegalArgumentException("another segment is already called \"" + trimmed + "\"");
      }
    }
    List<SegmentProfile> renamed = new ArrayList<>(segments);
    renamed.set(number - 1, segments.get(number - 1).withName(trimmed));
    return new Segmentation(
        dataset, settings, matrix, scaling, segmentOfTableRow, renamed, scaledCentroids, inertia, population, quality);
  }

  /**
   * The same segmentation continuing a previous run on the same users: matched segments keep the
   * previous identity (colour) and, where given, the previous name; new segments get unused
   * identities.
   *
   * @param identities for each segment (number - 1), the identity to keep, or 0 for a new one
   * @param names for each segment, a name to keep, or null for the automatic one
   */
  public Segmentation continuing(int[] identities, String[] names) {
    List<SegmentProfile> updated = new ArrayList<>(segments);
    java.util.Set<Integer> used = new java.util.HashSet<>();
    for (int identity : identities) {
      if (identity > 0) {
        used.add(identity);
      }
    }
    int next = 1;
    for (int c = 0; c < updated.size(); c++) {
      int identity = identities[c];
      if (identity <= 0) {
        while (used.contains(next)) {
          next++;
        }
        identity = next;
        used.add(identity);
      }
      updated.set(c, updated.get(c).withIdentity(identity));
    }
    Segmentation result = new Segmentation(
        dataset, settings, matrix, scaling, segmentOfTableRow, updated, scaledCentroids, inertia, population, quality);
    for (int c = 0; c < names.length; c++) {
      if (names[c] != null && !names[c].equals(result.segments.get(c).name())) {
        try {
          result = result.withName(c + 1, names[c]);
        } catch (IllegalArgumentException taken) {
          // another segment already has that name: this one keeps its automatic name
        }
      }
    }
    return result;
  }

  /** Sizes in number order, for tests and summaries. */
  public int[] sizes() {
    return segments.stream().mapToInt(SegmentProfile::size).toArray();
  }

  @Override
  public String toString() {
    return "Segmentation" + Arrays.toString(sizes());
  }
}
