// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After another file is opened, nothing in the window keeps the previous file's results alive:
 * its data, segmentations (renamed ones and the undo history included), k scan and stability
 * check can all be collected, so memory falls back after working on a large file.
 */
@ExtendWith(ApplicationExtension.class)
class ReleasedResultsWindowTest {
  private MainViewModel model;
  private ScriptedDialogs dialogs;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/release-test-" + System.nanoTime());
    dialogs = new ScriptedDialogs(new FxDialogs(stage));
    model = new MainViewModel(new FxTaskRunner(), dialogs, new AppPreferences(node));
    stage.setScene(SegmentLabApp.createScene(model, 1280, 820));
    stage.show();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  @Test
  void openingAnotherFileReleasesThePreviousFilesResults(FxRobot robot, @TempDir Path folder) throws Exception {
    dialogs.filesToOpen.add(TestFiles.generated(folder, 10_000, 5));
    robot.clickOn("#toolbar-open");
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    robot.clickOn("#tab-choose-k");
    waitUntil(() -> model.scan().resultProperty().get() != null && !model.scan().scanningProperty().get());
    robot.clickOn("#tab-segments");
    robot.clickOn("#check-stability");
    waitUntil(() -> model.stabilityProperty().get() != null && !model.busyProperty().get());
    var automatic = new WeakReference<>(model.segmentationProperty().get());
    robot.interact(() -> model.rename(1, "Core Fans"));
    robot.clickOn("#tab-users");
    robot.clickOn("#tab-chart");
    Map<String, WeakReference<?>> previous = Map.of(
        "data", new WeakReference<>(model.datasetProperty().get()),
        "segmentation before the rename (undo history)", automatic,
        "renamed segmentation", new WeakReference<>(model.segmentationProperty().get()),
        "k scan", new WeakReference<>(model.scan().resultProperty().get()),
        "stability check", new WeakReference<>(model.stabilityProperty().get()));
    assertTrue(previous.values().stream().allMatch(r -> r.get() != null));

    robot.interact(model::openSample);
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get()
        && model.datasetProperty().get().rowCount() == 999);
    for (int attempt = 0; attempt < 20 && previous.values().stream().anyMatch(r -> r.get() != null); attempt++) {
      WaitForAsyncUtils.waitForFxEvents();
      System.gc();
    }
    List<String> kept = previous.entrySet().stream().filter(e -> e.getValue().get() != null).map(Map.Entry::getKey)
        .sorted().toList();
    assertEquals(List.of(), kept, "still reachable after opening another file");
  }
}
