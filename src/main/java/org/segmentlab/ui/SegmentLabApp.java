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
    model.openSample();
  }

  /** The window's scene with the app's stylesheet; tests build the same scene. */
  public static Scene createScene(MainViewModel model, double width, double height) {
    Scene scene = new Scene(new MainView(model), width, height);
    scene.getStylesheets().add(
        Objects.requireNonNull(SegmentLabApp.class.getResource("segmentlab.css")).toExternalForm());
    return scene;
  }
}
