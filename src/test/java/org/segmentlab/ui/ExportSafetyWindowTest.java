// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the real window: exporting over an existing file asks first, and Excel-safe is one menu tick away. */
@ExtendWith(ApplicationExtension.class)
class ExportSafetyWindowTest {
  private MainViewModel model;
  private ScriptedDialogs dialogs;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/ui-test-" + System.nanoTime());
    dialogs = new ScriptedDialogs(new FxDialogs(stage));
    dialogs.showRealReplaceDialog = true;
    model = new MainViewModel(new FxTaskRunner(), dialogs, new AppPreferences(node));
    var scene = SegmentLabApp.createScene(model, 1280, 820);
    stage.setScene(scene);
    stage.show();
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  @Test
  void exportingOverAnExistingFileAsksAndCancelKeepsIt(FxRobot robot, @TempDir Path folder) throws Exception {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    Path existing = Files.writeString(folder.resolve("campaign.csv"), "my own notes");

    dialogs.filesToSave.add(existing);
    robot.clickOn("#toolbar-export");
    waitUntil(() -> robot.lookup("#confirm-replace").tryQuery().isPresent());
    DialogPane question = robot.lookup("#confirm-replace").queryAs(DialogPane.class);
    assertEquals("Replace campaign.csv?", question.getHeaderText());
    robot.clickOn("Cancel");
    waitUntil(() -> model.statusProperty().get().startsWith("Not saved"));
    assertEquals("my own notes", Files.readString(existing));

    robot.clickOn("File");
    robot.clickOn("Excel-safe labelled CSV");
    CheckMenuItem tick = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0)
        .getItems().stream().filter(i -> "menu-excel-safe".equals(i.getId())).findFirst().orElseThrow();
    assertTrue(tick.isSelected());
    assertTrue(model.excelSafeProperty().get());

    dialogs.filesToSave.add(existing);
    robot.clickOn("#toolbar-export");
    waitUntil(() -> robot.lookup("#confirm-replace").tryQuery().isPresent());
    robot.clickOn("Replace");
    waitUntil(() -> model.statusProperty().get().startsWith("Exported Excel-safe labelled CSV"));
    assertTrue(model.statusProperty().get().startsWith(
        "Exported Excel-safe labelled CSV (0 cells starting like a formula changed) to campaign.csv (k = 4 · "),
        model.statusProperty().get());
    assertEquals(1000, Files.readAllLines(existing).size());
  }
}
