// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.segmentlab.present.ProfileChart;
import org.segmentlab.present.ScatterChart;
import org.segmentlab.segment.KScan;
import org.segmentlab.segment.Outcome;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Stability;

/**
 * What a one-page report says about a segmentation, whatever its format: the data, the settings,
 * both charts, a row per segment, and the k advice and stability when they were computed. The
 * HTML and PDF writers only lay this out.
 */
public record Report(
    Segmentation segmentation, ScatterChart scatter, ProfileChart profile, Optional<KScan.Result> advice,
    Optional<Stability> stability, LocalDate date, List<String> notes) {

  public Report {
    notes = List.copyOf(notes);
  }

  /** The report of a segmentation with its default charts (first two features, everyone in view). */
  public static Report of(Segmentation segmentation, String title, Optional<KScan.Result> advice,
      Optional<Stability> stability) {
    List<String> features = segmentation.settings().features();
    String x = features.get(0);
    String y = features.size() > 1 ? features.get(1) : features.get(0);
    ScatterChart scatter = ScatterChart.of(segmentation, x, y, title);
    return new Report(segmentation, scatter, ProfileChart.of(segmentation, "What sets each segment apart"),
        advice, stability, LocalDate.now(), List.of());
  }

  /** The same report with sentences to add under the trust lines (such as how a sample was drawn). */
  public Report withNotes(List<String> newNotes) {
    return new Report(segmentation, scatter, profile, advice, stability, date, newNotes);
  }

  public String title() {
    return scatter.title();
  }

  /** Label and value pairs describing the data. */
  public List<String[]> dataFacts() {
    Segmentation s = segmentation;
    return List.of(
        new String[] {"File", String.valueOf(s.dataset().file().getFileName())},
        new String[] {"Users", String.format(Locale.ROOT, "%,d", s.rows())},
        new String[] {"Segmented", String.format(Locale.ROOT, "%,d", s.clustered())},
        new String[] {"Left out (missing values)", String.format(Locale.ROOT, "%,d", s.skipped())},
        new String[] {"SHA-256", s.dataset().sha256()});
  }

  /** Label and value pairs describing the settings. */
  public List<String[]> settingFacts() {
    SegmentationSettings s = segmentation.settings();
    return List.of(
        new String[] {"Features", String.join(", ", s.features())},
        new String[] {"Scaling", s.scaling().toString()},
        new String[] {"Segments (k)", Integer.toString(s.k())},
        new String[] {"Seed", Long.toString(s.seed())},
        new String[] {"Restarts", Integer.toString(s.restarts())},
        new String[] {"Algorithm", "k-means (Smile " + Versions.smile() + ")"},
        new String[] {"Quality", segmentation.quality().describe()});
  }

  /** The segments table's header. */
  public List<String> segmentHeader() {
    List<String> header = new ArrayList<>(List.of("#", "Segment", "Users", "Share"));
    for (String feature : segmentation.settings().features()) {
      header.add(feature + " (mean · everyone)");
    }
    outcome().ifPresent(o -> header.add(o.column() + ": " + o.value()));
    header.add("Silhouette");
    header.add("Why this name");
    return header;
  }

  /** A row per segment, as text, in the header's order. */
  public List<List<String>> segmentRows() {
    var features = segmentation.settings().features();
    var outcome = outcome();
    List<List<String>> rows = new ArrayList<>();
    for (SegmentProfile p : segmentation.segments()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(p.number()));
      row.add(p.name());
      row.add(String.format(Locale.ROOT, "%,d", p.size()));
      row.add(String.format(Locale.ROOT, "%.1f %%", 100 * p.share()));
      for (int j = 0; j < features.size(); j++) {
        row.add(ProfileChart.valueText(p.means().get(j)) + " · "
            + ProfileChart.valueText(profile.overallMeans()[j]));
      }
      outcome.ifPresent(o -> row.add(String.format(Locale.ROOT, "%.1f %% · %.1f %%",
          100 * o.perSegment().get(p.number() - 1), 100 * o.overall())));
      String flag = segmentation.quality().flags().get(p.number() - 1);
      row.add(String.format(Locale.ROOT, "%.2f", segmentation.quality().perSegment().get(p.number() - 1))
          + (flag.isBlank() ? "" : " — " + flag));
      row.add(p.rule());
      rows.add(row);
    }
    return rows;
  }

  /** The k advice and stability in a sentence each, when they were computed. */
  public List<String> trustLines() {
    List<String> lines = new ArrayList<>();
    advice.ifPresent(a -> lines.add("Choosing k: " + a.reason()));
    stability.ifPresent(s -> lines.add("Stability: " + s.describe()));
    lines.addAll(notes);
    return lines;
  }

  private Optional<Outcome> outcome() {
    return Outcome.of(segmentation);
  }
}
