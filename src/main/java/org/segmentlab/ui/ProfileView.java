// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.shape.Circle;
import org.segmentlab.data.NumberText;
import org.segmentlab.segment.Outcome;
import org.segmentlab.segment.SegmentNamer;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.Stability;

/**
 * The segment profile table: colour, name (editable in place), size, share, each feature's mean
 * beside the overall mean, and the rule behind the automatic name.
 */
final class ProfileView extends TableView<SegmentProfile> {
  private final MainViewModel model;
  private TableColumn<SegmentProfile, String> nameColumn;
  private Segmentation shown;
  private Stability shownStability;

  ProfileView(MainViewModel model) {
    this.model = model;
    getStyleClass().add("profile-table");
    setEditable(true);
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    setPlaceholder(new javafx.scene.control.Label("Run a segmentation to see its segments here."));
    model.segmentationProperty().addListener((o, old, now) -> show(now));
    model.stabilityProperty().addListener((o, old, now) -> show(model.segmentationProperty().get()));
    // Enter on a row edits its name (and does not reach the window's default button)
    addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      int row = getFocusModel().getFocusedIndex();
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && getEditingCell() == null && row >= 0
          && nameColumn != null) {
        edit(row, nameColumn);
        e.consume();
      }
    });
    show(model.segmentationProperty().get());
  }

  private void show(Segmentation segmentation) {
    Segmentation before = shown;
    boolean sameStability = shownStability == model.stabilityProperty().get();
    shown = segmentation;
    shownStability = model.stabilityProperty().get();
    if (segmentation == null) {
      getColumns().clear();
      getItems().clear();
      return;
    }
    if (before != null && before.quality() == segmentation.quality() && sameStability) {
      showNames(segmentation); // a rename (or its undo): same run, same columns
      return;
    }
    TableColumn<SegmentProfile, SegmentProfile> swatch = new TableColumn<>("");
    swatch.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    swatch.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(SegmentProfile profile, boolean empty) {
        super.updateItem(profile, empty);
        setGraphic(empty || profile == null ? null : new Circle(7, SegmentPalette.color(profile.identity())));
        setText(empty || profile == null ? null : Integer.toString(profile.number()));
      }
    });
    swatch.setSortable(false);
    swatch.setPrefWidth(52);
    swatch.setMaxWidth(60);

    TableColumn<SegmentProfile, String> name = new TableColumn<>("Segment");
    name.setId("segment-name");
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    name.setCellFactory(TextFieldTableCell.forTableColumn());
    name.setEditable(true);
    name.setPrefWidth(190);
    name.setOnEditCommit(e -> {
      int row = e.getTablePosition().getRow();
      if (!model.rename(e.getRowValue().number(), e.getNewValue())) {
        refresh();
      }
      // the focus stays on the row just renamed, so the next key acts on the table
      getSelectionModel().clearAndSelect(row);
      getFocusModel().focus(row);
      requestFocus();
    });
    nameColumn = name;

    TableColumn<SegmentProfile, Integer> size = new TableColumn<>("Users");
    size.setId("segment-size");
    size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size()));
    size.setPrefWidth(80);

    TableColumn<SegmentProfile, String> share = new TableColumn<>("Share");
    share.setCellValueFactory(c -> new ReadOnlyStringWrapper(
        String.format(Locale.ROOT, "%.1f %%", 100 * c.getValue().share())));
    share.setPrefWidth(70);

    getColumns().setAll(List.of(swatch, name, size, share));
    List<String> features = segmentation.matrix().features();
    double[] overall = segmentation.population().means();
    for (int j = 0; j < features.size(); j++) {
      int feature = j;
      TableColumn<SegmentProfile, String> mean = new TableColumn<>(SegmentNamer.shortLabel(features.get(j)));
      mean.setCellValueFactory(c -> new ReadOnlyStringWrapper(
          NumberText.round(c.getValue().means().get(feature), 1) + "  (all: "
              + NumberText.round(overall[feature], 1) + ")"));
      mean.setPrefWidth(150);
      getColumns().add(mean);
    }
    TableColumn<SegmentProfile, String> silhouette = new TableColumn<>("Silhouette");
    silhouette.setId("segment-silhouette");
    silhouette.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.3f",
        segmentation.quality().perSegment().get(c.getValue().number() - 1))));
    silhouette.setPrefWidth(80);
    getColumns().add(silhouette);
    Stability stability = model.stabilityProperty().get();
    if (stability != null && stability.jaccardPerSegment().size() == segmentation.segments().size()) {
      TableColumn<SegmentProfile, String> jaccard = new TableColumn<>("Stability (Jaccard)");
      jaccard.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.2f",
          stability.jaccardPerSegment().get(c.getValue().number() - 1))));
      jaccard.setPrefWidth(120);
      getColumns().add(jaccard);
    }
    Outcome.of(segmentation).ifPresent(outcome -> {
      TableColumn<SegmentProfile, String> rate = new TableColumn<>(String.format(Locale.ROOT, "%s %%  (all: %.1f %%)",
          outcome.value(), 100 * outcome.overall()));
      rate.setId("segment-outcome");
      rate.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.1f %%",
          100 * outcome.perSegment().get(c.getValue().number() - 1))));
      rate.setPrefWidth(190);
      getColumns().add(rate);
    });
    TableColumn<SegmentProfile, String> flag = new TableColumn<>("Watch out");
    flag.setCellValueFactory(c -> new ReadOnlyStringWrapper(
        segmentation.quality().flags().get(c.getValue().number() - 1)));
    flag.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String text, boolean empty) {
        super.updateItem(text, empty);
        boolean none = empty || text == null || text.isEmpty();
        setText(none ? null : "⚠ " + text);
        setTooltip(none ? null : new javafx.scene.control.Tooltip(text));
        getStyleClass().remove("flag-cell");
        if (!none) {
          getStyleClass().add("flag-cell");
        }
      }
    });
    flag.setPrefWidth(200);
    getColumns().add(flag);
    TableColumn<SegmentProfile, String> rule = new TableColumn<>("Why this name");
    rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
    rule.setPrefWidth(420);
    getColumns().add(rule);
    getItems().setAll(segmentation.segments());
  }

  /** New names for the rows on screen, keeping the columns, the selection and the focus. */
  private void showNames(Segmentation segmentation) {
    int selected = getSelectionModel().getSelectedIndex();
    int focused = getFocusModel().getFocusedIndex();
    for (int i = 0; i < segmentation.segments().size() && i < getItems().size(); i++) {
      getItems().set(i, segmentation.segments().get(i));
    }
    if (selected >= 0) {
      getSelectionModel().clearAndSelect(selected);
    }
    if (focused >= 0) {
      getFocusModel().focus(focused);
    }
  }
}
