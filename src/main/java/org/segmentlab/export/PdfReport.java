// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.segmentlab.present.ProfilePicture;
import org.segmentlab.present.ScatterPicture;
import org.segmentlab.segment.SegmentColours;

/**
 * A report as a one-page landscape A4 PDF (Apache PDFBox): title, data and settings, both charts
 * side by side, the segments table and the trust lines. Text uses the standard Helvetica fonts, so
 * the file needs no embedded font and opens anywhere.
 */
public final class PdfReport {
  private static final float MARGIN = 28;
  private static final int MAX_LINES = 3;
  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private PdfReport() {}

  public static byte[] render(Report report) throws IOException {
    try (var document = new PDDocument()) {
      var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
      document.addPage(page);
      document.getDocumentInformation().setTitle(text(report.title()));
      document.getDocumentInformation().setCreator("SegmentLab " + Versions.app());
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      float usable = width - 2 * MARGIN;
      try (var out = new PDPageContentStream(document, page)) {
        float y = height - MARGIN - 14;
        write(out, BOLD, 15, MARGIN, y, fit(report.title(), BOLD, 15, usable));
        y -= 13;
        write(out, REGULAR, 7.5f, MARGIN, y, fit(report.scatter().subtitle() + " · " + report.date()
            + " · SegmentLab " + Versions.app(), REGULAR, 7.5f, usable));
        y -= 14;
        float factsTop = y;
        y = facts(out, "Data", report.dataFacts(), MARGIN, factsTop, usable / 2 - 8);
        float settingsBottom = facts(out, "Settings", report.settingFacts(), MARGIN + usable / 2, factsTop,
            usable / 2);
        y = Math.min(y, settingsBottom) - 6;

        float imageWidth = (usable - 10) / 2;
        float imageHeight = imageWidth * 1000 / 1600;
        PDImageXObject scatter = LosslessFactory.createFromImage(document,
            ScatterPicture.paint(report.scatter(), 1600, 1000));
        PDImageXObject profile = LosslessFactory.createFromImage(document,
            ProfilePicture.paint(report.profile(), 1600, 1000));
        out.drawImage(scatter, MARGIN, y - imageHeight, imageWidth, imageHeight);
        out.drawImage(profile, MARGIN + imageWidth + 10, y - imageHeight, imageWidth, imageHeight);
        y -= imageHeight + 8;

        List<String> trust = report.trustLines();
        float bottom = MARGIN + trust.size() * 10;
        y = table(out, report, MARGIN, y, usable, y - bottom);
        for (String line : trust) {
          y -= 10;
          write(out, REGULAR, 7.5f, MARGIN, y, fit(line, REGULAR, 7.5f, usable));
        }
      }
      var bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static float facts(PDPageContentStream out, String heading, List<String[]> facts, float x, float top,
      float width) throws IOException {
    float y = top;
    write(out, BOLD, 8.5f, x, y, heading);
    for (String[] fact : facts) {
      y -= 10;
      write(out, REGULAR, 7.5f, x, y, fact[0]);
      write(out, REGULAR, 7.5f, x + 95, y, fit(fact[1], REGULAR, 7.5f, width - 95));
    }
    return y;
  }

  /** The segments table in the space left; cells wrap, and the type shrinks when rows would not fit. */
  private static float table(PDPageContentStream out, Report report, float x, float top, float width,
      float space) throws IOException {
    List<String> header = report.segmentHeader();
    List<List<String>> rows = report.segmentRows();
    float[] widths = columnWidths(header.size(), width);
    float size = 7.5f;
    while (size > 5 && tableHeight(header, rows, widths, size) > space) {
      size -= 0.5f;
    }
    float line = size + 2;
    float y = top - size;
    y = row(out, header, widths, x, y, BOLD, BOLD, size) - 3;
    for (List<String> row : rows) {
      int rgb = SegmentColours.rgb(report.segmentation().segment(Integer.parseInt(row.get(0))).identity());
      out.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
      out.addRect(x + widths[0] - 9, y - 0.5f, size, size);
      out.fill();
      out.setNonStrokingColor(0.13f, 0.13f, 0.13f);
      y = row(out, row, widths, x, y, BOLD, REGULAR, size) - 3;
      out.setStrokingColor(0.85f, 0.85f, 0.85f);
      out.moveTo(x, y + line - 2);
      out.lineTo(x + width, y + line - 2);
      out.stroke();
    }
    return y;
  }

  /** Writes one table row with wrapped cells (the name column in {@code nameFont}); returns the next baseline. */
  private static float row(PDPageContentStream out, List<String> cells, float[] widths, float x, float y,
      PDType1Font nameFont, PDType1Font font, float size) throws IOException {
    int tallest = 1;
    float at = x;
    for (int c = 0; c < cells.size(); c++) {
      PDType1Font cellFont = c == 1 ? nameFont : font;
      List<String> lines = wrap(cells.get(c), cellFont, size, widths[c] - 5, MAX_LINES);
      for (int l = 0; l < lines.size(); l++) {
        write(out, cellFont, size, at, y - l * (size + 2), lines.get(l));
      }
      tallest = Math.max(tallest, lines.size());
      at += widths[c];
    }
    return y - tallest * (size + 2);
  }

  private static float tableHeight(List<String> header, List<List<String>> rows, float[] widths, float size)
      throws IOException {
    float height = 0;
    for (List<String> row : concat(header, rows)) {
      int tallest = 1;
      for (int c = 0; c < row.size(); c++) {
        tallest = Math.max(tallest, wrap(row.get(c), BOLD, size, widths[c] - 5, MAX_LINES).size());
      }
      height += tallest * (size + 2) + 3;
    }
    return height;
  }

  private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new java.util.ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }

  /** Text broken at spaces into lines of a width; the last allowed line ends with "..." if cut. */
  static List<String> wrap(String text, PDType1Font font, float size, float width, int maxLines)
      throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    String rest = text(text).strip();
    while (!rest.isEmpty() && lines.size() < maxLines) {
      if (lines.size() == maxLines - 1 || widthOf(rest, font, size) <= width) {
        lines.add(fit(rest, font, size, width));
        break;
      }
      int end = rest.length();
      while (end > 0 && widthOf(rest.substring(0, end), font, size) > width) {
        int space = rest.lastIndexOf(' ', end - 1);
        end = space > 0 ? space : 0;
      }
      if (end == 0) {
        end = Math.max(1, rest.length() / 2);
        while (end > 1 && widthOf(rest.substring(0, end), font, size) > width) {
          end--;
        }
      }
      lines.add(rest.substring(0, end));
      rest = rest.substring(end).strip();
    }
    return lines;
  }

  private static float widthOf(String text, PDType1Font font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Narrow columns for number, users and share; the rule gets the most room. */
  private static float[] columnWidths(int columns, float width) {
    float[] widths = new float[columns];
    widths[0] = 20;
    widths[1] = 100;
    widths[2] = 44;
    widths[3] = 36;
    float fixed = widths[0] + widths[1] + widths[2] + widths[3];
    int middle = columns - 5; // features, the outcome, silhouette
    float rule = Math.max(170, (width - fixed) * 0.36f);
    float each = middle > 0 ? (width - fixed - rule) / middle : 0;
    for (int c = 4; c < columns - 1; c++) {
      widths[c] = each;
    }
    widths[columns - 1] = width - fixed - each * middle;
    return widths;
  }

  private static void write(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text(text));
    out.endText();
  }

  /** Text shortened with "..." to fit a width at a font size. */
  private static String fit(String text, PDType1Font font, float size, float width) throws IOException {
    String shown = text(text);
    if (font.getStringWidth(shown) / 1000 * size <= width) {
      return shown;
    }
    int end = shown.length();
    while (end > 0 && font.getStringWidth(shown.substring(0, end) + "...") / 1000 * size > width) {
      end--;
    }
    return shown.substring(0, end) + "...";
  }

  private static boolean encodable(char ch) {
    try {
      REGULAR.encode(String.valueOf(ch));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Text the standard fonts can show: characters outside their encoding become near equivalents. */
  static String text(String text) {
    var out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      String replacement = switch (ch) {
        case '−' -> "-";
        case '≥' -> ">=";
        case '≤' -> "<=";
        case '\n', '\r', '\t' -> " ";
        default -> null;
      };
      if (replacement != null) {
        out.append(replacement);
      } else {
        out.append(encodable(ch) ? ch : '?');
      }
    }
    return out.toString();
  }
}
