// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.nio.file.Path;

/** The names SegmentLab suggests for what it writes, so both faces suggest the same ones. */
public final class OutputNames {
  private OutputNames() {}

  /** The file name without its extension: "users" for "users.csv". */
  public static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The labelled CSV's default: beside the input, named after it, "users-segments.csv". */
  public static String labelledCsv(Path input) {
    return stem(input) + "-segments.csv";
  }

  /** The profile CSV's default name, "users-profile.csv". */
  public static String profileCsv(Path input) {
    return stem(input) + "-profile.csv";
  }
}
