// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.export.AtomicFile;
import org.segmentlab.export.LabelledCsvWriter;
import org.segmentlab.export.OutputNames;
import org.segmentlab.export.ProfileCsvWriter;
import org.segmentlab.segment.AutoK;
import org.segmentlab.segment.FittedScaling;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentMatching;
import org.segmentlab.segment.SegmentNamer;
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
  public static final int MIN_K = 2;
  public static final int MAX_K = 20;
  public static final int MAX_RESTARTS = 200;
  private static final String SAMPLE_RESOURCE = "/org/segmentlab/sample/userbehaviour.csv";

  private final Dialogs dialogs;
  private final AppPreferences preferences;

  private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
  private final ObjectProperty<Segmentation> segmentation = new SimpleObjectProperty<>(this, "segmentation");
  private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
  private final ObservableList<String> features = FXCollections.observableArrayList();
  private final IntegerProperty k = new SimpleIntegerProperty(this, "k", SegmentationSettings.DEFAULT_K);
  private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.MIN_MAX);
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
  private final IntegerProperty restarts =
      new SimpleIntegerProperty(this, "restarts", SegmentationSettings.DEFAULT_RESTARTS);
  private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis");
  private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis");
  private final SimpleStringProperty validation = new SimpleStringProperty(this, "validation", "");
  private final SimpleStringProperty summary = new SimpleStringProperty(this, "summary", "No data loaded.");
  private final SimpleStringProperty title = new SimpleStringProperty(this, "title", "SegmentLab");
  private final BooleanProperty autoK = new SimpleBooleanProperty(this, "autoK");
  private final SimpleStringProperty weights = new SimpleStringProperty(this, "weights", "");
  private final SimpleStringProperty dominance = new SimpleStringProperty(this, "dominance", "");
  private final ObjectProperty<Stability> stability = new SimpleObjectProperty<>(this, "stability");
  private final Set<Integer> renamedIdentities = new HashSet<>();
  private final BackgroundJobs jobs;
  private final BooleanBinding canRun;
  private final ScanViewModel scan;

  public MainViewModel(BackgroundRunner runner, Dialogs dialogs, AppPreferences preferences) {
    this.dialogs = dialogs;
    this.preferences = preferences;
    this.jobs = new BackgroundJobs(runner, dialogs);
    k.set(Math.max(MIN_K, Math.min(MAX_K, preferences.k())));
    scaling.set(preferences.scaling());
    seed.set(Long.toString(preferences.seed()));
    restarts.set(Math.max(1, Math.min(MAX_RESTARTS, preferences.restarts())));
    features.addListener((javafx.collections.ListChangeListener<String>) c -> describeData());
    k.addListener((o, a, b) -> revalidate());
    seed.addListener((o, a, b) -> revalidate());
    restarts.addListener((o, a, b) -> revalidate());
    scaling.addListener((o, a, b) -> describeData());
    dataset.addListener((o, a, b) -> {
      renamedIdentities.clear();
      describeData();
    });
    segmentation.addListener((o, a, b) -> {
      if (a == null || b == null || a.dataset() != b.dataset() || a.settings() != b.settings()) {
        stability.set(null);
      }
    });
    canRun = Bindings.createBooleanBinding(
        () -> dataset.get() != null && validation.get().isEmpty() && !jobs.isBusy(), dataset, validation,
        jobs.busyProperty());
    scan = new ScanViewModel(this, jobs);
    describeData();
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
    if (file.getParent() != null && !file.startsWith(sampleFolder())) {
      preferences.lastFolder(file.toAbsolutePath().getParent());
    }
    jobs.report("Loading " + file.getFileName() + "…");
    jobs.start("Loading", (cancel, report) -> DatasetLoader.load(file, f -> report.update(f, "Loading")),
        loaded -> {
          applyDataset(loaded);
          jobs.report("Loaded " + loaded.file().getFileName() + ": " + loaded.rowCount() + " users.");
          if (canRun.get()) {
            run();
          }
        },
        "The file could not be opened");
  }

  /** Segments the loaded data with the current settings in the background. */
  public void run() {
    Dataset data = dataset.get();
    if (data == null || !validation.get().isEmpty() || jobs.isBusy()) {
      return;
    }
    SegmentationSettings settings = settings();
    preferences.runSettings(settings.k(), settings.scaling(), settings.seed(), settings.restarts());
    jobs.report("Segmenting " + data.rowCount() + " users into " + settings.k() + " segments…");
    boolean auto = autoK.get();
    jobs.start("Segmenting", (cancel, report) -> auto
            ? AutoK.run(Segmenter.prepare(data, settings.withK(MIN_K)), MAX_K, cancel, report)
            : Segmenter.run(data, settings, cancel, report),
        result -> {
          segmentation.set(continuePrevious(result));
          if (auto) {
            k.set(result.segments().size());
          }
          jobs.report(String.format(Locale.ROOT, "Segmented %d users into %d segments (%d skipped for missing values).",
              result.clustered(), result.segments().size(), result.skipped()));
        },
        "Segmentation failed");
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

  /** Stops the running load or segmentation; what was on screen stays. */
  public void cancel() {
    jobs.cancel();
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
      segmentation.set(current.withName(number, name));
      renamedIdentities.add(current.segment(number).identity());
      jobs.report("Renamed segment " + number + " to \"" + name.strip() + "\".");
      return true;
    } catch (IllegalArgumentException e) {
      dialogs.showError("Name not changed", "The segment keeps its name: " + e.getMessage() + ".", null);
      return false;
    }
  }

  /** Asks where to save and writes the labelled CSV with the current (edited) names. */
  public void exportLabelledCsv() {
    Segmentation current = segmentation.get();
    if (current == null) {
      return;
    }
    Path input = current.dataset().file();
    dialogs.chooseFileToSave("Export labelled CSV", preferences.lastFolder(), OutputNames.labelledCsv(input), "CSV")
        .ifPresent(target -> write("Exported labelled CSV", target, () -> LabelledCsvWriter.write(current, target)));
  }

  /** Asks where to save and writes the per-segment profile CSV. */
  public void exportProfileCsv() {
    Segmentation current = segmentation.get();
    if (current == null) {
      return;
    }
    Path input = current.dataset().file();
    dialogs.chooseFileToSave("Export profile CSV", preferences.lastFolder(), OutputNames.profileCsv(input), "CSV")
        .ifPresent(target -> write("Exported profile CSV", target, () -> ProfileCsvWriter.write(current, target)));
  }

  /** Asks where to save the chart image and writes the PNG bytes the view rendered. */
  public void saveChartPng(byte[] png) {
    Segmentation current = segmentation.get();
    String stem = current == null ? "segments" : OutputNames.stem(current.dataset().file()) + "-segments";
    dialogs.chooseFileToSave("Save chart as PNG", preferences.lastFolder(), stem + ".png", "PNG")
        .ifPresent(target -> write("Saved chart", target, () -> AtomicFile.write(target, out -> out.write(png))));
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

  /** The features checked for the next run. */
  public ObservableList<String> features() {
    return features;
  }

  public IntegerProperty kProperty() {
    return k;
  }

  public ObjectProperty<Scaling> scalingProperty() {
    return scaling;
  }

  public StringProperty seedProperty() {
    return seed;
  }

  public IntegerProperty restartsProperty() {
    return restarts;
  }

  public StringProperty xAxisProperty() {
    return xAxis;
  }

  public StringProperty yAxisProperty() {
    return yAxis;
  }

  /** Why Run is disabled, in words; empty when the settings are valid. */
  public ReadOnlyStringProperty validationProperty() {
    return validation;
  }

  /** File, rows, columns and rows that will be skipped. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  /** The last action, for the status bar. */
  public ReadOnlyStringProperty statusProperty() {
    return jobs.statusProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title;
  }

  /** True while a load or a run is under way: Run becomes Cancel. */
  public ReadOnlyBooleanProperty busyProperty() {
    return jobs.busyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return jobs.progressProperty();
  }

  public BooleanBinding canRunProperty() {
    return canRun;
  }

  /** When true, X-means picks k. */
  public BooleanProperty autoKProperty() {
    return autoK;
  }

  /** Each feature's weight in the distances under the chosen scaling, in words. */
  public ReadOnlyStringProperty weightsProperty() {
    return weights;
  }

  /** A warning when one feature swamps the others; empty otherwise. */
  public ReadOnlyStringProperty dominanceProperty() {
    return dominance;
  }

  /** The last stability check of the segmentation on screen, or null. */
  public ReadOnlyObjectProperty<Stability> stabilityProperty() {
    return stability;
  }

  // ---- internals -------------------------------------------------------------------------------

  SegmentationSettings settings() {
    return new SegmentationSettings(List.copyOf(features), k.get(), scaling.get(),
        Long.parseLong(seed.get().strip()), restarts.get());
  }

  private void applyDataset(Dataset loaded) {
    dataset.set(loaded);
    title.set("SegmentLab — " + loaded.file().getFileName());
    List<String> numeric = loaded.numericColumnNames();
    numericColumns.setAll(numeric);
    List<String> chosen = new ArrayList<>();
    if (numeric.contains(SegmentationSettings.MINUTES) && numeric.contains(SegmentationSettings.SPEND)) {
      chosen.add(SegmentationSettings.MINUTES);
      chosen.add(SegmentationSettings.SPEND);
    } else {
      numeric.stream().filter(n -> !looksLikeId(n)).limit(2).forEach(chosen::add);
    }
    features.setAll(chosen);
    xAxis.set(chosen.isEmpty() ? null : chosen.get(0));
    yAxis.set(chosen.size() < 2 ? xAxis.get() : chosen.get(1));
    revalidate();
  }

  private static boolean looksLikeId(String column) {
    String name = column.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
    return name.equals("id") || name.equals("userid") || name.endsWith("id") && name.length() <= 8;
  }

  private void revalidate() {
    validation.set(validate());
  }

  /**
   * Re-describes the data for the chosen features and scaling (users skipped, feature weights);
   * a pass over the feature columns, so it runs only when those change, not on every setting.
   */
  private void describeData() {
    revalidate();
    Dataset data = dataset.get();
    if (data == null) {
      summary.set("No data loaded.");
      return;
    }
    int skipped = 0;
    weights.set("");
    dominance.set("");
    try {
      if (!features.isEmpty()) {
        FeatureMatrix matrix = FeatureMatrix.extract(data, List.copyOf(features));
        skipped = matrix.skipped();
        describeWeights(matrix);
      }
    } catch (DataException e) {
      skipped = -1;
    }
    summary.set(String.format(Locale.ROOT, "%s%n%,d users · %d columns (%d numeric)%n%s",
        data.file().getFileName(), data.rowCount(), data.columns().size(), data.numericColumnNames().size(),
        skipped < 0 ? "The chosen features cannot be used as they are."
            : skipped == 0 ? "Every user has values in the chosen features."
            : String.format(Locale.ROOT, "%,d users will be skipped for missing values.", skipped)));
  }

  private void describeWeights(FeatureMatrix matrix) throws DataException {
    if (matrix.size() == 0 || scaling.get() == null) {
      return;
    }
    FittedScaling fitted = FittedScaling.fit(scaling.get(), matrix);
    double[] shares = fitted.varianceShares(matrix);
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < shares.length; j++) {
      parts.add(String.format(Locale.ROOT, "%s %.0f %%", SegmentNamer.shortLabel(matrix.features().get(j)),
          100 * shares[j]));
    }
    weights.set("Weight in distances: " + String.join(", ", parts));
    dominance.set(fitted.dominanceWarning(matrix).orElse(""));
  }

  private String validate() {
    if (features.isEmpty()) {
      return "Choose at least one feature column.";
    }
    if (k.get() < MIN_K || k.get() > MAX_K) {
      return "k must be between " + MIN_K + " and " + MAX_K + ".";
    }
    Dataset data = dataset.get();
    if (data != null && k.get() > data.rowCount()) {
      return "k cannot exceed the number of users (" + data.rowCount() + ").";
    }
    try {
      Long.parseLong(seed.get().strip());
    } catch (NumberFormatException e) {
      return "The seed must be a whole number.";
    }
    if (restarts.get() < 1 || restarts.get() > MAX_RESTARTS) {
      return "Restarts must be between 1 and " + MAX_RESTARTS + ".";
    }
    return "";
  }

  /** Something that writes a file and may fail. */
  @FunctionalInterface
  private interface FileWrite {
    void write() throws Exception;
  }

  private void write(String done, Path target, FileWrite write) {
    if (target.getParent() != null) {
      preferences.lastFolder(target.toAbsolutePath().getParent());
    }
    jobs.start("Saving", (cancel, report) -> {
      write.write();
      return target;
    }, path -> jobs.report(done + " to " + path.getFileName() + "."), "The file could not be saved");
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

  /** For tests and the view: the dataset's optional segmentation. */
  public Optional<Segmentation> currentSegmentation() {
    return Optional.ofNullable(segmentation.get());
  }
}
