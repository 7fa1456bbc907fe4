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
  @Option(
      names = {"-f", "--features"},
      paramLabel = "\"A,B,...\"",
      description = "Feature columns, comma-separated; quote a name that holds a comma: "
          + "'\"Spend, INR\",Ratings' (default: " + SegmentationSettings.MINUTES + ","
          + SegmentationSettings.SPEND + " when both exist).")
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

  @Option(names = "--log", paramLabel = "\"A,B,...\"",
      description = "Features to take as log(1 + x) before scaling, for long-tailed values of 0 or more "
          + "(comma-separated; quote a name that holds a comma: '\"A, with comma\",B').")
  String log;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(names = "--restarts", paramLabel = "N",
      description = "k-means restarts, best inertia kept (default: ${DEFAULT-VALUE}).", defaultValue = "10")
  int restarts;

  @Option(names = "--skip-text-cells",
      description = "Leave out users whose cell in a feature column is not a number (\"abc\"), counted like "
          + "missing values; without it such a cell is an error naming its line and column.")
  boolean skipTextCells;

  boolean featuresGiven() {
    return features != null || !featureNames.isEmpty();
  }

  /** The features named by -f (read as one CSV record) and then by each --feature, in order. */
  List<String> chosenFeatures() throws DataException {
    if (!featuresGiven()) {
      return List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND);
    }
    List<String> chosen = new ArrayList<>(features == null ? List.of() : NameList.parse("-f", features));
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
    if (!featuresGiven()) {
      boolean both = present(data, SegmentationSettings.MINUTES) && present(data, SegmentationSettings.SPEND);
      if (!both) {
        throw DataException.inFile(data.file(),
            "it has no \"" + SegmentationSettings.MINUTES + "\" and \"" + SegmentationSettings.SPEND
                + "\" columns; choose features with -f. Numeric columns are: "
                + String.join(", ", data.numericColumnNames()) + ".");
      }
    }
    return new SegmentationSettings(chosen, k, method, seed, restarts, skipTextCells, logged());
  }

  /** The features named by {@code --log}, read as one CSV record so names may be quoted. */
  List<String> logged() throws DataException {
    return log == null ? List.of() : NameList.parse("--log", log);
  }

  /** A header name in the file, once or more than once (which the feature check then explains). */
  private static boolean present(Dataset data, String name) {
    return data.column(name).isPresent() || !data.duplicatePositions(name).isEmpty();
  }
}
