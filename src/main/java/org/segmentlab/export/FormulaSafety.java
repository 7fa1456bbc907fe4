// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import org.segmentlab.data.NumberText;

/**
 * Keeps spreadsheets from running CSV cells as formulas (CSV or formula injection): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a leading apostrophe, as OWASP advises, so Excel, LibreOffice and Google Sheets show it as
 * text. Text SegmentLab makes itself (segment names, rules, headers it builds) is always treated
 * so; the cells copied from the input only in an Excel-safe export, which counts what it changed.
 * Plain numbers ({@code -12.5}, {@code +3}, {@code -10,5}) are left as they are: they are values,
 * not formulas.
 */
public final class FormulaSafety {
  private final boolean inputCells;
  private long changed;

  private FormulaSafety(boolean inputCells) {
    this.inputCells = inputCells;
  }

  /** Input cells are copied exactly as in the file (the default). */
  public static FormulaSafety keepInputCells() {
    return new FormulaSafety(false);
  }

  /** Input cells that a spreadsheet would run as a formula are neutralised and counted. */
  public static FormulaSafety excelSafe() {
    return new FormulaSafety(true);
  }

  public boolean isExcelSafe() {
    return inputCells;
  }

  /** How many input cells (header included) were changed so far. */
  public long changedCells() {
    return changed;
  }

  /** A cell copied from the input. */
  public String inputCell(String cell) {
    if (inputCells && startsLikeFormula(cell) && !isPlainNumber(cell)) {
      changed++;
      return "'" + cell;
    }
    return cell;
  }

  /** A cell of text SegmentLab made (a name, a rule, a header): never starts like a formula. */
  public static String generated(String text) {
    return startsLikeFormula(text) ? "'" + text : text;
  }

  /** Whether a spreadsheet may read the cell as a formula (or a formula-like command). */
  public static boolean startsLikeFormula(String cell) {
    if (cell == null || cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  private static boolean isPlainNumber(String cell) {
    Double value = NumberText.parse(cell);
    if (value == null) {
      value = NumberText.parseDecimalComma(cell);
    }
    return value != null && Double.isFinite(value) && cell.strip().equals(cell);
  }
}
