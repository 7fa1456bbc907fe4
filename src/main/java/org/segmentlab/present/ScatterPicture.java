// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints a {@link ScatterChart} as a picture fit for a slide or a report: white background, title
 * and the settings it reflects, axes with round ticks and units, the users (through
 * {@link PointRaster}), each segment's centre as a diamond, and a legend with names and sizes.
 * Java2D in memory, so it works on a machine with no display.
 */
public final class ScatterPicture {
  private static final Color INK = new Color(0x222222);
  private static final Color MUTED = new Color(0x555555);
  private static final Color GRID = new Color(0xE4E4E4);
  private static final Color FRAME = new Color(0x9A9A9A);

  private ScatterPicture() {}

  /** The chart drawn {@code width x height} pixels; text and discs grow with the size. */
  public static BufferedImage paint(ScatterChart chart, int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      Pictures.prepare(g, width, height);
      double s = Math.min(width / 1600.0, height / 1000.0);
      int pad = (int) Math.round(28 * s);

      int y = Pictures.drawHeading(g, chart.title(), chart.subtitle(), width, s);

      Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, size(16, s));
      Font axisFont = new Font(Font.SANS_SERIF, Font.BOLD, size(18, s));
      Viewport view = chart.view();
      List<Double> xTicks = Ticks.between(view.xMin(), view.xMax(), 8);
      List<Double> yTicks = Ticks.between(view.yMin(), view.yMax(), 7);
      FontMetrics tickMetrics = g.getFontMetrics(tickFont);
      int yLabelWidth = 0;
      for (double t : yTicks) {
        yLabelWidth = Math.max(yLabelWidth, tickMetrics.stringWidth(Ticks.label(t, yTicks)));
      }
      int legendWidth = (int) Math.round(360 * s);
      int left = pad + g.getFontMetrics(axisFont).getHeight() + (int) (10 * s) + yLabelWidth + (int) (10 * s);
      int top = y + (int) Math.round(30 * s);
      int right = width - pad - legendWidth;
      int bottom = height - pad - g.getFontMetrics(axisFont).getHeight() - tickMetrics.getHeight() - (int) (16 * s);
      int plotWidth = Math.max(10, right - left);
      int plotHeight = Math.max(10, bottom - top);

      g.setColor(new Color(0xFCFCFC));
      g.fillRect(left, top, plotWidth, plotHeight);
      g.setStroke(new BasicStroke((float) Math.max(1, s)));
      g.setFont(tickFont);
      for (double t : xTicks) {
        int px = left + (int) Math.round(view.pixelX(t, plotWidth));
        g.setColor(GRID);
        g.drawLine(px, top, px, top + plotHeight);
        g.setColor(MUTED);
        String label = Ticks.label(t, xTicks);
        g.drawString(label, px - tickMetrics.stringWidth(label) / 2,
            top + plotHeight + (int) (6 * s) + tickMetrics.getAscent());
      }
      for (double t : yTicks) {
        int py = top + (int) Math.round(view.pixelY(t, plotHeight));
        g.setColor(GRID);
        g.drawLine(left, py, left + plotWidth, py);
        g.setColor(MUTED);
        String label = Ticks.label(t, yTicks);
        g.drawString(label, left - (int) (8 * s) - tickMetrics.stringWidth(label),
            py + tickMetrics.getAscent() / 2 - 1);
      }

      int[] pixels = PointRaster.draw(chart.points(), chart.rgbOfNumber(), view, plotWidth, plotHeight, s);
      var users = new BufferedImage(plotWidth, plotHeight, BufferedImage.TYPE_INT_ARGB);
      users.setRGB(0, 0, plotWidth, plotHeight, pixels, 0, plotWidth);
      g.drawImage(users, left, top, null);

      drawCentres(g, chart, left, top, plotWidth, plotHeight, s);
      g.setColor(FRAME);
      g.drawRect(left, top, plotWidth, plotHeight);

      g.setColor(INK);
      g.setFont(axisFont);
      FontMetrics axisMetrics = g.getFontMetrics();
      String xTitle = AxisTitles.of(chart.points().xColumn());
      g.drawString(xTitle, left + (plotWidth - axisMetrics.stringWidth(xTitle)) / 2, height - pad);
      String yTitle = AxisTitles.of(chart.points().yColumn());
      AffineTransform saved = g.getTransform();
      g.rotate(-Math.PI / 2);
      g.drawString(yTitle, -(top + (plotHeight + axisMetrics.stringWidth(yTitle)) / 2),
          pad + axisMetrics.getAscent());
      g.setTransform(saved);

      drawLegend(g, chart, right + (int) (28 * s), top, width - pad - right - (int) (28 * s), s);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void drawCentres(
      Graphics2D g, ScatterChart chart, int left, int top, int plotWidth, int plotHeight, double s) {
    int half = (int) Math.round(9 * s);
    for (int c = 0; c < chart.centres().length; c++) {
      double[] centre = chart.centres()[c];
      if (Double.isNaN(centre[0])) {
        continue;
      }
      int px = left + (int) Math.round(chart.view().pixelX(centre[0], plotWidth));
      int py = top + (int) Math.round(chart.view().pixelY(centre[1], plotHeight));
      if (px < left || px > left + plotWidth || py < top || py > top + plotHeight) {
        continue;
      }
      var diamond = new Polygon(
          new int[] {px, px + half, px, px - half}, new int[] {py - half, py, py + half, py}, 4);
      g.setColor(new Color(chart.legend().get(c).rgb()));
      g.fillPolygon(diamond);
      g.setColor(INK);
      g.setStroke(new BasicStroke((float) (2 * s)));
      g.drawPolygon(diamond);
    }
  }

  private static void drawLegend(Graphics2D g, ScatterChart chart, int x, int y, int width, double s) {
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size(19, s)));
    FontMetrics header = g.getFontMetrics();
    g.drawString("Segments", x, y + header.getAscent());
    int at = y + header.getHeight() + (int) (14 * s);
    Font nameFont = new Font(Font.SANS_SERIF, Font.BOLD, size(17, s));
    Font sizeFont = new Font(Font.SANS_SERIF, Font.PLAIN, size(15, s));
    int swatch = (int) Math.round(16 * s);
    int textLeft = x + swatch + (int) (12 * s);
    for (ScatterChart.LegendEntry entry : chart.legend()) {
      g.setColor(new Color(entry.rgb()));
      g.fill(new Ellipse2D.Double(x, at + 2 * s, swatch, swatch));
      g.setColor(INK);
      g.setFont(nameFont);
      FontMetrics names = g.getFontMetrics();
      Pictures.drawFitted(g, entry.number() + "  " + entry.name(), textLeft, at + names.getAscent(),
          width - (textLeft - x));
      g.setColor(MUTED);
      g.setFont(sizeFont);
      at += names.getHeight();
      g.drawString(entry.sizeText(), textLeft, at + g.getFontMetrics().getAscent());
      at += g.getFontMetrics().getHeight() + (int) (14 * s);
    }
    if (chart.skipped() > 0) {
      g.setColor(MUTED);
      g.setFont(sizeFont);
      Pictures.drawFitted(g, String.format("Left out (missing values): %,d", chart.skipped()),
          x, at + g.getFontMetrics().getAscent(), width);
    }
  }

  static int size(double base, double scale) {
    return Math.max(9, (int) Math.round(base * scale));
  }
}
