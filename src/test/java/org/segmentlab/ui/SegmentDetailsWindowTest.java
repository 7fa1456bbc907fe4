// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.segmentlab.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentlab.data.NumberText;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Segments tab on a 1366 x 768 screen: everything about a segment readable without scrolling sideways. */
@ExtendWith(ApplicationExtension.class)
class SegmentDetailsWindowTest {
  private MainViewModel model;
  private Preferences node;

  @Start
  void start(Stage stage) {
    node = Preferences.userRoot().node("org/segmentlab/details-test-" + System.nanoTime());
    model = new MainViewModel(new FxTaskRunner(), new ScriptedDialogs(new FxDialogs(stage)), new AppPreferences(node));
    // what a maximised window leaves for the scene on a 1366 x 768 screen
    stage.setScene(SegmentLabApp.createScene(model, 1366, 700));
    stage.show();
    model.openSample();
  }

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  /** The text a label really draws: ends in "…" when it was cut off. */
  private static String drawn(Label label) {
    return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
        .reduce("", (a, b) -> a + b);
  }

  private static Label label(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class);
  }

  @Test
  void theSelectedSegmentsDetailsAreShownInFullAndTheTableNeedsNoSidewaysScrolling(FxRobot robot)
      throws Exception {
    waitUntil(() -> model.segmentationProperty().get() != null && !model.busyProperty().get());
    robot.clickOn("#tab-segments");
    robot.clickOn("#check-stability");
    waitUntil(() -> model.stabilityProperty().get() != null && !model.busyProperty().get());
    @SuppressWarnings("unchecked")
    TableView<SegmentProfile> table = robot.lookup(".profile-table").queryAs(TableView.class);
    Segmentation result = model.segmentationProperty().get();
    SegmentProfile second = result.segment(2);
    Node cell = robot.from(table)
        .lookup((Node n) -> n instanceof TableCell<?, ?> c && second.name().equals(c.getText()))
        .query();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("2 · " + second.name(), label(robot, "details-title").getText());
    assertEquals(String.format(Locale.ROOT, "%,d of %,d users (%.1f %%)", second.size(), result.clustered(),
        100 * second.share()), label(robot, "details-size").getText());
    assertEquals(String.format(Locale.ROOT, "%.3f", result.quality().perSegment().get(1)),
        label(robot, "details-silhouette").getText());
    assertTrue(label(robot, "details-outcome").getText().contains("of this segment (all users: "),
        label(robot, "details-outcome").getText());
    assertTrue(label(robot, "details-stability").getText().startsWith("best Jaccard overlap"));
    assertEquals(NumberText.round(second.means().get(0), 1), label(robot, "details-mean-0").getText());
    for (String id : new String[] {"details-title", "details-size", "details-silhouette", "details-flags",
        "details-outcome", "details-stability", "details-rule"}) {
      Label shown = label(robot, id);
      assertEquals(shown.getText().replaceAll("\\s+", " "), drawn(shown).replaceAll("\\s+", " ").strip(),
          id + " is drawn in full");
      assertTrue(shown.localToScene(shown.getLayoutBounds()).getMaxX() <= table.getScene().getWidth(), id);
    }
    assertEquals(second.rule(), label(robot, "details-rule").getText());

    for (Node bar : robot.from(table).lookup(".scroll-bar").queryAll()) {
      if (((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL) {
        assertFalse(bar.isVisible(), "the table scrolls sideways");
      }
    }
  }
}
