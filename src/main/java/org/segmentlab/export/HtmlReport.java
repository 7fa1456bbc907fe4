// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.util.Base64;
import java.util.List;
import org.segmentlab.present.Pictures;
import org.segmentlab.present.ProfilePicture;
import org.segmentlab.present.ScatterPicture;
import org.segmentlab.segment.SegmentColours;

/**
 * A report as one self-contained HTML file: images embedded as data, styles inline, nothing fetched
 * from anywhere, laid out to print on one landscape page. Written as well-formed XHTML, so any HTML
 * or XML parser reads it.
 */
public final class HtmlReport {
  private static final String STYLE = """
      @page { size: A4 landscape; margin: 8mm; }
      body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #222; margin: 16px; font-size: 12px; }
      h1 { font-size: 20px; margin: 0 0 2px 0; }
      .meta { color: #555; margin-bottom: 8px; }
      .facts { display: flex; gap: 24px; margin-bottom: 8px; }
      .facts table td { padding: 1px 8px 1px 0; vertical-align: top; }
      .facts table td:first-child { color: #555; }
      .charts { display: flex; gap: 12px; }
      .charts img { width: 49%; height: auto; border: 1px solid #ddd; }
      table.segments { border-collapse: collapse; width: 100%; margin-top: 8px; }
      table.segments th, table.segments td { border-bottom: 1px solid #ddd; padding: 3px 6px;
        text-align: left; vertical-align: top; }
      table.segments th { background: #f3f3f3; }
      .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
      .trust { margin-top: 6px; color: #333; }
      .hash { font-family: monospace; font-size: 10px; word-break: break-all; }
      @media print { body { margin: 0; } .charts img { border: none; } }
      """;

  private HtmlReport() {}

  public static String render(Report report) {
    var html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(report.title())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(report.title())).append("</h1>\n")
        .append("<div class=\"meta\">").append(escape(report.scatter().subtitle())).append(" · ")
        .append(report.date()).append(" · SegmentLab ").append(escape(Versions.app())).append("</div>\n");
    html.append("<div class=\"facts\">\n");
    facts(html, "Data", report.dataFacts());
    facts(html, "Settings", report.settingFacts());
    html.append("</div>\n<div class=\"charts\">\n");
    image(html, Pictures.png(ScatterPicture.paint(report.scatter(), 1600, 1000)),
        "Scatter chart of the users by segment");
    image(html, Pictures.png(ProfilePicture.paint(report.profile(), 1600, 1000)),
        "Profile of each segment against everyone");
    html.append("</div>\n<table class=\"segments\">\n<tr>");
    for (String cell : report.segmentHeader()) {
      html.append("<th>").append(escape(cell)).append("</th>");
    }
    html.append("</tr>\n");
    List<List<String>> rows = report.segmentRows();
    for (List<String> row : rows) {
      int number = Integer.parseInt(row.get(0));
      html.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        html.append("<td>");
        if (c == 1) {
          String colour = SegmentColours.hex(report.segmentation().segment(number).identity());
          html.append("<span class=\"swatch\" style=\"background:").append(colour)
              .append("\"></span>");
        }
        html.append(escape(row.get(c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
    for (String line : report.trustLines()) {
      html.append("<div class=\"trust\">").append(escape(line)).append("</div>\n");
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void facts(StringBuilder html, String heading, List<String[]> facts) {
    html.append("<table><tr><th colspan=\"2\" style=\"text-align:left\">").append(heading).append("</th></tr>\n");
    for (String[] fact : facts) {
      html.append("<tr><td>").append(escape(fact[0])).append("</td><td")
          .append(fact[0].equals("SHA-256") ? " class=\"hash\"" : "").append(">")
          .append(escape(fact[1])).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void image(StringBuilder html, byte[] png, String description) {
    html.append("<img alt=\"").append(escape(description)).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\"/>\n");
  }

  /** Text as HTML and XML both read it. */
  static String escape(String text) {
    var out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch < 0x20 && ch != '\n' && ch != '\t' ? ' ' : ch);
      }
    }
    return out.toString();
  }
}
