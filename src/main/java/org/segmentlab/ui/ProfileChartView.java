// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.segmentlab.present.AxisTitles;
import org.segmentlab.present.ProfileChart;
import org.segmentlab.present.ProfilePicture;
import org.segmentlab.segment.Segmentation;

/**
 * The Profile tab: what sets each segment apart, as a heat map of each feature's mean against
 * everyone's, in the segments' own colours and names; hovering a cell gives the exact mean, median
 * and overall mean in the file's units. Shading and texts come from the same {@link ProfileChart}
 * the report draws, so the two always agree.
 */
final class ProfileChartView extends VBox {
  private final GridPane grid = new GridPane();
  private final Label caption = new Label();

  ProfileChartView(MainViewModel model) {
    super(8);
    setPadding(new Insets(10, 12, 10, 12));
    caption.getStyleClass().add("hint");
    caption.setWrapText(true);
    grid.setId("profile-heatmap");
    grid.setHgap(3);
    grid.setVgap(3);
    var scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(caption, scroll);
    model.segmentationProperty().addListener((o, old, now) -> show(now));
    show(model.segmentationProperty().get());
  }

  private void show(Segmentation segmentation) {
    grid.getChildren().clear();
    grid.getColumnConstraints().clear();
    if (segmentation == null) {
      caption.setText("Run a segmentation to see what sets each segment apart.");
      return;
    }
    caption.setText("Each segment's mean against everyone's: warm above, cool below, in standard deviations "
        + "(SD). Hover a cell for the exact figures.");
    ProfileChart chart = ProfileChart.of(segmentation, "");
    var names = new ColumnConstraints();
    names.setMinWidth(200);
    grid.getColumnConstraints().add(names);
    for (int j = 0; j < chart.features().size(); j++) {
      var column = new ColumnConstraints();
      column.setHgrow(Priority.ALWAYS);
      column.setFillWidth(true);
      column.setMinWidth(140);
      column.setHalignment(HPos.CENTER);
      grid.getColumnConstraints().add(column);
      var header = new Label(AxisTitles.of(chart.features().get(j)) + "\neveryone: "
          + ProfileChart.valueText(chart.overallMeans()[j]));
      header.setWrapText(true);
      header.getStyleClass().add("profile-header");
      grid.add(header, j + 1, 0);
    }
    for (int r = 0; r < chart.rows().size(); r++) {
      ProfileChart.Row row = chart.rows().get(r);
      var name = new Label(row.number() + "  " + row.name() + "\n"
          + String.format(Locale.ROOT, "%,d users · %.1f %%", row.size(), 100 * row.share()));
      name.setGraphic(new Circle(7, javafx.scene.paint.Color.rgb(
          (row.rgb() >> 16) & 0xFF, (row.rgb() >> 8) & 0xFF, row.rgb() & 0xFF)));
      name.getStyleClass().add("profile-name");
      grid.add(name, 0, r + 1);
      for (int j = 0; j < chart.features().size(); j++) {
        grid.add(cell(chart, row, j), j + 1, r + 1);
      }
    }
  }

  private static Label cell(ProfileChart chart, ProfileChart.Row row, int feature) {
    double z = row.standardised()[feature];
    var cell = new Label(ProfileChart.valueText(row.means()[feature]) + "\n" + ProfileChart.standardisedText(z));
    cell.setId("profile-cell-" + row.number() + "-" + (feature + 1));
    cell.getStyleClass().add("profile-cell");
    cell.setAlignment(Pos.CENTER);
    cell.setMaxWidth(Double.MAX_VALUE);
    cell.setMinHeight(58);
    int shade = ProfilePicture.shade(z);
    cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: #%06X; -fx-text-fill: %s;", shade,
        ProfilePicture.needsLightText(z) ? "white" : "#222222"));
    var tip = new Tooltip(String.format(Locale.ROOT, "%s — %s%nmean %s · median %s%neveryone's mean %s (%s)",
        row.name(), chart.features().get(feature), exact(row.means()[feature]), exact(row.medians()[feature]),
        exact(chart.overallMeans()[feature]), ProfileChart.standardisedText(z)));
    tip.setShowDelay(Duration.millis(150));
    cell.setTooltip(tip);
    return cell;
  }

  /** A figure with its decimals, as a person reads it: grouped, up to four decimals, no trailing zeros. */
  static String exact(double value) {
    String text = String.format(Locale.ROOT, "%,.4f", value);
    return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }
}
