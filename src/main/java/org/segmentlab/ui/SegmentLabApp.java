// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app. */
public final class SegmentLabApp extends Application {
  public static void launchApp(String[] args) {
    Application.launch(SegmentLabApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle("SegmentLab");
    stage.show();
  }
}
