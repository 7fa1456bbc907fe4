// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When X-means and the Choose k scan disagree, the status bar says why. */
class AutoKExplainedTest {
  private final Preferences node = Preferences.userRoot().node("org/segmentlab/autok-test-" + System.nanoTime());

  @AfterEach
  void tearDown() throws Exception {
    node.removeNode();
  }

  @Test
  void xMeansChoosingAnotherKThanTheScanIsExplained() {
    var model = new MainViewModel(new ImmediateRunner(), new ScriptedDialogs(), new AppPreferences(node));
    model.openSample();
    model.scan().scan();
    int recommended = model.scan().resultProperty().get().bestK();
    model.setup().autoKProperty().set(true);
    model.run();
    int chosen = model.segmentationProperty().get().segments().size();
    assertNotEquals(recommended, chosen, "the sample is a case where they differ");
    String status = model.statusProperty().get();
    assertTrue(status.contains("X-means chose k = " + chosen + " where the Choose k scan recommends k = "
        + recommended + ": X-means splits a segment whenever two fit its users better by an information criterion"),
        status);
    assertTrue(status.contains("the scan recommends the k whose segments lie most clearly apart (silhouette)"), status);
  }
}
