// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.data.ReadableNumbers;

/** The segmentation pipeline both faces call: features, scaling, k-means, numbering, names. */
public final class Segmenter {
  private Segmenter() {}

  public static Segmentation run(Dataset data, SegmentationSettings settings) throws DataException {
    return run(data, settings, Cancellation.NEVER, Progress.NONE);
  }

  /**
   * Segments the dataset. Throws {@link java.util.concurrent.CancellationException} when cancelled
   * and {@link DataException} for choices the data cannot support.
   */
  public static Segmentation run(
      Dataset data, SegmentationSettings settings, Cancellation cancel, Progress progress)
      throws DataException {
    progress.update(0, "Preparing features");
    Prepared prepared = prepare(data, settings);
    cancel.check();
    return cluster(prepared, cancel, progress);
  }

  /**
   * The features of a run, checked and scaled, ready to cluster. Runs with other k reuse it
   * ({@link #withK}), including the search tree built by the first clustering.
   */
  public static final class Prepared {
    private final Dataset data;
    private final SegmentationSettings settings;
    private final FeatureMatrix matrix;
    private final FittedScaling scaling;
    private final KMeansClustering.Points points;
    private final double[][] scaled;

    private Prepared(Dataset data, SegmentationSettings settings, FeatureMatrix matrix, FittedScaling scaling,
        double[][] scaled, KMeansClustering.Points points) {
      this.data = data;
      this.settings = settings;
      this.matrix = matrix;
      this.scaling = scaling;
      this.scaled = scaled;
      this.points = points;
    }

    /** The same features for another k, checked against the usable rows. */
    public Prepared withK(int k) throws DataException {
      SegmentationSettings other = settings.withK(k);
      other.validate();
      try {
        checkEnoughRows(matrix, k);
      } catch (DataException e) {
        throw e.about(data.file());
      }
      return new Prepared(data, other, matrix, scaling, scaled, points);
    }

    public Dataset data() {
      return data;
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

    /** The usable rows in the scaled space; shared, not copied: do not modify. */
    public double[][] scaled() {
      return scaled;
    }
  }

  /** First step: extracts the features, checks k against the usable rows and fits the scaling. */
  public static Prepared prepare(Dataset data, SegmentationSettings settings) throws DataException {
    settings.validate();
    try {
      FeatureMatrix matrix = FeatureMatrix.extract(data, settings.features(), settings.leaveOutTextCells());
      checkTransformable(data, matrix, settings.logged());
      FittedScaling scaling = FittedScaling.fit(settings.scaling(), matrix, settings.logged());
      checkEnoughRows(matrix, settings.k());
      double[][] scaled = scaling.transform(matrix);
      return new Prepared(data, settings, matrix, scaling, scaled, new KMeansClustering.Points(scaled));
    } catch (DataException e) {
      throw e.about(data.file()); // what the data cannot support is said of its file
    }
  }

  /** Second step: k-means with restarts, then numbering, profiles and names. */
  public static Segmentation cluster(Prepared prepared, Cancellation cancel, Progress progress) {
    SegmentationSettings settings = prepared.settings();
    // the population figures do not depend on the clustering: compute them on another core
    // while Smile builds its BBD tree, which uses only one
    CompletableFuture<SegmentNamer.Population> population =
        CompletableFuture.supplyAsync(() -> population(prepared.matrix()));
    KMeansClustering.Result result =
        KMeansClustering.fit(
            prepared.points,
            settings.k(),
            settings.seed(),
            settings.restarts(),
            cancel,
            (fraction, message) -> progress.update(0.05 + 0.9 * fraction, message));
    cancel.check();
    progress.update(0.95, "Describing segments");
    return describe(prepared, result, population.join());
  }

  /** A negative value cannot be taken as log(1 + x): the first one is named by line and column. */
  private static void checkTransformable(Dataset data, FeatureMatrix matrix, List<String> logged)
      throws DataException {
    for (String name : logged) {
      int j = matrix.features().indexOf(name);
      for (int i = 0; i < matrix.size(); i++) {
        if (!FeatureTransform.LOG.accepts(matrix.row(i)[j])) {
          int row = matrix.tableRow(i);
          throw DataException.atCell(data.file(), data.lineOf(row), name,
              "\"" + data.cellText(name, row) + "\" is negative, and log(1 + x) needs values of 0 or more. "
                  + "Leave this feature without the log transform, or correct the value.");
        }
      }
    }
  }

  private static void checkEnoughRows(FeatureMatrix matrix, int k) throws DataException {
    if (matrix.size() < k) {
      throw DataException.inChoice(
          "k is " + k + " but only " + ReadableNumbers.count(matrix.size())
              + " users have values in every chosen feature"
              + (matrix.skipped() > 0
                  ? " (" + ReadableNumbers.count(matrix.skipped()) + " skipped for missing values or text)" : "")
              + ". Choose a smaller k.");
    }
    int distinct = distinctRows(matrix, k);
    if (distinct < k) {
      throw DataException.inChoice(
          "k is " + k + " but the users have only " + distinct
              + " different combinations of the chosen features. Choose a smaller k.");
    }
  }

  /** How many different rows the matrix has, counting no further than {@code limit}. */
  public static int distinctRows(FeatureMatrix matrix, int limit) {
    Set<List<Double>> distinct = new HashSet<>();
    for (int i = 0; i < matrix.size() && distinct.size() < limit; i++) {
      distinct.add(Arrays.stream(matrix.row(i)).boxed().toList());
    }
    return distinct.size();
  }

  /** Numbers segments by size (largest first), profiles them in file units and names them. */
  static Segmentation describe(
      Prepared prepared, KMeansClustering.Result result, SegmentNamer.Population population) {
    Dataset data = prepared.data();
    SegmentationSettings settings = prepared.settings();
    FeatureMatrix matrix = prepared.matrix();
    FittedScaling scaling = prepared.scaling();
    double[][] scaled = prepared.scaled();
    int k = result.centroids().length;
    int d = matrix.dimensions();
    int n = matrix.size();
    int[] sizes = new int[k];
    for (int label : result.labels()) {
      sizes[label]++;
    }
    double[][] centroids = result.centroids();
    Integer[] order = new Integer[k];
    Arrays.setAll(order, c -> c);
    Arrays.sort(order, (a, b) -> {
      int bySize = Integer.compare(sizes[b], sizes[a]);
      return bySize != 0 ? bySize : Arrays.compare(centroids[a], centroids[b]);
    });
    int[] numberOf = new int[k];
    for (int rank = 0; rank < k; rank++) {
      numberOf[order[rank]] = rank + 1;
    }
    int[] segmentOfTableRow = new int[matrix.totalRows()];
    double[][][] valuesBySegment = new double[k][d][];
    int[] fill = new int[k];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        valuesBySegment[c][j] = new double[sizes[order[c]]];
      }
    }
    for (int i = 0; i < n; i++) {
      int number = numberOf[result.labels()[i]];
      segmentOfTableRow[matrix.tableRow(i)] = number;
      double[] row = matrix.row(i);
      int at = fill[number - 1]++;
      for (int j = 0; j < d; j++) {
        valuesBySegment[number - 1][j][at] = row[j];
      }
    }
    double[][] means = new double[k][d];
    double[][] medians = new double[k][d];
    double[][] scaledCentroids = new double[k][];
    for (int c = 0; c < k; c++) {
      scaledCentroids[c] = centroids[order[c]].clone();
      for (int j = 0; j < d; j++) {
        double[] values = valuesBySegment[c][j];
        means[c][j] = Statistics.mean(values);
        Arrays.sort(values);
        medians[c][j] = Statistics.quantileOfSorted(values, 0.5);
      }
    }
    List<SegmentNamer.Naming> names = SegmentNamer.name(population, means);
    List<SegmentProfile> profiles = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      profiles.add(
          new SegmentProfile(
              c + 1,
              c + 1,
              names.get(c).name(),
              names.get(c).rule(),
              sizes[order[c]],
              (double) sizes[order[c]] / n,
              Arrays.stream(means[c]).boxed().toList(),
              Arrays.stream(medians[c]).boxed().toList()));
    }
    int[] numbered = new int[n];
    double[] shares = new double[k];
    for (int i = 0; i < n; i++) {
      numbered[i] = numberOf[result.labels()[i]] - 1;
    }
    for (int c = 0; c < k; c++) {
      shares[c] = profiles.get(c).share();
    }
    SegmentQuality quality = SegmentQuality.of(scaled, numbered, k, shares, settings.seed());
    return new Segmentation(
        data, settings, matrix, scaling, segmentOfTableRow, profiles, scaledCentroids,
        result.inertia(), population, quality);
  }

  static SegmentNamer.Population population(FeatureMatrix matrix) {
    int d = matrix.dimensions();
    double[][] sorted = new double[d][];
    double[] means = new double[d];
    double[] deviations = new double[d];
    for (int j = 0; j < d; j++) {
      double[] values = matrix.column(j);
      means[j] = Statistics.mean(values);
      deviations[j] = Statistics.populationStandardDeviation(values, means[j]);
      Arrays.sort(values);
      sorted[j] = values;
    }
    return new SegmentNamer.Population(matrix.features(), sorted, means, deviations);
  }
}
