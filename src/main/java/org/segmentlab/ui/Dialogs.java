// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.segmentlab.export.sql.SqlDialect;

/** Every dialog and file chooser the app shows, behind one interface so view models stay testable. */
public interface Dialogs {

  /** Asks for a CSV to open, starting in the given folder. */
  Optional<Path> chooseFileToOpen(Path folder);

  /** Asks where to save, suggesting a folder, a file name and a file type ("CSV", "PNG"). */
  Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, String type);

  /** Asks whether to replace a file that already exists; true to replace it. */
  boolean confirmReplace(Path file);

  /**
   * Tells the user something went wrong, in plain language: what happened, where, and what to do;
   * the technical details go behind an expander.
   */
  void showError(String title, String message, Throwable details);

  /** Where scoring SQL will run: the engine and the table of users it labels. */
  record SqlTarget(SqlDialect dialect, String table) {}

  /**
   * Asks which SQL engine the scoring SQL is for and which table it labels; empty when cancelled.
   * (A default, so dialogs written before it still compile: they simply never export SQL.)
   */
  default Optional<SqlTarget> chooseSqlTarget(String suggestedTable) {
    return Optional.empty();
  }

  /** Shows the version and licences. */
  void showAbout();
}
