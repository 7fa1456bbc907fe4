// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Turns the chart panel into an image fit for a slide: white background, title, legend, 2× pixels. */
final class ChartImage {
  static final double SCALE = 2;

  private ChartImage() {}

  /** Snapshots the node at twice its size (the scatter's points are redrawn at that resolution). */
  static WritableImage render(Node panel, ScatterView chart) {
    chart.setRenderScale(SCALE);
    try {
      var parameters = new SnapshotParameters();
      parameters.setFill(Color.WHITE);
      parameters.setTransform(Transform.scale(SCALE, SCALE));
      return panel.snapshot(parameters, null);
    } finally {
      chart.setRenderScale(1);
    }
  }

  static byte[] png(WritableImage image) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
