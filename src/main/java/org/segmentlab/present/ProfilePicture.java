// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * Paints a {@link ProfileChart} as a heat map: a row per segment in its colour and name, a column
 * per feature, each cell shaded by how far the segment's mean is above (warm) or below (cool) the
 * overall mean, with the mean and the distance written in.
 */
public final class ProfilePicture {
  /** Standard deviations at which the shading is strongest. */
  static final double FULL_SHADE = 1.5;
  private static final Color INK = new Color(0x222222);
  private static final Color MUTED = new Color(0x555555);
  private static final int ABOVE = 0xD55E00;
  private static final int BELOW = 0x0072B2;

  private ProfilePicture() {}

  public static BufferedImage paint(ProfileChart chart, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      Pictures.prepare(g, width, height);
      double s = Math.min(width / 1600.0, height / 1000.0);
      int pad = (int) Math.round(28 * s);
      int y = Pictures.drawHeading(g, chart.title(),
          "Each segment's mean against everyone's: warm above, cool below, in standard deviations (SD)", width, s);

      int labelWidth = (int) Math.round(380 * s);
      int top = y + (int) Math.round(30 * s);
      Font headerFont = new Font(Font.SANS_SERIF, Font.BOLD, ScatterPicture.size(17, s));
      Font smallFont = new Font(Font.SANS_SERIF, Font.PLAIN, ScatterPicture.size(15, s));
      int headerHeight = g.getFontMetrics(headerFont).getHeight() * 2 + g.getFontMetrics(smallFont).getHeight();
      int columns = chart.features().size();
      int cellWidth = (width - 2 * pad - labelWidth) / Math.max(1, columns);
      int rowsTop = top + headerHeight + (int) (8 * s);
      int cellHeight = Math.min((int) Math.round(130 * s),
          (height - pad - rowsTop) / Math.max(1, chart.rows().size()));

      for (int j = 0; j < columns; j++) {
        int x = pad + labelWidth + j * cellWidth;
        g.setColor(INK);
        g.setFont(headerFont);
        drawWrapped(g, AxisTitles.of(chart.features().get(j)), x + (int) (8 * s), top, cellWidth - (int) (16 * s), 2);
        g.setColor(MUTED);
        g.setFont(smallFont);
        Pictures.drawFitted(g, "everyone: " + ProfileChart.valueText(chart.overallMeans()[j]), x + (int) (8 * s),
            top + headerHeight - g.getFontMetrics().getDescent(), cellWidth - (int) (16 * s));
      }
      int rowTop = rowsTop;
      for (ProfileChart.Row row : chart.rows()) {
        int swatch = (int) Math.round(18 * s);
        g.setColor(new Color(row.rgb()));
        g.fill(new Ellipse2D.Double(pad, rowTop + (cellHeight - swatch) / 2.0, swatch, swatch));
        g.setColor(INK);
        g.setFont(headerFont);
        FontMetrics names = g.getFontMetrics();
        int textLeft = pad + swatch + (int) (12 * s);
        Pictures.drawFitted(g, row.number() + "  " + row.name(), textLeft,
            rowTop + cellHeight / 2 - (int) (2 * s), labelWidth - (textLeft - pad) - (int) (8 * s));
        g.setColor(MUTED);
        g.setFont(smallFont);
        g.drawString(String.format(java.util.Locale.ROOT, "%,d users · %.1f %%", row.size(), 100 * row.share()),
            textLeft, rowTop + cellHeight / 2 + names.getAscent());
        for (int j = 0; j < columns; j++) {
          int x = pad + labelWidth + j * cellWidth;
          double z = row.standardised()[j];
          g.setColor(new Color(shade(z)));
          g.fillRect(x + 2, rowTop + 2, cellWidth - 4, cellHeight - 4);
          g.setColor(needsLightText(z) ? Color.WHITE : INK);
          g.setFont(headerFont);
          String mean = ProfileChart.valueText(row.means()[j]);
          FontMetrics m = g.getFontMetrics();
          int cx = x + cellWidth / 2;
          g.drawString(mean, cx - m.stringWidth(mean) / 2, rowTop + cellHeight / 2 - (int) (2 * s));
          g.setFont(smallFont);
          String distance = ProfileChart.standardisedText(z);
          g.drawString(distance, cx - g.getFontMetrics().stringWidth(distance) / 2,
              rowTop + cellHeight / 2 + g.getFontMetrics().getAscent());
        }
        rowTop += cellHeight;
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Whether text on a cell of this shade reads better white than dark. */
  public static boolean needsLightText(double z) {
    return Math.abs(z) > FULL_SHADE * 0.7;
  }

  /** White at the overall mean, towards orange above and blue below, strongest at 1.5 SD. */
  public static int shade(double z) {
    double t = Math.min(1, Math.abs(z) / FULL_SHADE) * 0.85;
    int target = z >= 0 ? ABOVE : BELOW;
    int r = mix(0xFF, (target >> 16) & 0xFF, t);
    int gr = mix(0xFF, (target >> 8) & 0xFF, t);
    int b = mix(0xFF, target & 0xFF, t);
    return r << 16 | gr << 8 | b;
  }

  private static int mix(int from, int to, double t) {
    return (int) Math.round(from + (to - from) * t);
  }

  /** Draws text on up to {@code lines} lines, breaking at spaces. */
  private static void drawWrapped(Graphics2D g, String text, int x, int top, int width, int lines) {
    FontMetrics m = g.getFontMetrics();
    String rest = text;
    int baseline = top + m.getAscent();
    for (int line = 0; line < lines && !rest.isEmpty(); line++) {
      int end = rest.length();
      if (line < lines - 1) {
        while (end > 0 && m.stringWidth(rest.substring(0, end)) > width) {
          int space = rest.lastIndexOf(' ', end - 1);
          end = space > 0 ? space : 0;
        }
        if (end == 0) {
          end = rest.length();
        }
      }
      Pictures.drawFitted(g, rest.substring(0, end), x, baseline, width);
      rest = rest.substring(end).strip();
      baseline += m.getHeight();
    }
  }
}
