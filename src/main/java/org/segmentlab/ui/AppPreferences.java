// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentationSettings;

/** What the app remembers between launches: window size, last folder and last run settings. */
public final class AppPreferences {
  private final Preferences node;

  public AppPreferences(Preferences node) {
    this.node = node;
  }

  /** The user's own preferences for SegmentLab. */
  public static AppPreferences forUser() {
    return new AppPreferences(Preferences.userRoot().node("org/segmentlab"));
  }

  public Path lastFolder() {
    Path folder = Path.of(node.get("lastFolder", System.getProperty("user.home")));
    return Files.isDirectory(folder) ? folder : Path.of(System.getProperty("user.home"));
  }

  public void lastFolder(Path folder) {
    node.put("lastFolder", folder.toAbsolutePath().toString());
  }

  public int k() {
    return node.getInt("k", SegmentationSettings.DEFAULT_K);
  }

  public Scaling scaling() {
    return Scaling.fromId(node.get("scaling", Scaling.MIN_MAX.id())).orElse(Scaling.MIN_MAX);
  }

  public long seed() {
    return node.getLong("seed", SegmentationSettings.DEFAULT_SEED);
  }

  public int restarts() {
    return node.getInt("restarts", SegmentationSettings.DEFAULT_RESTARTS);
  }

  public void runSettings(int k, Scaling scaling, long seed, int restarts) {
    node.putInt("k", k);
    node.put("scaling", scaling.id());
    node.putLong("seed", seed);
    node.putInt("restarts", restarts);
  }

  public double windowWidth() {
    return node.getDouble("windowWidth", WindowPlacement.DEFAULT_WIDTH);
  }

  public double windowHeight() {
    return node.getDouble("windowHeight", WindowPlacement.DEFAULT_HEIGHT);
  }

  /** The window's left edge when it was last closed; NaN if never remembered. */
  public double windowX() {
    return node.getDouble("windowX", Double.NaN);
  }

  /** The window's top edge when it was last closed; NaN if never remembered. */
  public double windowY() {
    return node.getDouble("windowY", Double.NaN);
  }

  public void windowSize(double width, double height) {
    node.putDouble("windowWidth", width);
    node.putDouble("windowHeight", height);
  }

  public void windowBounds(double x, double y, double width, double height) {
    node.putDouble("windowX", x);
    node.putDouble("windowY", y);
    windowSize(width, height);
  }
}
