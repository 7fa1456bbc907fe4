// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import org.segmentlab.segment.Cancellation;
import org.segmentlab.segment.Progress;

/**
 * Runs long work off the FX thread and reports back on it. The app uses {@link FxTaskRunner}
 * ({@code javafx.concurrent.Task}); view-model tests use a runner that works on the calling thread.
 */
public interface BackgroundRunner {

  /** The work: may check cancellation and report progress; any exception means failure. */
  @FunctionalInterface
  interface Work<T> {
    T call(Cancellation cancel, Progress progress) throws Exception;
  }

  /** Callbacks, all on the FX thread in the app. */
  interface Listener<T> {
    void progress(double fraction, String message);

    void succeeded(T value);

    void failed(Throwable error);

    void cancelled();
  }

  /** A started job that can be cancelled. */
  @FunctionalInterface
  interface Job {
    void cancel();
  }

  <T> Job start(String title, Work<T> work, Listener<T> listener);
}
