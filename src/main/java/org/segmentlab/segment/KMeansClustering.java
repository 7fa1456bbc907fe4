// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import smile.clustering.BBDTree;
import smile.clustering.KMeans;

/**
 * Smile k-means (k-means++ seeding, BBD-tree Lloyd iterations) with restarts that keep the lowest
 * inertia. Restarts run in parallel, each with its own derived seed, and the winner is chosen by
 * inertia then restart number, so the result is identical whatever the number of cores.
 */
public final class KMeansClustering {
  /** Maximum Lloyd iterations per restart. */
  public static final int MAX_ITERATIONS = 300;
  /** Stop a restart once an iteration improves the inertia by less than this share of the total. */
  public static final double RELATIVE_TOLERANCE = 1e-7;

  /** One clustering in the scaled space: labels 0..k-1, centroids and inertia. */
  public record Result(int[] labels, double[][] centroids, double inertia) {}

  /**
   * Points to cluster, with the BBD tree and total sum of squares computed once and shared by every
   * run on them: a k scan or a stability check clusters the same points many times, and the tree
   * takes about 0.7 s to build for a million users. Read-only once built, so runs may share it.
   */
  public static final class Points {
    private final double[][] data;
    private BBDTree tree;
    private double totalSumOfSquares = Double.NaN;

    public Points(double[][] data) {
      this.data = data;
    }

    synchronized BBDTree tree() {
      if (tree == null) {
        tree = new BBDTree(data);
      }
      return tree;
    }

    synchronized double totalSumOfSquares() {
      if (Double.isNaN(totalSumOfSquares)) {
        totalSumOfSquares = KMeansClustering.totalSumOfSquares(data);
      }
      return totalSumOfSquares;
    }
  }

  private KMeansClustering() {}

  public static Result fit(
      double[][] data, int k, long seed, int restarts, Cancellation cancel, Progress progress) {
    return fit(new Points(data), k, seed, restarts, cancel, progress);
  }

  /** Clusters points whose tree may already have been built by an earlier run. */
  public static Result fit(Points points, int k, long seed, int restarts, Cancellation cancel, Progress progress) {
    return fit(points, k, seed, restarts, cancel, progress, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #fit(Points, int, long, int, Cancellation, Progress)} on a given number of threads. */
  static Result fit(
      Points points, int k, long seed, int restarts, Cancellation cancel, Progress progress, int cores) {
    if (restarts < 1) {
      throw new IllegalArgumentException("restarts must be at least 1");
    }
    cancel.check();
    double[][] data = points.data;
    BBDTree tree = points.tree();
    double tolerance = RELATIVE_TOLERANCE * points.totalSumOfSquares();
    long[] seeds = SeededRandom.derive(seed, restarts);
    int threads = Math.min(restarts, Math.max(1, cores));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "segmentlab-kmeans");
      t.setDaemon(true);
      return t;
    });
    try {
      AtomicInteger done = new AtomicInteger();
      List<Future<KMeans>> futures = new ArrayList<>();
      for (int r = 0; r < restarts; r++) {
        long restartSeed = seeds[r];
        futures.add(pool.submit(() -> {
          cancel.check();
          KMeans model = SeededRandom.withSeed(
              restartSeed, () -> KMeans.fit(tree, data, k, MAX_ITERATIONS, tolerance));
          progress.update(
              (double) done.incrementAndGet() / restarts,
              "Restart " + done.get() + " of " + restarts);
          return model;
        }));
      }
      KMeans best = null;
      for (Future<KMeans> future : futures) {
        KMeans model = future.get();
        if (best == null || model.distortion < best.distortion) {
          best = model; // the first of equals wins, whatever order the restarts finished in
        }
      }
      return finish(data, best.y, k);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CancellationException cancelled) {
        throw cancelled;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Polishes the best restart's labels: each point goes to its nearest centroid, and the centroids
   * are the means of their points, so the reported inertia is exact and every point is in its
   * nearest segment. Sums are sequential for reproducibility.
   */
  static Result finish(double[][] data, int[] start, int k) {
    int d = data[0].length;
    int[] labels = start.clone();
    double[][] centroids = means(data, labels, k, d);
    for (int pass = 0; pass < 10; pass++) {
      boolean moved = false;
      for (int i = 0; i < data.length; i++) {
        int nearest = nearest(data[i], centroids);
        if (nearest != labels[i]) {
          labels[i] = nearest;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
      centroids = means(data, labels, k, d);
    }
    return new Result(labels, centroids, inertia(data, labels, centroids));
  }

  static int nearest(double[] x, double[][] centroids) {
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      double distance = Statistics.squaredDistance(x, centroids[c]);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = c;
      }
    }
    return best;
  }

  private static double[][] means(double[][] data, int[] labels, int k, int d) {
    double[][] sums = new double[k][d];
    int[] counts = new int[k];
    for (int i = 0; i < data.length; i++) {
      int c = labels[i];
      counts[c]++;
      for (int j = 0; j < d; j++) {
        sums[c][j] += data[i][j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        sums[c][j] = counts[c] == 0 ? Double.NaN : sums[c][j] / counts[c];
      }
    }
    return sums;
  }

  /** Sum of squared distances of each point to its segment's centroid. */
  public static double inertia(double[][] data, int[] labels, double[][] centroids) {
    double sum = 0;
    for (int i = 0; i < data.length; i++) {
      sum += Statistics.squaredDistance(data[i], centroids[labels[i]]);
    }
    return sum;
  }

  static double totalSumOfSquares(double[][] data) {
    int d = data[0].length;
    double[] mean = new double[d];
    for (double[] row : data) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= data.length;
    }
    double sum = 0;
    for (double[] row : data) {
      sum += Statistics.squaredDistance(row, mean);
    }
    return sum;
  }
}
