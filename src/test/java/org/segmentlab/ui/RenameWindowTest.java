// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renaming a segment in the Segments table: the focus stays, the rows stay, and Ctrl+Z takes it back. */
@ExtendWith(ApplicationExtension.class)
class RenameWindowTest {
  private MainViewModel model;
  private MainView view;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/rename-test-" + System.nanoTime());
    model = new MainViewModel(new FxTaskRunner(), new ScriptedDialogs(new FxDialogs(stage)), new AppPreferences(node));
    var scene = SegmentLabApp.createScene(model, 1280, 820);
    view = (MainView) scene.getRoot();
    stage.setScene(scene);
    stage.show();
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  @SuppressWarnings("unchecked")
  private TableView<SegmentProfile> openSegmentsTable(FxRobot robot) throws TimeoutException {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    robot.clickOn("#tab-segments");
    return robot.lookup(".profile-table").queryAs(TableView.class);
  }

  /** The names the table's cells show on screen, top to bottom. */
  private static List<String> namesShown(FxRobot robot, TableView<SegmentProfile> table) {
    return robot.from(table).lookup(".table-cell").<TableCell<?, ?>>queryAll().stream()
        .filter(cell -> cell.getTableColumn() != null && "segment-name".equals(cell.getTableColumn().getId()))
        .filter(cell -> cell.isVisible() && cell.getText() != null && !cell.getText().isEmpty())
        .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
        .map(TableCell::getText)
        .toList();
  }

  private void rename(FxRobot robot, TableView<SegmentProfile> table, String oldName, String newName) {
    Node cell = robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> c && oldName.equals(c.getText()))
        .query();
    robot.doubleClickOn(cell);
    robot.eraseText(oldName.length() + 2).write(newName).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void afterRenamingWithEnterTheFocusStaysInTheTableAndEveryRowIsStillShown(FxRobot robot) throws Exception {
    TableView<SegmentProfile> table = openSegmentsTable(robot);
    Segmentation before = model.segmentationProperty().get();
    String oldName = table.getItems().get(1).name();
    rename(robot, table, oldName, "Core Fans");
    assertEquals("Core Fans", model.segmentationProperty().get().segment(2).name());

    Node focused = table.getScene().getFocusOwner();
    assertSame(table, focused, "the focus stays in the table, not " + focused);
    List<String> expected = model.segmentationProperty().get().segments().stream().map(SegmentProfile::name).toList();
    assertEquals(expected, namesShown(robot, table), "every row is still on screen");
    assertEquals(1, table.getSelectionModel().getSelectedIndex(), "the renamed row stays selected");

    // a second Enter edits that row's name again instead of reaching a button
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertNotNull(table.getEditingCell());
    assertFalse(model.busyProperty().get(), "nothing was started");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(before.dataset(), model.datasetProperty().get());
    assertEquals(expected, namesShown(robot, table));
  }

  @Test
  void ctrlZTakesARenameBackAndCtrlShiftZDoesItAgain(FxRobot robot) throws Exception {
    TableView<SegmentProfile> table = openSegmentsTable(robot);
    String oldName = table.getItems().get(0).name();
    rename(robot, table, oldName, "Core Fans");
    Label legendFirst = (Label) view.chart().legend().getChildren().get(0);
    assertTrue(legendFirst.getText().startsWith("Core Fans ("), legendFirst.getText());

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(oldName, model.segmentationProperty().get().segment(1).name());
    assertEquals(oldName, namesShown(robot, table).get(0));
    legendFirst = (Label) view.chart().legend().getChildren().get(0);
    assertTrue(legendFirst.getText().startsWith(oldName + " ("), legendFirst.getText());

    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Core Fans", model.segmentationProperty().get().segment(1).name());
    assertEquals("Core Fans", namesShown(robot, table).get(0));
  }
}
