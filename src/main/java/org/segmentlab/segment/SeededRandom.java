// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import smile.math.MathEx;

/**
 * The one place that touches Smile's random generator. {@code MathEx.setSeed} seeds only the
 * calling thread's generator, so every seeded computation runs through here on its own thread.
 */
public final class SeededRandom {
  private SeededRandom() {}

  /** Runs work with Smile's generator on this thread seeded, so a seed gives identical results. */
  public static <T> T withSeed(long seed, Supplier<T> work) {
    MathEx.setSeed(seed);
    return work.get();
  }

  /** Independent, reproducible seeds for several runs derived from one user-facing seed. */
  public static long[] derive(long seed, int count) {
    var random = new SplittableRandom(seed);
    long[] seeds = new long[count];
    for (int i = 0; i < count; i++) {
      seeds[i] = random.nextLong();
    }
    return seeds;
  }
}
