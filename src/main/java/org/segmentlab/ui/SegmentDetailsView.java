// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.segmentlab.data.NumberText;
import org.segmentlab.segment.Outcome;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.SegmentQuality;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.Stability;

/**
 * Everything about the segment selected in the Segments table, with text wrapped to the width so
 * nothing needs horizontal scrolling: name, size and share, silhouette and flags, outcome rate,
 * stability, the rule behind the name, and each feature's mean beside all users' mean.
 */
final class SegmentDetailsView extends VBox {
  private final Label title = new Label();
  private final GridPane facts = new GridPane();
  private final GridPane features = new GridPane();
  private SegmentQuality outcomeFor;
  private Optional<Outcome> outcome = Optional.empty();

  SegmentDetailsView() {
    super(8);
    getStyleClass().add("segment-details");
    setId("segment-details");
    setPadding(new Insets(8, 4, 8, 4));
    title.setId("details-title");
    title.getStyleClass().add("details-title");
    title.setWrapText(true);
    for (GridPane grid : List.of(facts, features)) {
      grid.setHgap(12);
      grid.setVgap(4);
    }
    ColumnConstraints key = new ColumnConstraints();
    key.setMinWidth(110);
    ColumnConstraints value = new ColumnConstraints();
    value.setHgrow(Priority.ALWAYS);
    value.setFillWidth(true);
    facts.getColumnConstraints().setAll(key, value);
    getChildren().addAll(title, facts, features);
  }

  /** Shows one segment of a segmentation, or a hint when nothing is selected. */
  void show(Segmentation segmentation, SegmentProfile segment, Stability stability) {
    facts.getChildren().clear();
    features.getChildren().clear();
    if (segmentation == null || segment == null) {
      title.setGraphic(null);
      title.setText(segmentation == null ? "" : "Select a segment to see everything about it here.");
      return;
    }
    int index = segment.number() - 1;
    title.setGraphic(new Circle(7, SegmentPalette.color(segment.identity())));
    title.setText(segment.number() + " · " + segment.name());
    int row = 0;
    row = fact(row, "Users", String.format(Locale.ROOT, "%,d of %,d users (%.1f %%)",
        segment.size(), segmentation.clustered(), 100 * segment.share()), "details-size");
    row = fact(row, "Silhouette", String.format(Locale.ROOT, "%.3f", segmentation.quality().perSegment().get(index))
        + (segmentation.quality().sampled() ? String.format(Locale.ROOT, " (sample of %,d users)",
            segmentation.quality().scored()) : ""), "details-silhouette");
    String flags = segmentation.quality().flags().get(index);
    row = fact(row, "Watch out", flags.isEmpty() ? "Nothing to flag." : "⚠ " + flags, "details-flags");
    Optional<Outcome> rate = outcome(segmentation);
    if (rate.isPresent()) {
      Outcome o = rate.get();
      row = fact(row, o.value() + " %", String.format(Locale.ROOT, "%.1f %% of this segment (all users: %.1f %%)",
          100 * o.perSegment().get(index), 100 * o.overall()), "details-outcome");
    }
    if (stability != null && stability.jaccardPerSegment().size() == segmentation.segments().size()) {
      row = fact(row, "Stability", String.format(Locale.ROOT, "best Jaccard overlap %.2f over %d re-runs",
          stability.jaccardPerSegment().get(index), stability.reruns()), "details-stability");
    }
    fact(row, "Why this name", segment.rule(), "details-rule");

    header(0, "Feature", "Mean in this segment", "Mean of all users");
    List<String> names = segmentation.matrix().features();
    double[] overall = segmentation.population().means();
    for (int j = 0; j < names.size(); j++) {
      Label feature = wrapped(names.get(j));
      Label mean = new Label(NumberText.round(segment.means().get(j), 1));
      mean.setId("details-mean-" + j);
      Label all = new Label(NumberText.round(overall[j], 1));
      features.addRow(j + 1, feature, mean, all);
    }
  }

  private int fact(int row, String key, String value, String id) {
    Label name = new Label(key);
    name.getStyleClass().add("details-key");
    Label text = wrapped(value);
    text.setId(id);
    GridPane.setValignment(name, VPos.TOP);
    facts.addRow(row, name, text);
    return row + 1;
  }

  private void header(int row, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      Label label = new Label(texts[i]);
      label.getStyleClass().add("details-key");
      features.add(label, i, row);
    }
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    label.setMaxWidth(Double.MAX_VALUE);
    return label;
  }

  /** The outcome rates are counted once per run, not on every click. */
  private Optional<Outcome> outcome(Segmentation segmentation) {
    if (outcomeFor != segmentation.quality()) {
      outcomeFor = segmentation.quality();
      outcome = Outcome.of(segmentation);
    }
    return outcome;
  }
}
