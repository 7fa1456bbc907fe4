// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.segmentlab.data.ColumnKind;
import org.segmentlab.data.ColumnSummary;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.NumberText;
import tech.tablesaw.columns.Column;

/**
 * A categorical outcome such as Status (Installed / Uninstalled) and its rate in each segment:
 * for churn work, which segments are losing users.
 *
 * @param value the outcome counted, such as "Uninstalled"
 * @param perSegment the rate of that value in segment number i + 1, among users with a value
 */
public record Outcome(String column, String value, double overall, List<Double> perSegment) {
  private static final List<String> PREFERRED = List.of("status", "churn", "churned", "state");
  private static final List<String> EVENTS = List.of("uninstalled", "churned", "yes", "true", "1", "lost");

  public Outcome {
    perSegment = List.copyOf(perSegment);
  }

  /** Finds a text column with 2 to 5 distinct values (Status first) and its rate per segment. */
  public static Optional<Outcome> of(Segmentation segmentation) {
    Dataset data = segmentation.dataset();
    ColumnSummary chosen = null;
    Map<String, Integer> counts = null;
    for (ColumnSummary summary : data.columns()) {
      if (summary.kind() != ColumnKind.TEXT) {
        continue;
      }
      Map<String, Integer> values = distinct(data.table().column(summary.name()), 6);
      if (values.size() < 2 || values.size() > 5) {
        continue;
      }
      boolean preferred = PREFERRED.contains(summary.name().toLowerCase(Locale.ROOT));
      if (chosen == null || preferred) {
        chosen = summary;
        counts = values;
        if (preferred) {
          break;
        }
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    Map<String, Integer> found = counts;
    String event = found.keySet().stream()
        .filter(v -> EVENTS.contains(v.toLowerCase(Locale.ROOT))).findFirst()
        .orElseGet(() -> rarest(found));
    Column<?> column = data.table().column(chosen.name());
    int k = segmentation.segments().size();
    int[] hits = new int[k + 1];
    int[] totals = new int[k + 1];
    for (int row = 0; row < data.rowCount(); row++) {
      String text = column.getString(row).strip();
      if (NumberText.isMissing(text)) {
        continue;
      }
      int segment = segmentation.segmentOfTableRow(row);
      totals[segment]++;
      if (text.equals(event)) {
        hits[segment]++;
      }
    }
    List<Double> rates = new ArrayList<>();
    int allHits = 0;
    int all = 0;
    for (int c = 1; c <= k; c++) {
      rates.add(totals[c] == 0 ? Double.NaN : (double) hits[c] / totals[c]);
      allHits += hits[c];
      all += totals[c];
    }
    return Optional.of(new Outcome(chosen.name(), event, all == 0 ? Double.NaN : (double) allHits / all, rates));
  }

  private static Map<String, Integer> distinct(Column<?> column, int limit) {
    Map<String, Integer> values = new TreeMap<>();
    for (int row = 0; row < column.size() && values.size() <= limit; row++) {
      String text = column.getString(row).strip();
      if (!NumberText.isMissing(text)) {
        values.merge(text, 1, Integer::sum);
      }
    }
    return values;
  }

  private static String rarest(Map<String, Integer> counts) {
    return counts.entrySet().stream().min(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
  }
}
