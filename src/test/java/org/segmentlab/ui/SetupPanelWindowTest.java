// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel in the real window: typed values, a stray text cell, a result gone stale. */
@ExtendWith(ApplicationExtension.class)
class SetupPanelWindowTest {
  private MainViewModel model;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/setup-window-test-" + System.nanoTime());
    model = new MainViewModel(new FxTaskRunner(), new ScriptedDialogs(new FxDialogs(stage)), new AppPreferences(node));
    stage.setScene(SegmentLabApp.createScene(model, 1280, 820));
    stage.show();
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  private static Label shown(FxRobot robot, String id) {
    Label label = robot.lookup(id).queryAs(Label.class);
    assertTrue(label.isVisible(), id + " is shown");
    return label;
  }

  @Test
  void kTypedOutOfRangeOrAsTextIsExplainedUnderTheFieldKeptAsTypedAndNeverRuns(FxRobot robot) throws Exception {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    var before = model.segmentationProperty().get();
    Button run = robot.lookup("#run-button").queryButton();
    robot.doubleClickOn("#k-spinner .text-field").eraseText(3).write("25").type(KeyCode.TAB);
    @SuppressWarnings("unchecked")
    Spinner<String> k = robot.lookup("#k-spinner").queryAs(Spinner.class);
    assertEquals("25", k.getEditor().getText(), "not clamped to 20");
    assertEquals("k must be a whole number from 2 to 20 (it is \"25\").", shown(robot, "#k-message").getText());
    assertTrue(run.isDisabled());

    robot.doubleClickOn("#k-spinner .text-field").eraseText(3).write("abc").type(KeyCode.TAB);
    assertEquals("abc", k.getEditor().getText());
    assertEquals("k must be a whole number from 2 to 20 (it is \"abc\").", shown(robot, "#k-message").getText());
    assertTrue(run.isDisabled());
    assertTrue(robot.lookup("#toolbar-run").queryButton().isDisabled());
    robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(before, model.segmentationProperty().get(), "Ctrl+R does not run with k = abc");

    robot.doubleClickOn("#k-spinner .text-field").eraseText(3).write("3").type(KeyCode.TAB);
    assertFalse(robot.lookup("#k-message").queryAs(Label.class).isVisible());
    assertFalse(run.isDisabled());
    assertTrue(shown(robot, "#outdated-notice").getText()
        .startsWith("Settings changed — Run to update. On screen: k = 4"));
    robot.clickOn("#k-spinner .increment-arrow-button");
    assertEquals("4", k.getEditor().getText(), "the arrow steps from what is typed");
    assertFalse(robot.lookup("#outdated-notice").queryAs(Label.class).isVisible(), "back to the result's settings");
    robot.clickOn("#k-spinner .decrement-arrow-button");
    assertEquals("3", k.getEditor().getText());
    assertTrue(shown(robot, "#outdated-notice").isVisible());
    robot.clickOn("#toolbar-run");
    waitUntil(() -> !model.busyProperty().get() && model.segmentationProperty().get().segments().size() == 3);
    assertFalse(robot.lookup("#outdated-notice").queryAs(Label.class).isVisible(), "up to date after Run");
  }

  @Test
  void aStrayTextCellIsNamedInThePanelAndItsUsersCanBeLeftOut(FxRobot robot, @TempDir Path folder) throws Exception {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    Path file = SetupChoicesTest.strayCellFile(folder);
    robot.interact(() -> model.open(file));
    waitUntil(() -> !model.busyProperty().get() && model.datasetProperty().get().file().equals(file));
    assertEquals("Average Spent on App (INR): 1 cell is not a number — line 5: \"abc\"",
        shown(robot, "#text-cells").getText());
    assertTrue(shown(robot, "#features-message").getText().startsWith(
        "Average Spent on App (INR): 1 cell is not a number — line 5: \"abc\". Tick \"Leave these users out\""));
    Button run = robot.lookup("#run-button").queryButton();
    assertTrue(run.isDisabled());
    assertTrue(shown(robot, "#outdated-notice").getText().startsWith("New data loaded — Run to update."));

    robot.clickOn("#leave-out-text-cells");
    assertFalse(run.isDisabled());
    assertTrue(robot.lookup("#dataset-summary").queryAs(Label.class).getText()
        .contains("1 user will be left out: 1 for cells that are not numbers."));
    robot.clickOn("#toolbar-run");
    waitUntil(() -> !model.busyProperty().get() && model.segmentationProperty().get().dataset().file().equals(file));
    assertEquals(29, model.segmentationProperty().get().clustered());
    assertTrue(robot.lookup("#status").queryAs(Label.class).getText()
        .contains("1 left out for cells that are not numbers"));
  }
}
