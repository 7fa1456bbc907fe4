// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
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

  private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
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
    robot.doubleClickOn(plotCentre(), MouseButton.PRIMARY);
    assertDrawnAsAFreshRender("double-click reset");
    robot.interact(() -> stage.setWidth(stage.getWidth() - 170));
    assertDrawnAsAFreshRender("resize");
    assertHoveringADrawnDotReportsThatUser(robot);
  }

  /** Finds a user drawn alone (no other user within a few pixels), hovers its dot and reads the card. */
  private void assertHoveringADrawnDotReportsThatUser(FxRobot robot) throws Exception {
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
  }
}
