// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Writes a report as HTML or PDF, chosen by the file's extension. */
public final class ReportWriter {
  /** The formats a report can be written in. */
  public enum Format { HTML, PDF }

  private ReportWriter() {}

  /** The format a file name asks for: .html, .htm or .pdf. */
  public static Optional<Format> formatOf(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(Format.HTML);
    }
    return name.endsWith(".pdf") ? Optional.of(Format.PDF) : Optional.empty();
  }

  /** The report's bytes in the format its target's name asks for. */
  public static byte[] render(Report report, Path target) throws IOException {
    Format format = formatOf(target).orElseThrow(
        () -> new IllegalArgumentException("a report is written as .html or .pdf, not " + target.getFileName()));
    return format == Format.PDF
        ? PdfReport.render(report)
        : HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the report atomically, as HTML or PDF by the target's extension. */
  public static void write(Report report, Path target) throws IOException {
    byte[] bytes = render(report, target);
    AtomicFile.write(target, out -> out.write(bytes));
  }
}
