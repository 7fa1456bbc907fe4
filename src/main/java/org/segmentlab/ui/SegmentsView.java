// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.Stability;

/** The Segments tab: how well separated and how stable the segments are, above the profile table. */
final class SegmentsView extends VBox {
  private final Label quality = new Label();
  private final Label badge = new Label();
  private final Label stabilityText = new Label();

  SegmentsView(MainViewModel model) {
    super(6);
    setPadding(new Insets(8, 10, 8, 10));
    quality.setId("quality-summary");
    badge.setId("stability-badge");
    badge.getStyleClass().add("badge");
    stabilityText.setId("stability-text");
    stabilityText.getStyleClass().add("hint");
    Button check = new Button("Check stability");
    check.setId("check-stability");
    check.setOnAction(e -> model.checkStability());
    check.disableProperty().bind(model.segmentationProperty().isNull().or(model.busyProperty()));
    HBox header = new HBox(10, quality, check, badge, stabilityText);
    header.setAlignment(Pos.CENTER_LEFT);
    ProfileView table = new ProfileView(model);
    SegmentDetailsView details = new SegmentDetailsView();
    ScrollPane detailsScroll = new ScrollPane(details);
    detailsScroll.setFitToWidth(true);
    detailsScroll.setId("segment-details-scroll");
    SplitPane split = new SplitPane(table, detailsScroll);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.42);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(header, split);
    Runnable showDetails = () -> details.show(model.segmentationProperty().get(),
        table.getSelectionModel().getSelectedItem(), model.stabilityProperty().get());
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetails.run());
    model.segmentationProperty().addListener((o, a, b) -> showDetails.run());
    model.stabilityProperty().addListener((o, a, b) -> showDetails.run());
    showDetails.run();
    model.segmentationProperty().addListener((o, a, b) -> showQuality(b));
    model.stabilityProperty().addListener((o, a, b) -> showStability(b));
    showQuality(model.segmentationProperty().get());
    showStability(model.stabilityProperty().get());
  }

  private void showQuality(Segmentation segmentation) {
    quality.setText(segmentation == null ? "" : String.format(Locale.ROOT, "%d segments · %s · inertia %.4g",
        segmentation.segments().size(), segmentation.quality().describe(), segmentation.inertia()));
  }

  private void showStability(Stability stability) {
    badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
    badge.setVisible(stability != null);
    if (stability == null) {
      stabilityText.setText("Re-runs with " + Stability.DEFAULT_RERUNS
          + " other seeds: stable from ARI " + Stability.STABLE + ", shaky from " + Stability.SHAKY + ".");
      return;
    }
    badge.setText(stability.badge());
    badge.getStyleClass().add("badge-" + stability.badge());
    stabilityText.setText(String.format(Locale.ROOT, "mean adjusted Rand index %.3f over %d re-runs",
        stability.meanAri(), stability.reruns()));
  }
}
