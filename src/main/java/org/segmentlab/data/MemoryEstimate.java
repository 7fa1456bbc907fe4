// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a file fits in the memory Java may use, judged before loading from its size, rows and
 * columns, so a file far too big is refused at once with advice instead of failing a minute later.
 */
public final class MemoryEstimate {
  /**
   * Bytes a run needs per cell (the numbers while loading, their final column) and per row (line
   * numbers, the feature rows, their scaled copy, labels and the search tree), measured on the
   * sample's shape: a million users of 8 columns run in 500 MB and fail in 400 MB.
   */
  static final long BYTES_PER_CELL = 24;

  static final long BYTES_PER_ROW = 300;

  private static final double GIB = 1024.0 * 1024 * 1024;

  private MemoryEstimate() {}

  /** About how many bytes of heap loading and segmenting the file needs. */
  public static long bytesNeeded(CsvSource.FileFacts facts) {
    long rows = Math.max(0, facts.lines() - 1);
    return rows * (facts.columns() * BYTES_PER_CELL + BYTES_PER_ROW) + 2 * facts.sizeBytes();
  }

  /** Refuses the file when it needs more than the heap Java may use. */
  public static void check(Path file, CsvSource.FileFacts facts, long maxHeap) throws DataException {
    long needed = bytesNeeded(facts);
    if (needed <= maxHeap) {
      return;
    }
    long rows = Math.max(0, facts.lines() - 1);
    throw DataException.inFile(file, String.format(Locale.ROOT,
        "its %,d rows × %,d columns need about %s of memory, but Java may use only %s here. %s",
        rows, facts.columns(), gigabytes(needed), gigabytes(maxHeap), advice(needed)));
  }

  /** The one-line report of a run that ran out of memory after all. */
  public static DataException outOfMemory(Path file, long maxHeap) {
    return DataException.inFile(file, String.format(Locale.ROOT,
        "Java ran out of memory working on this file (it may use %s here). %s",
        gigabytes(maxHeap), advice(2 * maxHeap)));
  }

  /** How to give Java the memory, from a jar or from the launcher of the standalone app. */
  static String advice(long needed) {
    long gb = Math.max(1, (long) Math.ceil(needed * 1.25 / GIB));
    return "Give Java more memory: java -Xmx" + gb + "g -jar segmentlab.jar …, or set SEGMENTLAB_JAVA_OPTIONS=-Xmx"
        + gb + "g for the segmentlab launcher; or use fewer rows.";
  }

  private static String gigabytes(long bytes) {
    if (bytes < GIB) {
      return String.format(Locale.ROOT, "%,d MB", Math.round(bytes / (1024.0 * 1024)));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / GIB);
  }
}
