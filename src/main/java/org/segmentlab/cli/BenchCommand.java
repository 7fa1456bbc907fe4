// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.SampleData;
import org.segmentlab.export.AtomicFile;
import org.segmentlab.export.LabelledCsvWriter;
import org.segmentlab.segment.Cancellation;
import org.segmentlab.segment.Progress;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times each stage of the pipeline on a generated (or given) file and prints the
 * seconds and peak heap of each. Figures, not assertions: compare them across machines and peers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times load, extract and scale, cluster and write on N users and prints the figures.")
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", description = "Users to generate (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000000")
  long rows;

  @Option(names = "--input", paramLabel = "FILE", description = "Use this file instead of generating one.")
  Path input;

  @Option(names = {"-k", "--k"}, paramLabel = "N", description = "Number of segments (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int k;

  @Option(names = "--repeat", paramLabel = "N",
      description = "Run the pipeline N times and report the last, warm run (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int repeat;

  @Mixin FeatureOptions options;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = Files.createTempDirectory("segmentlab-bench");
    try {
      Path file = input;
      if (file == null) {
        file = folder.resolve("users-" + rows + ".csv");
        long start = System.nanoTime();
        Path target = file;
        AtomicFile.writeText(target, writer -> SampleData.write(writer, rows, options.seed));
        out.printf(Locale.ROOT, "generated %,d users (%.1f MB) in %.2f s%n",
            rows, Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
      }
      List<String[]> table = new ArrayList<>();
      for (int run = 1; run <= Math.max(1, repeat); run++) {
        table = runOnce(file, folder.resolve("labelled.csv"));
      }
      out.println("stage            seconds  peak_heap_MB");
      for (String[] row : table) {
        out.printf(Locale.ROOT, "%-15s  %7s  %12s%n", row[0], row[1], row[2]);
      }
      out.printf(Locale.ROOT, "process peak RSS %s MB, %d cores, Java %s%n",
          peakRss(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      out.flush();
      return SegmentLabCommand.OK;
    } finally {
      try (var files = Files.list(folder)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(folder);
    }
  }

  private List<String[]> runOnce(Path file, Path labelled) throws Exception {
    List<String[]> table = new ArrayList<>();
    long total = System.nanoTime();
    Stage load = Stage.start();
    Dataset data = DatasetLoader.load(file);
    table.add(load.stop("load"));
    Stage prepare = Stage.start();
    Segmenter.Prepared prepared = Segmenter.prepare(data, options.settings(data, k));
    table.add(prepare.stop("extract+scale"));
    Stage cluster = Stage.start();
    Segmentation segmentation = Segmenter.cluster(prepared, Cancellation.NEVER, Progress.NONE);
    table.add(cluster.stop("cluster"));
    Stage write = Stage.start();
    LabelledCsvWriter.write(segmentation, labelled);
    table.add(write.stop("write"));
    table.add(new String[] {"total", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - total) / 1e9), ""});
    table.add(new String[] {"rows", Integer.toString(data.rowCount()), ""});
    return table;
  }

  /** Wall time and peak heap of one stage. */
  private record Stage(long startNanos) {
    static Stage start() {
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      return new Stage(System.nanoTime());
    }

    String[] stop(String name) {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      return new String[] {name, String.format(Locale.ROOT, "%.3f", seconds),
        Long.toString(peak / (1024 * 1024))};
    }
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return Long.toString(kb / 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "n/a";
    }
    return "n/a";
  }
}
