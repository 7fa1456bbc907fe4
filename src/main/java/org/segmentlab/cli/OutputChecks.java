// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.segmentlab.data.DataException;

/** Checks made before any work, so a run that cannot write its outputs fails at once with exit 2. */
final class OutputChecks {
  private OutputChecks() {}

  static void check(Path input, List<Path> outputs) throws DataException, IOException {
    for (Path output : outputs) {
      if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
        throw DataException.inFile(output, "this is the input file; choose another output name.");
      }
      Path folder = output.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        throw DataException.inFile(output, "its folder " + folder + " does not exist; create it or choose another.");
      }
      if (Files.isDirectory(output)) {
        throw DataException.inFile(output, "this is a folder; give a file name.");
      }
    }
  }
}
