// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.util.ArrayList;
import java.util.List;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentationSettings;
import picocli.CommandLine.Option;

/** The options every clustering command shares: features, scaling, seed and restarts. */
final class FeatureOptions {
  private static final String DEFAULT_FEATURES = SegmentationSettings.MINUTES + "," + SegmentationSettings.SPEND;

  @Option(
      names = {"-f", "--features"},
      paramLabel = "\"A,B,...\"",
      description = "Feature columns, comma-separated; quote a name that holds a comma: '\"Spend, INR\",Ratings' "
          + "(default: ${DEFAULT-VALUE} when both exist).",
      defaultValue = SegmentationSettings.MINUTES + "," + SegmentationSettings.SPEND)
  String features;

  @Option(
      names = "--feature",
      paramLabel = "NAME",
      description = "One feature column, its name exactly as in the header; repeat for more (adds to -f).")
  List<String> featureNames = new ArrayList<>();

  @Option(
      names = "--scaling",
      paramLabel = "S",
      description = "minmax | zscore | robust | none (default: ${DEFAULT-VALUE}).",
      defaultValue = "minmax")
  String scaling;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(names = "--restarts", paramLabel = "N",
      description = "k-means restarts, best inertia kept (default: ${DEFAULT-VALUE}).", defaultValue = "10")
  int restarts;

  boolean featuresGiven(String defaultText) {
    return !features.equals(defaultText);
  }

  /**
   * The features named by -f (read as one CSV record, so a quoted name may hold a comma) and then
   * by each --feature, in order; --feature alone replaces the default pair.
   */
  List<String> chosenFeatures() throws DataException {
    List<String> chosen = new ArrayList<>();
    if (featuresGiven(DEFAULT_FEATURES) || featureNames.isEmpty()) {
      chosen.addAll(splitNames(features));
    }
    for (String name : featureNames) {
      if (name.isBlank()) {
        throw DataException.inChoice("--feature needs a column name.");
      }
      chosen.add(name.strip());
    }
    return chosen;
  }

  /** The scaling asked for; checked before any file is read. */
  Scaling scalingMethod() throws DataException {
    return Scaling.fromId(scaling).orElseThrow(() -> DataException.inChoice(
        "unknown scaling \"" + scaling + "\"; use minmax, zscore, robust or none."));
  }

  /** The settings for this dataset, checking that the columns exist. */
  SegmentationSettings settings(Dataset data, int k) throws DataException {
    Scaling method = scalingMethod();
    List<String> chosen = chosenFeatures();
    String defaults = DEFAULT_FEATURES;
    if (!featuresGiven(defaults) && featureNames.isEmpty()) {
      boolean both = present(data, SegmentationSettings.MINUTES) && present(data, SegmentationSettings.SPEND);
      if (!both) {
        throw DataException.inFile(data.file(),
            "it has no \"" + SegmentationSettings.MINUTES + "\" and \"" + SegmentationSettings.SPEND
                + "\" columns; choose features with -f. Numeric columns are: "
                + String.join(", ", data.numericColumnNames()) + ".");
      }
    }
    return new SegmentationSettings(chosen, k, method, seed, restarts);
  }

  /**
   * Splits the -f list at commas outside double quotes, as a CSV record is split ({@code ""} in
   * quotes is a quote); any other character, a line break included, stays part of its name.
   */
  static List<String> splitNames(String text) throws DataException {
    List<String> names = new ArrayList<>();
    var name = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        name.append('"');
        i++;
      } else if (c == '"' && (quoted || name.toString().isBlank())) {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        addName(names, name);
      } else {
        name.append(c);
      }
    }
    if (quoted) {
      throw DataException.inChoice("-f has a quoted name without its closing quote (it is \"" + text + "\").");
    }
    addName(names, name);
    if (names.isEmpty()) {
      throw DataException.inChoice("-f names no column.");
    }
    return names;
  }

  private static void addName(List<String> names, StringBuilder name) {
    if (!name.toString().isBlank()) {
      names.add(name.toString().strip());
    }
    name.setLength(0);
  }

  /** A header name in the file, once or more than once (which the feature check then explains). */
  private static boolean present(Dataset data, String name) {
    return data.column(name).isPresent() || !data.duplicatePositions(name).isEmpty();
  }
}
