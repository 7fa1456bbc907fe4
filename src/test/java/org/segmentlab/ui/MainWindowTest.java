// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.testing.TestFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven as a product manager would: click, type, hover, read what is shown. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private MainViewModel model;
  private MainView view;
  private ScriptedDialogs dialogs;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/ui-test-" + System.nanoTime());
    dialogs = new ScriptedDialogs(new FxDialogs(stage));
    model = new MainViewModel(new FxTaskRunner(), dialogs, new AppPreferences(node));
    var scene = SegmentLabApp.createScene(model, 1280, 820);
    view = (MainView) scene.getRoot();
    stage.setScene(scene);
    stage.titleProperty().bind(model.titleProperty());
    stage.show();
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  private void waitForIdleResult() throws TimeoutException {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
  }

  @Test
  void startsOnTheSampleSegmentedWithTheDefaults(FxRobot robot) throws Exception {
    waitForIdleResult();
    Stage stage = (Stage) view.getScene().getWindow();
    assertEquals("SegmentLab — userbehaviour.csv", stage.getTitle());
    assertEquals(4, view.chart().getData().size());
    assertEquals(999, view.chart().pointCount());
    Label status = robot.lookup("#status").queryAs(Label.class);
    assertTrue(status.getText().startsWith("Segmented 999 users into 4 segments"), status.getText());
  }

  @Test
  void runningWithThreeSegmentsShowsThreeSeriesMatchingTheProfileTable(FxRobot robot) throws Exception {
    waitForIdleResult();
    robot.doubleClickOn("#k-spinner .text-field").eraseText(3).write("3").type(KeyCode.TAB);
    robot.clickOn("#run-button");
    waitUntil(() -> !model.busyProperty().get() && model.segmentationProperty().get().segments().size() == 3);
    assertEquals(3, view.chart().getData().size());
    robot.clickOn("#tab-segments");
    @SuppressWarnings("unchecked")
    TableView<SegmentProfile> table = robot.lookup(".profile-table").queryAs(TableView.class);
    assertEquals(3, table.getItems().size());
    FlowPane legend = view.chart().legend();
    for (int i = 0; i < 3; i++) {
      SegmentProfile row = table.getItems().get(i);
      String legendText = ((Label) legend.getChildren().get(i)).getText();
      assertEquals(row.name() + " (" + row.size() + ")", legendText);
      assertEquals(row.name(), view.chart().getData().get(i).getName());
    }
    assertEquals(999, table.getItems().stream().mapToInt(SegmentProfile::size).sum());
  }

  @Test
  void hoveringAPointShowsThatUsersExactMinutesAndSpend(FxRobot robot) throws Exception {
    waitForIdleResult();
    ScatterView chart = view.chart();
    Dataset data = model.datasetProperty().get();
    Segmentation result = model.segmentationProperty().get();
    // the user with the highest spend stands apart at the top of the chart
    int point = 0;
    for (int i = 0; i < chart.pointCount(); i++) {
      if (value(data, SegmentationSettings.SPEND, chart.tableRowOfPoint(i))
          > value(data, SegmentationSettings.SPEND, chart.tableRowOfPoint(point))) {
        point = i;
      }
    }
    int row = chart.tableRowOfPoint(point);
    Point2D where = chart.screenPositionOfPoint(point);
    robot.moveTo(where.add(12, 12)).moveTo(where);
    WaitForAsyncUtils.waitForFxEvents();
    Label card = chart.hoverCard();
    assertTrue(card.isVisible());
    // the sample has no quoted fields: its line for this user, as written in the file
    List<String> cells = List.of(Files.readAllLines(TestFiles.sample()).get(row + 1).split(","));
    String text = card.getText();
    assertTrue(text.contains("userid " + cells.get(0)), text);
    assertTrue(text.contains("Last Visited Minutes: " + cells.get(6)), text);
    assertTrue(text.contains("Average Spent on App (INR): " + cells.get(2)), text);
    assertTrue(text.contains("Segment: " + result.segment(result.segmentOfTableRow(row)).name()), text);
  }

  private static double value(Dataset data, String column, int row) {
    return ((tech.tablesaw.api.DoubleColumn) data.table().column(column)).getDouble(row);
  }

  @Test
  void aRenamedSegmentIsCarriedIntoTheExportedCsv(FxRobot robot, @TempDir Path folder) throws Exception {
    waitForIdleResult();
    robot.clickOn("#tab-segments");
    @SuppressWarnings("unchecked")
    TableView<SegmentProfile> table = robot.lookup(".profile-table").queryAs(TableView.class);
    String oldName = table.getItems().get(0).name();
    javafx.scene.Node nameCell = robot.from(table)
        .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
            && oldName.equals(cell.getText()))
        .query();
    robot.doubleClickOn(nameCell);
    robot.eraseText(oldName.length() + 2).write("Core Fans").type(KeyCode.ENTER);
    waitUntil(() -> model.segmentationProperty().get().segment(1).name().equals("Core Fans"));
    assertEquals("Core Fans", ((Label) view.chart().legend().getChildren().get(0)).getText().split(" \\(")[0]);
    Path target = folder.resolve("campaign.csv");
    dialogs.filesToSave.add(target);
    robot.clickOn("#toolbar-export");
    waitUntil(() -> Files.exists(target) && !model.busyProperty().get());
    long fans = Files.readAllLines(target).stream().filter(l -> l.endsWith(",1,Core Fans")).count();
    assertEquals(table.getItems().get(0).size(), fans);
  }

  @Test
  void theChartIsSavedAsAPngAtTwiceItsSize(FxRobot robot, @TempDir Path folder) throws Exception {
    waitForIdleResult();
    Path target = folder.resolve("chart.png");
    dialogs.filesToSave.add(target);
    robot.clickOn("#toolbar-png");
    waitUntil(() -> Files.exists(target) && !model.busyProperty().get());
    BufferedImage image = ImageIO.read(target.toFile());
    assertNotNull(image);
    double width = view.chartPanel().getLayoutBounds().getWidth();
    double height = view.chartPanel().getLayoutBounds().getHeight();
    assertEquals(Math.ceil(2 * width), image.getWidth(), 2.0);
    assertTrue(image.getHeight() >= 2 * height, image.getHeight() + " vs " + height);
    assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "white background");
  }

  @Test
  void aBrokenFileShowsAPlainErrorAndKeepsTheDataOnScreen(FxRobot robot) throws Exception {
    waitForIdleResult();
    Segmentation before = model.segmentationProperty().get();
    dialogs.filesToOpen.add(TestFiles.csv("bad/unterminated-quote.csv"));
    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
    waitUntil(() -> robot.lookup("#error-message").tryQuery().isPresent());
    Label message = robot.lookup("#error-message").queryAs(Label.class);
    assertTrue(message.getText().contains("unterminated-quote.csv, line 3"), message.getText());
    assertTrue(message.getText().contains("closing quote"), message.getText());
    robot.clickOn("OK");
    WaitForAsyncUtils.waitForFxEvents();
    assertSame(before, model.segmentationProperty().get());
    assertEquals(999, view.chart().pointCount());
  }

  @Test
  void cancellingALongRunKeepsThePreviousResult(FxRobot robot, @TempDir Path folder) throws Exception {
    waitForIdleResult();
    Path big = TestFiles.generated(folder, 200_000, 5);
    dialogs.filesToOpen.add(big);
    robot.clickOn("#toolbar-open");
    waitUntil(() -> !model.busyProperty().get() && model.segmentationProperty().get().rows() == 200_000);
    Segmentation before = model.segmentationProperty().get();
    robot.doubleClickOn("#restarts-spinner .text-field").eraseText(4).write("200").type(KeyCode.TAB);
    robot.clickOn("#run-button");
    waitUntil(() -> model.busyProperty().get());
    robot.clickOn("#run-button");
    waitUntil(() -> !model.busyProperty().get());
    assertSame(before, model.segmentationProperty().get());
    assertTrue(model.statusProperty().get().contains("cancelled"), model.statusProperty().get());
    assertEquals(before.segments().size(), view.chart().getData().size());
  }

  @Test
  void theChooseKTabScansAndAClickAppliesAK(FxRobot robot) throws Exception {
    waitForIdleResult();
    robot.clickOn("#tab-choose-k");
    waitUntil(() -> model.scan().resultProperty().get() != null && !model.busyProperty().get());
    Label recommendation = robot.lookup("#scan-recommendation").queryAs(Label.class);
    int best = model.scan().resultProperty().get().bestK();
    assertTrue(recommendation.getText().startsWith("k = " + best + " separates users best"), recommendation.getText());
    robot.clickOn("#k-point-5-silhouette");
    waitUntil(() -> !model.busyProperty().get() && model.segmentationProperty().get().segments().size() == 5);
    assertEquals(5, view.chart().getData().size());
  }

  @Test
  void draggingABoxZoomsInAndResetShowsEveryoneAgain(FxRobot robot) throws Exception {
    waitForIdleResult();
    ScatterView chart = view.chart();
    double[] full = chart.visibleBounds();
    javafx.geometry.Bounds area = chart.lookup(".chart-plot-background").localToScreen(
        chart.lookup(".chart-plot-background").getLayoutBounds());
    robot.drag(area.getMinX() + 20, area.getMinY() + area.getHeight() * 0.6, javafx.scene.input.MouseButton.PRIMARY)
        .dropTo(area.getMinX() + area.getWidth() * 0.3, area.getMaxY() - 20);
    WaitForAsyncUtils.waitForFxEvents();
    double[] zoomed = chart.visibleBounds();
    assertTrue(zoomed[1] - zoomed[0] < 0.5 * (full[1] - full[0]), java.util.Arrays.toString(zoomed));
    assertTrue(zoomed[3] - zoomed[2] < 0.6 * (full[3] - full[2]), java.util.Arrays.toString(zoomed));
    robot.clickOn("#reset-zoom");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(java.util.Arrays.toString(full), java.util.Arrays.toString(chart.visibleBounds()));
  }

  @Test
  void theUsersTableSortsByAColumn(FxRobot robot) throws Exception {
    waitForIdleResult();
    robot.clickOn("#tab-users");
    @SuppressWarnings("unchecked")
    TableView<Integer> table = robot.lookup(".data-table").queryAs(TableView.class);
    assertEquals(999, table.getItems().size());
    robot.clickOn(robot.from(table).lookup(".column-header .label")
        .match((Label l) -> l.getText().equals(SegmentationSettings.SPEND)).queryAs(Label.class));
    WaitForAsyncUtils.waitForFxEvents();
    Dataset data = model.datasetProperty().get();
    double first = value(data, SegmentationSettings.SPEND, table.getItems().get(0));
    double last = value(data, SegmentationSettings.SPEND, table.getItems().get(998));
    var spend = (tech.tablesaw.api.DoubleColumn) data.table().column(SegmentationSettings.SPEND);
    assertEquals(spend.min(), first);
    assertEquals(spend.max(), last);
  }

  @Test
  void copyChartPutsTheImageOnTheClipboard(FxRobot robot) throws Exception {
    waitForIdleResult();
    robot.clickOn("#toolbar-copy");
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.image.Image copied = WaitForAsyncUtils.asyncFx(
        () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage()).get();
    assertNotNull(copied);
    assertEquals(Math.ceil(2 * view.chartPanel().getLayoutBounds().getWidth()), copied.getWidth(), 2.0);
    assertEquals("Copied the chart to the clipboard.", robot.lookup("#status").queryAs(Label.class).getText());
  }
}
