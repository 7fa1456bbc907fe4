// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.segmentlab.data.DataException;
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

  /** Writes the profile CSV on its own (the app's export). */
  public static void write(Segmentation segmentation, Path target) throws DataException {
    var outputs = new Outputs().add(target, "profile CSV").content(target, content(segmentation));
    outputs.check(segmentation.dataset().file());
    outputs.write();
  }

  /** The profile CSV as content for {@link Outputs}. */
  public static AtomicFile.OutputContent content(Segmentation segmentation) {
    List<String> features = segmentation.matrix().features();
    Optional<Outcome> outcome = Outcome.of(segmentation);
    SegmentQuality quality = segmentation.quality();
    return AtomicFile.text(out -> {
      CsvLayout layout = CsvLayout.of(segmentation.dataset(), features);
      layout.start(out);
      var printer = new CSVPrinter(out, layout.format());
      List<String> header = new ArrayList<>(List.of("segment", "segment_name", "size", "share"));
      for (String feature : features) {
        header.add(FormulaSafety.generated(feature + " mean"));
        header.add(FormulaSafety.generated(feature + " median"));
      }
      header.add("silhouette");
      outcome.ifPresent(o -> header.add(FormulaSafety.generated(o.column() + ": " + o.value() + " rate")));
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
        row.add(FormulaSafety.generated(profile.name()));
        row.add(Integer.toString(profile.size()));
        row.add(layout.number(NumberText.round(profile.share(), 6)));
        for (int j = 0; j < features.size(); j++) {
          row.add(layout.number(NumberText.round(profile.means().get(j), 4)));
          row.add(layout.number(NumberText.round(profile.medians().get(j), 4)));
        }
        row.add(layout.number(NumberText.round(quality.perSegment().get(profile.number() - 1), 4)));
        outcome.ifPresent(o -> row.add(layout.number(NumberText.round(o.perSegment().get(profile.number() - 1), 4))));
        row.add(FormulaSafety.generated(quality.flags().get(profile.number() - 1)));
        row.add(FormulaSafety.generated(profile.rule()));
        if (!transforms.isEmpty()) {
          row.add(FormulaSafety.generated(transforms));
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
