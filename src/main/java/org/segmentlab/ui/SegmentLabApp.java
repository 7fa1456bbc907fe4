// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: opens the main window on the bundled sample, segmented with the defaults. */
public final class SegmentLabApp extends Application {

  /** Starts the desktop app; called by {@code Main}, which must not extend Application itself. */
  public static void launchApp(String[] args) {
    Application.launch(SegmentLabApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    AppPreferences preferences = AppPreferences.forUser();
    MainViewModel model = new MainViewModel(new FxTaskRunner(), new FxDialogs(stage), preferences);
    stage.setScene(createScene(model, preferences.windowWidth(), preferences.windowHeight()));
    stage.titleProperty().bind(model.titleProperty());
    stage.setOnHidden(e -> preferences.windowSize(stage.getWidth(), stage.getHeight()));
    stage.show();
    if (Boolean.getBoolean("segmentlab.reportFirstFrame")) {
      reportFirstFrame(stage.getScene());
    }
    model.openSample();
  }

  /**
   * For start-up measurements (jlink/measure-startup.sh): prints the wall-clock time of the
   * first frame drawn, then quits.
   */
  private static void reportFirstFrame(Scene scene) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      scene.removePostLayoutPulseListener(listener[0]);
      // the pulse that laid the scene out renders it; report once that frame is on its way
      javafx.application.Platform.runLater(() -> {
        System.out.println("first-frame-epoch-ms " + System.currentTimeMillis());
        javafx.application.Platform.exit();
      });
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  /** The window's scene with the app's stylesheet; tests build the same scene. */
  public static Scene createScene(MainViewModel model, double width, double height) {
    Scene scene = new Scene(new MainView(model), width, height);
    scene.getStylesheets().add(
        Objects.requireNonNull(SegmentLabApp.class.getResource("segmentlab.css")).toExternalForm());
    return scene;
  }
}
