// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.KScan;
import org.segmentlab.segment.SegmentationSettings;

/** The "Choose k" tab's state: the k range, the last scan and its recommendation, and applying a k. */
public final class ScanViewModel {
  private final MainViewModel main;
  private final BackgroundJobs jobs;
  private final IntegerProperty from = new SimpleIntegerProperty(this, "from", 2);
  private final IntegerProperty to = new SimpleIntegerProperty(this, "to", 10);
  private final ObjectProperty<KScan.Result> result = new SimpleObjectProperty<>(this, "result");
  private final BooleanBinding canScan;

  ScanViewModel(MainViewModel main, BackgroundJobs jobs) {
    this.main = main;
    this.jobs = jobs;
    canScan = Bindings.createBooleanBinding(
        () -> main.canRunProperty().get() && from.get() >= SetupViewModel.MIN_K && to.get() <= SetupViewModel.MAX_K
            && from.get() <= to.get(),
        main.canRunProperty(), from, to);
    main.datasetProperty().addListener((o, a, b) -> result.set(null));
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
    jobs.report("Trying k = " + first + " to " + last + "…");
    jobs.start("Scanning k", (cancel, report) -> KScan.run(data, settings, first, last, cancel, report),
        scanned -> {
          result.set(scanned);
          jobs.report("Scan done: " + scanned.reason());
        },
        "The k scan failed");
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
}
