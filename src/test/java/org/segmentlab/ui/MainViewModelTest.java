// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.testing.TestFiles;

/** The view model without a JavaFX toolkit: work runs on the test thread. */
class MainViewModelTest {
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

  @Test
  void openingTheSampleSegmentsItWithTheDefaults() {
    model.openSample();
    var result = model.segmentationProperty().get();
    assertNotNull(result);
    assertEquals(List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND), model.setup().features());
    assertEquals(4, result.segments().size());
    assertEquals(Scaling.MIN_MAX, result.settings().scaling());
    assertEquals("SegmentLab — userbehaviour.csv", model.titleProperty().get());
    assertEquals(SegmentationSettings.MINUTES, model.xAxisProperty().get());
    assertEquals(SegmentationSettings.SPEND, model.yAxisProperty().get());
    assertTrue(model.setup().summaryProperty().get().contains("999 users"), model.setup().summaryProperty().get());
    assertFalse(model.busyProperty().get());
  }

  @Test
  void invalidChoicesAreExplainedAndDisableRun() {
    model.openSample();
    assertTrue(model.canRunProperty().get());
    model.setup().seedProperty().set("forty-two");
    assertEquals("The seed must be a whole number.", model.setup().validationProperty().get());
    assertFalse(model.canRunProperty().get());
    model.setup().seedProperty().set("7");
    model.setup().features().clear();
    assertEquals("Choose at least one feature column.", model.setup().validationProperty().get());
    model.setup().features().add("Ratings");
    assertTrue(model.canRunProperty().get());
  }

  @Test
  void aFileThatCannotBeUsedKeepsThePreviousDataAndExplainsWhere() {
    model.openSample();
    var before = model.segmentationProperty().get();
    model.open(TestFiles.csv("bad/wrong-field-count.csv"));
    assertEquals(1, dialogs.errors.size());
    assertTrue(dialogs.errors.get(0).contains("wrong-field-count.csv, line 4"), dialogs.errors.get(0));
    assertSame(before, model.segmentationProperty().get());
    assertEquals("userbehaviour.csv", model.datasetProperty().get().file().getFileName().toString());
  }

  @Test
  void aCancelledRunKeepsThePreviousResult() {
    model.openSample();
    var before = model.segmentationProperty().get();
    model.setup().kProperty().set(6);
    runner.hold();
    model.run();
    assertTrue(model.busyProperty().get());
    model.cancel();
    runner.runHeld();
    assertSame(before, model.segmentationProperty().get());
    assertFalse(model.busyProperty().get());
    assertTrue(model.statusProperty().get().contains("cancelled"), model.statusProperty().get());
    assertTrue(dialogs.errors.isEmpty());
  }

  @Test
  void renamedSegmentsAreExported(@TempDir Path folder) throws Exception {
    model.openSample();
    assertTrue(model.rename(1, "Core Fans"));
    Path target = folder.resolve("labelled.csv");
    dialogs.filesToSave.add(target);
    model.exportLabelledCsv();
    long fans = Files.readAllLines(target).stream().filter(l -> l.endsWith(",Core Fans")).count();
    assertEquals(model.segmentationProperty().get().segment(1).size(), fans);
    assertFalse(model.rename(2, "core fans"), "names stay unique");
    assertEquals(1, dialogs.errors.size());
  }

  @Test
  void profileAndChartImageAreSavedWhereTheUserChose(@TempDir Path folder) throws Exception {
    model.openSample();
    Path profile = folder.resolve("profile.csv");
    Path image = folder.resolve("chart.png");
    dialogs.filesToSave.add(profile);
    model.exportProfileCsv();
    dialogs.filesToSave.add(image);
    model.saveChartPng(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertEquals(5, Files.readAllLines(profile).size());
    assertEquals(4, Files.size(image));
    assertEquals(folder, new AppPreferences(node).lastFolder(), "the last folder is remembered");
  }

  @Test
  void lastSettingsAreRememberedForTheNextLaunch() {
    model.openSample();
    model.setup().kProperty().set(5);
    model.setup().scalingProperty().set(Scaling.ROBUST);
    model.run();
    var next = new MainViewModel(runner, dialogs, new AppPreferences(node));
    assertEquals(5, next.setup().kProperty().get());
    assertEquals(Scaling.ROBUST, next.setup().scalingProperty().get());
  }

  @Test
  void aRenamedSegmentKeepsItsNameAndColourWhenReRunWithAnotherSeed() {
    model.openSample();
    var first = model.segmentationProperty().get();
    int identity = first.segment(3).identity();
    int size = first.segment(3).size();
    model.rename(3, "Win-back list");
    model.setup().seedProperty().set("1234");
    model.run();
    var again = model.segmentationProperty().get();
    assertTrue(again != first);
    var kept = again.segments().stream().filter(p -> p.name().equals("Win-back list")).findFirst().orElseThrow();
    assertEquals(identity, kept.identity(), "the same colour");
    assertEquals(size, kept.size(), 5, "the same group of users");
  }

  @Test
  void theScanRecommendsAKAndApplyingItRuns() {
    model.openSample();
    model.scan().fromProperty().set(2);
    model.scan().toProperty().set(5);
    model.scan().scan();
    var scan = model.scan().resultProperty().get();
    assertEquals(4, scan.rows().size());
    model.scan().apply(scan.bestK());
    assertEquals(scan.bestK(), model.segmentationProperty().get().segments().size());
  }

  @Test
  void autoKLetsXMeansChoose() {
    model.openSample();
    model.setup().autoKProperty().set(true);
    model.run();
    int chosen = model.segmentationProperty().get().segments().size();
    assertTrue(chosen >= 2 && chosen <= SetupViewModel.MAX_K, "k = " + chosen);
    assertEquals(chosen, model.setup().kProperty().get(), "the spinner shows the k X-means chose");
  }

  @Test
  void unscaledMinutesSwampSpendAndTheUserIsWarned() {
    model.openSample();
    assertEquals("", model.setup().dominanceProperty().get());
    model.setup().scalingProperty().set(Scaling.NONE);
    assertTrue(model.setup().dominanceProperty().get().startsWith("\"Last Visited Minutes\" makes up 99."),
        model.setup().dominanceProperty().get());
    assertTrue(model.setup().weightsProperty().get().startsWith("Weight in distances: Last Visited Minutes 100 %"),
        model.setup().weightsProperty().get());
  }

  @Test
  void stabilityIsCheckedOnDemand() {
    model.openSample();
    model.checkStability();
    var stability = model.stabilityProperty().get();
    assertEquals("stable", stability.badge(), stability.describe());
    model.setup().kProperty().set(5);
    model.run();
    assertEquals(null, model.stabilityProperty().get(), "a new run clears the old figures");
  }

  @Test
  void nothingNewStartsWhileARunIsUnderWay() {
    model.openSample();
    var before = model.datasetProperty().get();
    runner.hold();
    model.run();
    model.open(TestFiles.csv("good/quotes-newlines.csv"));
    assertSame(before, model.datasetProperty().get());
    assertTrue(model.statusProperty().get().startsWith("Still working"), model.statusProperty().get());
    runner.runHeld();
    assertFalse(model.busyProperty().get());
  }
}
