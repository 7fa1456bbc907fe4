// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.segmentlab.segment.KScan;

/**
 * The "Choose k" tab: the elbow (inertia) and silhouette charts side by side for a range of k,
 * the recommendation in words, and a click on any k to apply it.
 */
final class KScanView extends VBox {
  private final ScanViewModel model;
  private final LineChart<Number, Number> elbow = chart("Inertia (elbow)", "inertia");
  private final LineChart<Number, Number> silhouette = chart("Mean silhouette (higher is better)", "silhouette");
  private final Label recommendation = new Label("Scan a range of k to see how many segments the data supports.");
  private final Button apply = new Button();

  KScanView(ScanViewModel model) {
    super(8);
    this.model = model;
    setPadding(new Insets(10));
    Spinner<Integer> from = SetupView.spinner("scan-from", SetupViewModel.MIN_K, SetupViewModel.MAX_K,
        model.fromProperty());
    from.setMaxWidth(80);
    Spinner<Integer> to = SetupView.spinner("scan-to", SetupViewModel.MIN_K, SetupViewModel.MAX_K,
        model.toProperty());
    to.setMaxWidth(80);
    Button scan = new Button("Scan");
    scan.setId("scan-button");
    scan.setOnAction(e -> model.scan());
    scan.disableProperty().bind(model.canScanProperty().not());
    apply.setId("apply-k");
    apply.setVisible(false);
    HBox controls = new HBox(8, new Label("k from"), from, new Label("to"), to, scan, apply);
    controls.setAlignment(Pos.CENTER_LEFT);
    recommendation.setId("scan-recommendation");
    recommendation.setWrapText(true);
    recommendation.getStyleClass().add("recommendation");
    Label hint = new Label("Click a point to segment with that k.");
    hint.getStyleClass().add("hint");
    HBox charts = new HBox(10, elbow, silhouette);
    HBox.setHgrow(elbow, Priority.ALWAYS);
    HBox.setHgrow(silhouette, Priority.ALWAYS);
    VBox.setVgrow(charts, Priority.ALWAYS);
    getChildren().addAll(controls, recommendation, hint, charts);
    model.resultProperty().addListener((o, a, b) -> show(b));
  }

  private static LineChart<Number, Number> chart(String title, String id) {
    NumberAxis x = new NumberAxis();
    x.setLabel("k (number of segments)");
    x.setForceZeroInRange(false);
    x.setTickUnit(1);
    x.setMinorTickVisible(false);
    NumberAxis y = new NumberAxis();
    y.setForceZeroInRange(false);
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setTitle(title);
    chart.setId(id + "-chart");
    chart.setLegendVisible(false);
    chart.setAnimated(false);
    chart.setPrefWidth(400);
    return chart;
  }

  private void show(KScan.Result result) {
    elbow.getData().clear();
    silhouette.getData().clear();
    if (result == null) {
      apply.setVisible(false);
      return;
    }
    var inertia = new XYChart.Series<Number, Number>();
    var separation = new XYChart.Series<Number, Number>();
    for (KScan.Row row : result.rows()) {
      inertia.getData().add(new XYChart.Data<>(row.k(), row.inertia()));
      separation.getData().add(new XYChart.Data<>(row.k(), row.silhouette()));
    }
    elbow.getData().add(inertia);
    silhouette.getData().add(separation);
    for (var series : java.util.List.of(inertia, separation)) {
      for (int i = 0; i < series.getData().size(); i++) {
        KScan.Row row = result.rows().get(i);
        var node = series.getData().get(i).getNode();
        node.setCursor(Cursor.HAND);
        node.setId("k-point-" + row.k() + (series == inertia ? "-elbow" : "-silhouette"));
        Tooltip.install(node, new Tooltip(String.format(Locale.ROOT,
            "k = %d%ninertia %.4g%nsilhouette %.3f%nsmallest segment %.1f %%",
            row.k(), row.inertia(), row.silhouette(), 100 * row.smallestShare())));
        if (row.k() == result.bestK()) {
          node.setStyle("-fx-background-color: #D55E00, white; -fx-padding: 7;");
        }
        node.setOnMouseClicked(e -> model.apply(row.k()));
      }
    }
    recommendation.setText(result.reason()
        + (result.sampled() ? String.format(Locale.ROOT, " Silhouette on a random sample of %,d users.",
            result.silhouetteSample()) : ""));
    apply.setText("Use k = " + result.bestK());
    apply.setOnAction(e -> model.apply(result.bestK()));
    apply.setVisible(true);
  }
}
