// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.Dataset;
import org.segmentlab.segment.SegmentationSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.DoubleColumn;

/** The scatter chart after zoom, pan, reset and resize: what is drawn is where the users are. */
@ExtendWith(ApplicationExtension.class)
class ChartViewTest {
  private MainViewModel model;
  private MainView view;
  private Stage stage;
  private Preferences node;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    node = Preferences.userRoot().node("org/segmentlab/chart-test-" + System.nanoTime());
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

  private void waitForIdleResult() throws TimeoutException {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
  }

  private Bounds plotArea() {
    Node background = view.chart().lookup(".chart-plot-background");
    return background.localToScreen(background.getLayoutBounds());
  }

  private Point2D plotCentre() {
    Bounds area = plotArea();
    return new Point2D(area.getCenterX(), area.getCenterY());
  }

  /** A brand-new chart of the same size, showing the same users and the same value ranges. */
  private int[] freshRenderOfTheSameView() throws Exception {
    ScatterView shown = view.chart();
    return WaitForAsyncUtils.asyncFx(() -> {
      ScatterView fresh = new ScatterView();
      Scene scene = new Scene(new Group(fresh));
      scene.getStylesheets().add(Objects.requireNonNull(
          SegmentLabApp.class.getResource("segmentlab.css")).toExternalForm());
      fresh.show(model.datasetProperty().get(), model.segmentationProperty().get(),
          model.xAxisProperty().get(), model.yAxisProperty().get());
      double[] b = shown.visibleBounds();
      fresh.zoomTo(b[0], b[1], b[2], b[3]);
      fresh.resize(shown.getWidth(), shown.getHeight());
      fresh.applyCss();
      fresh.layout();
      return fresh.drawnPixels();
    }).get(30, TimeUnit.SECONDS);
  }

  private void assertDrawnAsAFreshRender(String after) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    int[] drawn = WaitForAsyncUtils.asyncFx(() -> view.chart().drawnPixels()).get(30, TimeUnit.SECONDS);
    int[] fresh = freshRenderOfTheSameView();
    assertEquals(fresh.length, drawn.length, after + ": drawn image size");
    int differing = 0;
    for (int i = 0; i < fresh.length; i++) {
      if (fresh[i] != drawn[i]) {
        differing++;
      }
    }
    assertTrue(Arrays.stream(drawn).anyMatch(p -> p != 0),
        after + ": some users are drawn in " + Arrays.toString(view.chart().visibleBounds()));
    assertEquals(0, differing, after + ": pixels that differ from a fresh render of "
        + Arrays.toString(view.chart().visibleBounds()));
  }

  private void zoomInTwiceAtTheCentre(FxRobot robot) {
    robot.moveTo(plotCentre());
    robot.scroll(2, javafx.geometry.VerticalDirection.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void panningInManySmallStepsDrawsUsersWhereAFreshChartWould(FxRobot robot) throws Exception {
    waitForIdleResult();
    double[] full = view.chart().visibleBounds();
    zoomInTwiceAtTheCentre(robot);
    assertTrue(view.chart().visibleBounds()[1] - view.chart().visibleBounds()[0] < full[1] - full[0]);
    assertDrawnAsAFreshRender("zoom");
    robot.moveTo(plotCentre()).press(KeyCode.SHIFT).press(MouseButton.PRIMARY);
    for (int step = 0; step < 30; step++) {
      robot.moveBy(3, -2);
    }
    robot.release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertDrawnAsAFreshRender("slow pan");
    assertHoveringADrawnDotReportsThatUser(robot);
  }

  @Test
  void aFastPanDrawsUsersWhereAFreshChartWould(FxRobot robot) throws Exception {
    waitForIdleResult();
    zoomInTwiceAtTheCentre(robot);
    Point2D centre = plotCentre();
    robot.moveTo(centre).press(KeyCode.SHIFT).press(MouseButton.PRIMARY)
        .moveTo(centre.add(150, -90), org.testfx.robot.Motion.DIRECT)
        .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertDrawnAsAFreshRender("fast pan");
    assertHoveringADrawnDotReportsThatUser(robot);
  }

  @Test
  void resetAndResizeDrawUsersWhereAFreshChartWould(FxRobot robot) throws Exception {
    waitForIdleResult();
    zoomInTwiceAtTheCentre(robot);
    robot.clickOn("#reset-zoom");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(view.chart().visibleBounds()[1] - view.chart().visibleBounds()[0] > 30_000,
        "reset to the full view: " + Arrays.toString(view.chart().visibleBounds()));
    assertDrawnAsAFreshRender("reset");
    robot.interact(() -> stage.setWidth(stage.getWidth() - 170));
    assertDrawnAsAFreshRender("resize");
    assertHoveringADrawnDotReportsThatUser(robot);
  }

  /** Finds a user drawn alone (no other user within a few pixels), hovers its dot and reads the card. */
  private Point2D assertHoveringADrawnDotReportsThatUser(FxRobot robot) throws Exception {
    ScatterView chart = view.chart();
    Dataset data = model.datasetProperty().get();
    var xs = (DoubleColumn) data.table().column(model.xAxisProperty().get());
    var ys = (DoubleColumn) data.table().column(model.yAxisProperty().get());
    double[] b = chart.visibleBounds();
    Bounds area = plotArea();
    int rows = data.rowCount();
    double[] px = new double[rows];
    double[] py = new double[rows];
    for (int r = 0; r < rows; r++) {
      px[r] = area.getMinX() + (xs.getDouble(r) - b[0]) / (b[1] - b[0]) * area.getWidth();
      py[r] = area.getMaxY() - (ys.getDouble(r) - b[2]) / (b[3] - b[2]) * area.getHeight();
    }
    int alone = -1;
    for (int r = 0; r < rows && alone < 0; r++) {
      if (px[r] < area.getMinX() + 30 || px[r] > area.getMaxX() - 30
          || py[r] < area.getMinY() + 30 || py[r] > area.getMaxY() - 30) {
        continue;
      }
      boolean crowded = false;
      for (int o = 0; o < rows && !crowded; o++) {
        crowded = o != r && Math.hypot(px[o] - px[r], py[o] - py[r]) < 12;
      }
      if (!crowded) {
        alone = r;
      }
    }
    assertTrue(alone >= 0, "a user drawn on its own in " + Arrays.toString(b));
    int[] pixels = WaitForAsyncUtils.asyncFx(chart::drawnPixels).get(30, TimeUnit.SECONDS);
    int width = (int) Math.ceil(area.getWidth());
    int column = (int) Math.floor(px[alone] - area.getMinX());
    int line = (int) Math.floor(py[alone] - area.getMinY());
    assertTrue(pixels[line * width + column] >>> 24 > 0x80, "a dot is drawn where the user is");
    robot.moveTo(new Point2D(px[alone] + 10, py[alone] + 10)).moveTo(new Point2D(px[alone], py[alone]));
    WaitForAsyncUtils.waitForFxEvents();
    Label card = chart.hoverCard();
    assertTrue(card.isVisible(), "the hover card is shown");
    String id = ColumnText.cell(data, ColumnText.idColumn(data), alone);
    assertTrue(card.getText().startsWith(ColumnText.idColumn(data) + " " + id + "\n"), card.getText());
    assertTrue(card.getText().contains(SegmentationSettings.SPEND + ": "
        + ColumnText.cell(data, SegmentationSettings.SPEND, alone)), card.getText());
    return new Point2D(px[alone], py[alone]);
  }

  @Test
  void aDoubleClickResetLeavesNoStaleHoverCard(FxRobot robot) throws Exception {
    waitForIdleResult();
    zoomInTwiceAtTheCentre(robot);
    Point2D dot = assertHoveringADrawnDotReportsThatUser(robot);
    // on a loaded machine two clicks may come too far apart to count as a double-click: a user
    // would double-click again, and so does the test (single clicks change nothing)
    for (int attempt = 0; attempt < 5 && view.chart().visibleBounds()[1] - view.chart().visibleBounds()[0] < 30_000;
        attempt++) {
      robot.doubleClickOn(dot, MouseButton.PRIMARY);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertTrue(view.chart().visibleBounds()[1] - view.chart().visibleBounds()[0] > 30_000,
        "reset to the full view: " + Arrays.toString(view.chart().visibleBounds()));
    assertTrue(!view.chart().hoverCard().isVisible(), "no card for a user who is no longer there");
  }

  @Test
  void usersWhoSpentNothingAreDrawnWholeAndHoverableOnTheirLowerHalf(FxRobot robot) throws Exception {
    waitForIdleResult();
    Dataset data = model.datasetProperty().get();
    var minutes = (DoubleColumn) data.table().column(SegmentationSettings.MINUTES);
    var spend = (DoubleColumn) data.table().column(SegmentationSettings.SPEND);
    int row = 0;
    while (spend.getDouble(row) != 0) {
      row++;
    }
    double[] b = view.chart().visibleBounds();
    Bounds area = plotArea();
    double x = area.getMinX() + (minutes.getDouble(row) - b[0]) / (b[1] - b[0]) * area.getWidth();
    double y = area.getMaxY() - (0 - b[2]) / (b[3] - b[2]) * area.getHeight();
    assertTrue(y + 3 < area.getMaxY(), "the dot's lower half is above the x axis: " + y + " vs " + area.getMaxY());
    int[] pixels = WaitForAsyncUtils.asyncFx(view.chart()::drawnPixels).get(30, TimeUnit.SECONDS);
    int width = (int) Math.ceil(area.getWidth());
    int below = (int) Math.floor(y - area.getMinY()) + 2;
    assertTrue(pixels[below * width + (int) Math.floor(x - area.getMinX())] >>> 24 > 0x40, "the lower half is drawn");
    robot.moveTo(new Point2D(x + 10, y - 10)).moveTo(new Point2D(x, y + 2));
    WaitForAsyncUtils.waitForFxEvents();
    Label card = view.chart().hoverCard();
    assertTrue(card.isVisible(), "hovering the dot's lower half shows a card");
    assertTrue(card.getText().contains(SegmentationSettings.SPEND + ": 0\n"), card.getText());
  }

  @Test
  void zoomAndPanStayWithinTheUsersAndNeverGoFarBelowZero(FxRobot robot) throws Exception {
    waitForIdleResult();
    double[] full = view.chart().visibleBounds();
    assertTrue(full[0] < 0 && full[0] > -0.03 * (full[1] - full[0]), "a little room left of 0: " + full[0]);
    assertTrue(full[2] < 0 && full[2] > -0.03 * (full[3] - full[2]), "a little room below 0: " + full[2]);
    Bounds area = plotArea();
    robot.moveTo(new Point2D(area.getMinX() + 20, area.getMaxY() - 20));
    robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    double[] zoomed = view.chart().visibleBounds();
    assertTrue(zoomed[1] - zoomed[0] < 0.7 * (full[1] - full[0]), Arrays.toString(zoomed));
    Point2D centre = plotCentre();
    robot.moveTo(centre).press(KeyCode.SHIFT).press(MouseButton.PRIMARY)
        .moveTo(centre.add(250, -200), org.testfx.robot.Motion.DIRECT)
        .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    double[] panned = view.chart().visibleBounds();
    assertEquals(full[0], panned[0], 1e-9, Arrays.toString(panned));
    assertEquals(full[2], panned[2], 1e-9, Arrays.toString(panned));
    assertEquals(zoomed[1] - zoomed[0], panned[1] - panned[0], 1e-6, "a pan keeps the zoom");
    robot.scroll(12, javafx.geometry.VerticalDirection.UP);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Arrays.toString(full), Arrays.toString(view.chart().visibleBounds()),
        "zooming out stops at all users");
  }

  @Test
  void aCrowdOfUsersShowsDenserThanTheUsersAroundIt(@TempDir Path folder) throws Exception {
    // 100,000 users spread evenly, and 50,000 more crowded into one small square
    Path file = folder.resolve("crowd.csv");
    var random = new java.util.Random(7);
    try (var out = Files.newBufferedWriter(file)) {
      out.write("userid,Minutes,Spend\n");
      for (int i = 0; i < 150_000; i++) {
        boolean crowd = i >= 100_000;
        double x = crowd ? 200 + 60 * random.nextDouble() : 1000 * random.nextDouble();
        double y = crowd ? 200 + 60 * random.nextDouble() : 1000 * random.nextDouble();
        out.write(String.format(java.util.Locale.ROOT, "%d,%.3f,%.3f%n", i, x, y));
      }
    }
    Dataset data = org.segmentlab.data.DatasetLoader.load(file);
    double[][] plot = new double[2][];
    int[] pixels = WaitForAsyncUtils.asyncFx(() -> {
      ScatterView chart = new ScatterView();
      new Scene(new Group(chart));
      chart.show(data, null, "Minutes", "Spend");
      chart.resize(900, 700);
      chart.applyCss();
      chart.layout();
      var area = chart.lookup(".chart-plot-background").getLayoutBounds();
      plot[0] = chart.visibleBounds();
      plot[1] = new double[] {area.getWidth(), area.getHeight()};
      return chart.drawnPixels();
    }).get(60, TimeUnit.SECONDS);
    double crowd = meanOpacity(pixels, plot, 215, 245, 215, 245);
    double around = meanOpacity(pixels, plot, 600, 900, 600, 900);
    assertTrue(around > 40, "the evenly spread users are visible: " + around);
    assertTrue(crowd > around + 60, "the crowd stands out: crowd " + crowd + ", around it " + around);
  }

  /** Mean alpha (0..255) of the drawn pixels over a rectangle given in data values. */
  private static double meanOpacity(int[] pixels, double[][] plot, double x0, double x1, double y0, double y1) {
    double[] b = plot[0];
    int width = (int) Math.ceil(plot[1][0]);
    int c0 = (int) ((x0 - b[0]) / (b[1] - b[0]) * plot[1][0]);
    int c1 = (int) ((x1 - b[0]) / (b[1] - b[0]) * plot[1][0]);
    int l0 = (int) ((b[3] - y1) / (b[3] - b[2]) * plot[1][1]);
    int l1 = (int) ((b[3] - y0) / (b[3] - b[2]) * plot[1][1]);
    double sum = 0;
    int count = 0;
    for (int line = l0; line < l1; line++) {
      for (int column = c0; column < c1; column++) {
        sum += pixels[line * width + column] >>> 24;
        count++;
      }
    }
    return sum / count;
  }
}
