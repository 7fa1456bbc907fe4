// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.segmentlab.data.NumberText;
import org.segmentlab.segment.Outcome;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.SegmentQuality;
import org.segmentlab.segment.Segmentation;

/**
 * Writes one row per segment: size, share, mean and median of each feature in file units, mean
 * silhouette, the outcome rate (such as the uninstall rate) when the data has one, flags and rule,
 * and, when a feature was taken as log(1 + x) before scaling, a last column saying which.
 */
public final class ProfileCsvWriter {
  private ProfileCsvWriter() {}

  public static void write(Segmentation segmentation, Path target) throws IOException {
    List<String> features = segmentation.matrix().features();
    Optional<Outcome> outcome = Outcome.of(segmentation);
    SegmentQuality quality = segmentation.quality();
    AtomicFile.writeText(target, out -> {
      var printer = new CSVPrinter(out, LabelledCsvWriter.OUTPUT);
      List<String> header = new ArrayList<>(List.of("segment", "segment_name", "size", "share"));
      for (String feature : features) {
        header.add(feature + " mean");
        header.add(feature + " median");
      }
      header.add("silhouette");
      outcome.ifPresent(o -> header.add(o.column() + ": " + o.value() + " rate"));
      header.add("flag");
      header.add("rule");
      String transforms = transforms(segmentation);
      if (!transforms.isEmpty()) {
        header.add("transforms");
      }
      printer.printRecord(header);
      for (SegmentProfile profile : segmentation.segments()) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(profile.number()));
        row.add(profile.name());
        row.add(Integer.toString(profile.size()));
        row.add(NumberText.round(profile.share(), 6));
        for (int j = 0; j < features.size(); j++) {
          row.add(NumberText.round(profile.means().get(j), 4));
          row.add(NumberText.round(profile.medians().get(j), 4));
        }
        row.add(NumberText.round(quality.perSegment().get(profile.number() - 1), 4));
        outcome.ifPresent(o -> row.add(NumberText.round(o.perSegment().get(profile.number() - 1), 4)));
        row.add(quality.flags().get(profile.number() - 1));
        row.add(profile.rule());
        if (!transforms.isEmpty()) {
          row.add(transforms);
        }
        printer.printRecord(row);
      }
      printer.flush();
    });
  }

  /** "Last Visited Minutes: log(1 + x)" for each transformed feature, or empty. */
  static String transforms(Segmentation segmentation) {
    var scaling = segmentation.scaling();
    List<String> parts = new ArrayList<>();
    for (int j = 0; j < scaling.features().size(); j++) {
      if (scaling.transforms().get(j) != org.segmentlab.segment.FeatureTransform.NONE) {
        parts.add(scaling.features().get(j) + ": " + scaling.transforms().get(j).formula());
      }
    }
    return String.join("; ", parts);
  }
}
