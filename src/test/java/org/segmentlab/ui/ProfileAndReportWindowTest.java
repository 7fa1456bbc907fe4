// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Profile tab and File ▸ Export report… in the real window. */
@ExtendWith(ApplicationExtension.class)
class ProfileAndReportWindowTest {
  private MainViewModel model;
  private ScriptedDialogs dialogs;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/ui-test-" + System.nanoTime());
    dialogs = new ScriptedDialogs(new FxDialogs(stage));
    model = new MainViewModel(new FxTaskRunner(), dialogs, new AppPreferences(node));
    stage.setScene(SegmentLabApp.createScene(model, 1366, 768));
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
  void theProfileTabShowsEachSegmentsMeansAgainstEveryonesAndHoverGivesTheExactFigures(FxRobot robot)
      throws Exception {
    Segmentation result = waitForResult();
    robot.clickOn("#tab-profile");
    WaitForAsyncUtils.waitForFxEvents();
    int k = result.segments().size();
    int d = result.settings().features().size();
    assertEquals(k * d, robot.lookup(".profile-cell").queryAll().size(), "a cell per segment and feature");
    // the segment that spends most: its spend cell says so, and hovering it gives the exact figures
    SegmentProfile spenders = result.segments().stream()
        .max(java.util.Comparator.comparing((SegmentProfile p) -> p.means().get(1))).orElseThrow();
    Label cell = robot.lookup("#profile-cell-" + spenders.number() + "-2").queryAs(Label.class);
    assertTrue(cell.getText().startsWith(String.format(Locale.ROOT, "%,.0f", spenders.means().get(1))),
        cell.getText());
    assertTrue(cell.getText().contains("+"), "above everyone: " + cell.getText());
    robot.moveTo(cell);
    waitUntil(() -> cell.getTooltip().isShowing());
    String tip = cell.getTooltip().getText();
    assertTrue(tip.startsWith(spenders.name()), tip);
    assertTrue(tip.contains("mean " + ProfileChartView.exact(spenders.means().get(1))), tip);
    assertTrue(tip.contains("median " + ProfileChartView.exact(spenders.medians().get(1))), tip);
  }

  @Test
  void aTitleTypedAboveTheChartIsShownWithTheSettingsAndUsedByTheReport(FxRobot robot, @TempDir Path folder)
      throws Exception {
    waitForResult();
    Label shown = robot.lookup("#chart-title").queryAs(Label.class);
    assertTrue(shown.getText().startsWith("Segments of userbehaviour.csv — k = 4 · "), shown.getText());
    robot.clickOn("#chart-title-field").write("Q3 app users");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(shown.getText().startsWith("Q3 app users — k = 4 · "), "the settings stay: " + shown.getText());
    Path target = folder.resolve("q3.html");
    dialogs.filesToSave.add(target);
    robot.clickOn("File").clickOn("Export report…");
    waitUntil(() -> Files.exists(target) && !model.busyProperty().get());
    assertTrue(Files.readString(target).contains("<title>Q3 app users</title>"));
  }

  @Test
  void exportReportWritesAOnePagePdfNamingEverySegmentWithItsSize(FxRobot robot, @TempDir Path folder)
      throws Exception {
    waitForResult();
    robot.interact(() -> model.rename(2, "Weekend Browsers"));
    Segmentation shown = model.segmentationProperty().get();
    Path target = folder.resolve("q3.pdf");
    dialogs.filesToSave.add(target);
    robot.clickOn("File").clickOn("Export report…");
    waitUntil(() -> Files.exists(target) && !model.busyProperty().get());
    assertTrue(model.statusProperty().get().startsWith("Exported report to q3.pdf"), model.statusProperty().get());
    try (var pdf = Loader.loadPDF(target.toFile())) {
      assertEquals(1, pdf.getNumberOfPages());
      String text = new PDFTextStripper().getText(pdf);
      for (SegmentProfile p : shown.segments()) {
        assertTrue(text.contains(p.name()), p.name() + " in " + text);
        assertTrue(text.contains(String.format(Locale.ROOT, "%,d", p.size())), "size of " + p.name());
      }
      assertTrue(text.contains("Weekend Browsers"), "the name as renamed on screen");
    }
  }
}
