// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.IdentifierColumns;
import org.segmentlab.data.NumberText;
import org.segmentlab.data.ReadableNumbers;
import org.segmentlab.export.FormulaSafety;
import org.segmentlab.export.LabelledCsvWriter;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.OutputNames;
import org.segmentlab.export.Outputs;
import org.segmentlab.export.ProfileCsvWriter;
import org.segmentlab.export.RunRecordWriter;
import org.segmentlab.export.Versions;
import org.segmentlab.segment.AutoK;
import org.segmentlab.segment.Cancellation;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.segment.Stability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code segment INPUT.csv}: segments the users and writes the labelled CSV. */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Segments the users of INPUT.csv and writes a labelled CSV.")
final class SegmentCommand implements Callable<Integer> {
  /** The most segments X-means may choose with {@code -k auto}. */
  static final int AUTO_MAX_K = 20;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT.csv", description = "The users, one row each.")
  Path input;

  @Mixin FeatureOptions options;

  @Option(names = {"-k", "--k"}, paramLabel = "N",
      description = "Number of segments, or \"auto\" to let X-means choose (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  String k;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Labelled CSV (default: INPUT stem + \"-segments.csv\" beside the input).")
  Path out;

  @Option(names = "--profile", paramLabel = "FILE", description = "Per-segment profile CSV.")
  Path profile;

  @Option(names = "--record", paramLabel = "FILE", description = "Run record JSON.")
  Path record;

  @Option(names = "--no-clobber",
      description = "Refuse to replace an output file that already exists (exit 2, nothing written).")
  boolean noClobber;

  @Option(names = "--excel-safe",
      description = "In the labelled CSV, write input cells starting with = + - @ tab or CR with a leading ' "
          + "so spreadsheets show them as text instead of running them as formulas (plain numbers are kept).")
  boolean excelSafe;

  @Option(names = "--model", paramLabel = "FILE.json",
      description = "Fitted model JSON, for score and export-sql.")
  Path model;

  @Option(names = "--sample", paramLabel = "N",
      description = "Fit on a seeded uniform sample of N rows (one streaming pass), then label every row in a "
          + "stream: for files larger than memory.")
  Integer sample;

  @Mixin PictureOptions pictures;

  @Option(names = "--stability", paramLabel = "M",
      description = "Re-run with M other seeds and report how much the segments agree with themselves.")
  Integer stability;

  @Override
  public Integer call() throws Exception {
    if (stability != null && (stability < 1 || stability > 100)) {
      throw DataException.inChoice("--stability must be between 1 and 100 (it is " + stability + ").");
    }
    Path target = out != null ? out : defaultOutput(input);
    Outputs outputs = new Outputs().noClobber(noClobber).add(target, "labelled CSV (-o)");
    if (profile != null) {
      outputs.add(profile, "profile CSV (--profile)");
    }
    if (record != null) {
      outputs.add(record, "run record (--record)");
    }
    if (model != null) {
      outputs.add(model, "model (--model)");
    }
    pictures.register(outputs);
    outputs.check(input);
    boolean auto = k.strip().equalsIgnoreCase("auto");
    int fixedK = auto ? 0 : parseK(k);
    // what can be checked without the data is checked before a long load
    options.scalingMethod();
    options.chosenFeatures();
    if (sample != null) {
      if (sample < 2 || stability != null) {
        throw DataException.inChoice(sample < 2 ? "--sample must be at least 2 (it is " + sample + ")."
            : "--stability cannot be combined with --sample; check stability on a sample file instead.");
      }
      return new SampledSegment(this).run(target, auto, fixedK);
    }
    Dataset data = DatasetLoader.load(input);
    Segmentation segmentation = auto
        ? AutoK.run(Segmenter.prepare(data, options.settings(data, 2)), AUTO_MAX_K, Cancellation.NEVER, Progress.NONE)
        : Segmenter.run(data, options.settings(data, fixedK));
    Stability agreement = stability == null ? null
        : Stability.check(segmentation, stability, Cancellation.NEVER, Progress.NONE);
    FormulaSafety safety = excelSafe ? FormulaSafety.excelSafe() : FormulaSafety.keepInputCells();
    outputs.content(target, LabelledCsvWriter.content(segmentation, safety));
    if (profile != null) {
      outputs.content(profile, ProfileCsvWriter.content(segmentation));
    }
    if (record != null) {
      outputs.content(record, RunRecordWriter.content(segmentation, agreement == null ? Map.of() : Map.of("stability",
          Map.of("reruns", agreement.reruns(), "mean_adjusted_rand_index", agreement.meanAri(),
              "badge", agreement.badge(), "best_jaccard_per_segment", agreement.jaccardPerSegment()))));
    }
    if (model != null) {
      outputs.content(model, ModelJson.content(SegmentModel.of(segmentation, Versions.app())));
    }
    pictures.fill(outputs, segmentation, java.util.Optional.ofNullable(agreement), List.of());
    outputs.write();
    PrintWriter out = spec.commandLine().getOut();
    print(segmentation, out);
    if (agreement != null) {
      out.printf(Locale.ROOT, "stability %s mean_ari %.4f reruns %d%n",
          agreement.badge(), agreement.meanAri(), agreement.reruns());
      for (int c = 0; c < agreement.jaccardPerSegment().size(); c++) {
        out.printf(Locale.ROOT, "stability_segment %d jaccard %.4f%n", c + 1, agreement.jaccardPerSegment().get(c));
      }
      out.flush();
    }
    if (excelSafe) {
      out.println("excel_safe cells_changed " + safety.changedCells());
      out.flush();
    }
    return SegmentLabCommand.OK;
  }

  private static int parseK(String text) throws DataException {
    String digits = text.strip();
    if (!digits.matches("[+-]?\\d+")) {
      throw DataException.inChoice("-k must be a whole number or \"auto\" (it is \"" + text + "\").");
    }
    var value = new java.math.BigInteger(digits);
    if (value.compareTo(java.math.BigInteger.TWO) < 0
        || value.compareTo(java.math.BigInteger.valueOf(SegmentationSettings.MAX_K)) > 0) {
      throw DataException.inChoice(
          "k must be between 2 and " + SegmentationSettings.MAX_K + " (it is " + value + ").");
    }
    return value.intValueExact();
  }

  static Path defaultOutput(Path input) {
    return input.toAbsolutePath().resolveSibling(OutputNames.labelledCsv(input));
  }

  /** The readable table, then the {@code rows …} and {@code inertia …} lines of the contract. */
  static void print(Segmentation segmentation, PrintWriter out) {
    List<String> features = segmentation.matrix().features();
    List<String[]> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("segment", "name", "size", "share"));
    features.forEach(f -> header.add("mean " + f));
    table.add(header.toArray(String[]::new));
    for (SegmentProfile p : segmentation.segments()) {
      List<String> row = new ArrayList<>(List.of(
          Integer.toString(p.number()), p.name(), Integer.toString(p.size()),
          String.format(Locale.ROOT, "%.1f%%", 100 * p.share())));
      p.means().forEach(m -> row.add(NumberText.round(m, 2)));
      table.add(row.toArray(String[]::new));
    }
    TextTable.print(table, out);
    out.println("rows " + segmentation.rows() + " clustered " + segmentation.clustered()
        + " skipped " + segmentation.skipped());
    out.println("inertia " + segmentation.inertia());
    out.println("silhouette " + String.format(Locale.ROOT, "%.4f", segmentation.quality().mean())
        + (segmentation.quality().sampled() ? " sample " + segmentation.quality().scored() : ""));
    var fitted = segmentation.scaling();
    for (int j = 0; j < features.size(); j++) {
      if (fitted.transforms().get(j) != org.segmentlab.segment.FeatureTransform.NONE) {
        out.println(ConsoleText.line("transform " + fitted.transforms().get(j).formula() + " " + features.get(j)));
      }
    }
    segmentation.scaling().dominanceWarning(segmentation.matrix())
        .ifPresent(w -> out.println("warning " + ConsoleText.line(w)));
    for (String feature : features) {
      if (IdentifierColumns.isIdentifier(segmentation.dataset(), feature)) {
        out.println(ConsoleText.line("warning \"" + feature + "\" looks like an identifier: segments on it follow "
            + "user numbers, not behaviour"));
      }
    }
    int text = segmentation.matrix().skippedForText();
    if (text > 0) {
      out.println("warning " + ReadableNumbers.count(text) + (text == 1 ? " user" : " users")
          + " left out because a feature cell is not a number");
    }
    for (int c = 0; c < segmentation.segments().size(); c++) {
      String flag = segmentation.quality().flags().get(c);
      if (!flag.isEmpty()) {
        out.println("warning segment " + (c + 1) + ": " + flag);
      }
    }
    for (String warning : segmentation.scaling().warnings()) {
      out.println("warning " + warning);
    }
    out.flush();
  }
}
