// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.segmentlab.data.Dataset;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.data.SampleData;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;

/**
 * Measures the scatter chart with many users: time for the users to appear, time per frame while
 * zooming and panning, and the hover look-up. Prints figures; needs a display (xvfb-run on a server):
 * {@code java -cp target/segmentlab.jar org.segmentlab.ui.ChartBenchmark 100000}.
 */
public final class ChartBenchmark {
  private static Dataset data;
  private static Segmentation segmentation;

  private ChartBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = Files.createTempFile("segmentlab-chart", ".csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      SampleData.write(out, rows, 42);
    }
    data = DatasetLoader.load(file);
    segmentation = Segmenter.run(data, SegmentationSettings.defaults(
        List.of(SegmentationSettings.MINUTES, SegmentationSettings.SPEND)));
    Files.delete(file);
    Application.launch(Runner.class);
  }

  /** The window that is measured. */
  public static final class Runner extends Application {
    private final List<Double> zoomFrames = new ArrayList<>();
    private final List<Double> panFrames = new ArrayList<>();
    private ScatterView chart;
    private long actionStart;
    private int step;

    @Override
    public void start(Stage stage) {
      chart = new ScatterView();
      VBox root = new VBox(chart, chart.legend());
      VBox.setVgrow(chart, Priority.ALWAYS);
      Scene scene = new Scene(root, 1200, 800);
      stage.setScene(scene);
      stage.show();
      scene.addPostLayoutPulseListener(this::afterPulse);
      actionStart = System.nanoTime();
      chart.show(data, segmentation, SegmentationSettings.MINUTES, SegmentationSettings.SPEND);
    }

    private void afterPulse() {
      if (step > 60) {
        return;
      }
      double ms = (System.nanoTime() - actionStart) / 1e6;
      if (step == 0) {
        System.out.printf(Locale.ROOT, "users drawn: %,d%nappear: %.0f ms (show() to the laid-out, drawn chart)%n",
            chart.pointCount(), ms);
        measureHover();
      } else if (step <= 30) {
        zoomFrames.add(ms);
      } else {
        panFrames.add(ms);
      }
      step++;
      if (step > 60) {
        report();
      } else {
        Platform.runLater(this::nextAction);
      }
    }

    /** Zooms in a little (first 30 steps), then pans (next 30); each change draws one frame. */
    private void nextAction() {
      double[] b = chart.visibleBounds();
      actionStart = System.nanoTime();
      if (step <= 30) {
        double cx = (b[0] + b[1]) / 2;
        double cy = (b[2] + b[3]) / 2;
        double f = 0.92;
        chart.zoomTo(cx - (cx - b[0]) * f, cx + (b[1] - cx) * f, cy - (cy - b[2]) * f, cy + (b[3] - cy) * f);
      } else {
        double dx = (b[1] - b[0]) * 0.03;
        chart.zoomTo(b[0] + dx, b[1] + dx, b[2], b[3]);
      }
    }

    private void report() {
      System.out.printf(Locale.ROOT, "zoom: median %.1f ms, worst %.1f ms per frame (30 steps)%n",
          median(zoomFrames), zoomFrames.stream().mapToDouble(Double::doubleValue).max().orElse(0));
      System.out.printf(Locale.ROOT, "pan: median %.1f ms, worst %.1f ms per frame (30 steps)%n",
          median(panFrames), panFrames.stream().mapToDouble(Double::doubleValue).max().orElse(0));
      Platform.exit();
    }

    /** The hover look-up over the whole chart, at random positions. */
    private void measureHover() {
      var random = new SplittableRandom(1);
      long start = System.nanoTime();
      int found = 0;
      for (int i = 0; i < 100_000; i++) {
        if (chart.pointNear(random.nextDouble() * 1100, random.nextDouble() * 700) >= 0) {
          found++;
        }
      }
      System.out.printf(Locale.ROOT, "hover look-up: %.2f µs each (%,d of 100,000 positions near a user)%n",
          (System.nanoTime() - start) / 1e3 / 100_000, found);
    }

    private static double median(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      sorted.sort(null);
      return sorted.get(sorted.size() / 2);
    }
  }
}
