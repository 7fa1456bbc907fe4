// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.testing;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.segmentlab.data.SampleData;

/** Finds the test corpus and the bundled sample, and generates users for tests. */
public final class TestFiles {
  private TestFiles() {}

  /** A file under src/test/resources/csv. */
  public static Path csv(String name) {
    try {
      return Path.of(TestFiles.class.getResource("/csv/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test file " + name, e);
    }
  }

  /** The bundled sample a new user sees first. */
  public static Path sample() {
    Path path = Path.of("sample-data", "userbehaviour.csv").toAbsolutePath();
    if (!Files.exists(path)) {
      throw new IllegalStateException("run the tests from the project folder: " + path + " is missing");
    }
    return path;
  }

  /** A copy of a file in a folder of the test's own. */
  public static Path copy(Path source, Path folder) throws IOException {
    return Files.copy(source, folder.resolve(source.getFileName()));
  }

  /** Generates users with the sample's columns. */
  public static Path generated(Path folder, long rows, long seed) throws IOException {
    Path file = folder.resolve("users-" + rows + "-" + seed + ".csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      SampleData.write(out, rows, seed);
    }
    return file;
  }
}
