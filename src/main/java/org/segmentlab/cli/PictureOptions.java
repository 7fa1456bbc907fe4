// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.segmentlab.data.DataException;
import org.segmentlab.export.Outputs;
import org.segmentlab.export.Report;
import org.segmentlab.export.ReportWriter;
import org.segmentlab.present.Pictures;
import org.segmentlab.present.ScatterChart;
import org.segmentlab.present.ScatterPicture;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.Stability;
import picocli.CommandLine.Option;

/**
 * {@code --chart}, {@code --chart-size}, {@code --title} and {@code --report}: the scatter chart as a
 * PNG and the one-page report, drawn without a display by the same presentation layer as the app.
 */
final class PictureOptions {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})");
  static final int MIN_SIDE = 320;
  static final int MAX_SIDE = 8000;

  @Option(names = "--chart", paramLabel = "FILE.png",
      description = "The scatter chart (title, axes, legend with names and sizes, centres) as a PNG image.")
  Path chart;

  @Option(names = "--chart-size", paramLabel = "WxH",
      description = "Pixels of the --chart image (default: ${DEFAULT-VALUE}).", defaultValue = "1600x1000")
  String chartSize;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "Title of the chart and the report (default: the file's name and the number of segments).")
  String title;

  @Option(names = "--report", paramLabel = "FILE",
      description = "One-page report: FILE.html (self-contained) or FILE.pdf, chosen by the extension.")
  Path report;

  /** Registers the asked-for pictures with a run's outputs and checks what needs no data. */
  void register(Outputs outputs) throws DataException {
    if (chart != null) {
      size();
      outputs.add(chart, "chart PNG (--chart)");
    }
    if (report != null) {
      if (ReportWriter.formatOf(report).isEmpty()) {
        throw DataException.inFile(report, "a report is written as .html or .pdf; name the file so.");
      }
      outputs.add(report, "report (--report)");
    }
    if (title != null && title.chars().anyMatch(Character::isISOControl)) {
      throw DataException.inChoice("--title cannot hold line breaks, tabs or other control characters.");
    }
  }

  /** Gives the registered pictures their content, drawn from the segmentation. */
  void fill(Outputs outputs, Segmentation segmentation, Optional<Stability> stability, List<String> notes)
      throws DataException {
    if (chart == null && report == null) {
      return;
    }
    Report content = Report.of(segmentation, title, Optional.empty(), stability).withNotes(notes);
    if (chart != null) {
      int[] wh = size();
      ScatterChart scatter = content.scatter();
      outputs.content(chart, out -> out.write(Pictures.png(ScatterPicture.paint(scatter, wh[0], wh[1]))));
    }
    if (report != null) {
      outputs.content(report, out -> out.write(ReportWriter.render(content, report)));
    }
  }

  /** Width and height from {@code --chart-size}. */
  int[] size() throws DataException {
    Matcher m = SIZE.matcher(chartSize.strip());
    if (!m.matches()) {
      throw DataException.inChoice("--chart-size must be WIDTHxHEIGHT in pixels, such as 1600x1000 (it is \""
          + chartSize + "\").");
    }
    int width = Integer.parseInt(m.group(1));
    int height = Integer.parseInt(m.group(2));
    if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
      throw DataException.inChoice("--chart-size must be between " + MIN_SIDE + " and " + MAX_SIDE
          + " pixels on each side (it is " + width + "x" + height + ").");
    }
    return new int[] {width, height};
  }
}
