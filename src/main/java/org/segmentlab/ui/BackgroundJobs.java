// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import org.segmentlab.data.DataException;

/**
 * The one place the view models start long work: one job at a time, with the busy flag, progress
 * and status line the window shows, cancellation, and failures turned into a plain-language dialog.
 * A failed or cancelled job changes nothing but the status line.
 *
 * <p>The busy rule holds per lane: the main lane (loading, running, checking, saving) runs one job
 * at a time, and a {@link #lane() side lane} such as the k scan runs beside it, so a long scan never
 * blocks opening or exporting. Lanes share the status line.
 */
final class BackgroundJobs {
  private final BackgroundRunner runner;
  private final Dialogs dialogs;
  private final SimpleBooleanProperty busy = new SimpleBooleanProperty(this, "busy");
  private final SimpleDoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
  private final SimpleStringProperty step = new SimpleStringProperty(this, "step", "");
  private final SimpleStringProperty status;
  private BackgroundRunner.Job current;

  BackgroundJobs(BackgroundRunner runner, Dialogs dialogs) {
    this(runner, dialogs, new SimpleStringProperty(null, "status", "Ready."));
  }

  private BackgroundJobs(BackgroundRunner runner, Dialogs dialogs, SimpleStringProperty status) {
    this.runner = runner;
    this.dialogs = dialogs;
    this.status = status;
  }

  /** A lane of its own for work that runs beside this lane's jobs; it reports to the same status line. */
  BackgroundJobs lane() {
    return new BackgroundJobs(runner, dialogs, status);
  }

  /**
   * Starts work in the background; {@code onDone} receives its result on the FX thread. A failure
   * shows an error dialog titled {@code failureTitle}.
   */
  <T> void start(String name, BackgroundRunner.Work<T> work, Consumer<T> onDone, String failureTitle) {
    busy.set(true);
    progress.set(-1);
    step.set("");
    current = runner.start(name, work, new BackgroundRunner.Listener<>() {
      @Override
      public void progress(double fraction, String message) {
        progress.set(fraction);
        step.set(message == null ? "" : message);
      }

      @Override
      public void succeeded(T value) {
        finish();
        onDone.accept(value);
      }

      @Override
      public void failed(Throwable error) {
        finish();
        if (error instanceof CancellationException) {
          cancelled();
          return;
        }
        status.set(failureTitle + ".");
        dialogs.showError(failureTitle, explain(error), error);
      }

      @Override
      public void cancelled() {
        finish();
        status.set(name + " cancelled; the previous result is still shown.");
      }
    });
  }

  /** Stops the running job, if any. */
  void cancel() {
    if (current != null) {
      current.cancel();
    }
  }

  /** Records an action in the status line. */
  void report(String message) {
    status.set(message);
  }

  boolean isBusy() {
    return busy.get();
  }

  ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  ReadOnlyDoubleProperty progressProperty() {
    return progress;
  }

  ReadOnlyStringProperty statusProperty() {
    return status;
  }

  /** What the running job is doing now, in words ("Trying k = 5"), or empty. */
  ReadOnlyStringProperty stepProperty() {
    return step;
  }

  private void finish() {
    busy.set(false);
    progress.set(0);
    step.set("");
    current = null;
  }

  /** A plain-language message: what happened, where, and what to do. */
  static String explain(Throwable error) {
    if (error instanceof DataException data) {
      return data.getMessage();
    }
    if (error instanceof IOException io) {
      return "The file could not be written or read: " + io.getMessage()
          + ". Check that the folder exists and you may write to it.";
    }
    return "Something unexpected went wrong (" + error + "). Your data and files are unchanged.";
  }
}
