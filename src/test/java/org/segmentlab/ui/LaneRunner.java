// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs background work on the calling thread, except jobs with one title, which wait until
 * {@link #runHeld()}: a view-model test can then do other things while, say, a k scan "runs".
 * As with the app's tasks, cancelling reports the job cancelled at once, and a cancelled job's
 * later outcome is not reported.
 */
final class LaneRunner implements BackgroundRunner {
  private final Deque<Runnable> held = new ArrayDeque<>();
  private String heldTitle;

  /** Jobs with this title wait for {@link #runHeld()}; all others run at once. */
  void hold(String title) {
    heldTitle = title;
  }

  /** Runs the held jobs now (a cancelled one still runs, as in the app, but reports nothing). */
  void runHeld() {
    while (!held.isEmpty()) {
      held.poll().run();
    }
  }

  @Override
  public <T> Job start(String title, Work<T> work, Listener<T> listener) {
    AtomicBoolean cancelled = new AtomicBoolean();
    Runnable job = () -> {
      try {
        T value = work.call(cancelled::get, listener::progress);
        if (!cancelled.get()) {
          listener.succeeded(value);
        }
      } catch (Exception e) {
        if (!cancelled.get()) {
          listener.failed(e);
        }
      }
    };
    if (title.equals(heldTitle)) {
      held.add(job);
    } else {
      job.run();
    }
    return () -> {
      if (!cancelled.getAndSet(true)) {
        listener.cancelled();
      }
    };
  }
}
