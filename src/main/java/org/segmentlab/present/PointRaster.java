// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

/**
 * Draws users as small anti-aliased discs into a pixel buffer (0xAARRGGBB, transparent where no
 * user is). Pure computation, no toolkit: the window, the command line's {@code --chart} and reports
 * all draw through it, so what is exported is what was seen.
 *
 * <p>Discs are translucent when users crowd: the opacity falls as the discs would cover the plot
 * many times over, so a dense region reads darker than a sparse one instead of one solid block.
 */
public final class PointRaster {
  /** Opacity of a user's disc when users are few. */
  static final double FULL_OPACITY = 0.85;
  /** Opacity never falls below this, so a lone user stays visible. */
  static final double FLOOR_OPACITY = 0.06;

  private PointRaster() {}

  /** Disc radius in pixels at scale 1: large for a few hundred users, small for millions. */
  public static double radius(int users) {
    return users <= 2_000 ? 4 : users <= 20_000 ? 3 : users <= 200_000 ? 2 : 1.5;
  }

  /** Opacity of each disc for this many users on a plot of this many pixels. */
  public static double opacity(int users, double radius, int width, int height) {
    double coverage = users * Math.PI * radius * radius / Math.max(1.0, (double) width * height);
    return coverage <= 0.3 ? FULL_OPACITY : Math.max(FLOOR_OPACITY, FULL_OPACITY * 0.3 / coverage);
  }

  /**
   * The users of {@code points} inside {@code view}, drawn into a new {@code width x height}
   * buffer, in file order, each in {@code rgbOfNumber[its segment number]} (index 0: users left
   * out). {@code scale} enlarges the discs for a high-resolution image.
   */
  public static int[] draw(
      ScatterPoints points, int[] rgbOfNumber, Viewport view, int width, int height, double scale) {
    int[] pixels = new int[width * height];
    double radius = radius(points.size()) * scale;
    double opacity = opacity(points.size(), radius, width, height);
    double[][] stamp = stamp(radius);
    int reach = stamp.length / 2;
    for (int i = 0; i < points.size(); i++) {
      double px = view.pixelX(points.x()[i], width);
      double py = view.pixelY(points.y()[i], height);
      if (px < -reach || py < -reach || px > width + reach || py > height + reach) {
        continue;
      }
      int cx = (int) Math.floor(px);
      int cy = (int) Math.floor(py);
      int rgb = rgbOfNumber[points.segment()[i]];
      for (int dy = -reach; dy <= reach; dy++) {
        int row = cy + dy;
        if (row < 0 || row >= height) {
          continue;
        }
        for (int dx = -reach; dx <= reach; dx++) {
          int col = cx + dx;
          double cover = stamp[dy + reach][dx + reach];
          if (col < 0 || col >= width || cover == 0) {
            continue;
          }
          int at = row * width + col;
          pixels[at] = over(rgb, cover * opacity, pixels[at]);
        }
      }
    }
    return pixels;
  }

  /** Coverage of each pixel around a disc's centre, by 4 x 4 supersampling. */
  static double[][] stamp(double radius) {
    int reach = (int) Math.ceil(radius) + 1;
    double[][] stamp = new double[2 * reach + 1][2 * reach + 1];
    for (int dy = -reach; dy <= reach; dy++) {
      for (int dx = -reach; dx <= reach; dx++) {
        int inside = 0;
        for (int sy = 0; sy < 4; sy++) {
          for (int sx = 0; sx < 4; sx++) {
            // the disc's centre is the middle of its centre pixel
            double ox = dx + (sx + 0.5) / 4 - 0.5;
            double oy = dy + (sy + 0.5) / 4 - 0.5;
            if (ox * ox + oy * oy <= radius * radius) {
              inside++;
            }
          }
        }
        stamp[dy + reach][dx + reach] = inside / 16.0;
      }
    }
    return stamp;
  }

  /** Source colour at {@code alpha} over a non-premultiplied ARGB pixel. */
  static int over(int rgb, double alpha, int below) {
    double belowAlpha = (below >>> 24) / 255.0;
    double outAlpha = alpha + belowAlpha * (1 - alpha);
    if (outAlpha <= 0) {
      return 0;
    }
    int r = blend((rgb >> 16) & 0xFF, alpha, (below >> 16) & 0xFF, belowAlpha, outAlpha);
    int g = blend((rgb >> 8) & 0xFF, alpha, (below >> 8) & 0xFF, belowAlpha, outAlpha);
    int b = blend(rgb & 0xFF, alpha, below & 0xFF, belowAlpha, outAlpha);
    int a = (int) Math.round(outAlpha * 255);
    return a << 24 | r << 16 | g << 8 | b;
  }

  private static int blend(int top, double topAlpha, int bottom, double bottomAlpha, double outAlpha) {
    return (int) Math.round((top * topAlpha + bottom * bottomAlpha * (1 - topAlpha)) / outAlpha);
  }
}
