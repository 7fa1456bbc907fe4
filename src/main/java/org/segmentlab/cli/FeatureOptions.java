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
      description = "Feature columns, comma-separated (default: ${DEFAULT-VALUE} when both exist).",
      defaultValue = SegmentationSettings.MINUTES + "," + SegmentationSettings.SPEND)
  String features;

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

  boolean featuresGiven(String defaultText) {
    return !features.equals(defaultText);
  }

  /** The scaling asked for; checked before any file is read. */
  Scaling scalingMethod() throws DataException {
    return Scaling.fromId(scaling).orElseThrow(() -> DataException.inChoice(
        "unknown scaling \"" + scaling + "\"; use minmax, zscore, robust or none."));
  }

  /** The settings for this dataset, checking that the columns exist. */
  SegmentationSettings settings(Dataset data, int k) throws DataException {
    Scaling method = scalingMethod();
    List<String> chosen = new ArrayList<>();
    for (String name : features.split(",")) {
      if (!name.isBlank()) {
        chosen.add(name.strip());
      }
    }
    String defaults = SegmentationSettings.MINUTES + "," + SegmentationSettings.SPEND;
    if (!featuresGiven(defaults)) {
      boolean both = data.column(SegmentationSettings.MINUTES).isPresent()
          && data.column(SegmentationSettings.SPEND).isPresent();
      if (!both) {
        throw DataException.inFile(data.file(),
            "it has no \"" + SegmentationSettings.MINUTES + "\" and \"" + SegmentationSettings.SPEND
                + "\" columns; choose features with -f. Numeric columns are: "
                + String.join(", ", data.numericColumnNames()) + ".");
      }
    }
    return new SegmentationSettings(chosen, k, method, seed, restarts, logged());
  }

  /** The features named by {@code --log}, read as one CSV record so names may be quoted. */
  List<String> logged() throws DataException {
    return log == null ? List.of() : NameList.parse("--log", log);
  }
}
