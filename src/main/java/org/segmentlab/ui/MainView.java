// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: menus, toolbar, setup panel, chart / segments / users tabs, status bar. */
public final class MainView extends BorderPane {
  private final MainViewModel model;
  private final ScatterView chart = new ScatterView();
  private final VBox chartPanel;
  private final Label chartTitle = new Label();
  private final SegmentsView profile;
  private final DataView users;
  private final javafx.event.EventHandler<KeyEvent> escape = this::cancelOnEscape;

  public MainView(MainViewModel model) {
    this.model = model;
    getStyleClass().add("main-view");
    profile = new SegmentsView(model);
    users = new DataView(model);

    chart.setId("scatter");
    chartTitle.getStyleClass().add("chart-title");
    chartTitle.setId("chart-title");
    chartTitle.setWrapText(true);
    chartTitle.textProperty().bind(model.chartTitleProperty());
    var chartArea = new StackPane(chart, placeholder());
    chartPanel = new VBox(chartTitle, chartArea, chart.legend());
    chartPanel.getStyleClass().add("chart-panel");
    VBox.setVgrow(chartArea, Priority.ALWAYS);

    ScanViewModel scan = model.scan();
    Tab chooseK = tab("Choose k", new KScanView(scan));
    chooseK.setOnSelectionChanged(e -> {
      if (chooseK.isSelected()) {
        scan.shown(); // on small data the first visit shows the scan without another click
      }
    });
    var tabs = new TabPane(
        tab("Chart", new VBox(axisBar(), chartPanel)),
        tab("Segments", profile),
        tab("Profile", new ProfileChartView(model)),
        chooseK,
        tab("Users", users));
    VBox.setVgrow(chartPanel, Priority.ALWAYS);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("tabs");

    var setupView = new SetupView(model);
    var setup = new ScrollPane(setupView);
    setup.setFitToWidth(true);
    setup.getStyleClass().add("setup-scroll");

    setTop(new VBox(menuBar(), toolBar()));
    setLeft(pinRunButton(setupView, setup));
    setCenter(tabs);
    setBottom(statusBar());

    model.segmentationProperty().addListener((o, a, b) -> refreshChart());
    model.segmentationProperty().addListener((o, a, b) -> {
      if (chooseK.isSelected()) {
        scan.shown(); // new data segmented while the tab is in view
      }
    });
    model.datasetProperty().addListener((o, a, b) -> refreshChart());
    model.xAxisProperty().addListener((o, a, b) -> refreshChart());
    model.yAxisProperty().addListener((o, a, b) -> refreshChart());
    enableDrop();
    cancelWithEscapeAnywhere();
    refreshChart();
  }

  /**
   * The side panel with its Run button taken out of the scrolling choices and kept below them, so
   * Run is in view however short the window (at 1366×740 it scrolled out of sight).
   */
  private static Node pinRunButton(SetupView setupView, ScrollPane choices) {
    Node run = setupView.lookup("#run-button");
    if (run == null || !(run.getParent() instanceof javafx.scene.layout.Pane parent)) {
      return choices;
    }
    parent.getChildren().remove(run);
    var footer = new StackPane(run);
    footer.getStyleClass().add("setup-footer");
    footer.setPadding(new Insets(8, 12, 10, 12));
    VBox panel = new VBox(choices, footer);
    VBox.setVgrow(choices, Priority.ALWAYS);
    panel.getStyleClass().add("setup-panel");
    return panel;
  }

  /**
   * Esc cancels a running job whatever has the focus: a filter on the scene sees the key before
   * any control (a spinner's text field, a combo box, a table being edited) can consume it.
   */
  private void cancelWithEscapeAnywhere() {
    sceneProperty().addListener((o, old, scene) -> {
      if (old != null) {
        old.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
      }
      if (scene != null) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
      }
    });
  }

  private void cancelOnEscape(KeyEvent event) {
    if (event.getCode() == KeyCode.ESCAPE && model.somethingRunningProperty().get()) {
      model.cancel();
      event.consume();
    }
  }

  private static Tab tab(String name, Node content) {
    Tab tab = new Tab(name, content);
    tab.setId("tab-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    return tab;
  }

  private void refreshChart() {
    var data = model.datasetProperty().get();
    var segmentation = model.segmentationProperty().get();
    chart.show(data, segmentation, model.xAxisProperty().get(), model.yAxisProperty().get());
  }

  /** Stands in for the chart until there are users to show: what is being prepared, or what to do. */
  private Label placeholder() {
    Label placeholder = new Label();
    placeholder.setId("chart-placeholder");
    placeholder.getStyleClass().add("chart-placeholder");
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(Bindings.when(model.busyProperty())
        .then(Bindings.concat("Preparing the data…\n", model.statusProperty()))
        .otherwise("No data yet: open a CSV file (File ▸ Open…) or drop one on this window."));
    placeholder.visibleProperty().bind(model.datasetProperty().isNull());
    chart.visibleProperty().bind(model.datasetProperty().isNotNull());
    return placeholder;
  }

  private Node axisBar() {
    ComboBox<String> x = new ComboBox<>(model.numericColumns());
    x.setId("x-axis");
    x.valueProperty().bindBidirectional(model.xAxisProperty());
    ComboBox<String> y = new ComboBox<>(model.numericColumns());
    y.setId("y-axis");
    y.valueProperty().bindBidirectional(model.yAxisProperty());
    Button reset = new Button("Reset zoom");
    reset.setId("reset-zoom");
    reset.setOnAction(e -> chart.resetZoom());
    Label hint = new Label("Drag to zoom · scroll to zoom · Shift-drag to pan · double-click to reset");
    hint.getStyleClass().add("hint");
    TextField title = new TextField();
    title.setId("chart-title-field");
    title.setPromptText("Title (default: the file's name)");
    title.setPrefColumnCount(18);
    title.textProperty().bindBidirectional(model.chartNameProperty());
    HBox controls = new HBox(8, new Label("X"), x, new Label("Y"), y, reset, title);
    controls.setAlignment(Pos.CENTER_LEFT);
    for (Node control : controls.getChildren()) {
      ((Region) control).setMinWidth(Region.USE_PREF_SIZE); // never "Reset zo…" or a cut column name
    }
    // the hint moves under the controls, whole, when the window is too narrow for both on one line
    hint.setMinWidth(Region.USE_PREF_SIZE);
    FlowPane bar = new FlowPane(24, 4, controls, hint);
    bar.setId("axis-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6, 10, 0, 10));
    return bar;
  }

  private MenuBar menuBar() {
    MenuItem open = item("Open…", "Shortcut+O", model::openFile);
    MenuItem sample = item("Open sample data", null, model::openSample);
    open.disableProperty().bind(model.busyProperty());
    sample.disableProperty().bind(model.busyProperty());
    MenuItem exportCsv = item("Export labelled CSV…", "Shortcut+E", model::exportLabelledCsv);
    MenuItem exportProfile = item("Export profile CSV…", "Shortcut+Shift+E", model::exportProfileCsv);
    var excelSafe = new CheckMenuItem("Excel-safe labelled CSV");
    excelSafe.setId("menu-excel-safe");
    excelSafe.selectedProperty().bindBidirectional(model.excelSafeProperty());
    MenuItem exportReport = item("Export report…", "Shortcut+Shift+R", model::exportReport);
    MenuItem exportModel = item("Export model…", null, model::exportModel);
    MenuItem exportSql = item("Export scoring SQL…", null, model::exportScoringSql);
    MenuItem savePng = item("Save chart as PNG…", "Shortcut+S", this::saveChart);
    MenuItem copy = item("Copy chart", "Shortcut+Shift+C", this::copyChart);
    MenuItem quit = item("Quit", "Shortcut+Q", () -> getScene().getWindow().hide());
    var needResults = new MenuItem[] {exportCsv, exportProfile, exportReport, exportModel, exportSql, savePng, copy};
    for (MenuItem needsResult : needResults) {
      needsResult.disableProperty().bind(model.segmentationProperty().isNull().or(model.busyProperty()));
    }
    Menu file = new Menu("File", null, open, sample, new SeparatorMenuItem(), exportCsv, exportProfile, excelSafe,
        exportReport, exportModel, exportSql, new SeparatorMenuItem(), savePng, copy, new SeparatorMenuItem(), quit);
    MenuItem undo = item("Undo rename", "Shortcut+Z", model::undoRename);
    undo.textProperty().bind(Bindings.when(model.undoTextProperty().isEmpty()).then("Undo rename")
        .otherwise(model.undoTextProperty()));
    undo.disableProperty().bind(model.undoTextProperty().isEmpty());
    MenuItem redo = item("Redo rename", "Shortcut+Shift+Z", model::redoRename);
    redo.textProperty().bind(Bindings.when(model.redoTextProperty().isEmpty()).then("Redo rename")
        .otherwise(model.redoTextProperty()));
    redo.disableProperty().bind(model.redoTextProperty().isEmpty());
    Menu edit = new Menu("Edit", null, undo, redo);
    MenuItem run = item("Run", "Shortcut+R", model::run);
    run.disableProperty().bind(model.canRunProperty().not());
    MenuItem cancel = item("Cancel", "Esc", model::cancel);
    cancel.disableProperty().bind(model.somethingRunningProperty().not());
    MenuItem reset = item("Reset zoom", "Shortcut+0", chart::resetZoom);
    Menu segments = new Menu("Segments", null, run, cancel, new SeparatorMenuItem(), reset);
    Menu help = new Menu("Help", null, item("About SegmentLab", null, model::showAbout));
    return new MenuBar(file, edit, segments, help);
  }

  private static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }

  private ToolBar toolBar() {
    Button open = button("Open…", "toolbar-open", model::openFile);
    open.disableProperty().bind(model.busyProperty());
    Button run = button("Run", "toolbar-run", () -> {
      if (model.busyProperty().get()) {
        model.cancel();
      } else {
        model.run();
      }
    });
    run.textProperty().bind(Bindings.when(model.busyProperty()).then("Cancel").otherwise("Run"));
    run.disableProperty().bind(model.busyProperty().not().and(model.canRunProperty().not()));
    Button export = button("Export CSV…", "toolbar-export", model::exportLabelledCsv);
    Button png = button("Save PNG…", "toolbar-png", this::saveChart);
    Button copy = button("Copy chart", "toolbar-copy", this::copyChart);
    for (Button needsResult : new Button[] {export, png, copy}) {
      needsResult.disableProperty().bind(model.segmentationProperty().isNull().or(model.busyProperty()));
    }
    return new ToolBar(open, run, export, png, copy);
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(e -> action.run());
    return button;
  }

  private Node statusBar() {
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(model.statusProperty());
    status.setWrapText(true); // a long message takes a second line rather than being cut off
    status.setMinHeight(Region.USE_PREF_SIZE);
    ProgressBar progress = new ProgressBar();
    progress.setId("progress");
    progress.progressProperty().bind(model.progressProperty());
    progress.visibleProperty().bind(model.busyProperty());
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox bar = new HBox(10, status, spring, progress);
    bar.getStyleClass().add("status-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 10, 4, 10));
    return bar;
  }

  /** The chart as a slide-ready image: title, legend, white background, twice the pixels. */
  javafx.scene.image.WritableImage chartImage() {
    chartPanel.layout();
    return ChartImage.render(chartPanel, chart);
  }

  private void saveChart() {
    model.saveChartPng(ChartImage.png(chartImage()));
  }

  private void copyChart() {
    var content = new ClipboardContent();
    content.putImage(chartImage());
    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    model.reportStatus("Copied the chart to the clipboard.");
  }

  private void enableDrop() {
    setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    setOnDragDropped(e -> {
      boolean done = false;
      if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
        File file = e.getDragboard().getFiles().get(0);
        model.open(file.toPath());
        done = true;
      }
      e.setDropCompleted(done);
      e.consume();
    });
  }

  /** The chart, for tests. */
  public ScatterView chart() {
    return chart;
  }

  /** The panel that becomes the exported image (title, chart, legend). */
  Node chartPanel() {
    return chartPanel;
  }
}
