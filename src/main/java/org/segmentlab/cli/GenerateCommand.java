// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.segmentlab.data.DataException;
import org.segmentlab.data.SampleData;
import org.segmentlab.export.Outputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes synthetic users with the tutorial's columns (how the sample was made). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes synthetic app users with the tutorial's columns and real segment structure.")
final class GenerateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", description = "Number of users (default: ${DEFAULT-VALUE}).",
      defaultValue = "999")
  long rows;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).",
      defaultValue = "42")
  long seed;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "The CSV to write.")
  Path out;

  @Option(names = "--no-clobber",
      description = "Refuse to replace the file if it already exists (exit 2, nothing written).")
  boolean noClobber;

  @Override
  public Integer call() throws Exception {
    if (rows < 1) {
      throw DataException.inChoice("--rows must be at least 1.");
    }
    var outputs = new Outputs().noClobber(noClobber).add(out, "generated CSV (-o)");
    outputs.check();
    outputs.text(out, writer -> SampleData.write(writer, rows, seed)).write();
    spec.commandLine().getOut()
        .println("wrote " + org.segmentlab.data.ReadableNumbers.count(rows) + " users to " + out);
    return SegmentLabCommand.OK;
  }
}
