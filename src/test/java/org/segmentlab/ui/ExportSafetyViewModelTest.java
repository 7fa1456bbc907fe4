// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app asks before replacing a file, refuses formula-like names, and exports Excel-safe on request. */
class ExportSafetyViewModelTest {
  private final ImmediateRunner runner = new ImmediateRunner();
  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private Preferences node;
  private MainViewModel model;

  @BeforeEach
  void setUp() {
    node = Preferences.userRoot().node("org/segmentlab/test-" + System.nanoTime());
    model = new MainViewModel(runner, dialogs, new AppPreferences(node));
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  private Path hostile(Path folder) throws Exception {
    var text = new StringBuilder("userid,Note,Average Spent on App (INR),Last Visited Minutes\n");
    for (int i = 0; i < 40; i++) {
      text.append(1000 + i).append(',').append(i % 10 == 0 ? "=1+2" : "fine").append(',')
          .append(i % 2 == 0 ? 900 + i : 10 + i).append(',').append(i % 2 == 0 ? 5 + i : 4000 + i).append('\n');
    }
    return Files.writeString(folder.resolve("hostile.csv"), text);
  }

  @Test
  void replacingAnExistingFileIsAskedFirstAndDecliningKeepsIt(@TempDir Path folder) throws Exception {
    model.openSample();
    Path existing = Files.writeString(folder.resolve("campaign.csv"), "keep me");
    dialogs.agreeToReplace = false;
    dialogs.filesToSave.add(existing);
    model.exportLabelledCsv();
    assertEquals(List.of(existing), dialogs.replaceQuestions);
    assertEquals("keep me", Files.readString(existing));
    assertEquals("Not saved: campaign.csv was kept as it is.", model.statusProperty().get());
    dialogs.agreeToReplace = true;
    dialogs.filesToSave.add(existing);
    model.exportLabelledCsv();
    assertEquals(1000, Files.readAllLines(existing).size());
    Path fresh = folder.resolve("profile.csv");
    dialogs.filesToSave.add(fresh);
    model.exportProfileCsv();
    assertEquals(2, dialogs.replaceQuestions.size(), "a new file is written without asking");
    assertTrue(Files.exists(fresh));
  }

  @Test
  void anExcelSafeExportSaysHowManyCellsItChanged(@TempDir Path folder) throws Exception {
    model.open(hostile(folder));
    assertTrue(model.segmentationProperty().get() != null, dialogs.errors.toString());
    model.excelSafeProperty().set(true);
    Path out = folder.resolve("safe.csv");
    dialogs.filesToSave.add(out);
    model.exportLabelledCsv();
    // the status also says which settings the file reflects
    assertTrue(model.statusProperty().get().startsWith(
        "Exported Excel-safe labelled CSV (4 cells starting like a formula changed) to safe.csv (k = 4 · "),
        model.statusProperty().get());
    assertEquals(4, Files.readAllLines(out).stream().filter(l -> l.contains(",'=1+2,")).count());
  }

  @Test
  void aRenameToAFormulaIsRefusedWithAReason() {
    model.openSample();
    String before = model.segmentationProperty().get().segment(1).name();
    assertFalse(model.rename(1, "=HYPERLINK(\"http://evil.example\")"));
    assertEquals(before, model.segmentationProperty().get().segment(1).name());
    assertEquals(List.of("Name not changed: The segment keeps its name: a segment name cannot start with =, +, - or @"
        + " (a spreadsheet would run it as a formula)."), dialogs.errors);
  }
}
