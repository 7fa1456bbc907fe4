// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
  private final Label recommendation = new Label();
  private final Button apply = new Button();
  private final HBox charts = new HBox(10, elbow, silhouette);

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
    Button scan = new Button();
    scan.setId("scan-button");
    scan.textProperty().bind(Bindings.when(model.scanningProperty()).then("Cancel scan").otherwise(
        Bindings.concat("Scan k = ", model.fromProperty(), "..", model.toProperty())));
    scan.setOnAction(e -> {
      if (model.scanningProperty().get()) {
        model.cancel();
      } else {
        model.scan();
      }
    });
    scan.disableProperty().bind(model.scanningProperty().not().and(model.canScanProperty().not()));
    apply.setId("apply-k");
    apply.setVisible(false);
    ProgressBar progress = new ProgressBar();
    progress.setId("scan-progress");
    progress.progressProperty().bind(model.progressProperty());
    Label step = new Label();
    step.setId("scan-step");
    step.textProperty().bind(model.stepProperty());
    for (var node : new javafx.scene.Node[] {progress, step}) {
      node.visibleProperty().bind(model.scanningProperty());
      node.managedProperty().bind(model.scanningProperty());
    }
    HBox controls = new HBox(8, new Label("k from"), from, new Label("to"), to, scan, progress, step, apply);
    controls.setAlignment(Pos.CENTER_LEFT);
    recommendation.setId("scan-recommendation");
    recommendation.setWrapText(true);
    recommendation.getStyleClass().add("recommendation");
    Label hint = new Label("Click a point to segment with that k.");
    hint.getStyleClass().add("hint");
    hint.visibleProperty().bind(model.resultProperty().isNotNull());
    charts.setId("scan-charts");
    HBox.setHgrow(elbow, Priority.ALWAYS);
    HBox.setHgrow(silhouette, Priority.ALWAYS);
    VBox.setVgrow(charts, Priority.ALWAYS);
    getChildren().addAll(controls, recommendation, hint, charts);
    model.resultProperty().addListener((o, a, b) -> show(b));
    model.promptProperty().addListener((o, a, b) -> show(model.resultProperty().get()));
    show(model.resultProperty().get());
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
    // no result: no charts either, so no axes of an earlier scan stay on screen
    charts.setVisible(result != null);
    if (result == null) {
      apply.setVisible(false);
      apply.setOnAction(null);
      recommendation.setText(model.promptProperty().get());
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
    int best = result.bestK(); // the button keeps a number, not the whole scan
    apply.setText("Use k = " + best);
    apply.setOnAction(e -> model.apply(best));
    apply.setVisible(true);
  }
}
