// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.segmentlab.export.Versions;
import org.segmentlab.export.sql.SqlDialect;

/** The real dialogs: JavaFX file choosers and alerts owned by the main window. */
final class FxDialogs implements Dialogs {
  private final Window owner;

  FxDialogs(Window owner) {
    this.owner = owner;
  }

  @Override
  public Optional<Path> chooseFileToOpen(Path folder) {
    var chooser = new FileChooser();
    chooser.setTitle("Open users CSV");
    chooser.setInitialDirectory(folder.toFile());
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("CSV and text files", "*.csv", "*.tsv", "*.txt"),
        new FileChooser.ExtensionFilter("All files", "*"));
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, String type) {
    var chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialDirectory(folder.toFile());
    chooser.setInitialFileName(suggestedName);
    String extension = "*." + type.toLowerCase(java.util.Locale.ROOT);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type + " files", extension));
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  @Override
  public boolean confirmReplace(Path file) {
    var replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
    var alert = new Alert(Alert.AlertType.CONFIRMATION, null, replace, ButtonType.CANCEL);
    alert.initOwner(owner);
    alert.setTitle("SegmentLab");
    alert.setHeaderText("Replace " + file.getFileName() + "?");
    alert.setContentText("A file with this name already exists in " + file.toAbsolutePath().getParent()
        + ". Replacing it overwrites what it holds.");
    alert.getDialogPane().setId("confirm-replace");
    return alert.showAndWait().filter(replace::equals).isPresent();
  }

  @Override
  public Optional<SqlTarget> chooseSqlTarget(String suggestedTable) {
    var dialog = new Dialog<SqlTarget>();
    dialog.initOwner(owner);
    dialog.setTitle("SegmentLab");
    dialog.setHeaderText("Export scoring SQL: one SELECT that labels every row of a table where it lives.");
    ComboBox<SqlDialect> engine = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
        SqlDialect.values()));
    engine.setId("sql-dialect");
    engine.setValue(SqlDialect.ANSI);
    TextField table = new TextField(suggestedTable);
    table.setId("sql-table");
    table.setPromptText("schema.users");
    var grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("SQL engine"), engine);
    grid.addRow(1, new Label("Table of users"), table);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(table.textProperty().isEmpty());
    dialog.setResultConverter(button -> button == ButtonType.OK
        ? new SqlTarget(engine.getValue(), table.getText().strip()) : null);
    return dialog.showAndWait();
  }

  @Override
  public void showError(String title, String message, Throwable details) {
    var alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle("SegmentLab");
    alert.setHeaderText(title);
    Label text = new Label(message);
    text.setWrapText(true);
    text.setId("error-message");
    text.setMaxWidth(520);
    alert.getDialogPane().setContent(new VBox(text));
    if (details != null) {
      var trace = new StringWriter();
      details.printStackTrace(new PrintWriter(trace));
      TextArea area = new TextArea(trace.toString());
      area.setEditable(false);
      area.setPrefRowCount(12);
      alert.getDialogPane().setExpandableContent(area);
    }
    alert.getDialogPane().getStyleClass().add("error-dialog");
    alert.showAndWait();
  }

  @Override
  public void showAbout() {
    var alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("About SegmentLab");
    alert.setHeaderText("SegmentLab " + Versions.app());
    alert.setContentText(String.join("\n",
        "Segments app users from a CSV export: explore, name and export the segments.",
        "",
        "Licence: GNU GPL 3.0 or later.",
        "Built with Smile " + Versions.smile() + " (GPL-3.0), Tablesaw " + Versions.tablesaw()
            + " (Apache-2.0), OpenJFX " + Versions.javafx() + " (GPL-2.0 with Classpath exception),",
        "ControlsFX (BSD-3-Clause), Apache Commons CSV (Apache-2.0), Jackson (Apache-2.0), picocli (Apache-2.0).",
        "Java " + Versions.java()));
    alert.showAndWait();
  }
}
