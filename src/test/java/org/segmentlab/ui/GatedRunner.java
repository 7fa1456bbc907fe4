// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The app's {@link FxTaskRunner}, except that jobs with one title stay under way until they are
 * cancelled or {@link #release() released}, as a long run on a million users does, so a window
 * test can act while one runs without waiting minutes.
 */
final class GatedRunner implements BackgroundRunner {
  private final FxTaskRunner real = new FxTaskRunner();
  private volatile java.util.Set<String> gatedTitles = java.util.Set.of();
  private volatile CountDownLatch gate = new CountDownLatch(1);

  /** Jobs with these titles wait, checking for cancellation as the real pipeline does. */
  void gate(String... titles) {
    gate = new CountDownLatch(1);
    gatedTitles = java.util.Set.of(titles);
  }

  /** Lets the gated jobs do their real work. */
  void release() {
    gate.countDown();
  }

  @Override
  public <T> Job start(String title, Work<T> work, Listener<T> listener) {
    if (!gatedTitles.contains(title)) {
      return real.start(title, work, listener);
    }
    CountDownLatch myGate = gate;
    return real.start(title, (cancel, progress) -> {
      progress.update(0.1, "Waiting at the test's gate");
      while (!myGate.await(20, TimeUnit.MILLISECONDS)) {
        cancel.check();
      }
      return work.call(cancel, progress);
    }, listener);
  }
}
