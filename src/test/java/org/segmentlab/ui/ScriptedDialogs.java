// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for tests: file choosers answer with the paths a test queued, and errors are recorded
 * (and, when a real window is given, also shown as the app's real error dialog).
 */
final class ScriptedDialogs implements Dialogs {
  final Deque<Path> filesToOpen = new ArrayDeque<>();
  final Deque<Path> filesToSave = new ArrayDeque<>();
  final List<String> errors = new ArrayList<>();
  /** The files the app asked to replace, and whether the scripted user agrees (yes by default). */
  final List<Path> replaceQuestions = new ArrayList<>();
  boolean agreeToReplace = true;
  /** When set (and a real window is given), the real "Replace?" dialog is shown for a test to answer. */
  boolean showRealReplaceDialog;
  /** Answers to the SQL engine and table question; when none is queued, the real dialog asks. */
  final Deque<SqlTarget> sqlTargets = new ArrayDeque<>();
  private final Dialogs real;

  ScriptedDialogs() {
    this(null);
  }

  ScriptedDialogs(Dialogs real) {
    this.real = real;
  }

  @Override
  public Optional<Path> chooseFileToOpen(Path folder) {
    return Optional.ofNullable(filesToOpen.poll());
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, Path folder, String suggestedName, String type) {
    return Optional.ofNullable(filesToSave.poll());
  }

  @Override
  public boolean confirmReplace(Path file) {
    replaceQuestions.add(file);
    if (real != null && showRealReplaceDialog) {
      return real.confirmReplace(file);
    }
    return agreeToReplace;
  }

  @Override
  public Optional<SqlTarget> chooseSqlTarget(String suggestedTable) {
    SqlTarget queued = sqlTargets.poll();
    return queued != null || real == null ? Optional.ofNullable(queued) : real.chooseSqlTarget(suggestedTable);
  }

  @Override
  public void showError(String title, String message, Throwable details) {
    errors.add(title + ": " + message);
    if (real != null) {
      real.showError(title, message, details);
    }
  }

  @Override
  public void showAbout() {}
}
