// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;
import org.segmentlab.segment.Stability;
import org.segmentlab.testing.TestFiles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportTest {
  private static Segmentation sample() throws Exception {
    return Segmenter.run(DatasetLoader.load(TestFiles.sample()), SegmentationSettings.defaults(
        List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND)));
  }

  @Test
  void htmlReportParsesReferencesNothingOutsideItselfAndNamesEverySegment(@TempDir Path folder) throws Exception {
    Segmentation segmentation = sample();
    var stability = Stability.check(segmentation, 2, org.segmentlab.segment.Cancellation.NEVER,
        org.segmentlab.segment.Progress.NONE);
    Path file = folder.resolve("report.html");
    ReportWriter.write(Report.of(segmentation, "Q3 users", Optional.empty(), Optional.of(stability)), file);

    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(file.toFile());
    assertEquals("Q3 users", document.getElementsByTagName("title").item(0).getTextContent());
    NodeList images = document.getElementsByTagNameNS("*", "img");
    assertEquals(2, images.getLength(), "the scatter and the profile chart");
    for (int i = 0; i < images.getLength(); i++) {
      String source = ((Element) images.item(i)).getAttribute("src");
      assertTrue(source.startsWith("data:image/png;base64,"), "embedded, not linked: " + source.substring(0, 30));
      byte[] png = java.util.Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1));
      assertEquals(1600, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }
    String html = Files.readString(file, StandardCharsets.UTF_8);
    for (String external : List.of("<link", "<script", "<iframe", "url(", "@import")) {
      assertTrue(!html.contains(external), "references nothing outside itself: " + external);
    }
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      var element = (Element) all.item(i);
      for (String attribute : List.of("src", "href")) {
        String value = element.getAttribute(attribute);
        assertTrue(value.isEmpty() || value.startsWith("data:") || value.startsWith("#"),
            element.getTagName() + " " + attribute + " points outside the file");
      }
    }
    String text = document.getDocumentElement().getTextContent();
    for (SegmentProfile p : segmentation.segments()) {
      assertTrue(text.contains(p.name()), p.name());
      assertTrue(text.contains(String.format(Locale.ROOT, "%,d", p.size())), "size of " + p.name());
    }
    assertTrue(text.contains(segmentation.dataset().sha256()));
    assertTrue(text.contains("Stability: " + stability.badge()), "the stability badge when computed");
    assertTrue(html.contains("size: A4 landscape"), "laid out for one landscape page");
  }

  @Test
  void pdfReportIsOneLandscapePageWithEverySegmentsNameAndSize(@TempDir Path folder) throws Exception {
    Segmentation segmentation = sample();
    Path file = folder.resolve("report.pdf");
    ReportWriter.write(Report.of(segmentation, "Q3 users — app segments", Optional.empty(), Optional.empty()),
        file);
    try (var pdf = Loader.loadPDF(file.toFile())) {
      assertEquals(1, pdf.getNumberOfPages());
      var box = pdf.getPage(0).getMediaBox();
      assertTrue(box.getWidth() > box.getHeight(), "landscape");
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Q3 users — app segments"), text);
      for (SegmentProfile p : segmentation.segments()) {
        assertTrue(text.contains(p.name()), p.name());
        assertTrue(text.contains(String.format(Locale.ROOT, "%,d", p.size())), "size of " + p.name());
      }
    }
  }

  @Test
  void reportFormatFollowsTheExtension() {
    assertEquals(Optional.of(ReportWriter.Format.PDF), ReportWriter.formatOf(Path.of("a/Report.PDF")));
    assertEquals(Optional.of(ReportWriter.Format.HTML), ReportWriter.formatOf(Path.of("r.htm")));
    assertEquals(Optional.empty(), ReportWriter.formatOf(Path.of("r.docx")));
  }
}
