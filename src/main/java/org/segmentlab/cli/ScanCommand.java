// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.segmentlab.data.DataException;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.Cancellation;
import org.segmentlab.segment.KScan;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.SegmentationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scan INPUT.csv}: inertia and silhouette for a range of k, and the recommended k. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Tries a range of k and recommends the one that separates users best.")
final class ScanCommand implements Callable<Integer> {
  private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*\\.\\.\\s*(\\d+)\\s*");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT.csv", description = "The users, one row each.")
  Path input;

  @Mixin FeatureOptions options;

  @Option(names = "--k-range", paramLabel = "A..B", description = "Range of k (default: ${DEFAULT-VALUE}).",
      defaultValue = "2..10")
  String range;

  @Override
  public Integer call() throws Exception {
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) {
      throw DataException.inChoice("--k-range must look like 2..10 (it is \"" + range + "\").");
    }
    int from = boundOfRange(m.group(1));
    int to = boundOfRange(m.group(2));
    if (from < 2 || to < from) {
      throw DataException.inChoice("--k-range must run from at least 2 up to at least its start (it is \""
          + range.strip() + "\").");
    }
    // what can be checked without the data is checked before a long load
    options.scalingMethod();
    options.chosenFeatures();
    Dataset data = DatasetLoader.load(input);
    KScan.Result result = KScan.run(data, options.settings(data, from), from, to, Cancellation.NEVER, Progress.NONE);
    print(result, spec.commandLine().getOut(), spec.commandLine().getErr());
    return SegmentLabCommand.OK;
  }

  private static int boundOfRange(String digits) throws DataException {
    var value = new java.math.BigInteger(digits);
    if (value.compareTo(java.math.BigInteger.valueOf(SegmentationSettings.MAX_K)) > 0) {
      throw DataException.inChoice(
          "--k-range must stay between 2 and " + SegmentationSettings.MAX_K + " (it reaches " + value + ").");
    }
    return value.intValueExact();
  }

  /** The table and the {@code best k} line on stdout, as the contract says; the reasoning on stderr. */
  static void print(KScan.Result result, PrintWriter out, PrintWriter notes) {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"k", "inertia", "silhouette", "smallest_share"});
    for (KScan.Row row : result.rows()) {
      String silhouette = String.format(Locale.ROOT, "%.4f", row.silhouette());
      String smallest = String.format(Locale.ROOT, "%.4f", row.smallestShare());
      table.add(new String[] {Integer.toString(row.k()), Double.toString(row.inertia()), silhouette, smallest});
    }
    TextTable.print(table, out);
    out.println("best k " + result.bestK());
    out.flush();
    if (result.sampled()) {
      notes.println("note: silhouette on a random sample of "
          + org.segmentlab.data.ReadableNumbers.count(result.silhouetteSample()) + " users");
    }
    result.notes().forEach(note -> notes.println("note: " + note));
    notes.println("note: " + result.reason());
    notes.flush();
  }
}
