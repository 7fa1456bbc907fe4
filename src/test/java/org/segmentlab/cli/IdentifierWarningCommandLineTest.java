// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

class IdentifierWarningCommandLineTest {

  @Test
  void segmentingOnTheUserIdIsWarnedAbout(@TempDir Path folder) throws Exception {
    Path input = TestFiles.copy(TestFiles.sample(), folder);
    var withId = CommandLineTest.run("segment", input.toString(), "-f", "userid,Ratings", "-k", "3");
    assertEquals(0, withId.code(), withId.err());
    assertTrue(withId.out().contains("warning \"userid\" looks like an identifier: segments on it follow user numbers,"
        + " not behaviour"), withId.out());
    var without = CommandLineTest.run("segment", input.toString(), "-k", "3");
    assertFalse(without.out().contains("identifier"), without.out());
  }
}
