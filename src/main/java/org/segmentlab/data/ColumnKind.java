// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

/** What a column holds, decided from every value in it, never from a sample. */
public enum ColumnKind {
  /** Every non-missing value is a number written plainly (no thousands separators). */
  NUMBER,
  /** At least one value is not a plain number, or a value looks like an identifier (000123). */
  TEXT,
  /** Every value is missing. */
  EMPTY
}
