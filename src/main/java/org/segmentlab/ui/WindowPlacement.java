// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: the remembered size and position, kept inside the visible part of
 * the screen (without the task bar or menu bar), so a window remembered on a larger screen never
 * opens with its menu above the screen or its status bar below it.
 */
final class WindowPlacement {
  static final double DEFAULT_WIDTH = 1280;
  static final double DEFAULT_HEIGHT = 820;

  private WindowPlacement() {}

  /**
   * The window's bounds on {@code screen}: the remembered size (or the default) no larger than the
   * screen, at the remembered position moved as little as needed to be inside it, or centred when
   * no position is remembered.
   */
  static Rectangle2D fit(double width, double height, double x, double y, Rectangle2D screen) {
    double w = Math.min(valid(width) ? width : DEFAULT_WIDTH, screen.getWidth());
    double h = Math.min(valid(height) ? height : DEFAULT_HEIGHT, screen.getHeight());
    double left = Double.isFinite(x) ? x : screen.getMinX() + (screen.getWidth() - w) / 2;
    double top = Double.isFinite(y) ? y : screen.getMinY() + (screen.getHeight() - h) / 2;
    left = Math.max(screen.getMinX(), Math.min(left, screen.getMaxX() - w));
    top = Math.max(screen.getMinY(), Math.min(top, screen.getMaxY() - h));
    return new Rectangle2D(left, top, w, h);
  }

  private static boolean valid(double size) {
    return Double.isFinite(size) && size >= 200;
  }
}
