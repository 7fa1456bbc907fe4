// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of SegmentLab and of the libraries that decide its results, from the build. */
public final class Versions {
  private static final Properties BUILD = load();

  private Versions() {}

  public static String app() {
    return BUILD.getProperty("app", "dev");
  }

  public static String tablesaw() {
    return BUILD.getProperty("tablesaw", "unknown");
  }

  public static String smile() {
    return BUILD.getProperty("smile", "unknown");
  }

  public static String javafx() {
    return BUILD.getProperty("javafx", "unknown");
  }

  public static String java() {
    return System.getProperty("java.version");
  }

  private static Properties load() {
    var properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
