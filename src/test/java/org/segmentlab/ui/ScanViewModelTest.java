// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

/** The Choose k tab's view model: when a scan starts, and that it never blocks other commands. */
class ScanViewModelTest {
  private final LaneRunner runner = new LaneRunner();
  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private Preferences node;
  private MainViewModel model;

  @BeforeEach
  void setUp() {
    node = Preferences.userRoot().node("org/segmentlab/scan-test-" + System.nanoTime());
    model = new MainViewModel(runner, dialogs, new AppPreferences(node));
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  @Test
  void onSmallDataShowingTheTabScansByItself() {
    model.openSample();
    model.scan().shown();
    assertNotNull(model.scan().resultProperty().get());
  }

  @Test
  void onLargeDataShowingTheTabWaitsForAClickAndSaysWhy(@TempDir Path folder) throws Exception {
    model.open(TestFiles.generated(folder, 60_000, 3));
    assertEquals(60_000, model.datasetProperty().get().rowCount());
    model.scan().shown();
    assertNull(model.scan().resultProperty().get());
    assertFalse(model.scan().scanningProperty().get());
    String prompt = model.scan().promptProperty().get();
    assertTrue(prompt.startsWith("60,000 users: the scan segments all of them once for each of k = 2 to 10"), prompt);
    assertTrue(prompt.contains("Press Scan to start"), prompt);
  }

  @Test
  void exportingAndOpeningWorkWhileAScanRuns(@TempDir Path folder) throws Exception {
    model.openSample();
    runner.hold("Scanning k");
    model.scan().scan();
    assertTrue(model.scan().scanningProperty().get());
    assertFalse(model.busyProperty().get(), "a scan does not make the app busy");
    assertTrue(model.canRunProperty().get());

    Path labelled = folder.resolve("labelled.csv");
    dialogs.filesToSave.add(labelled);
    model.exportLabelledCsv();
    assertEquals(1000, Files.readAllLines(labelled).size());

    Path other = TestFiles.copy(TestFiles.csv("good/reordered-extra.csv"), folder);
    model.open(other);
    assertEquals(other, model.datasetProperty().get().file());
    assertFalse(model.scan().scanningProperty().get(), "the scan of the old data stops");
    runner.runHeld();
    assertNull(model.scan().resultProperty().get(), "no scan of the old data is shown");
    assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
  }

  @Test
  void newDataClearsTheOldRecommendationAtOnce(@TempDir Path folder) throws Exception {
    model.openSample();
    model.scan().scan();
    assertNotNull(model.scan().resultProperty().get());
    model.open(TestFiles.copy(TestFiles.csv("good/reordered-extra.csv"), folder));
    assertNull(model.scan().resultProperty().get());
  }

  @Test
  void cancelStopsAScanWhenNothingElseRuns() {
    model.openSample();
    runner.hold("Scanning k");
    model.scan().scan();
    assertTrue(model.somethingRunningProperty().get());
    model.cancel();
    assertFalse(model.scan().scanningProperty().get());
    runner.runHeld();
    assertNull(model.scan().resultProperty().get());
    assertTrue(model.statusProperty().get().startsWith("Scanning k cancelled"), model.statusProperty().get());
    assertFalse(model.somethingRunningProperty().get());
  }
}
