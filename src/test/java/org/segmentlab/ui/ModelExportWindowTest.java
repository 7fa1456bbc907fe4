// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.export.ModelJson;
import org.segmentlab.export.Versions;
import org.segmentlab.export.sql.ScoringSql;
import org.segmentlab.export.sql.SqlDialect;
import org.segmentlab.segment.SegmentModel;
import org.segmentlab.segment.Segmentation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export model… and File ▸ Export scoring SQL… in the real window. */
@ExtendWith(ApplicationExtension.class)
class ModelExportWindowTest {
  private MainViewModel model;
  private ScriptedDialogs dialogs;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/ui-test-" + System.nanoTime());
    dialogs = new ScriptedDialogs(new FxDialogs(stage));
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

  private Segmentation waitForResult() throws TimeoutException {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    return model.segmentationProperty().get();
  }

  @Test
  void exportedModelLabelsEveryUserAsTheWindowShowsWithItsNames(FxRobot robot, @TempDir Path folder)
      throws Exception {
    waitForResult();
    robot.interact(() -> model.rename(2, "Weekend Browsers"));
    Segmentation shown = model.segmentationProperty().get();
    Path target = folder.resolve("model.json");
    dialogs.filesToSave.add(target);
    robot.clickOn("File").clickOn("Export model…");
    waitUntil(() -> Files.exists(target) && !model.busyProperty().get());
    SegmentModel saved = ModelJson.read(target);
    assertEquals("Weekend Browsers", saved.segment(2).name());
    assertEquals(shown.segments().size(), saved.k());
    for (int i = 0; i < shown.matrix().size(); i++) {
      assertEquals(shown.segmentOfUsableRow(i), saved.segmentOf(shown.matrix().row(i)), "user " + i);
    }
    assertTrue(model.statusProperty().get().startsWith("Exported model to model.json (k = 4 · "),
        model.statusProperty().get());
  }

  @Test
  void scoringSqlIsWrittenForTheEngineAndTableChosenInTheDialog(FxRobot robot, @TempDir Path folder)
      throws Exception {
    Segmentation shown = waitForResult();
    Path target = folder.resolve("score.sql");
    dialogs.filesToSave.add(target);
    robot.clickOn("File").clickOn("Export scoring SQL…");
    robot.clickOn("#sql-dialect").clickOn("PostgreSQL");
    robot.clickOn("#sql-table").push(KeyCode.SHORTCUT, KeyCode.A).write("crm.app_users").type(KeyCode.ENTER);
    waitUntil(() -> Files.exists(target) && !model.busyProperty().get());
    String expected = ScoringSql.select(SegmentModel.of(shown, Versions.app()), SqlDialect.POSTGRES,
        "crm.app_users", null);
    assertEquals(expected, Files.readString(target));
  }
}
