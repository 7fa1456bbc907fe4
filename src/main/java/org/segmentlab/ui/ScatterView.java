// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.segmentlab.data.Dataset;
import org.segmentlab.present.Viewport;
import org.segmentlab.segment.SegmentProfile;
import org.segmentlab.segment.Segmentation;
import tech.tablesaw.api.DoubleColumn;

/**
 * The segment scatter chart. {@code ScatterChart} is the frame (axes, plot area, styling, one
 * series per segment holding its centroid marker), but the users are drawn into one pixel buffer
 * rather than a Node each, so 100,000 users appear and zoom quickly. A grid index over screen
 * positions finds the hovered user for the one shared hover card.
 */
public final class ScatterView extends ScatterChart<Number, Number> {
  private static final double RADIUS = 2.6;
  private static final double HOVER_DISTANCE = 7;
  private static final int CELL = 8;
  private static final double MAX_OPACITY = 0.8;
  private static final double MIN_OPACITY = 0.05;
  private static final String CENTROID_STYLE = "-fx-shape: \"M5,0 L10,5 L5,10 L0,5 Z\"; -fx-scale-shape: true;"
      + " -fx-padding: 10; -fx-background-insets: 0, 1.5, 3.5;";

  private final RoundTickAxis xAxis;
  private final RoundTickAxis yAxis;
  private final Canvas canvas = new Canvas();
  private final Scale canvasScale = new Scale(1, 1, 0, 0);
  private final Rectangle zoomBox = new Rectangle();
  private final Label hoverCard = new Label();
  private final FlowPane legend = new FlowPane(14, 4);

  private Dataset data;
  private Segmentation segmentation;
  private String xColumn;
  private String yColumn;
  private int[] rows = new int[0];
  private double[] xs = new double[0];
  private double[] ys = new double[0];
  private int[] segmentOf = new int[0];
  private Viewport extent = new Viewport(0, 1, 0, 1);
  private Viewport view = extent;
  private double renderScale = 1;
  private int[] cellStart = new int[1];
  private int[] cellItems = new int[0];
  private int gridColumns;
  private int gridRows;
  private float[] screenX = new float[0];
  private float[] screenY = new float[0];
  private int[] pixels = new int[0];
  private WritableImage image;
  private DrawnState drawnState;
  private Stamp stamp;
  private Point2D dragStart;
  private Viewport dragView;
  private int hovered = -1;

  public ScatterView() {
    super(new RoundTickAxis(), new RoundTickAxis());
    xAxis = (RoundTickAxis) getXAxis();
    yAxis = (RoundTickAxis) getYAxis();
    setAnimated(false);
    setLegendVisible(false);
    getStyleClass().add("segment-scatter");
    canvas.getTransforms().add(canvasScale);
    canvas.setManaged(false);
    zoomBox.getStyleClass().add("zoom-box");
    zoomBox.setManaged(false);
    zoomBox.setVisible(false);
    zoomBox.setMouseTransparent(true);
    hoverCard.getStyleClass().add("hover-card");
    hoverCard.setManaged(false);
    hoverCard.setVisible(false);
    hoverCard.setMouseTransparent(true);
    getPlotChildren().addAll(canvas, zoomBox, hoverCard);
    legend.getStyleClass().add("segment-legend");
    legend.setAlignment(Pos.CENTER);
    legend.setPadding(new Insets(4, 8, 4, 8));
    canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX() / renderScale, e.getY() / renderScale));
    canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
        resetZoom();
      }
    });
  }

  /** The legend, laid out by the caller under the chart; it belongs to this chart's segments. */
  public FlowPane legend() {
    return legend;
  }

  /** Shows a segmentation (or just the data) with the given axis columns. */
  public void show(Dataset newData, Segmentation newSegmentation, String x, String y) {
    boolean sameView = newData == data && x != null && x.equals(xColumn) && y != null && y.equals(yColumn);
    data = newData;
    segmentation = newSegmentation != null && newSegmentation.dataset() == newData ? newSegmentation : null;
    xColumn = x;
    yColumn = y;
    extractPoints();
    if (!sameView) {
      extent = computeExtent();
      view = extent;
    }
    xAxis.setLabel(x == null ? "" : ColumnText.axisTitle(x));
    yAxis.setLabel(y == null ? "" : ColumnText.axisTitle(y));
    rebuildSeries();
    rebuildLegend();
    applyView();
    hideHover();
  }

  private void extractPoints() {
    if (data == null || xColumn == null || yColumn == null
        || !(data.table().column(xColumn) instanceof DoubleColumn xCol)
        || !(data.table().column(yColumn) instanceof DoubleColumn yCol)) {
      rows = new int[0];
      xs = new double[0];
      ys = new double[0];
      segmentOf = new int[0];
      return;
    }
    int n = data.rowCount();
    int[] keep = new int[n];
    int count = 0;
    for (int r = 0; r < n; r++) {
      double x = xCol.getDouble(r);
      double y = yCol.getDouble(r);
      if (Double.isFinite(x) && Double.isFinite(y)) {
        keep[count++] = r;
      }
    }
    rows = java.util.Arrays.copyOf(keep, count);
    xs = new double[count];
    ys = new double[count];
    segmentOf = new int[count];
    for (int i = 0; i < count; i++) {
      xs[i] = xCol.getDouble(rows[i]);
      ys[i] = yCol.getDouble(rows[i]);
      segmentOf[i] = segmentation == null ? 0 : segmentation.segmentOfTableRow(rows[i]);
    }
  }

  /** The full view: every user, with room around them; zoom and pan stay inside it. */
  private Viewport computeExtent() {
    if (xs.length == 0) {
      return new Viewport(0, 1, 0, 1);
    }
    double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < xs.length; i++) {
      b[0] = Math.min(b[0], xs[i]);
      b[1] = Math.max(b[1], xs[i]);
      b[2] = Math.min(b[2], ys[i]);
      b[3] = Math.max(b[3], ys[i]);
    }
    double[] x = paddedRange(b[0], b[1]);
    double[] y = paddedRange(b[2], b[3]);
    return new Viewport(x[0], x[1], y[0], y[1]);
  }

  /**
   * A range that ends on a round value above the data (so the axes read 0 … 35,000) and starts
   * on a round value below it, but never below zero for data that is never negative unless the
   * lowest users would then sit on the axis: then it starts a little below them, so a user at 0
   * is drawn whole and can be hovered.
   */
  static double[] paddedRange(double lowest, double highest) {
    double span = highest - lowest == 0 ? Math.max(1, Math.abs(lowest)) : highest - lowest;
    double step = RoundTickAxis.niceStep(span * 1.06 / 7);
    double upper = Math.ceil((highest + 0.03 * span) / step) * step;
    double lower = Math.floor((lowest - 0.03 * span) / step) * step;
    if (lowest >= 0 && lower < 0) {
      lower = 0;
    }
    if (lower > lowest - 0.02 * span) {
      lower = lowest - 0.02 * span;
    }
    return new double[] {lower, upper};
  }

  /** One series per segment, holding its centroid (the mean of its users on the two axes). */
  private void rebuildSeries() {
    List<XYChart.Series<Number, Number>> all = new ArrayList<>();
    if (segmentation != null) {
      int k = segmentation.segments().size();
      double[] sumX = new double[k + 1];
      double[] sumY = new double[k + 1];
      int[] count = new int[k + 1];
      for (int i = 0; i < xs.length; i++) {
        sumX[segmentOf[i]] += xs[i];
        sumY[segmentOf[i]] += ys[i];
        count[segmentOf[i]]++;
      }
      for (SegmentProfile profile : segmentation.segments()) {
        int c = profile.number();
        var series = new XYChart.Series<Number, Number>();
        series.setName(profile.name());
        if (count[c] > 0) {
          var centroid = new XYChart.Data<Number, Number>(sumX[c] / count[c], sumY[c] / count[c]);
          Region marker = new Region();
          // ScatterChart replaces a symbol's style classes, so the marker's look is set inline
          String colour = SegmentPalette.css(profile.identity());
          marker.setStyle(CENTROID_STYLE + "-fx-background-color: #1e2026, white, " + colour + ";");
          marker.setMouseTransparent(true);
          centroid.setNode(marker);
          series.getData().add(centroid);
        }
        all.add(series);
      }
    }
    getData().setAll(all);
  }

  private void rebuildLegend() {
    legend.getChildren().clear();
    if (segmentation == null) {
      return;
    }
    for (SegmentProfile profile : segmentation.segments()) {
      Label item = new Label(String.format(Locale.ROOT, "%s (%,d)", profile.name(), profile.size()));
      item.setGraphic(new Circle(6, SegmentPalette.color(profile.identity())));
      item.getStyleClass().add("segment-legend-item");
      legend.getChildren().add(item);
    }
    if (segmentation.skipped() > 0) {
      Label item = new Label(String.format(Locale.ROOT, "Skipped, missing values (%,d)", segmentation.skipped()));
      item.setGraphic(new Circle(6, SegmentPalette.SKIPPED));
      item.getStyleClass().add("segment-legend-item");
      legend.getChildren().add(item);
    }
  }

  private void applyView() {
    xAxis.showRange(view.xMin(), view.xMax());
    yAxis.showRange(view.yMin(), view.yMax());
    hideHover(); // the users under the pointer have moved
    requestChartLayout();
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    draw();
  }

  /** Draws every user into one image the size of the plot area (times the render scale). */
  private void draw() {
    double width = xAxis.getWidth();
    double height = yAxis.getHeight();
    if (width < 1 || height < 1) {
      return;
    }
    // layout can run more than once per frame: draw only when something visible changed,
    // keyed on the value ranges shown, not on where the axes happen to be on screen
    var state = new DrawnState(xs, segmentOf, segmentation, width, height, renderScale, view);
    if (state.equals(drawnState)) {
      return;
    }
    drawnState = state;
    int w = (int) Math.ceil(width * renderScale);
    int h = (int) Math.ceil(height * renderScale);
    canvas.setWidth(w);
    canvas.setHeight(h);
    canvasScale.setX(1 / renderScale);
    canvasScale.setY(1 / renderScale);
    canvas.relocate(0, 0);
    if (pixels.length != w * h) {
      pixels = new int[w * h];
      image = new WritableImage(w, h);
    } else {
      java.util.Arrays.fill(pixels, 0);
    }
    int n = xs.length;
    if (screenX.length != n) {
      screenX = new float[n];
      screenY = new float[n];
    }
    double opacity = opacity(width, height);
    if (stamp == null || stamp.radius != RADIUS * renderScale || stamp.opacity != opacity) {
      stamp = new Stamp(RADIUS * renderScale, opacity);
    }
    int[] colors = new int[Math.max(2, segmentation == null ? 2 : segmentation.segments().size() + 1)];
    for (int c = 0; c < colors.length; c++) {
      colors[c] = argb(segmentation == null ? Color.web("#4477AA")
          : SegmentPalette.color(c == 0 ? 0 : segmentation.segment(c).identity()));
    }
    // skipped users first, so segment colours are drawn on top of them
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < n; i++) {
        boolean skipped = segmentOf[i] == 0;
        if (skipped != (pass == 0)) {
          continue;
        }
        float px = (float) view.pixelX(xs[i], width);
        float py = (float) view.pixelY(ys[i], height);
        screenX[i] = px;
        screenY[i] = py;
        int cx = (int) (px * renderScale);
        int cy = (int) (py * renderScale);
        if (cx >= -stamp.reach && cy >= -stamp.reach && cx < w + stamp.reach && cy < h + stamp.reach) {
          stamp.draw(pixels, w, h, cx, cy, colors[Math.min(segmentOf[i], colors.length - 1)]);
        }
      }
    }
    image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
    var g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, w, h);
    g.drawImage(image, 0, 0);
    buildIndex(width, height);
  }

  /**
   * How opaque one user's dot is: nearly opaque while dots seldom overlap, and fainter as the
   * users shown crowd the plot, so that blended dots build up where users are dense and a crowd
   * reads as a crowd instead of a solid block of colour (at 1,000,000 users).
   */
  private double opacity(double width, double height) {
    int shown = 0;
    for (int i = 0; i < xs.length; i++) {
      if (xs[i] >= view.xMin() && xs[i] <= view.xMax() && ys[i] >= view.yMin() && ys[i] <= view.yMax()) {
        shown++;
      }
    }
    // how many dots cover an average pixel of the plot
    double overlap = shown * Math.PI * RADIUS * RADIUS / (width * height);
    return Math.max(MIN_OPACITY, Math.min(MAX_OPACITY, 1 / overlap));
  }

  /** What a drawn image shows; arrays compare by identity, as a new result brings new arrays. */
  private record DrawnState(double[] xs, int[] segmentOf, Segmentation segmentation, double width,
      double height, double renderScale, Viewport view) {
    @Override
    public boolean equals(Object other) {
      return other instanceof DrawnState o && xs == o.xs && segmentOf == o.segmentOf
          && segmentation == o.segmentation && width == o.width && height == o.height
          && renderScale == o.renderScale && view.equals(o.view);
    }

    @Override
    public int hashCode() {
      return view.hashCode();
    }
  }

  private static int argb(Color c) {
    return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }

  /**
   * A filled disc with a soft edge, as coverage weights (0..256) precomputed for each pixel
   * offset, blended over what is already drawn in premultiplied ARGB with integer arithmetic.
   */
  private static final class Stamp {
    final double radius;
    final double opacity;
    final int reach;
    final int[] dx;
    final int[] dy;
    final int[] weight;

    private Stamp(double radius, double opacity) {
      this.radius = radius;
      this.opacity = opacity;
      reach = (int) Math.ceil(radius + 0.5);
      List<int[]> cells = new ArrayList<>();
      for (int y = -reach; y <= reach; y++) {
        for (int x = -reach; x <= reach; x++) {
          double d = Math.sqrt(x * x + y * y);
          int coverage = (int) Math.round(Math.max(0, Math.min(1, radius - d + 0.5)) * opacity * 256);
          if (coverage > 0) {
            cells.add(new int[] {x, y, coverage});
          }
        }
      }
      dx = cells.stream().mapToInt(c -> c[0]).toArray();
      dy = cells.stream().mapToInt(c -> c[1]).toArray();
      weight = cells.stream().mapToInt(c -> c[2]).toArray();
    }

    void draw(int[] pixels, int w, int h, int cx, int cy, int color) {
      int red = color >> 16 & 0xFF;
      int green = color >> 8 & 0xFF;
      int blue = color & 0xFF;
      for (int k = 0; k < weight.length; k++) {
        int x = cx + dx[k];
        int y = cy + dy[k];
        if (x < 0 || y < 0 || x >= w || y >= h) {
          continue;
        }
        int index = y * w + x;
        int old = pixels[index];
        int a = weight[k];
        int keep = 256 - a;
        pixels[index] = ((255 * a + (old >>> 24) * keep) >> 8) << 24
            | ((red * a + (old >> 16 & 0xFF) * keep) >> 8) << 16
            | ((green * a + (old >> 8 & 0xFF) * keep) >> 8) << 8
            | (blue * a + (old & 0xFF) * keep) >> 8;
      }
    }
  }

  /** A counting-sort grid of screen cells, so hover looks at a few points, not all of them. */
  private void buildIndex(double width, double height) {
    gridColumns = Math.max(1, (int) Math.ceil(width / CELL));
    gridRows = Math.max(1, (int) Math.ceil(height / CELL));
    int cells = gridColumns * gridRows;
    int[] counts = new int[cells + 1];
    int n = xs.length;
    int[] cellOf = new int[n];
    for (int i = 0; i < n; i++) {
      int cell = cellOf(screenX[i], screenY[i]);
      cellOf[i] = cell;
      if (cell >= 0) {
        counts[cell + 1]++;
      }
    }
    for (int c = 0; c < cells; c++) {
      counts[c + 1] += counts[c];
    }
    cellStart = counts.clone();
    cellItems = new int[counts[cells]];
    int[] fill = java.util.Arrays.copyOf(counts, cells);
    for (int i = 0; i < n; i++) {
      if (cellOf[i] >= 0) {
        cellItems[fill[cellOf[i]]++] = i;
      }
    }
  }

  private int cellOf(double x, double y) {
    if (x < 0 || y < 0) {
      return -1;
    }
    int cx = (int) (x / CELL);
    int cy = (int) (y / CELL);
    if (cx >= gridColumns || cy >= gridRows) {
      return -1;
    }
    return cy * gridColumns + cx;
  }

  /** The point nearest to a position in plot coordinates, within a few pixels; -1 if none. */
  int pointNear(double x, double y) {
    int best = -1;
    double bestDistance = HOVER_DISTANCE * HOVER_DISTANCE;
    int cx = (int) Math.floor(x / CELL);
    int cy = (int) Math.floor(y / CELL);
    for (int gy = cy - 1; gy <= cy + 1; gy++) {
      for (int gx = cx - 1; gx <= cx + 1; gx++) {
        if (gx < 0 || gy < 0 || gx >= gridColumns || gy >= gridRows) {
          continue;
        }
        int cell = gy * gridColumns + gx;
        for (int at = cellStart[cell]; at < cellStart[cell + 1]; at++) {
          int i = cellItems[at];
          double dx = screenX[i] - x;
          double dy = screenY[i] - y;
          double distance = dx * dx + dy * dy;
          if (distance < bestDistance || distance == bestDistance && i < best) {
            bestDistance = distance;
            best = i;
          }
        }
      }
    }
    return best;
  }

  private void hover(double x, double y) {
    int point = pointNear(x, y);
    if (point < 0) {
      hideHover();
      return;
    }
    if (point != hovered) {
      hovered = point;
      hoverCard.setText(describe(point));
    }
    hoverCard.setVisible(true);
    hoverCard.autosize();
    double cardX = screenX[point] + 12;
    double cardY = screenY[point] + 12;
    if (cardX + hoverCard.getWidth() > xAxis.getWidth()) {
      cardX = screenX[point] - 12 - hoverCard.getWidth();
    }
    if (cardY + hoverCard.getHeight() > yAxis.getHeight()) {
      cardY = screenY[point] - 12 - hoverCard.getHeight();
    }
    hoverCard.relocate(Math.max(0, cardX), Math.max(0, cardY));
    hoverCard.toFront();
  }

  private String describe(int point) {
    int row = rows[point];
    var text = new StringBuilder();
    String id = ColumnText.idColumn(data);
    text.append(id).append(' ').append(ColumnText.cell(data, id, row));
    List<String> shown = new ArrayList<>(List.of(xColumn, yColumn));
    for (String standard : List.of(org.segmentlab.segment.SegmentationSettings.MINUTES,
        org.segmentlab.segment.SegmentationSettings.SPEND)) {
      if (!shown.contains(standard) && data.column(standard).isPresent()) {
        shown.add(standard);
      }
    }
    for (String column : shown.stream().distinct().toList()) {
      text.append('\n').append(column).append(": ").append(ColumnText.cell(data, column, row));
    }
    int segment = segmentOf[point];
    text.append('\n').append("Segment: ")
        .append(segment == 0 ? "none (missing values)" : segmentation.segment(segment).name());
    return text.toString();
  }

  private void hideHover() {
    hovered = -1;
    hoverCard.setVisible(false);
  }

  private void pressed(MouseEvent e) {
    dragStart = new Point2D(e.getX() / renderScale, e.getY() / renderScale);
    dragView = view;
  }

  private boolean panning(MouseEvent e) {
    return e.isShiftDown() || e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE;
  }

  private void dragged(MouseEvent e) {
    if (dragStart == null) {
      return;
    }
    hideHover();
    double x = e.getX() / renderScale;
    double y = e.getY() / renderScale;
    if (panning(e)) {
      double dx = (x - dragStart.getX()) / xAxis.getWidth() * dragView.width();
      double dy = (y - dragStart.getY()) / yAxis.getHeight() * dragView.height();
      view = dragView.shifted(-dx, dy).within(extent);
      applyView();
      return;
    }
    zoomBox.setVisible(true);
    zoomBox.setX(Math.min(x, dragStart.getX()));
    zoomBox.setY(Math.min(y, dragStart.getY()));
    zoomBox.setWidth(Math.abs(x - dragStart.getX()));
    zoomBox.setHeight(Math.abs(y - dragStart.getY()));
  }

  private void released(MouseEvent e) {
    if (dragStart == null) {
      return;
    }
    if (zoomBox.isVisible() && zoomBox.getWidth() > 5 && zoomBox.getHeight() > 5) {
      double xa = xAxis.getValueForDisplay(zoomBox.getX()).doubleValue();
      double xb = xAxis.getValueForDisplay(zoomBox.getX() + zoomBox.getWidth()).doubleValue();
      double ya = yAxis.getValueForDisplay(zoomBox.getY() + zoomBox.getHeight()).doubleValue();
      double yb = yAxis.getValueForDisplay(zoomBox.getY()).doubleValue();
      zoomTo(Math.min(xa, xb), Math.max(xa, xb), Math.min(ya, yb), Math.max(ya, yb));
    }
    zoomBox.setVisible(false);
    dragStart = null;
  }

  private void scrolled(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    double factor = e.getDeltaY() > 0 ? 1 / 1.25 : 1.25;
    double cx = xAxis.getValueForDisplay(e.getX() / renderScale).doubleValue();
    double cy = yAxis.getValueForDisplay(e.getY() / renderScale).doubleValue();
    zoomTo(cx - (cx - view.xMin()) * factor, cx + (view.xMax() - cx) * factor,
        cy - (cy - view.yMin()) * factor, cy + (view.yMax() - cy) * factor);
    e.consume();
  }

  /** Shows only the given value ranges, as far as they lie within the full view. */
  public void zoomTo(double xMin, double xMax, double yMin, double yMax) {
    if (!(xMax > xMin) || !(yMax > yMin)) {
      return;
    }
    view = new Viewport(xMin, xMax, yMin, yMax).within(extent);
    applyView();
  }

  /** Shows all users again. */
  public void resetZoom() {
    view = extent;
    applyView();
  }

  /** The value ranges shown: x min, x max, y min, y max. */
  public double[] visibleBounds() {
    return new double[] {view.xMin(), view.xMax(), view.yMin(), view.yMax()};
  }

  /** Renders points at a higher resolution, for a sharp exported image; 1 on screen. */
  void setRenderScale(double scale) {
    renderScale = scale;
    requestChartLayout();
    layout();
    draw();
  }

  /** Number of users drawn (those with values on both axes). */
  public int pointCount() {
    return xs.length;
  }

  /** The table row of drawn point i. */
  public int tableRowOfPoint(int i) {
    return rows[i];
  }

  /** Where point i is on screen, for tests that hover it. */
  public Point2D screenPositionOfPoint(int i) {
    return canvas.localToScreen(screenX[i] * renderScale, screenY[i] * renderScale);
  }

  /** The drawn image's pixels (premultiplied ARGB, row by row), for tests to compare renders. */
  int[] drawnPixels() {
    if (image == null) {
      return new int[0];
    }
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] copy = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), copy, 0, w);
    return copy;
  }

  /** The hover card, for tests to read what it shows. */
  Label hoverCard() {
    return hoverCard;
  }
}
