// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.StreamingScorer;
import org.segmentlab.segment.SegmentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code score MODEL.json INPUT.csv}: labels every row with a saved model, in a stream. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Labels every row of INPUT.csv with the segments of a saved model (segment --model), reading "
        + "and writing in a stream, so files larger than memory work.")
final class ScoreCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL.json", description = "A model saved by segment --model or the app.")
  Path modelFile;

  @Parameters(index = "1", paramLabel = "INPUT.csv", description = "The users to label, one row each.")
  Path input;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Labelled CSV (default: INPUT stem + \"-segments.csv\" beside the input).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path target = out != null ? out : SegmentCommand.defaultOutput(input);
    OutputChecks.check(input, List.of(target));
    SegmentModel model = ModelJson.read(modelFile);
    PrintWriter err = spec.commandLine().getErr();
    StreamingScorer.Result result = StreamingScorer.score(model, input, target, (fraction, message) -> {
      err.printf(Locale.ROOT, "progress %.0f%% %s%n", 100 * fraction, message);
      err.flush();
    });
    print(model, result, spec.commandLine().getOut());
    return SegmentLabCommand.OK;
  }

  /** Each segment's size and share of the labelled rows, then {@code rows N scored M missing S}. */
  static void print(SegmentModel model, StreamingScorer.Result result, PrintWriter out) {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"segment", "name", "size", "share"});
    long[] sizes = result.sizes();
    for (SegmentModel.Segment segment : model.segments()) {
      long size = sizes[segment.number() - 1];
      table.add(new String[] {Integer.toString(segment.number()), segment.name(), Long.toString(size),
          String.format(Locale.ROOT, "%.1f%%", result.scored() == 0 ? 0.0 : 100.0 * size / result.scored())});
    }
    TextTable.print(table, out);
    out.println("rows " + result.rows() + " scored " + result.scored() + " missing " + result.missing());
    out.flush();
  }
}
