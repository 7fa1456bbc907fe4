// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Runs work as {@code javafx.concurrent.Task}s, each on a background thread of its own, so work of
 * one lane (a k scan) never queues behind another's (an export), nor behind a cancelled job that is
 * still winding down; callbacks come on the FX thread. {@link BackgroundJobs} decides what may run
 * at once.
 */
public final class FxTaskRunner implements BackgroundRunner {
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "segmentlab-background");
    thread.setDaemon(true);
    return thread;
  });

  @Override
  public <T> Job start(String title, Work<T> work, Listener<T> listener) {
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        updateTitle(title);
        return work.call(this::isCancelled, (fraction, message) -> {
          updateProgress(fraction, 1.0);
          updateMessage(message);
        });
      }
    };
    task.progressProperty().addListener((o, old, now) -> listener.progress(now.doubleValue(), task.getMessage()));
    task.setOnSucceeded(e -> listener.succeeded(task.getValue()));
    task.setOnFailed(e -> listener.failed(task.getException()));
    task.setOnCancelled(e -> listener.cancelled());
    executor.execute(task);
    return () -> task.cancel(false);
  }
}
