// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.FeatureMatrix;
import org.segmentlab.segment.FittedScaling;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentNamer;
import org.segmentlab.segment.SegmentationSettings;

/**
 * The side panel's state: the choices of the next run, why they cannot run yet (if so), and what
 * they mean for the loaded data (users skipped, each feature's weight, a dominance warning).
 */
public final class SetupViewModel {
  public static final int MIN_K = 2;
  public static final int MAX_K = 20;
  public static final int MAX_RESTARTS = 200;

  private final ReadOnlyObjectProperty<Dataset> dataset;
  private final ObservableList<String> features = FXCollections.observableArrayList();
  private final IntegerProperty k = new SimpleIntegerProperty(this, "k", SegmentationSettings.DEFAULT_K);
  private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(this, "scaling", Scaling.MIN_MAX);
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
  private final IntegerProperty restarts =
      new SimpleIntegerProperty(this, "restarts", SegmentationSettings.DEFAULT_RESTARTS);
  private final BooleanProperty autoK = new SimpleBooleanProperty(this, "autoK");
  private final SimpleStringProperty validation = new SimpleStringProperty(this, "validation", "");
  private final SimpleStringProperty summary = new SimpleStringProperty(this, "summary", "No data loaded.");
  private final SimpleStringProperty weights = new SimpleStringProperty(this, "weights", "");
  private final SimpleStringProperty dominance = new SimpleStringProperty(this, "dominance", "");

  SetupViewModel(ReadOnlyObjectProperty<Dataset> dataset, AppPreferences preferences) {
    this.dataset = dataset;
    k.set(Math.max(MIN_K, Math.min(MAX_K, preferences.k())));
    scaling.set(preferences.scaling());
    seed.set(Long.toString(preferences.seed()));
    restarts.set(Math.max(1, Math.min(MAX_RESTARTS, preferences.restarts())));
    features.addListener((ListChangeListener<String>) c -> describeData());
    scaling.addListener((o, a, b) -> describeData());
    dataset.addListener((o, a, b) -> describeData());
    k.addListener((o, a, b) -> revalidate());
    seed.addListener((o, a, b) -> revalidate());
    restarts.addListener((o, a, b) -> revalidate());
    describeData();
  }

  /** The run these choices describe; call only when {@link #validationProperty()} is empty. */
  SegmentationSettings settings() {
    return new SegmentationSettings(List.copyOf(features), k.get(), scaling.get(),
        Long.parseLong(seed.get().strip()), restarts.get());
  }

  /** Chooses features for newly loaded data: the tutorial's two, else the first two numeric non-id columns. */
  void chooseFeaturesFor(Dataset loaded) {
    List<String> numeric = loaded.numericColumnNames();
    List<String> chosen = new ArrayList<>();
    if (numeric.contains(SegmentationSettings.MINUTES) && numeric.contains(SegmentationSettings.SPEND)) {
      chosen.add(SegmentationSettings.MINUTES);
      chosen.add(SegmentationSettings.SPEND);
    } else {
      numeric.stream().filter(n -> !looksLikeId(n)).limit(2).forEach(chosen::add);
    }
    features.setAll(chosen);
  }

  private static boolean looksLikeId(String column) {
    String name = column.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
    return name.equals("id") || name.equals("userid") || name.endsWith("id") && name.length() <= 8;
  }

  /** The features checked for the next run, in file order. */
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

  /** When true, X-means picks k. */
  public BooleanProperty autoKProperty() {
    return autoK;
  }

  /** Why Run is disabled, in words; empty when the choices are valid. */
  public ReadOnlyStringProperty validationProperty() {
    return validation;
  }

  /** File, rows, columns and users that will be skipped. */
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
    weights.set("");
    dominance.set("");
    if (data == null) {
      summary.set("No data loaded.");
      return;
    }
    int skipped = 0;
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
}
