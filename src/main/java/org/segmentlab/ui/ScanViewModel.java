// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.KScan;
import org.segmentlab.segment.SegmentationSettings;

/**
 * The "Choose k" tab's state: the k range, the last scan and its recommendation, and applying a k.
 * The scan runs in a lane of its own beside the main one, so opening, exporting and saving stay
 * usable while it runs; on large data it starts only when asked.
 */
public final class ScanViewModel {
  /** Above this many users, showing the tab does not start a scan by itself: it waits for a click. */
  public static final int AUTO_SCAN_LIMIT = 50_000;

  private final MainViewModel main;
  private final BackgroundJobs jobs;
  private final IntegerProperty from = new SimpleIntegerProperty(this, "from", 2);
  private final IntegerProperty to = new SimpleIntegerProperty(this, "to", 10);
  private final ObjectProperty<KScan.Result> result = new SimpleObjectProperty<>(this, "result");
  private final BooleanBinding canScan;
  private final StringBinding prompt;

  ScanViewModel(MainViewModel main, BackgroundJobs jobs) {
    this.main = main;
    this.jobs = jobs;
    canScan = Bindings.createBooleanBinding(
        () -> main.canRunProperty().get() && !jobs.isBusy() && from.get() >= SetupViewModel.MIN_K
            && to.get() <= SetupViewModel.MAX_K && from.get() <= to.get(),
        main.canRunProperty(), jobs.busyProperty(), from, to);
    prompt = Bindings.createStringBinding(this::describePrompt, main.datasetProperty(), from, to);
    main.datasetProperty().addListener((o, a, b) -> {
      // a scan of other data must never be shown, nor keep that data in memory
      jobs.cancel();
      result.set(null);
    });
  }

  /**
   * The tab came into view: on data up to {@link #AUTO_SCAN_LIMIT} users the scan starts by itself
   * (it takes a moment); on larger data it waits for the Scan button.
   */
  public void shown() {
    Dataset data = main.datasetProperty().get();
    if (result.get() == null && data != null && data.rowCount() <= AUTO_SCAN_LIMIT) {
      scan();
    }
  }

  /** Tries each k of the range in the background: inertia, silhouette and a recommendation. */
  public void scan() {
    Dataset data = main.datasetProperty().get();
    if (data == null || !canScan.get()) {
      return;
    }
    SegmentationSettings settings = main.settings();
    int first = from.get();
    int last = to.get();
    result.set(null);
    jobs.report("Trying k = " + first + " to " + last + "…");
    jobs.start("Scanning k", (cancel, report) -> KScan.run(data, settings, first, last, cancel, report),
        scanned -> {
          if (main.datasetProperty().get() != data) {
            return; // the data changed while the scan ran
          }
          result.set(scanned);
          jobs.report("Scan done: " + scanned.reason());
        },
        "The k scan failed");
  }

  /** Stops a running scan; the tab then waits for the next one. */
  public void cancel() {
    jobs.cancel();
  }

  /** Segments with a k chosen from the scan. */
  public void apply(int k) {
    main.setup().autoKProperty().set(false);
    main.setup().kProperty().set(k);
    main.run();
  }

  public IntegerProperty fromProperty() {
    return from;
  }

  public IntegerProperty toProperty() {
    return to;
  }

  /** The last scan of the data on screen, or null. */
  public ReadOnlyObjectProperty<KScan.Result> resultProperty() {
    return result;
  }

  public BooleanBinding canScanProperty() {
    return canScan;
  }

  /** True while a scan runs; the Scan button becomes Cancel. */
  public ReadOnlyBooleanProperty scanningProperty() {
    return jobs.busyProperty();
  }

  /** How far the running scan has come, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return jobs.progressProperty();
  }

  /** The k the running scan is trying, in words. */
  public ReadOnlyStringProperty stepProperty() {
    return jobs.stepProperty();
  }

  /** What the tab says before a scan: what the scan does, and on large data that it waits for a click. */
  public StringBinding promptProperty() {
    return prompt;
  }

  private String describePrompt() {
    Dataset data = main.datasetProperty().get();
    String range = "k = " + from.get() + " to " + to.get();
    if (data == null) {
      return "Open data to see how many segments it supports.";
    }
    if (data.rowCount() > AUTO_SCAN_LIMIT) {
      return String.format(Locale.ROOT, "%,d users: the scan segments all of them once for each of %s, which takes"
          + " a while. Press Scan to start; you can keep exporting and opening files meanwhile.",
          data.rowCount(), range);
    }
    return "Scan " + range + " to see how many segments the data supports.";
  }
}
