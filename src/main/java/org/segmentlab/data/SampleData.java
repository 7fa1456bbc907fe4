// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * Generates synthetic app users with the tutorial's columns and real segment structure: big
 * spenders, frequent visitors, occasional users and long-inactive users, many of whom uninstalled.
 * The same rows and seed always give the same file, so benchmarks can make a million users.
 */
public final class SampleData {
  public static final String HEADER =
      "userid,Average Screen Time,Average Spent on App (INR),Left Review,Ratings,"
          + "New Password Request,Last Visited Minutes,Status";

  /** The kinds of user the generator mixes, with their share of users. */
  private enum Archetype {
    FREQUENT(0.36, 30, 8, 470, 110, 0.55, 7.2, 1.4, 1.5, 5.6, 0.9, 0.03),
    OCCASIONAL(0.29, 14, 6, 190, 80, 0.35, 5.6, 1.8, 2.5, 8.3, 0.5, 0.18),
    HIGH_SPENDER(0.15, 24, 7, 1050, 190, 0.6, 8.0, 1.3, 1.2, 6.6, 0.7, 0.05),
    INACTIVE(0.20, 4, 3, 70, 55, 0.15, 3.2, 2.0, 4.5, 9.6, 0.35, 0.68);

    final double share;
    final double screenMean;
    final double screenSd;
    final double spendMean;
    final double spendSd;
    final double reviewRate;
    final double ratingMean;
    final double ratingSd;
    final double passwordMean;
    final double logMinutesMean;
    final double logMinutesSd;
    final double uninstallRate;

    Archetype(double share, double screenMean, double screenSd, double spendMean, double spendSd,
        double reviewRate, double ratingMean, double ratingSd, double passwordMean,
        double logMinutesMean, double logMinutesSd, double uninstallRate) {
      this.share = share;
      this.screenMean = screenMean;
      this.screenSd = screenSd;
      this.spendMean = spendMean;
      this.spendSd = spendSd;
      this.reviewRate = reviewRate;
      this.ratingMean = ratingMean;
      this.ratingSd = ratingSd;
      this.passwordMean = passwordMean;
      this.logMinutesMean = logMinutesMean;
      this.logMinutesSd = logMinutesSd;
      this.uninstallRate = uninstallRate;
    }
  }

  private SampleData() {}

  /** Writes a header and {@code rows} users, with user ids from 1001. */
  public static void write(Writer out, long rows, long seed) throws IOException {
    var random = new SplittableRandom(seed);
    var line = new StringBuilder(96);
    out.write(HEADER);
    out.write('\n');
    for (long i = 0; i < rows; i++) {
      Archetype a = pick(random.nextDouble());
      line.setLength(0);
      line.append(1001 + i).append(',');
      line.append(clampedInt(random, a.screenMean, a.screenSd, 0, 60)).append(',');
      line.append(clampedInt(random, a.spendMean, a.spendSd, 0, 2000)).append(',');
      line.append(random.nextDouble() < a.reviewRate ? 1 : 0).append(',');
      line.append(clampedInt(random, a.ratingMean, a.ratingSd, 0, 10)).append(',');
      line.append(poisson(random, a.passwordMean)).append(',');
      double minutes = Math.exp(a.logMinutesMean + a.logMinutesSd * gaussian(random));
      line.append(Math.max(1, Math.min(30_000, Math.round(minutes)))).append(',');
      line.append(random.nextDouble() < a.uninstallRate ? "Uninstalled" : "Installed");
      line.append('\n');
      out.append(line);
    }
  }

  private static Archetype pick(double u) {
    double cumulative = 0;
    for (Archetype a : Archetype.values()) {
      cumulative += a.share;
      if (u < cumulative) {
        return a;
      }
    }
    return Archetype.INACTIVE;
  }

  private static long clampedInt(SplittableRandom random, double mean, double sd, int min, int max) {
    return Math.max(min, Math.min(max, Math.round(mean + sd * gaussian(random))));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller with one of the pair: simple and reproducible on every Java version
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
