// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two columns sharing a name are both offered in the app's feature list, each with its position. */
class DuplicateColumnsInTheAppTest {
  private final Preferences node = Preferences.userRoot().node("org/segmentlab/test-" + System.nanoTime());

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  @Test
  void theFeatureListShowsBothColumnsWithTheirPositions(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("twice.csv");
    Files.writeString(file, """
        userid,Last Visited Minutes,Average Spent on App (INR),Ratings,Average Spent on App (INR)
        1,100,5,1,500
        2,200,6,2,600
        3,300,7,3,700
        4,400,8,4,800
        5,500,9,5,900
        """);
    var model = new MainViewModel(new ImmediateRunner(), new ScriptedDialogs(), new AppPreferences(node));
    model.open(file);
    assertEquals(List.of("userid", "Last Visited Minutes", "Average Spent on App (INR) (column 3)", "Ratings",
        "Average Spent on App (INR) (column 5)"), model.numericColumns());
  }
}
