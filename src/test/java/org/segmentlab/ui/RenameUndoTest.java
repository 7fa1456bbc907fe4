// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

/** Renames can be taken back and done again, within one run's segments. */
class RenameUndoTest {
  private final ImmediateRunner runner = new ImmediateRunner();
  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private Preferences node;
  private MainViewModel model;

  @BeforeEach
  void setUp() {
    node = Preferences.userRoot().node("org/segmentlab/undo-test-" + System.nanoTime());
    model = new MainViewModel(runner, dialogs, new AppPreferences(node));
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  private String name(int number) {
    return model.segmentationProperty().get().segment(number).name();
  }

  @Test
  void undoTakesBackRenamesOneByOneAndRedoDoesThemAgain() {
    String first = name(1);
    model.rename(1, "Core Fans");
    model.rename(1, "Loyal Core");
    assertEquals("Undo rename \"Core Fans\" to \"Loyal Core\"", model.undoTextProperty().get());
    model.undoRename();
    assertEquals("Core Fans", name(1));
    model.undoRename();
    assertEquals(first, name(1));
    assertEquals("", model.undoTextProperty().get(), "nothing left to undo");
    assertEquals("Redo rename \"" + first + "\" to \"Core Fans\"", model.redoTextProperty().get());
    model.redoRename();
    assertEquals("Core Fans", name(1));
    assertTrue(model.statusProperty().get().startsWith("Redid rename"), model.statusProperty().get());
  }

  @Test
  void anUndoneNameIsNotCarriedIntoTheNextRun() {
    model.rename(1, "Core Fans");
    model.undoRename();
    model.setup().seedProperty().set("7");
    model.run();
    assertTrue(model.segmentationProperty().get().segments().stream().noneMatch(s -> s.name().equals("Core Fans")));
    assertEquals("", model.undoTextProperty().get(), "a new run starts a new history");
  }

  @Test
  void newDataForgetsTheRenames(@TempDir Path folder) throws Exception {
    model.rename(2, "Win-back list");
    model.open(TestFiles.copy(TestFiles.csv("good/reordered-extra.csv"), folder));
    assertEquals("", model.undoTextProperty().get());
    model.undoRename();
    assertTrue(model.segmentationProperty().get() == null
        || model.segmentationProperty().get().segments().stream().noneMatch(s -> s.name().equals("Win-back list")));
  }
}
