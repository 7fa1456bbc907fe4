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
import org.segmentlab.segment.SegmentNamer;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;

/**
 * The segment profile table: colour, name (editable in place), size, share, each feature's mean
 * beside the overall mean, and the rule behind the automatic name.
 */
final class ProfileView extends TableView<SegmentProfile> {
  private final MainViewModel model;

  ProfileView(MainViewModel model) {
    this.model = model;
    getStyleClass().add("profile-table");
    setEditable(true);
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new javafx.scene.control.Label("Run a segmentation to see its segments here."));
    model.segmentationProperty().addListener((o, old, now) -> show(now));
    show(model.segmentationProperty().get());
  }

  private void show(Segmentation segmentation) {
    if (segmentation == null) {
      getColumns().clear();
      getItems().clear();
      return;
    }
    TableColumn<SegmentProfile, Integer> swatch = new TableColumn<>("");
    swatch.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
    swatch.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Integer number, boolean empty) {
        super.updateItem(number, empty);
        setGraphic(empty || number == null ? null : new Circle(7, SegmentPalette.color(number)));
        setText(empty || number == null ? null : Integer.toString(number));
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
      if (!model.rename(e.getRowValue().number(), e.getNewValue())) {
        refresh();
      }
    });

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
    TableColumn<SegmentProfile, String> rule = new TableColumn<>("Why this name");
    rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
    rule.setPrefWidth(420);
    getColumns().add(rule);
    getItems().setAll(segmentation.segments());
  }
}
