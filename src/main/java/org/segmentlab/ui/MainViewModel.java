// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.ReadableNumbers;
import org.segmentlab.export.AtomicFile;
import org.segmentlab.export.FormulaSafety;
import org.segmentlab.export.LabelledCsvWriter;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.OutputNames;
import org.segmentlab.export.ProfileCsvWriter;
import org.segmentlab.export.Report;
import org.segmentlab.export.ReportWriter;
import org.segmentlab.export.Versions;
import org.segmentlab.export.sql.ScoringSql;
import org.segmentlab.segment.AutoK;
import org.segmentlab.segment.SegmentMatching;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.segment.Stability;

/**
 * The state of the window and the commands on it. The only bridge from the desktop app to the
 * pipeline: views bind to these properties and call these commands, and never touch Tablesaw or
 * Smile. Long work goes through the {@link BackgroundRunner}; a failed or cancelled run leaves the
 * previous result in place.
 */
public final class MainViewModel {
  private static final String SAMPLE_RESOURCE = "/org/segmentlab/sample/userbehaviour.csv";

  private final Dialogs dialogs;
  private final AppPreferences preferences;

  private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
  private final ObjectProperty<Segmentation> segmentation = new SimpleObjectProperty<>(this, "segmentation");
  private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
  private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis");
  private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis");
  private final SimpleStringProperty title = new SimpleStringProperty(this, "title", "SegmentLab");
  private final ObjectProperty<Stability> stability = new SimpleObjectProperty<>(this, "stability");
  private final SimpleStringProperty outdated = new SimpleStringProperty(this, "outdated", "");
  private final SimpleStringProperty resultSettings = new SimpleStringProperty(this, "resultSettings", "");
  private final SimpleStringProperty chartTitle = new SimpleStringProperty(this, "chartTitle", "");
  /** The title the user gave the chart and report; blank for the default (the file's name). */
  private final StringProperty chartName = new SimpleStringProperty(this, "chartName", "");
  private final Set<Integer> renamedIdentities = new HashSet<>();
  private final Deque<Names> undoNames = new ArrayDeque<>();
  private final Deque<Names> redoNames = new ArrayDeque<>();
  private final SimpleStringProperty undoText = new SimpleStringProperty(this, "undoText", "");
  private final SimpleStringProperty redoText = new SimpleStringProperty(this, "redoText", "");
  private boolean renaming;
  private final BackgroundJobs jobs;
  private final BooleanBinding canRun;
  private final SetupViewModel setup;
  private final ScanViewModel scan;
  private final BooleanBinding somethingRunning;

  public MainViewModel(BackgroundRunner runner, Dialogs dialogs, AppPreferences preferences) {
    this.dialogs = dialogs;
    this.preferences = preferences;
    this.jobs = new BackgroundJobs(runner, dialogs);
    this.setup = new SetupViewModel(dataset, preferences);
    dataset.addListener((o, a, b) -> renamedIdentities.clear());
    segmentation.addListener((o, a, b) -> {
      if (a == null || b == null || a.dataset() != b.dataset() || a.settings() != b.settings()) {
        stability.set(null);
      }
      if (!renaming) {
        forgetRenames(); // undo reaches back to the last run, not across runs or files
      }
    });
    canRun = Bindings.createBooleanBinding(
        () -> dataset.get() != null && setup.validationProperty().get().isEmpty() && !jobs.isBusy(), dataset,
        setup.validationProperty(), jobs.busyProperty());
    scan = new ScanViewModel(this, jobs.lane());
    somethingRunning = jobs.busyProperty().or(scan.scanningProperty());
    javafx.beans.InvalidationListener compare = o -> compareWithResult();
    for (javafx.beans.Observable choice : List.<javafx.beans.Observable>of(dataset, segmentation, setup.features(),
        setup.kTextProperty(), setup.scalingProperty(), setup.seedProperty(), setup.restartsTextProperty(),
        setup.leaveOutTextCellsProperty(), setup.validationProperty(), chartName)) {
      choice.addListener(compare);
    }
  }

  /** Says when the panel's choices (or the data) differ from the result on screen. */
  private void compareWithResult() {
    Segmentation current = segmentation.get();
    Dataset data = dataset.get();
    resultSettings.set(current == null ? "" : SetupViewModel.describe(current.settings()));
    String named = chartName.get().isBlank() ? null : chartName.get().strip();
    chartTitle.set(data == null ? "" : current == null ? (named != null ? named : data.file().getFileName().toString())
        : (named != null ? named : "Segments of " + current.dataset().file().getFileName()) + " — "
            + resultSettings.get());
    if (current == null) {
      outdated.set("");
    } else if (data != current.dataset()) {
      outdated.set("New data loaded — Run to update. On screen: " + current.dataset().file().getFileName() + ", "
          + resultSettings.get() + ".");
    } else if (!setup.settingsIfNumbers().map(current.settings()::equals).orElse(false)) {
      outdated.set("Settings changed — Run to update. On screen: " + resultSettings.get() + ".");
    } else {
      outdated.set("");
    }
  }

  // ---- commands -------------------------------------------------------------------------------

  /** Asks for a CSV and opens it. */
  public void openFile() {
    dialogs.chooseFileToOpen(preferences.lastFolder()).ifPresent(this::open);
  }

  /** Opens the sample bundled with the app. */
  public void openSample() {
    try {
      open(extractSample());
    } catch (IOException e) {
      dialogs.showError("Sample data unavailable", "The bundled sample could not be prepared: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a CSV in the background, then segments it with the current settings. If the file cannot
   * be used, the data already on screen stays.
   */
  public void open(Path file) {
    if (jobs.isBusy()) {
      jobs.report("Still working: cancel or wait before opening " + file.getFileName() + ".");
      return;
    }
    if (file.getParent() != null && !file.startsWith(sampleFolder())) {
      preferences.lastFolder(file.toAbsolutePath().getParent());
    }
    jobs.report("Loading " + file.getFileName() + "…");
    jobs.start("Loading", (cancel, report) -> DatasetLoader.load(file, f -> report.update(f, "Loading")),
        loaded -> {
          applyDataset(loaded);
          jobs.report("Loaded " + loaded.file().getFileName() + ": " + ReadableNumbers.count(loaded.rowCount())
              + " users.");
          if (canRun.get()) {
            run();
          } else {
            jobs.report("Loaded " + loaded.file().getFileName() + ": " + ReadableNumbers.count(loaded.rowCount())
                + " users. Not segmented: " + setup.validationProperty().get());
          }
        },
        "The file could not be opened");
  }

  /** Segments the loaded data with the current settings in the background. */
  public void run() {
    Dataset data = dataset.get();
    if (data == null || !canRun.get()) {
      return;
    }
    SegmentationSettings settings = settings();
    preferences.runSettings(settings.k(), settings.scaling(), settings.seed(), settings.restarts());
    jobs.report("Segmenting " + ReadableNumbers.count(data.rowCount()) + " users into " + settings.k()
        + " segments…");
    boolean auto = setup.autoKProperty().get();
    jobs.start("Segmenting", (cancel, report) -> auto
            ? AutoK.run(Segmenter.prepare(data, settings.withK(SetupViewModel.MIN_K)), SetupViewModel.MAX_K,
                cancel, report)
            : Segmenter.run(data, settings, cancel, report),
        result -> {
          segmentation.set(continuePrevious(result));
          String why = "";
          if (auto) {
            setup.kProperty().set(result.segments().size());
            var scanned = scan.resultProperty().get();
            why = scanned == null ? "" : " " + AutoK.whyNotTheScansK(result.segments().size(), scanned.bestK());
          }
          jobs.report(String.format(Locale.ROOT, "Segmented %s users into %d segments (%s).%s",
              ReadableNumbers.count(result.clustered()), result.segments().size(), leftOut(result),
              why.stripTrailing()));
        },
        "Segmentation failed");
  }

  private static String leftOut(Segmentation result) {
    int text = result.matrix().skippedForText();
    return ReadableNumbers.count(result.matrix().skippedForMissing()) + " skipped for missing values"
        + (text > 0 ? ", " + ReadableNumbers.count(text) + " left out for cells that are not numbers" : "");
  }

  /**
   * Keeps colours and the names the user gave with the same groups of users when the same data
   * is segmented again (with another seed, k or features).
   */
  private Segmentation continuePrevious(Segmentation next) {
    Segmentation previous = segmentation.get();
    if (previous == null || previous.dataset() != next.dataset()) {
      return next;
    }
    int[] match = SegmentMatching.match(previous, next);
    int[] identities = new int[match.length];
    String[] names = new String[match.length];
    for (int c = 0; c < match.length; c++) {
      if (match[c] > 0) {
        SegmentProfile before = previous.segment(match[c]);
        identities[c] = before.identity();
        names[c] = renamedIdentities.contains(before.identity()) ? before.name() : null;
      }
    }
    return next.continuing(identities, names);
  }

  /** Re-runs the current segmentation with other seeds in the background and reports agreement. */
  public void checkStability() {
    Segmentation current = segmentation.get();
    if (current == null || jobs.isBusy()) {
      return;
    }
    jobs.report("Checking stability with " + Stability.DEFAULT_RERUNS + " other seeds…");
    jobs.start("Checking stability",
        (cancel, report) -> Stability.check(current, Stability.DEFAULT_RERUNS, cancel, report),
        result -> {
          stability.set(result);
          jobs.report("Segments are " + result.describe() + ".");
        },
        "The stability check failed");
  }

  /**
   * Stops the running load, segmentation, check or save; what was on screen stays. With none of
   * those running, stops a running k scan (Esc cancels whatever runs, one thing per press).
   */
  public void cancel() {
    if (jobs.isBusy()) {
      jobs.cancel();
    } else {
      scan.cancel();
    }
  }

  /** The "Choose k" tab's view model. */
  public ScanViewModel scan() {
    return scan;
  }

  /** Gives a segment the user's own name; it flows to the legend, tooltips and exports. */
  public boolean rename(int number, String name) {
    Segmentation current = segmentation.get();
    if (current == null) {
      return false;
    }
    try {
      Segmentation renamed = current.withName(number, name);
      String before = current.segment(number).name();
      String after = renamed.segment(number).name();
      if (before.equals(after)) {
        return true;
      }
      String change = "rename \"" + before + "\" to \"" + after + "\"";
      undoNames.push(new Names(current, Set.copyOf(renamedIdentities), "Undo " + change, "Redo " + change));
      redoNames.clear();
      renamedIdentities.add(current.segment(number).identity());
      showNames(renamed);
      jobs.report("Renamed segment " + number + " to \"" + after + "\".");
      return true;
    } catch (IllegalArgumentException e) {
      dialogs.showError("Name not changed", "The segment keeps its name: " + e.getMessage() + ".", null);
      return false;
    }
  }

  /** Whether the labelled CSV is written Excel-safe: input cells that start like a formula are neutralised. */
  private final javafx.beans.property.BooleanProperty excelSafe =
      new javafx.beans.property.SimpleBooleanProperty(this, "excelSafe", false);

  public javafx.beans.property.BooleanProperty excelSafeProperty() {
    return excelSafe;
  }

  /** Takes back the last rename (Ctrl+Z); the names on the chart, legend and exports follow. */
  public void undoRename() {
    step(undoNames, redoNames, "Undid");
  }

  /** Does a rename taken back by {@link #undoRename()} again. */
  public void redoRename() {
    step(redoNames, undoNames, "Redid");
  }

  /** "Undo rename "A" to "B"", or empty when there is nothing to undo. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText;
  }

  /** "Redo rename "A" to "B"", or empty when there is nothing to redo. */
  public ReadOnlyStringProperty redoTextProperty() {
    return redoText;
  }

  /** The names of a segmentation, and which of them the user gave, before or after a rename. */
  private record Names(Segmentation segmentation, Set<Integer> renamed, String undo, String redo) {}

  private void step(Deque<Names> from, Deque<Names> to, String verb) {
    Names target = from.poll();
    if (target == null || segmentation.get() == null) {
      return;
    }
    to.push(new Names(segmentation.get(), Set.copyOf(renamedIdentities), target.undo(), target.redo()));
    renamedIdentities.clear();
    renamedIdentities.addAll(target.renamed());
    showNames(target.segmentation());
    jobs.report(verb + " " + target.undo().substring("Undo ".length()) + ".");
  }

  private void showNames(Segmentation named) {
    renaming = true;
    try {
      segmentation.set(named);
    } finally {
      renaming = false;
    }
    undoText.set(undoNames.isEmpty() ? "" : undoNames.peek().undo());
    redoText.set(redoNames.isEmpty() ? "" : redoNames.peek().redo());
  }

  private void forgetRenames() {
    undoNames.clear();
    redoNames.clear();
    undoText.set("");
    redoText.set("");
  }

  /** Asks where to save and writes the labelled CSV with the current (edited) names. */
  public void exportLabelledCsv() {
    FormulaSafety safety = excelSafe.get() ? FormulaSafety.excelSafe() : FormulaSafety.keepInputCells();
    exportCsv("Export labelled CSV", () -> safety.isExcelSafe()
            ? "Exported Excel-safe labelled CSV (" + safety.changedCells()
                + (safety.changedCells() == 1 ? " cell" : " cells") + " starting like a formula changed)"
            : "Exported labelled CSV",
        OutputNames::labelledCsv, (current, target) -> LabelledCsvWriter.write(current, target, safety));
  }

  /** Asks where to save and writes the per-segment profile CSV. */
  public void exportProfileCsv() {
    exportCsv("Export profile CSV", "Exported profile CSV", OutputNames::profileCsv, ProfileCsvWriter::write);
  }

  /**
   * Asks where to save and writes the one-page report of the result on screen, as HTML or PDF by the
   * name given (HTML when the name has neither extension); the k advice and stability are included
   * when they were computed for this result.
   */
  public void exportReport() {
    Segmentation current = segmentation.get();
    if (current == null) {
      return;
    }
    var advice = java.util.Optional.ofNullable(scan.resultProperty().get());
    var agreement = java.util.Optional.ofNullable(stability.get());
    String reportTitle = chartName.get().isBlank() ? null : chartName.get().strip();
    String name = OutputNames.stem(current.dataset().file()) + "-report.html";
    dialogs.chooseFileToSave("Export report", preferences.lastFolder(), name, "HTML|PDF").ifPresent(chosen -> {
      Path target = ReportWriter.formatOf(chosen).isPresent()
          ? chosen : chosen.resolveSibling(chosen.getFileName() + ".html");
      write("Exported report", " (" + SetupViewModel.describe(current.settings()) + ")", target,
          () -> ReportWriter.write(Report.of(current, reportTitle, advice, agreement), target));
    });
  }

  /**
   * Asks where to save and writes the fitted model (current names included), for {@code score} and
   * {@code export-sql} on the command line.
   */
  public void exportModel() {
    Segmentation current = segmentation.get();
    if (current == null) {
      return;
    }
    String name = OutputNames.stem(current.dataset().file()) + "-model.json";
    dialogs.chooseFileToSave("Export model", preferences.lastFolder(), name, "JSON")
        .ifPresent(target -> write("Exported model", " (" + SetupViewModel.describe(current.settings()) + ")", target,
            () -> ModelJson.write(SegmentModel.of(current, Versions.app()), target)));
  }

  private static void writeScoringSql(Segmentation current, Dialogs.SqlTarget sql, Path target) throws Exception {
    String text = ScoringSql.select(SegmentModel.of(current, Versions.app()), sql.dialect(), sql.table(), null);
    AtomicFile.write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Asks for the SQL engine and table, then where to save, and writes the scoring SELECT. */
  public void exportScoringSql() {
    Segmentation current = segmentation.get();
    if (current == null) {
      return;
    }
    dialogs.chooseSqlTarget("users").ifPresent(sql -> {
      String name = OutputNames.stem(current.dataset().file()) + "-score-" + sql.dialect().id() + ".sql";
      dialogs.chooseFileToSave("Export scoring SQL", preferences.lastFolder(), name, "SQL")
          .ifPresent(target -> write("Exported scoring SQL", " (" + SetupViewModel.describe(current.settings()) + ")",
              target, () -> writeScoringSql(current, sql, target)));
    });
  }

  /** Writes a segmentation to a file. */
  @FunctionalInterface
  private interface CsvExport {
    void write(Segmentation segmentation, Path target) throws Exception;
  }

  private void exportCsv(
      String title, String done, java.util.function.Function<Path, String> suggestedName, CsvExport export) {
    exportCsv(title, () -> done, suggestedName, export);
  }

  private void exportCsv(
      String title, java.util.function.Supplier<String> done, java.util.function.Function<Path, String> suggestedName,
      CsvExport export) {
    Segmentation current = segmentation.get();
    if (current == null) {
      return;
    }
    String name = suggestedName.apply(current.dataset().file());
    // the file holds the result on screen, which may differ from the panel's choices: say which
    String reflects = " (" + SetupViewModel.describe(current.settings()) + ")";
    dialogs.chooseFileToSave(title, preferences.lastFolder(), name, "CSV")
        .ifPresent(target -> write(done, reflects, target, () -> export.write(current, target)));
  }

  /** Asks where to save the chart image and writes the PNG bytes the view rendered. */
  public void saveChartPng(byte[] png) {
    Segmentation current = segmentation.get();
    String stem = current == null ? "segments" : OutputNames.stem(current.dataset().file()) + "-segments";
    dialogs.chooseFileToSave("Save chart as PNG", preferences.lastFolder(), stem + ".png", "PNG")
        .ifPresent(target -> write("Saved chart", current == null ? "" : " (" + resultSettings.get() + ")", target,
            () -> AtomicFile.write(target, out -> out.write(png))));
  }

  /** Records an action done by a view (for example, copying the chart) in the status bar. */
  public void reportStatus(String message) {
    jobs.report(message);
  }

  public void showAbout() {
    dialogs.showAbout();
  }

  // ---- properties ------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset;
  }

  public ReadOnlyObjectProperty<Segmentation> segmentationProperty() {
    return segmentation;
  }

  /** Numeric columns offered as features and as chart axes. */
  public ObservableList<String> numericColumns() {
    return numericColumns;
  }

  public StringProperty xAxisProperty() {
    return xAxis;
  }

  public StringProperty yAxisProperty() {
    return yAxis;
  }

  /** The last action, for the status bar. */
  public ReadOnlyStringProperty statusProperty() {
    return jobs.statusProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  /**
   * "Settings changed — Run to update. On screen: k = 4 · …" while the panel's choices or the
   * loaded data differ from the result on screen; empty when the result is up to date.
   */
  public ReadOnlyStringProperty outdatedProperty() {
    return outdated;
  }

  /** The settings the result on screen reflects, in words ("k = 4 · Min-max scaling · seed 42 · …"). */
  public ReadOnlyStringProperty resultSettingsProperty() {
    return resultSettings;
  }

  /** The chart's title as the user typed it (blank: the file's name); the window, PNG and report use it. */
  public StringProperty chartNameProperty() {
    return chartName;
  }

  /** The chart's title: the user's title (or the file) and the settings of the result on screen. */
  public ReadOnlyStringProperty chartTitleProperty() {
    return chartTitle;
  }

  /** True while a load or a run is under way: Run becomes Cancel. */
  public ReadOnlyBooleanProperty busyProperty() {
    return jobs.busyProperty();
  }

  /** True while anything runs in the background, a k scan included: Esc has something to cancel. */
  public BooleanBinding somethingRunningProperty() {
    return somethingRunning;
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return jobs.progressProperty();
  }

  public BooleanBinding canRunProperty() {
    return canRun;
  }

  /** The last stability check of the segmentation on screen, or null. */
  public ReadOnlyObjectProperty<Stability> stabilityProperty() {
    return stability;
  }

  // ---- internals -------------------------------------------------------------------------------

  SegmentationSettings settings() {
    return setup.settings();
  }

  /** The side panel's view model: the choices of the next run. */
  public SetupViewModel setup() {
    return setup;
  }

  private void applyDataset(Dataset loaded) {
    dataset.set(loaded);
    title.set("SegmentLab — " + loaded.file().getFileName());
    // untick before the list changes: ControlsFX's check list keeps ticks by position and would
    // otherwise hold a tick past the end of a shorter list
    setup.features().clear();
    numericColumns.setAll(loaded.numericColumnNames());
    setup.chooseFeaturesFor(loaded);
    List<String> chosen = setup.features();
    xAxis.set(chosen.isEmpty() ? null : chosen.get(0));
    yAxis.set(chosen.size() < 2 ? xAxis.get() : chosen.get(1));
  }

  /** Something that writes a file and may fail. */
  @FunctionalInterface
  private interface FileWrite {
    void write() throws Exception;
  }

  private void write(String done, String reflects, Path target, FileWrite write) {
    write(() -> done, reflects, target, write);
  }

  /**
   * Writes a file in the background and reports it.
   *
   * @param done what was done, asked once the file is written (it may count what the write changed)
   * @param reflects " (k = 4 · …)": the settings of the result written, which may differ from the panel's
   */
  private void write(java.util.function.Supplier<String> done, String reflects, Path target, FileWrite write) {
    if (jobs.isBusy()) {
      jobs.report("Still working: cancel or wait before saving " + target.getFileName() + ".");
      return;
    }
    if (Files.exists(target) && !dialogs.confirmReplace(target)) {
      jobs.report("Not saved: " + target.getFileName() + " was kept as it is.");
      return;
    }
    if (target.getParent() != null) {
      preferences.lastFolder(target.toAbsolutePath().getParent());
    }
    jobs.start("Saving", (cancel, report) -> {
      write.write();
      return target;
    }, path -> jobs.report(done.get() + " to " + path.getFileName() + reflects + "."),
        "The file could not be saved");
  }

  private static Path sampleFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"), "segmentlab-sample-" + System.getProperty("user.name"));
  }

  /** The bundled sample, copied from the app's resources to a file the pipeline can read again. */
  static Path extractSample() throws IOException {
    Path folder = Files.createDirectories(sampleFolder());
    Path file = folder.resolve("userbehaviour.csv");
    try (InputStream in = MainViewModel.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IOException("the sample is missing from the application");
      }
      Path temporary = Files.createTempFile(folder, "sample", ".part");
      Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return file;
  }
}
