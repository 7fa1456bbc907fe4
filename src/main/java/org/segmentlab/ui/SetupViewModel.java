// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.segmentlab.data.ColumnSummary;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.data.IdentifierColumns;
import org.segmentlab.data.ReadableNumbers;
import org.segmentlab.segment.FittedScaling;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentNamer;
import org.segmentlab.segment.SegmentationSettings;

/**
 * The side panel's state: the choices of the next run, why they cannot run yet (if so, said under
 * the control at fault), and what they mean for the loaded data (users left out, cells that are not
 * numbers, each feature's weight, a dominance warning, identifier columns).
 *
 * <p>k, seed and restarts are kept as the text the user typed: a value out of range or not a
 * number is explained and blocks Run; it is never clamped or replaced behind the user's back.
 */
public final class SetupViewModel {
  public static final int MIN_K = 2;
  public static final int MAX_K = 20;
  public static final int MAX_RESTARTS = 200;
  static final String LEAVE_OUT_LABEL = "Leave these users out";

  private final ReadOnlyObjectProperty<Dataset> dataset;
  private final ObservableList<String> features = FXCollections.observableArrayList();
  private final IntegerProperty k = new SimpleIntegerProperty(this, "k", SegmentationSettings.DEFAULT_K);
  private final StringProperty kText = new SimpleStringProperty(this, "kText", "4");
  private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.MIN_MAX);
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
  private final IntegerProperty restarts =
      new SimpleIntegerProperty(this, "restarts", SegmentationSettings.DEFAULT_RESTARTS);
  private final StringProperty restartsText = new SimpleStringProperty(this, "restartsText", "10");
  private final BooleanProperty autoK = new SimpleBooleanProperty(this, "autoK");
  private final BooleanProperty leaveOutTextCells = new SimpleBooleanProperty(this, "leaveOutTextCells");
  private final SimpleStringProperty validation = new SimpleStringProperty(this, "validation", "");
  private final SimpleStringProperty kMessage = new SimpleStringProperty(this, "kMessage", "");
  private final SimpleStringProperty seedMessage = new SimpleStringProperty(this, "seedMessage", "");
  private final SimpleStringProperty restartsMessage = new SimpleStringProperty(this, "restartsMessage", "");
  private final SimpleStringProperty featuresMessage = new SimpleStringProperty(this, "featuresMessage", "");
  private final SimpleStringProperty identifierWarning = new SimpleStringProperty(this, "identifierWarning", "");
  private final SimpleStringProperty textCells = new SimpleStringProperty(this, "textCells", "");
  private final SimpleStringProperty unusableDefaults = new SimpleStringProperty(this, "unusableDefaults", "");
  private final SimpleStringProperty summary = new SimpleStringProperty(this, "summary", "No data loaded.");
  private final SimpleStringProperty weights = new SimpleStringProperty(this, "weights", "");
  private final SimpleStringProperty dominance = new SimpleStringProperty(this, "dominance", "");
  private boolean syncing;

  SetupViewModel(ReadOnlyObjectProperty<Dataset> dataset, AppPreferences preferences) {
    this.dataset = dataset;
    k.set(Math.max(MIN_K, Math.min(MAX_K, preferences.k())));
    kText.set(Integer.toString(k.get()));
    scaling.set(preferences.scaling());
    seed.set(Long.toString(preferences.seed()));
    restarts.set(Math.max(1, Math.min(MAX_RESTARTS, preferences.restarts())));
    restartsText.set(Integer.toString(restarts.get()));
    features.addListener((ListChangeListener<String>) c -> describeData());
    scaling.addListener((o, a, b) -> describeData());
    leaveOutTextCells.addListener((o, a, b) -> describeData());
    dataset.addListener((o, a, b) -> {
      unusableDefaults.set("");
      leaveOutTextCells.set(false); // each file's cells are the user's choice anew
      describeData();
    });
    keepInStep(kText, k);
    keepInStep(restartsText, restarts);
    kText.addListener((o, a, b) -> revalidate());
    seed.addListener((o, a, b) -> revalidate());
    restartsText.addListener((o, a, b) -> revalidate());
    describeData();
  }

  /** The number follows the text whenever the text is a whole number, and the text the number. */
  private void keepInStep(StringProperty text, IntegerProperty number) {
    text.addListener((o, a, b) -> {
      Integer parsed = wholeNumber(b);
      if (!syncing && parsed != null) {
        syncing = true;
        number.set(parsed);
        syncing = false;
      }
    });
    number.addListener((o, a, b) -> {
      if (!syncing && !Integer.valueOf(b.intValue()).equals(wholeNumber(text.get()))) {
        syncing = true;
        text.set(Integer.toString(b.intValue()));
        syncing = false;
      }
    });
  }

  private static Integer wholeNumber(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The run these choices describe, or empty while k, seed or restarts is not a whole number. */
  Optional<SegmentationSettings> settingsIfNumbers() {
    try {
      Long.parseLong(seed.get().strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return wholeNumber(kText.get()) == null || wholeNumber(restartsText.get()) == null ? Optional.empty()
        : Optional.of(settings());
  }

  /** The run these choices describe; call only when {@link #validationProperty()} is empty. */
  SegmentationSettings settings() {
    return new SegmentationSettings(List.copyOf(features), wholeNumber(kText.get()), scaling.get(),
        Long.parseLong(seed.get().strip()), wholeNumber(restartsText.get()),
        leaveOutTextCells.get() && chosenTextCells().isPresent());
  }

  /**
   * Chooses features for newly loaded data: the tutorial's two when both are numeric columns. When
   * either exists but cannot be a feature, chooses nothing and says why, so the app waits for the
   * user instead of segmenting on other columns. A file without them gets its first two numeric
   * columns that are not identifiers.
   */
  void chooseFeaturesFor(Dataset loaded) {
    List<String> numeric = loaded.numericColumnNames();
    List<String> chosen = new ArrayList<>();
    List<String> defaults = List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);
    List<String> unusable = new ArrayList<>();
    for (String name : defaults) {
      loaded.column(name).filter(c -> !c.isNumeric()).ifPresent(c -> unusable.add(whyNotAFeature(loaded, c)));
    }
    if (numeric.containsAll(defaults)) {
      chosen.addAll(defaults);
    } else if (unusable.isEmpty()) {
      numeric.stream().filter(n -> !IdentifierColumns.isIdentifier(loaded, n)).limit(2).forEach(chosen::add);
    }
    features.setAll(chosen);
    unusableDefaults.set(unusable.isEmpty() ? ""
        : String.join("\n", unusable) + "\nChoose the features to segment on, or fix the file and open it again.");
    revalidate();
  }

  private static String whyNotAFeature(Dataset data, ColumnSummary column) {
    if (column.kind() != org.segmentlab.data.ColumnKind.TEXT) {
      return column.name() + " cannot be a feature: every value is missing.";
    }
    String example = "";
    for (int row = 0; row < data.rowCount(); row++) {
      String text = data.cellText(column.name(), row);
      if (!text.isEmpty()) {
        example = ", for example line " + data.lineOf(row) + ": \"" + text + "\"";
        break;
      }
    }
    return column.name() + " cannot be a feature: it holds text" + example + ".";
  }

  /** The features checked for the next run, in file order. */
  public ObservableList<String> features() {
    return features;
  }

  /** k as a number; follows {@link #kTextProperty()} whenever that holds a whole number. */
  public IntegerProperty kProperty() {
    return k;
  }

  /** k as typed. */
  public StringProperty kTextProperty() {
    return kText;
  }

  public ObjectProperty<Scaling> scalingProperty() {
    return scaling;
  }

  public StringProperty seedProperty() {
    return seed;
  }

  /** Restarts as a number; follows {@link #restartsTextProperty()} whenever that holds a whole number. */
  public IntegerProperty restartsProperty() {
    return restarts;
  }

  /** Restarts as typed. */
  public StringProperty restartsTextProperty() {
    return restartsText;
  }

  /** When true, X-means picks k. */
  public BooleanProperty autoKProperty() {
    return autoK;
  }

  /** When true, users whose feature cell is not a number ("abc") are left out, counted, instead of blocking Run. */
  public BooleanProperty leaveOutTextCellsProperty() {
    return leaveOutTextCells;
  }

  /** Why Run is disabled, in words; empty when the choices are valid. */
  public ReadOnlyStringProperty validationProperty() {
    return validation;
  }

  /** What is wrong with k, for under its control; empty when k is fine. */
  public ReadOnlyStringProperty kMessageProperty() {
    return kMessage;
  }

  public ReadOnlyStringProperty seedMessageProperty() {
    return seedMessage;
  }

  public ReadOnlyStringProperty restartsMessageProperty() {
    return restartsMessage;
  }

  /** Why the chosen features cannot run (none chosen, unusable defaults, text cells); empty when they can. */
  public ReadOnlyStringProperty featuresMessageProperty() {
    return featuresMessage;
  }

  /** A warning when a chosen feature looks like an identifier; it does not block Run. */
  public ReadOnlyStringProperty identifierWarningProperty() {
    return identifierWarning;
  }

  /** One line per numeric column with cells that are not numbers: "X: 1 cell is not a number — line 5: "abc"". */
  public ReadOnlyStringProperty textCellsProperty() {
    return textCells;
  }

  /** File, rows, columns and users that will be left out. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  /** Each feature's weight in the distances under the chosen scaling, in words. */
  public ReadOnlyStringProperty weightsProperty() {
    return weights;
  }

  /** A warning when one feature swamps the others; empty otherwise. */
  public ReadOnlyStringProperty dominanceProperty() {
    return dominance;
  }

  /** "k = 4 · Min-max scaling · seed 42 · 10 restarts": the settings a result reflects, in words. */
  static String describe(SegmentationSettings settings) {
    return "k = " + settings.k() + " · " + settings.scaling() + " scaling · seed " + settings.seed() + " · "
        + settings.restarts() + (settings.restarts() == 1 ? " restart" : " restarts") + " · "
        + String.join(" × ", settings.features().stream().map(SegmentNamer::shortLabel).toList())
        + (settings.leaveOutTextCells() ? " · users with text cells left out" : "");
  }

  /** The first chosen feature with cells that are not numbers. */
  private Optional<ColumnSummary> chosenTextCells() {
    Dataset data = dataset.get();
    if (data == null) {
      return Optional.empty();
    }
    return features.stream().map(f -> data.column(f).orElse(null))
        .filter(c -> c != null && c.hasStrayText()).findFirst();
  }

  private void revalidate() {
    Dataset data = dataset.get();
    Integer kValue = wholeNumber(kText.get());
    if (kValue == null || kValue < MIN_K || kValue > MAX_K) {
      kMessage.set("k must be a whole number from " + MIN_K + " to " + MAX_K + quoted(kText.get()) + ".");
    } else if (data != null && kValue > data.rowCount()) {
      kMessage.set("k cannot exceed the number of users (" + ReadableNumbers.count(data.rowCount()) + ").");
    } else {
      kMessage.set("");
    }
    try {
      Long.parseLong(seed.get().strip());
      seedMessage.set("");
    } catch (NumberFormatException e) {
      seedMessage.set("The seed must be a whole number.");
    }
    Integer restartsValue = wholeNumber(restartsText.get());
    restartsMessage.set(restartsValue == null || restartsValue < 1 || restartsValue > MAX_RESTARTS
        ? "Restarts must be a whole number from 1 to " + MAX_RESTARTS + quoted(restartsText.get()) + "." : "");
    if (features.isEmpty()) {
      featuresMessage.set(data == null ? "" // nothing to choose from yet: no message while loading
          : unusableDefaults.get().isEmpty() ? "Choose at least one feature column." : unusableDefaults.get());
    } else {
      featuresMessage.set(chosenTextCells().filter(c -> !leaveOutTextCells.get())
          .map(c -> c.name() + ": " + c.strayTextDescription() + ". Tick \"" + LEAVE_OUT_LABEL
              + "\" to segment without those users, or fix the file and open it again.")
          .orElse(""));
    }
    identifierWarning.set(identifierWarning(data));
    validation.set(features.isEmpty() ? "Choose at least one feature column."
        : List.of(featuresMessage.get(), kMessage.get(), seedMessage.get(), restartsMessage.get()).stream()
            .filter(m -> !m.isEmpty()).findFirst().orElse(""));
  }

  private static String quoted(String typed) {
    return typed == null || typed.isBlank() ? "" : " (it is \"" + typed.strip() + "\")";
  }

  private String identifierWarning(Dataset data) {
    if (data == null) {
      return "";
    }
    List<String> ids = features.stream().filter(f -> IdentifierColumns.isIdentifier(data, f)).toList();
    if (ids.isEmpty()) {
      return "";
    }
    return String.join(", ", ids) + (ids.size() == 1 ? " looks" : " look")
        + " like an identifier: segments on it follow user numbers, not behaviour. Untick it unless you mean that.";
  }

  /**
   * Re-describes the data for the chosen features and scaling (users left out, feature weights);
   * a pass over the feature columns, so it runs only when those change, not on every setting.
   */
  private void describeData() {
    revalidate();
    Dataset data = dataset.get();
    weights.set("");
    dominance.set("");
    if (data == null) {
      summary.set("No data loaded.");
      textCells.set("");
      return;
    }
    textCells.set(String.join("\n", data.columns().stream().filter(ColumnSummary::hasStrayText)
        .map(c -> c.name() + ": " + c.strayTextDescription()).toList()));
    String leftOut;
    try {
      if (features.isEmpty()) {
        leftOut = "No features chosen.";
      } else {
        FeatureMatrix matrix = FeatureMatrix.extract(data, List.copyOf(features), leaveOutTextCells.get());
        leftOut = leftOut(matrix);
        describeWeights(matrix);
      }
    } catch (DataException e) {
      leftOut = "The chosen features cannot be used as they are.";
    }
    summary.set(String.format(Locale.ROOT, "%s%n%s users · %s columns (%s numeric)%n%s",
        data.file().getFileName(), ReadableNumbers.count(data.rowCount()), ReadableNumbers.count(data.columns().size()),
        ReadableNumbers.count(data.numericColumnNames().size()), leftOut));
  }

  private static String leftOut(FeatureMatrix matrix) {
    if (matrix.skipped() == 0) {
      return "Every user has values in the chosen features.";
    }
    List<String> why = new ArrayList<>();
    if (matrix.skippedForMissing() > 0) {
      why.add(ReadableNumbers.count(matrix.skippedForMissing()) + " for missing values");
    }
    if (matrix.skippedForText() > 0) {
      why.add(ReadableNumbers.count(matrix.skippedForText()) + " for cells that are not numbers");
    }
    return ReadableNumbers.count(matrix.skipped()) + (matrix.skipped() == 1 ? " user" : " users")
        + " will be left out: " + String.join(", ", why) + ".";
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
}
