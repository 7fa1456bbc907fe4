// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.testing.TestFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long work in the real window: Esc cancels it wherever the focus is, and a k scan on large data
 * waits to be asked for and leaves every other command usable while it runs. Long runs are held
 * at a gate by the runner, so no test waits for a million users.
 */
@ExtendWith(ApplicationExtension.class)
class LongRunWindowTest {
  private final GatedRunner runner = new GatedRunner();
  private MainViewModel model;
  private MainView view;
  private ScriptedDialogs dialogs;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/long-run-test-" + System.nanoTime());
    dialogs = new ScriptedDialogs(new FxDialogs(stage));
    model = new MainViewModel(runner, dialogs, new AppPreferences(node));
    var scene = SegmentLabApp.createScene(model, 1280, 820);
    view = (MainView) scene.getRoot();
    stage.setScene(scene);
    stage.show();
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    runner.release();
    node.removeNode();
  }

  private void waitForIdleResult() throws TimeoutException {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
  }

  @Test
  void escapeCancelsALongRunWhereverTheFocusIs(FxRobot robot) throws Exception {
    waitForIdleResult();
    Segmentation before = model.segmentationProperty().get();
    // the Choose k tab starts a scan of the sample: it stays under way too, so only Esc ends anything
    runner.gate("Segmenting", "Scanning k");
    List<String> tabs = List.of("Chart", "Chart", "Chart", "Chart", "Segments", "Users", "Choose k");
    List<String> targets = List.of("#k-spinner", "#seed-field", "#feature-list", "#x-axis", ".profile-table",
        ".data-table", "#scan-to");
    TabPane tabPane = robot.lookup("#tabs").queryAs(TabPane.class);
    for (int i = 0; i < targets.size(); i++) {
      String tab = tabs.get(i);
      robot.interact(() -> tabPane.getSelectionModel().select(
          tabPane.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst().orElseThrow()));
      robot.interact(model::run);
      assertTrue(model.busyProperty().get());
      Node target = robot.lookup(targets.get(i)).query();
      robot.interact(target::requestFocus);
      assertTrue(target.isFocused(), targets.get(i) + " has the focus");
      robot.type(KeyCode.ESCAPE);
      WaitForAsyncUtils.waitForFxEvents();
      assertFalse(model.busyProperty().get(), "Esc with the focus in " + targets.get(i));
      assertTrue(model.statusProperty().get().startsWith("Segmenting cancelled"), model.statusProperty().get());
      assertSame(before, model.segmentationProperty().get());
    }
  }

  @Test
  void onLargeDataTheScanWaitsForAClickAndExportStaysUsableWhileItRuns(FxRobot robot, @TempDir Path folder)
      throws Exception {
    waitForIdleResult();
    robot.clickOn("#tab-choose-k");
    waitUntil(() -> model.scan().resultProperty().get() != null && !model.scan().scanningProperty().get());
    Label recommendation = robot.lookup("#scan-recommendation").queryAs(Label.class);
    assertTrue(recommendation.getText().contains("separates users best"), recommendation.getText());

    // new data: the old recommendation and charts go the moment it is loaded, before it is segmented
    runner.gate("Segmenting");
    dialogs.filesToOpen.add(TestFiles.generated(folder, 60_000, 11));
    robot.clickOn("#toolbar-open");
    waitUntil(() -> model.datasetProperty().get().rowCount() == 60_000 && model.busyProperty().get());
    assertTrue(recommendation.getText().startsWith("60,000 users: the scan segments all of them"),
        recommendation.getText());
    assertFalse(robot.lookup("#scan-charts").query().isVisible(), "the old scan's charts are hidden");
    runner.release();
    waitUntil(() -> !model.busyProperty().get() && model.segmentationProperty().get().rows() == 60_000);
    assertFalse(model.scan().scanningProperty().get(), "no scan starts by itself on 60,000 users");
    assertNull(model.scan().resultProperty().get());

    runner.gate("Scanning k");
    Button scan = robot.lookup("#scan-button").queryAs(Button.class);
    assertEquals("Scan k = 2..10", scan.getText());
    robot.clickOn(scan);
    waitUntil(() -> model.scan().scanningProperty().get());
    assertEquals("Cancel scan", scan.getText());
    for (String command : List.of("#toolbar-open", "#toolbar-run", "#toolbar-export", "#toolbar-png",
        "#toolbar-copy")) {
      assertFalse(robot.lookup(command).query().isDisabled(), command + " during a scan");
    }
    Path labelled = folder.resolve("labelled.csv");
    dialogs.filesToSave.add(labelled);
    robot.clickOn("#toolbar-export");
    waitUntil(() -> Files.exists(labelled) && !model.busyProperty().get());
    assertEquals(60_001, Files.readAllLines(labelled).size());
    assertTrue(model.scan().scanningProperty().get(), "the scan goes on");

    robot.type(KeyCode.ESCAPE); // the focus is on the export button
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(model.scan().scanningProperty().get());
    assertTrue(model.statusProperty().get().startsWith("Scanning k cancelled"), model.statusProperty().get());
    assertEquals("Scan k = 2..10", scan.getText());
    assertNull(model.scan().resultProperty().get());
  }
}
