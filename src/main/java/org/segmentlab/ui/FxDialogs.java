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
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.segmentlab.export.Versions;

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
