// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs background work on the calling thread, so view models can be tested without a toolkit.
 * When held, work waits until {@link #runHeld()}, which lets a test cancel before it runs.
 */
final class ImmediateRunner implements BackgroundRunner {
  private final Deque<Runnable> held = new ArrayDeque<>();
  private boolean hold;

  void hold() {
    hold = true;
  }

  void runHeld() {
    hold = false;
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
        listener.succeeded(value);
      } catch (Exception e) {
        listener.failed(e);
      }
    };
    if (hold) {
      held.add(job);
    } else {
      job.run();
    }
    return () -> cancelled.set(true);
  }
}
