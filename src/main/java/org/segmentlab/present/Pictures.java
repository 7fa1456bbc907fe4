// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import java.awt.Color;
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
