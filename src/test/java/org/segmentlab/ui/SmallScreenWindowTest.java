// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as it opens on a laptop screen (1366×768) and a common desktop one (1600×1000): inside
 * the visible screen, with nothing a user needs cut off.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenWindowTest {
  private Stage stage;
  private Preferences node;
  private MainViewModel model;

  @Start
  void start(Stage primary) {
    node = Preferences.userRoot().node("org/segmentlab/screen-test-" + System.nanoTime());
  }

  @AfterEach
  void tearDown(FxRobot robot) throws Exception {
    if (stage != null) {
      robot.interact(stage::hide); // remembers its bounds in the test's own preferences
    }
    node.removeNode();
  }

  private void openOn(FxRobot robot, Rectangle2D screen, BackgroundRunner runner) {
    robot.interact(() -> {
      stage = new Stage();
      var preferences = new AppPreferences(node);
      model = new MainViewModel(runner, new ScriptedDialogs(new FxDialogs(stage)), preferences);
      SegmentLabApp.open(stage, model, preferences, screen);
    });
  }

  private void waitForTheSample() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aWindowRememberedOnABiggerScreenOpensInsideA1366By768ScreenWithNothingCutOff(FxRobot robot)
      throws Exception {
    new AppPreferences(node).windowBounds(43, -17, 1280, 820);
    Rectangle2D screen = new Rectangle2D(0, 0, 1366, 768);
    openOn(robot, screen, new FxTaskRunner());
    waitForTheSample();
    assertInside(screen);
    assertNothingCutOff();
  }

  @Test
  void aFirstLaunchOnA1600By1000ScreenIsInsideItWithNothingCutOff(FxRobot robot) throws Exception {
    Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);
    openOn(robot, screen, new FxTaskRunner());
    waitForTheSample();
    assertInside(screen);
    assertEquals(1280, stage.getWidth());
    assertNothingCutOff();
  }

  @Test
  void theWindowShowsThatTheSampleIsBeingPreparedBeforeItIsReady(FxRobot robot) throws Exception {
    var runner = new ImmediateRunner();
    runner.hold(); // the sample's loading waits until the test lets it run
    openOn(robot, new Rectangle2D(0, 0, 1600, 1000), runner);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    var placeholder = robot.lookup("#chart-placeholder").queryLabeled();
    assertTrue(placeholder.isVisible());
    assertEquals("Preparing the data…\nLoading userbehaviour.csv…", placeholder.getText());
    assertTrue(robot.lookup("#toolbar-run").queryButton().isVisible(), "the window is drawn around it");
    robot.interact(runner::runHeld);
    waitForTheSample();
    assertFalse(placeholder.isVisible());
    assertEquals(999, ((MainView) stage.getScene().getRoot()).chart().pointCount());
  }

  private void assertInside(Rectangle2D screen) {
    Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    assertTrue(screen.contains(window), window + " inside " + screen);
  }

  /** Every label, button and chooser shown reads in full, and both Run buttons are in view. */
  private void assertNothingCutOff() {
    Parent root = stage.getScene().getRoot();
    List<String> cut = new ArrayList<>();
    List<Labeled> checked = new ArrayList<>();
    collect(root, checked);
    for (Labeled labeled : checked) {
      String full = labeled.getText() == null ? "" : labeled.getText();
      if (full.isEmpty() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
        continue;
      }
      // the skin draws the text as a Text child, shortened with "…" when it does not fit
      for (Node child : labeled.getChildrenUnmodifiable()) {
        if (child instanceof Text text && !text.getText().equals(full)) {
          cut.add(full + " shown as " + text.getText());
        }
      }
    }
    assertTrue(checked.size() > 20, "labels checked: " + checked.size());
    assertTrue(cut.isEmpty(), "cut off: " + cut);
    for (String id : List.of("#toolbar-run", "#run-button", "#reset-zoom", "#status")) {
      Node node = root.lookup(id);
      Bounds bounds = node.localToScene(node.getLayoutBounds());
      assertTrue(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= stage.getScene().getWidth()
          && bounds.getMaxY() <= stage.getScene().getHeight(), id + " in the window: " + bounds);
      for (Parent up = node.getParent(); up != null; up = up.getParent()) {
        assertFalse(up instanceof ScrollPane && !id.equals("#status"), id + " does not scroll out of view");
      }
    }
  }

  /** Labeled nodes the user sees now (tables' cells are the tables' own concern). */
  private static void collect(Node node, List<Labeled> into) {
    if (!node.isVisible() || node instanceof TableView<?>) {
      return;
    }
    if (node instanceof Labeled labeled) {
      into.add(labeled);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, into);
      }
    }
  }
}
