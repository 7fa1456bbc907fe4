// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
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
    open(stage, model, preferences, visibleScreen(preferences));
    if (Boolean.getBoolean("segmentlab.reportFirstFrame")) {
      reportFirstFrame(stage.getScene());
    }
  }

  /** The visible part (without task bar or menu bar) of the screen the window was last on. */
  private static Rectangle2D visibleScreen(AppPreferences preferences) {
    double x = preferences.windowX();
    double y = preferences.windowY();
    if (Double.isFinite(x) && Double.isFinite(y)) {
      var screens = Screen.getScreensForRectangle(x, y, preferences.windowWidth(), preferences.windowHeight());
      if (!screens.isEmpty()) {
        return screens.get(0).getVisualBounds();
      }
    }
    return Screen.getPrimary().getVisualBounds();
  }

  /**
   * Shows the main window inside {@code screen} at once, and only then prepares the sample: on a
   * busy machine the window and a "preparing" state appear before the loading competes for it.
   */
  static void open(Stage stage, MainViewModel model, AppPreferences preferences, Rectangle2D screen) {
    Rectangle2D bounds = WindowPlacement.fit(preferences.windowWidth(), preferences.windowHeight(),
        preferences.windowX(), preferences.windowY(), screen);
    stage.setScene(createScene(model, bounds.getWidth(), bounds.getHeight()));
    stage.setX(bounds.getMinX());
    stage.setY(bounds.getMinY());
    stage.setWidth(bounds.getWidth());
    stage.setHeight(bounds.getHeight());
    stage.titleProperty().bind(model.titleProperty());
    stage.setOnHidden(e -> preferences.windowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    stage.show();
    afterFirstFrame(stage.getScene(), model::openSample);
  }

  /** Runs an action once the scene's first frame has been laid out and handed to the renderer. */
  private static void afterFirstFrame(Scene scene, Runnable action) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      scene.removePostLayoutPulseListener(listener[0]);
      Platform.runLater(action);
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  /**
   * For start-up measurements (jlink/measure-startup.sh): prints the wall-clock time of the
   * first frame drawn, then quits.
   */
  private static void reportFirstFrame(Scene scene) {
    afterFirstFrame(scene, () -> {
      System.out.println("first-frame-epoch-ms " + System.currentTimeMillis());
      Platform.exit();
    });
  }

  /** The window's scene with the app's stylesheet; tests build the same scene. */
  public static Scene createScene(MainViewModel model, double width, double height) {
    Scene scene = new Scene(new MainView(model), width, height);
    scene.getStylesheets().add(
        Objects.requireNonNull(SegmentLabApp.class.getResource("segmentlab.css")).toExternalForm());
    return scene;
  }
}
