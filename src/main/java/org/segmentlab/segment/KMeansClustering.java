// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * inertia, then exact Lloyd iterations on every user from the best restart's centres. Restarts run
 * in parallel, each with its own derived seed, and the winner is chosen by inertia then restart
 * number, so the result is identical whatever the number of cores.
 *
 * <p>Above {@value #SAMPLE_ABOVE} users the restarts run on a seeded uniform sample of
 * {@value #SAMPLE_SIZE}: ten full k-means++ restarts on every user were the largest cost of a run,
 * while the sample's best centres, refined on everyone, reach the same optimum.
 */
public final class KMeansClustering {
  /** Maximum Lloyd iterations per restart. */
  public static final int MAX_ITERATIONS = 300;
  /** Stop a restart once an iteration improves the inertia by less than this share of the total. */
  public static final double RELATIVE_TOLERANCE = 1e-7;
  /** Users above which restarts run on a sample. */
  public static final int SAMPLE_ABOVE = 100_000;
  /** Users in the sample the restarts run on. */
  public static final int SAMPLE_SIZE = 50_000;

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
    private final Map<Long, Sample> samples = new HashMap<>();

    public Points(double[][] data) {
      this.data = data;
    }

    /** Whether restarts run on a sample of these points rather than on all of them. */
    boolean sampled() {
      return data.length > SAMPLE_ABOVE;
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

    /** The seeded sample the restarts of a run with this seed use, with its own tree. */
    synchronized Sample sample(long seed) {
      return samples.computeIfAbsent(seed, s -> new Sample(data, s));
    }
  }

  /** A seeded uniform sample of points without repetition, with its search tree. */
  record Sample(double[][] data, BBDTree tree, double totalSumOfSquares) {
    Sample(double[][] all, long seed) {
      this(draw(all, seed));
    }

    private Sample(double[][] data) {
      this(data, new BBDTree(data), KMeansClustering.totalSumOfSquares(data));
    }

    /** Floyd's algorithm for a uniform subset, kept in file order. */
    private static double[][] draw(double[][] all, long seed) {
      var random = new SplittableRandom(seed);
      var chosen = new BitSet(all.length);
      for (int j = all.length - SAMPLE_SIZE; j < all.length; j++) {
        int pick = random.nextInt(j + 1);
        chosen.set(chosen.get(pick) ? j : pick);
      }
      double[][] sample = new double[SAMPLE_SIZE][];
      int at = 0;
      for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
        sample[at++] = all[i];
      }
      return sample;
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
    double[][] data;
    BBDTree tree;
    double tolerance;
    if (points.sampled()) {
      Sample sample = points.sample(seed);
      data = sample.data();
      tree = sample.tree();
      tolerance = RELATIVE_TOLERANCE * sample.totalSumOfSquares();
    } else {
      data = points.data;
      tree = points.tree();
      tolerance = RELATIVE_TOLERANCE * points.totalSumOfSquares();
    }
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
      return LloydRefinement.refine(points.data, best.centroids, MAX_ITERATIONS, cancel);
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
