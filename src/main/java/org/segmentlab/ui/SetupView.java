// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.control.CheckListView;
import org.segmentlab.segment.Scaling;

/** The side panel: the dataset summary and every choice of a run, with Run (Cancel while running). */
final class SetupView extends VBox {
  private final CheckListView<String> features = new CheckListView<>();
  private boolean syncing;

  SetupView(MainViewModel main) {
    super(6);
    SetupViewModel model = main.setup();
    getStyleClass().add("setup-panel");
    setPadding(new Insets(12));
    setPrefWidth(290);

    Label summary = new Label();
    summary.setId("dataset-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summaryProperty());
    summary.getStyleClass().add("dataset-summary");

    features.setId("feature-list");
    features.setItems(main.numericColumns());
    features.setPrefHeight(190);
    features.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
      if (!syncing) {
        syncing = true;
        // keep the file's column order, whatever order the boxes were ticked in
        model.features().setAll(main.numericColumns().stream()
            .filter(features.getCheckModel().getCheckedItems()::contains).toList());
        syncing = false;
      }
    });
    model.features().addListener((ListChangeListener<String>) c -> syncChecks(model));
    main.numericColumns().addListener((ListChangeListener<String>) c -> syncChecks(model));

    Label textCells = message("text-cells", "warning", model.textCellsProperty());
    CheckBox leaveOut = new CheckBox(SetupViewModel.LEAVE_OUT_LABEL);
    leaveOut.setId("leave-out-text-cells");
    leaveOut.setWrapText(true);
    leaveOut.selectedProperty().bindBidirectional(model.leaveOutTextCellsProperty());
    leaveOut.setTooltip(new Tooltip("Users whose cell in a chosen feature is not a number are left out of the "
        + "segments, counted, and kept in every export with an empty segment."));
    leaveOut.visibleProperty().bind(model.textCellsProperty().isNotEmpty());
    leaveOut.managedProperty().bind(leaveOut.visibleProperty());
    Label featuresMessage = message("features-message", "validation", model.featuresMessageProperty());
    Label identifierWarning = message("identifier-warning", "warning", model.identifierWarningProperty());

    Spinner<String> k = spinner("k-spinner", SetupViewModel.MIN_K, SetupViewModel.MAX_K, model.kTextProperty());
    Label kMessage = message("k-message", "validation", model.kMessageProperty());
    CheckBox auto = new CheckBox("Auto: let X-means choose k");
    auto.setId("auto-k");
    auto.selectedProperty().bindBidirectional(model.autoKProperty());
    k.disableProperty().bind(model.autoKProperty());

    ComboBox<Scaling> scaling = new ComboBox<>();
    scaling.setId("scaling-choice");
    scaling.getItems().setAll(Scaling.values());
    scaling.valueProperty().bindBidirectional(model.scalingProperty());
    scaling.setMaxWidth(Double.MAX_VALUE);
    scaling.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(Scaling item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.toString());
        setTooltip(empty || item == null ? null : new Tooltip(item.explanation()));
      }
    });
    Label explanation = new Label();
    explanation.setWrapText(true);
    explanation.getStyleClass().add("hint");
    explanation.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> model.scalingProperty().get() == null ? "" : model.scalingProperty().get().explanation(),
        model.scalingProperty()));

    Label weights = new Label();
    weights.setId("feature-weights");
    weights.setWrapText(true);
    weights.getStyleClass().add("hint");
    weights.textProperty().bind(model.weightsProperty());
    Label dominance = message("dominance-warning", "warning", model.dominanceProperty());

    TextField seed = new TextField();
    seed.setId("seed-field");
    seed.textProperty().bindBidirectional(model.seedProperty());

    Label seedMessage = message("seed-message", "validation", model.seedMessageProperty());

    Spinner<String> restarts =
        spinner("restarts-spinner", 1, SetupViewModel.MAX_RESTARTS, model.restartsTextProperty());
    Label restartsMessage = message("restarts-message", "validation", model.restartsMessageProperty());

    // what blocks Run is said under its control; this repeats it beside Run only when it is off screen
    Label validation = message("validation-message", "validation", model.validationProperty());
    validation.visibleProperty().unbind();
    validation.visibleProperty().bind(model.validationProperty().isNotEmpty().and(main.datasetProperty().isNotNull())
        .and(model.featuresMessageProperty().isEmpty()).and(model.kMessageProperty().isEmpty())
        .and(model.seedMessageProperty().isEmpty()).and(model.restartsMessageProperty().isEmpty()));

    Label outdated = message("outdated-notice", "warning", main.outdatedProperty());

    Button run = new Button("Run");
    run.setId("run-button");
    run.setDefaultButton(true);
    run.setMaxWidth(Double.MAX_VALUE);
    run.textProperty().bind(javafx.beans.binding.Bindings.when(main.busyProperty()).then("Cancel").otherwise("Run"));
    run.disableProperty().bind(main.busyProperty().not().and(main.canRunProperty().not()));
    run.setOnAction(e -> {
      if (main.busyProperty().get()) {
        main.cancel();
      } else {
        main.run();
      }
    });

    getChildren().addAll(
        heading("Data"), summary, textCells, leaveOut,
        heading("Features"), features, featuresMessage, identifierWarning,
        heading("Segments (k)"), k, kMessage, auto,
        heading("Scaling"), scaling, explanation, weights, dominance,
        heading("Seed"), seed, seedMessage,
        heading("Restarts"), restarts, restartsMessage,
        validation, run, outdated);
    syncChecks(model);
  }

  private void syncChecks(SetupViewModel model) {
    if (syncing) {
      return;
    }
    syncing = true;
    features.getCheckModel().clearChecks();
    for (String feature : model.features()) {
      features.getCheckModel().check(feature);
    }
    syncing = false;
  }

  /**
   * An editable whole-number spinner over the text the user typed: the arrows step within min..max,
   * typed text is kept as it is (never clamped or replaced) for the view model to validate.
   */
  static Spinner<String> spinner(String id, int min, int max, StringProperty text) {
    Spinner<String> spinner = new Spinner<>(new WholeNumberSteps(min, max, text));
    spinner.setId(id);
    spinner.setEditable(true);
    spinner.setMaxWidth(Double.MAX_VALUE);
    spinner.getValueFactory().setValue(text.get());
    spinner.getEditor().setText(text.get());
    spinner.getEditor().textProperty().addListener((o, a, b) -> text.set(b));
    spinner.getValueFactory().valueProperty().addListener((o, a, b) -> {
      if (b != null) {
        text.set(b);
      }
    });
    text.addListener((o, a, b) -> {
      if (!b.equals(spinner.getEditor().getText())) {
        spinner.getValueFactory().setValue(b);
        spinner.getEditor().setText(b);
      }
    });
    return spinner;
  }

  /** An editable whole-number spinner kept in step with a view-model property both ways. */
  static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty value) {
    Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
    spinner.setId(id);
    spinner.setEditable(true);
    spinner.setMaxWidth(Double.MAX_VALUE);
    spinner.getValueFactory().valueProperty().addListener((o, a, b) -> {
      if (b != null) {
        value.set(b);
      }
    });
    value.addListener((o, a, b) -> spinner.getValueFactory().setValue(b.intValue()));
    return spinner;
  }

  /**
   * Arrow steps over whole numbers kept as text, from what is typed now (which the spinner has not
   * committed yet); a value that is not a number steps from the nearest end.
   */
  private static final class WholeNumberSteps extends SpinnerValueFactory<String> {
    private final int min;
    private final int max;
    private final StringProperty typed;

    WholeNumberSteps(int min, int max, StringProperty typed) {
      this.min = min;
      this.max = max;
      this.typed = typed;
      setConverter(new DefaultStringConverter());
    }

    @Override
    public void decrement(int steps) {
      step(-steps);
    }

    @Override
    public void increment(int steps) {
      step(steps);
    }

    private void step(int steps) {
      long current;
      try {
        current = Long.parseLong(typed.get() == null ? "" : typed.get().strip());
      } catch (NumberFormatException e) {
        current = steps > 0 ? min - 1 : max + 1;
      }
      String next = Long.toString(Math.max(min, Math.min(max, current + steps)));
      if (next.equals(getValue())) {
        typed.set(next); // the spinner shows no change of value: put the number in the field directly
      }
      setValue(next);
    }
  }

  /** A message shown next to the controls only while it has something to say. */
  private static Label message(String id, String style, ReadOnlyStringProperty text) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add(style);
    label.textProperty().bind(text);
    label.visibleProperty().bind(text.isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-heading");
    return label;
  }
}
