// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.Outputs;
import org.segmentlab.export.ProfileCsvWriter;
import org.segmentlab.export.ReservoirSample;
import org.segmentlab.export.RunRecordWriter;
import org.segmentlab.export.StreamingScorer;
import org.segmentlab.export.Versions;
import org.segmentlab.segment.AutoK;
import org.segmentlab.segment.Cancellation;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.Segmenter;

/**
 * {@code segment BIG.csv --sample N}: fits on a seeded uniform sample of N rows drawn in one
 * streaming pass, then labels every row of the file with the streaming scorer, so the file never
 * has to fit in memory.
 */
final class SampledSegment {
  private final SegmentCommand command;

  SampledSegment(SegmentCommand command) {
    this.command = command;
  }

  int run(Path target, boolean auto, int fixedK) throws Exception {
    int size = command.sample;
    PrintWriter err = command.spec.commandLine().getErr();
    ReservoirSample sample = ReservoirSample.draw(command.input, size, command.options.seed);
    Path folder = Files.createTempDirectory("segmentlab-sample");
    Segmentation segmentation;
    try {
      Dataset data = DatasetLoader.load(sample.writeTo(folder));
      segmentation = auto
          ? AutoK.run(Segmenter.prepare(data, command.options.settings(data, 2)), SegmentCommand.AUTO_MAX_K,
              Cancellation.NEVER, Progress.NONE)
          : Segmenter.run(data, command.options.settings(data, fixedK));
    } catch (DataException e) {
      throw sample.inSource(e);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
    var facts = sample.facts();
    SegmentModel fitted = SegmentModel.of(segmentation, Versions.app());
    var provenance = fitted.provenance();
    SegmentModel model = fitted.withProvenance(new SegmentModel.Provenance(command.input.getFileName().toString(),
        facts.sha256(), provenance.rows(), provenance.rowsUsed(), provenance.columns(),
        new SegmentModel.Sample(sample.size(), sample.totalRows(), command.options.seed)));
    StreamingScorer.Result labelled = StreamingScorer.score(model, command.input, facts, target,
        (fraction, message) -> {
          err.printf(Locale.ROOT, "progress %.0f%% %s%n", 100 * fraction, message);
          err.flush();
        });
    // the small outputs go together, after the labelled file the scorer streamed out
    var rest = new Outputs().noClobber(command.noClobber);
    if (command.profile != null) {
      rest.add(command.profile, "profile CSV (--profile)")
          .content(command.profile, ProfileCsvWriter.content(segmentation));
    }
    if (command.record != null) {
      rest.add(command.record, "run record (--record)")
          .content(command.record, RunRecordWriter.content(segmentation, recordSections(sample, labelled)));
    }
    if (command.model != null) {
      rest.add(command.model, "model (--model)").content(command.model, ModelJson.content(model));
    }
    command.pictures.register(rest);
    command.pictures.fill(rest, segmentation, java.util.Optional.empty(), List.of(String.format(Locale.ROOT,
        "Fitted on a seeded uniform sample of %,d of %,d rows (seed %d); every row was then labelled with the"
            + " fitted segments: %,d labelled, %,d with a missing feature.", sample.size(), sample.totalRows(),
        command.options.seed, labelled.scored(), labelled.missing())));
    rest.write();
    PrintWriter out = command.spec.commandLine().getOut();
    out.println("sample " + sample.size() + " of " + sample.totalRows() + " rows, seed " + command.options.seed
        + ": the segments below are fitted on the sample");
    SegmentCommand.print(segmentation, out);
    out.println("labelled rows " + labelled.rows() + " scored " + labelled.scored() + " missing " + labelled.missing());
    long[] sizes = labelled.sizes();
    for (int c = 0; c < sizes.length; c++) {
      out.printf(Locale.ROOT, "labelled_segment %d size %d share %.4f%n", c + 1, sizes[c],
          labelled.scored() == 0 ? 0.0 : (double) sizes[c] / labelled.scored());
    }
    out.flush();
    return SegmentLabCommand.OK;
  }

  /** The record's input is the whole file; the sample and the labelling of every row are added. */
  private Map<String, Object> recordSections(ReservoirSample sample, StreamingScorer.Result labelled)
      throws IOException {
    var facts = sample.facts();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("file", command.input.toAbsolutePath().toString());
    input.put("sha256", facts.sha256());
    input.put("bytes", facts.sizeBytes());
    input.put("separator", facts.dialect().separatorName());
    input.put("encoding", facts.dialect().charset().name());
    input.put("rows", labelled.rows());
    input.put("rows_used", labelled.scored());
    input.put("rows_skipped", labelled.missing());
    Map<String, Object> drawn = new LinkedHashMap<>();
    drawn.put("rows", sample.size());
    drawn.put("of_rows", sample.totalRows());
    drawn.put("seed", command.options.seed);
    drawn.put("method", "uniform reservoir sample (one pass); segments, sizes and profiles describe the sample");
    Map<String, Object> scored = new LinkedHashMap<>();
    scored.put("rows", labelled.rows());
    scored.put("scored", labelled.scored());
    scored.put("missing", labelled.missing());
    scored.put("sizes", List.of(java.util.Arrays.stream(labelled.sizes()).boxed().toArray()));
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("input", input);
    sections.put("sample", drawn);
    sections.put("labelled", scored);
    return sections;
  }
}
