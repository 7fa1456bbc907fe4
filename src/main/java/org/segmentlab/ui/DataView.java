// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.Segmentation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/** Every user with their segment, in a sortable, virtualised table (rows are created only as seen). */
final class DataView extends TableView<Integer> {
  private Segmentation segmentation;

  DataView(MainViewModel model) {
    getStyleClass().add("data-table");
    setPlaceholder(new javafx.scene.control.Label("Open a CSV to see its users here."));
    model.datasetProperty().addListener((o, old, now) -> showData(now));
    model.segmentationProperty().addListener((o, old, now) -> {
      segmentation = now;
      refresh();
    });
    segmentation = model.segmentationProperty().get();
    showData(model.datasetProperty().get());
  }

  private void showData(Dataset data) {
    getColumns().clear();
    if (data == null) {
      getItems().clear();
      return;
    }
    TableColumn<Integer, String> segment = new TableColumn<>("Segment");
    segment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(segmentName(data, c.getValue())));
    segment.setPrefWidth(170);
    getColumns().add(segment);
    for (String name : data.columnNames()) {
      Column<?> column = data.table().column(name);
      if (column instanceof DoubleColumn numbers) {
        TableColumn<Integer, Double> c = new TableColumn<>(name);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(numbers.getDouble(v.getValue())));
        c.setCellFactory(v -> new TableCell<>() {
          @Override
          protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            Integer row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(row == null ? null : data.cellText(name, row)); // as written in the file
          }
        });
        c.getStyleClass().add("number-column");
        getColumns().add(c);
      } else {
        TableColumn<Integer, String> c = new TableColumn<>(name);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(column.getString(v.getValue())));
        getColumns().add(c);
      }
    }
    setItems(FXCollections.observableArrayList(IntStream.range(0, data.rowCount()).boxed().toList()));
    setSortPolicy(table -> sortRows(data));
  }

  /**
   * Sorts by the first sort column reading the table's columns directly: the default policy asks
   * each cell for an observable value on every comparison, which takes seconds for a million rows.
   */
  private boolean sortRows(Dataset data) {
    java.util.Comparator<Integer> order;
    if (getSortOrder().isEmpty()) {
      order = Integer::compare;
    } else {
      TableColumn<Integer, ?> column = getSortOrder().get(0);
      int index = getColumns().indexOf(column);
      if (index == 0) {
        Segmentation shown = segmentation;
        order = java.util.Comparator.comparingInt(row -> shown == null ? 0 : shown.segmentOfTableRow(row));
      } else {
        Column<?> values = data.table().column(index - 1);
        if (values instanceof DoubleColumn numbers) {
          double[] keys = numbers.asDoubleArray();
          order = (a, b) -> Double.compare(keys[a], keys[b]);
        } else {
          order = java.util.Comparator.comparing(values::getString);
        }
      }
      if (column.getSortType() == TableColumn.SortType.DESCENDING) {
        order = order.reversed();
      }
    }
    FXCollections.sort(getItems(), order.thenComparing(Integer::compare));
    return true;
  }

  private String segmentName(Dataset data, int row) {
    if (segmentation == null || segmentation.dataset() != data) {
      return "";
    }
    int number = segmentation.segmentOfTableRow(row);
    return number == 0 ? "(skipped)" : segmentation.segment(number).name();
  }
}
