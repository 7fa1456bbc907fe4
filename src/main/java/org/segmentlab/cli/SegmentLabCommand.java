// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import org.segmentlab.data.DataException;
import org.segmentlab.data.MemoryEstimate;
import org.segmentlab.export.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: batch runs, scripts and benchmarks over the same pipeline as the desktop app.
 * Exit codes: 0 done; 2 bad input or usage (one {@code error:} line); 1 an unexpected failure.
 */
@Command(
    name = "segmentlab",
    mixinStandardHelpOptions = true,
    versionProvider = SegmentLabCommand.VersionProvider.class,
    description = "Segments app users from a CSV export. With no command, opens the desktop app.",
    subcommands = {
      SegmentCommand.class,
      ScoreCommand.class,
      ExportSqlCommand.class,
      ScanCommand.class,
      GenerateCommand.class,
      BenchCommand.class
    })
public final class SegmentLabCommand implements Runnable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command: segment, score, export-sql, scan, generate or bench");
  }

  /** Runs the command line and returns the exit code, writing to the given streams. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    var line = new CommandLine(new SegmentLabCommand());
    line.setOut(ConsoleText.lines(out));
    line.setErr(err);
    line.setParameterExceptionHandler((ex, arguments) -> {
      err.println("error: " + ConsoleText.line(ex.getMessage()) + " (see --help)");
      err.flush();
      return BAD_INPUT;
    });
    line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof DataException data) {
        err.println("error: " + ConsoleText.line(data.getMessage()));
      } else if (ex instanceof CancellationException) {
        err.println("error: cancelled");
      } else {
        err.println("error: unexpected failure: " + ConsoleText.line(String.valueOf(ex)));
        ex.printStackTrace(err);
        err.flush();
        return FAILED;
      }
      err.flush();
      return BAD_INPUT;
    });
    int code;
    try {
      code = line.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli lets errors through; by now the work's memory is unreachable again
      err.println("error: " + ConsoleText.line(
          MemoryEstimate.outOfMemory(inputOf(line), Runtime.getRuntime().maxMemory()).getMessage()));
      code = BAD_INPUT;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The input file the command was given, for messages about it. */
  private static java.nio.file.Path inputOf(CommandLine line) {
    var parsed = line.getParseResult();
    while (parsed != null && parsed.subcommand() != null) {
      parsed = parsed.subcommand();
    }
    if (parsed != null && !parsed.matchedPositionals().isEmpty()
        && parsed.matchedPositionals().get(0).getValue() instanceof java.nio.file.Path input) {
      return input;
    }
    return null;
  }

  /** Reports the app version and the library versions that decide results. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "SegmentLab " + Versions.app(),
        "Smile " + Versions.smile() + ", Tablesaw " + Versions.tablesaw() + ", Java " + Versions.java(),
        "Licence: GPL-3.0-or-later"
      };
    }
  }
}
