// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** The side panel's choices as a product manager meets them: typed values, bad cells, ids, stale results. */
class SetupChoicesTest {
  private static final String SPEND = SegmentationSettings.SPEND;
  private static final String MINUTES = SegmentationSettings.MINUTES;
  private final ImmediateRunner runner = new ImmediateRunner();
  private final ScriptedDialogs dialogs = new ScriptedDialogs();
  private Preferences node;
  private MainViewModel model;

  @BeforeEach
  void setUp() {
    node = Preferences.userRoot().node("org/segmentlab/setup-test-" + System.nanoTime());
    model = new MainViewModel(runner, dialogs, new AppPreferences(node));
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  /** Thirty users; spend holds "abc" on line 5. Screen time and a 0/1 review flag are also numeric. */
  static Path strayCellFile(Path folder) throws Exception {
    var lines = new StringBuilder("userid,Average Screen Time,Average Spent on App (INR),Left Review,"
        + "Last Visited Minutes\n");
    for (int i = 0; i < 30; i++) {
      lines.append(1001 + i).append(',').append(5 + i % 9).append(',').append(i == 3 ? "abc" : 100 + 41 * i)
          .append(',').append(i % 2).append(',').append(i % 3 == 0 ? 20_000 + 90 * i : 70 * i).append('\n');
    }
    Path file = folder.resolve("stray.csv");
    Files.writeString(file, lines);
    return file;
  }

  @Test
  void countsAreGroupedInThePanelAndStatus(@TempDir Path folder) throws Exception {
    model.open(org.segmentlab.testing.TestFiles.generated(folder, 12_345, 3));
    assertTrue(model.setup().summaryProperty().get().contains("12,345 users"), model.setup().summaryProperty().get());
    assertTrue(model.statusProperty().get().startsWith("Segmented 12,345 users into 4 segments"),
        model.statusProperty().get());
  }

  @Test
  void typedKSeedAndRestartsAreValidatedNeverClampedAndNeverRun() {
    model.openSample();
    var before = model.segmentationProperty().get();
    SetupViewModel setup = model.setup();
    setup.kTextProperty().set("25");
    assertEquals("k must be a whole number from 2 to 20 (it is \"25\").", setup.kMessageProperty().get());
    assertEquals("25", setup.kTextProperty().get(), "what was typed stays");
    assertFalse(model.canRunProperty().get());
    model.run();
    assertSame(before, model.segmentationProperty().get(), "an invalid k never runs");
    setup.kTextProperty().set("abc");
    assertEquals("k must be a whole number from 2 to 20 (it is \"abc\").", setup.kMessageProperty().get());
    assertFalse(model.canRunProperty().get());
    setup.kTextProperty().set("3");
    assertEquals("", setup.kMessageProperty().get());
    assertEquals(3, setup.kProperty().get());

    setup.restartsTextProperty().set("0");
    assertEquals("Restarts must be a whole number from 1 to 200 (it is \"0\").", setup.restartsMessageProperty().get());
    assertFalse(model.canRunProperty().get());
    setup.restartsTextProperty().set("ten");
    assertFalse(model.canRunProperty().get());
    setup.restartsTextProperty().set("5");
    setup.seedProperty().set("4.2");
    assertEquals("The seed must be a whole number.", setup.seedMessageProperty().get());
    assertFalse(model.canRunProperty().get());
    setup.seedProperty().set("7");
    assertTrue(model.canRunProperty().get());
    model.run();
    assertEquals(new SegmentationSettings(List.of(MINUTES, SPEND), 3, Scaling.MIN_MAX, 7, 5),
        model.segmentationProperty().get().settings());
  }

  @Test
  void aStrayCellIsShownAndTheAppWaitsInsteadOfSwitchingFeatures(@TempDir Path folder) throws Exception {
    model.open(strayCellFile(folder));
    SetupViewModel setup = model.setup();
    assertEquals(List.of(MINUTES, SPEND), setup.features(), "the chosen features stay; nothing else is picked");
    assertEquals(SPEND + ": 1 cell is not a number — line 5: \"abc\"", setup.textCellsProperty().get());
    assertTrue(setup.featuresMessageProperty().get().contains("Tick \"Leave these users out\""),
        setup.featuresMessageProperty().get());
    assertFalse(model.canRunProperty().get());
    assertNull(model.segmentationProperty().get(), "nothing ran on its own");
    assertTrue(model.statusProperty().get().contains("Not segmented"), model.statusProperty().get());
  }

  @Test
  void leavingOutTheUsersCountsThemAndKeepsThemInTheExport(@TempDir Path folder) throws Exception {
    model.open(strayCellFile(folder));
    model.setup().leaveOutTextCellsProperty().set(true);
    String summary = model.setup().summaryProperty().get();
    assertTrue(summary.contains("1 user will be left out: 1 for cells that are not numbers"), summary);
    assertTrue(model.canRunProperty().get());
    model.setup().kTextProperty().set("2");
    model.run();
    var result = model.segmentationProperty().get();
    assertEquals(29, result.clustered());
    assertEquals(1, result.matrix().skippedForText());
    assertTrue(model.statusProperty().get().contains("1 left out for cells that are not numbers"),
        model.statusProperty().get());
    Path target = folder.resolve("labelled.csv");
    dialogs.filesToSave.add(target);
    model.exportLabelledCsv();
    List<String> rows = Files.readAllLines(target);
    assertEquals(31, rows.size());
    assertEquals("1004,8,abc,1,20270,,", rows.get(4));
  }

  @Test
  void unusableDefaultFeaturesAreExplainedAndNothingElseIsChosen(@TempDir Path folder) throws Exception {
    var lines = new StringBuilder("userid,Average Screen Time,Average Spent on App (INR),Last Visited Minutes\n");
    for (int i = 0; i < 20; i++) {
      lines.append(1001 + i).append(',').append(5 + i % 9).append(",\"").append(1 + i % 3).append(",").append(100 + i)
          .append("\",").append(60 * i).append('\n');
    }
    Path file = folder.resolve("thousands.csv");
    Files.writeString(file, lines);
    model.open(file);
    SetupViewModel setup = model.setup();
    assertEquals(List.of(), setup.features());
    assertTrue(setup.featuresMessageProperty().get().startsWith(
        SPEND + " cannot be a feature: it holds text, for example line 2: \"1,100\"."),
        setup.featuresMessageProperty().get());
    assertFalse(model.canRunProperty().get());
    assertNull(model.segmentationProperty().get());
  }

  @Test
  void identifierColumnsAreNotChosenByDefaultAndWarnWhenTicked(@TempDir Path folder) throws Exception {
    var lines = new StringBuilder("userid,account_number,Ratings,Average Screen Time\n");
    for (int i = 0; i < 40; i++) {
      lines.append(5000 + i).append(',').append(900_000 + 17 * i).append(',').append(i % 10).append(',')
          .append(3 + i % 7).append('\n');
    }
    Path file = folder.resolve("ids.csv");
    Files.writeString(file, lines);
    model.open(file);
    SetupViewModel setup = model.setup();
    assertEquals(List.of("Ratings", "Average Screen Time"), setup.features());
    assertEquals("", setup.identifierWarningProperty().get());
    setup.features().add(0, "account_number");
    assertEquals("account_number looks like an identifier: segments on it follow user numbers, not behaviour. "
        + "Untick it unless you mean that.", setup.identifierWarningProperty().get());
    assertTrue(model.canRunProperty().get(), "a warning, not a block");
  }

  @Test
  void changedSettingsSayTheResultIsOutOfDateAndExportsSayWhatTheyReflect(@TempDir Path folder) throws Exception {
    model.openSample();
    assertEquals("", model.outdatedProperty().get());
    String onScreen = "k = 4 · Min-max scaling · seed 42 · 10 restarts · Last Visited Minutes × Spend";
    assertEquals(onScreen, model.resultSettingsProperty().get());
    assertEquals("Segments of userbehaviour.csv — " + onScreen, model.chartTitleProperty().get());
    model.setup().scalingProperty().set(Scaling.ROBUST);
    assertEquals("Settings changed — Run to update. On screen: " + onScreen + ".", model.outdatedProperty().get());
    model.setup().scalingProperty().set(Scaling.MIN_MAX);
    assertEquals("", model.outdatedProperty().get(), "back to the settings on screen");
    model.setup().kTextProperty().set("3");
    assertTrue(model.outdatedProperty().get().startsWith("Settings changed"));
    model.setup().features().remove(SPEND);
    assertTrue(model.outdatedProperty().get().startsWith("Settings changed"));

    Path target = folder.resolve("profile.csv");
    dialogs.filesToSave.add(target);
    model.exportProfileCsv();
    assertEquals("Exported profile CSV to profile.csv (" + onScreen + ").", model.statusProperty().get());
    assertEquals("Segments of userbehaviour.csv — " + onScreen, model.chartTitleProperty().get(),
        "the image title follows the result on screen, not the panel");

    model.run();
    assertEquals("", model.outdatedProperty().get());
    assertTrue(model.chartTitleProperty().get().endsWith("k = 3 · Min-max scaling · seed 42 · 10 restarts · "
        + "Last Visited Minutes"), model.chartTitleProperty().get());
  }
}
