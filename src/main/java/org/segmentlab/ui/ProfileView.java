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
 * (all users' mean in the header), silhouette, outcome rate and short flags. Its columns fit the
 * width, so nothing needs horizontal scrolling; the selected segment's full details, the rule
 * behind its name among them, are in the {@link SegmentDetailsView} below it.
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
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
    swatch.setMinWidth(52);
    swatch.setMaxWidth(60);

    TableColumn<SegmentProfile, String> name = new TableColumn<>("Segment");
    name.setId("segment-name");
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    name.setCellFactory(TextFieldTableCell.forTableColumn());
    name.setEditable(true);
    name.setPrefWidth(190);
    name.setMinWidth(150);
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
    size.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Integer users, boolean empty) {
        super.updateItem(users, empty);
        setText(empty || users == null ? null : String.format(Locale.ROOT, "%,d", users));
      }
    });
    size.setPrefWidth(75);
    size.setMinWidth(75);

    TableColumn<SegmentProfile, String> share = new TableColumn<>("Share");
    share.setCellValueFactory(c -> new ReadOnlyStringWrapper(
        String.format(Locale.ROOT, "%.1f %%", 100 * c.getValue().share())));
    share.setPrefWidth(65);
    share.setMinWidth(65);

    getColumns().setAll(List.of(swatch, name, size, share));
    List<String> features = segmentation.matrix().features();
    double[] overall = segmentation.population().means();
    for (int j = 0; j < features.size(); j++) {
      int feature = j;
      TableColumn<SegmentProfile, String> mean = new TableColumn<>(SegmentNamer.shortLabel(features.get(j))
          + "\n(all: " + NumberText.round(overall[feature], 1) + ")");
      mean.setCellValueFactory(c -> new ReadOnlyStringWrapper(NumberText.round(c.getValue().means().get(feature), 1)));
      mean.setPrefWidth(115);
      mean.setMinWidth(115);
      getColumns().add(mean);
    }
    TableColumn<SegmentProfile, String> silhouette = new TableColumn<>("Silhouette");
    silhouette.setId("segment-silhouette");
    silhouette.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.3f",
        segmentation.quality().perSegment().get(c.getValue().number() - 1))));
    silhouette.setPrefWidth(85);
    silhouette.setMinWidth(85);
    getColumns().add(silhouette);
    Stability stability = model.stabilityProperty().get();
    if (stability != null && stability.jaccardPerSegment().size() == segmentation.segments().size()) {
      TableColumn<SegmentProfile, String> jaccard = new TableColumn<>("Stability\n(Jaccard)");
      jaccard.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.2f",
          stability.jaccardPerSegment().get(c.getValue().number() - 1))));
      jaccard.setPrefWidth(80);
      jaccard.setMinWidth(80);
      getColumns().add(jaccard);
    }
    Outcome.of(segmentation).ifPresent(outcome -> {
      TableColumn<SegmentProfile, String> rate = new TableColumn<>(String.format(Locale.ROOT, "%s %%\n(all: %.1f %%)",
          outcome.value(), 100 * outcome.overall()));
      rate.setId("segment-outcome");
      rate.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%.1f %%",
          100 * outcome.perSegment().get(c.getValue().number() - 1))));
      rate.setPrefWidth(105);
      rate.setMinWidth(105);
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
        setText(none ? null : "⚠ " + shortFlags(text));
        setTooltip(none ? null : new javafx.scene.control.Tooltip(text));
        getStyleClass().remove("flag-cell");
        if (!none) {
          getStyleClass().add("flag-cell");
        }
      }
    });
    flag.setPrefWidth(90);
    flag.setMinWidth(90);
    getColumns().add(flag);
    getItems().setAll(segmentation.segments());
    getSelectionModel().clearAndSelect(0);
  }

  /** "Weak: … Tiny: …" becomes "Weak, tiny"; the full sentences are in the tooltip and the details. */
  static String shortFlags(String flags) {
    var words = new java.util.ArrayList<String>();
    for (String sentence : flags.split("(?<=\\.)\\s+")) {
      int colon = sentence.indexOf(':');
      if (colon > 0) {
        String word = sentence.substring(0, colon).strip();
        words.add(words.isEmpty() ? word : word.toLowerCase(Locale.ROOT));
      }
    }
    return words.isEmpty() ? flags : String.join(", ", words);
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
