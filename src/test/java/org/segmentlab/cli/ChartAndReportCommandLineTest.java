// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

class ChartAndReportCommandLineTest {
  @Test
  void segmentWritesTheChartAtTheAskedSizeAndAPdfReportWithTheTitle(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path chart = folder.resolve("chart.png");
    Path report = folder.resolve("report.pdf");
    var run = CommandLineTest.run("segment", input.toString(), "-o", folder.resolve("l.csv").toString(),
        "--chart", chart.toString(), "--chart-size", "800x500", "--title", "Q3 app users", "--report",
        report.toString());
    assertEquals(0, run.code(), run.err());
    var image = ImageIO.read(chart.toFile());
    assertEquals(800, image.getWidth());
    assertEquals(500, image.getHeight());
    try (var pdf = Loader.loadPDF(report.toFile())) {
      assertEquals(1, pdf.getNumberOfPages());
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Q3 app users"), text);
      // every segment named on stdout is in the report, with its size
      for (String line : run.out().lines().skip(1).takeWhile(l -> !l.startsWith("rows ")).toList()) {
        String[] cells = line.split("\\s{2,}");
        assertTrue(text.contains(cells[1]), cells[1]);
        assertTrue(text.contains(cells[2]), cells[2]);
      }
    }
  }

  @Test
  void anHtmlReportIsChosenByItsExtension(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path report = folder.resolve("segments.html");
    var run = CommandLineTest.run("segment", input.toString(), "-o", folder.resolve("l.csv").toString(),
        "--report", report.toString());
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(report);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<title>userbehaviour.csv — 4 segments</title>"), "the default title");
  }

  @Test
  void aReportWithAnUnknownExtensionOrABadChartSizeIsRefusedBeforeAnyWork(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    Path labelled = folder.resolve("l.csv");
    var docx = CommandLineTest.run("segment", input.toString(), "-o", labelled.toString(),
        "--report", folder.resolve("r.docx").toString());
    assertEquals(2, docx.code());
    assertEquals(1, docx.errLines().size(), docx.err());
    assertTrue(docx.err().startsWith("error: ") && docx.err().contains("r.docx"), docx.err());
    var tiny = CommandLineTest.run("segment", input.toString(), "-o", labelled.toString(),
        "--chart", folder.resolve("c.png").toString(), "--chart-size", "10x10");
    assertEquals(2, tiny.code());
    assertTrue(tiny.err().contains("--chart-size"), tiny.err());
    assertFalse(Files.exists(labelled), "nothing written");
    assertFalse(Files.exists(folder.resolve("c.png")));
  }
}
