// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** What every picture shares: rendering quality, a white page, text that fits, PNG bytes. */
public final class Pictures {
  private Pictures() {}

  static void prepare(Graphics2D g, int width, int height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  /**
   * Draws a picture's title and the line under it at the top left, at a scale of a 1600 x 1000
   * picture; returns the baseline of the line under the title.
   */
  static int drawHeading(Graphics2D g, String title, String subtitle, int width, double scale) {
    int pad = (int) Math.round(28 * scale);
    g.setColor(new Color(0x222222));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, ScatterPicture.size(30, scale)));
    int y = pad + g.getFontMetrics().getAscent();
    drawFitted(g, title, pad, y, width - 2 * pad);
    g.setColor(new Color(0x555555));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, ScatterPicture.size(17, scale)));
    y += g.getFontMetrics().getHeight() + (int) (6 * scale);
    drawFitted(g, subtitle, pad, y, width - 2 * pad);
    return y;
  }

  /** Draws text, shortened with an ellipsis only when it is wider than {@code maxWidth}. */
  static void drawFitted(Graphics2D g, String text, int x, int baseline, int maxWidth) {
    FontMetrics metrics = g.getFontMetrics();
    String shown = text;
    if (metrics.stringWidth(shown) > maxWidth) {
      int end = shown.length();
      while (end > 0 && metrics.stringWidth(shown.substring(0, end) + "…") > maxWidth) {
        end--;
      }
      shown = shown.substring(0, end) + "…";
    }
    g.drawString(shown, x, baseline);
  }

  /** The picture as PNG bytes. */
  public static byte[] png(BufferedImage image) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
