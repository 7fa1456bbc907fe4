// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.testing.TestFiles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

class DatasetLoaderTest {

  @Test
  void sampleLoadsWithNumericFeaturesAndTextStatus() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.sample());
    assertEquals(999, data.rowCount());
    assertEquals(
        List.of("userid", "Average Screen Time", "Average Spent on App (INR)", "Left Review", "Ratings",
            "New Password Request", "Last Visited Minutes", "Status"),
        data.columnNames());
    assertTrue(data.column("Last Visited Minutes").orElseThrow().isNumeric());
    assertEquals(ColumnKind.TEXT, data.column("Status").orElseThrow().kind());
    assertEquals(2, data.lineOf(0));
    assertEquals(1000, data.lineOf(998));
  }

  @Test
  void bomSemicolonAndCrlfAreDetectedAndLeadingZerosStayText() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/bom-semicolon-crlf.csv"));
    assertEquals(';', data.dialect().separator());
    assertEquals("userid", data.columnNames().get(0), "the byte-order mark is not part of the first name");
    StringColumn ids = (StringColumn) data.table().column("userid");
    assertEquals("000123", ids.get(0));
    DoubleColumn spend = (DoubleColumn) data.table().column("Average Spent on App (INR)");
    assertEquals(10.5, spend.get(0), "a decimal comma in a semicolon file is a decimal");
    assertEquals(4, data.rowCount());
  }

  @Test
  void quotedFieldsKeepQuotesSeparatorsAndNewlinesAndLinesStayRight() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/quotes-newlines.csv"));
    StringColumn note = (StringColumn) data.table().column("Note");
    assertEquals("said \"hi\", then left", note.get(0));
    assertEquals("two\nlines", note.get(1));
    assertEquals("a;b,c", note.get(3));
    assertEquals(3, data.lineOf(1));
    assertEquals(5, data.lineOf(2), "the row after a two-line record starts two lines later");
  }

  @Test
  void tabSeparatedMissingValuesBecomeMissingNumbers() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/tab-missing.csv"));
    assertEquals('\t', data.dialect().separator());
    ColumnSummary spend = data.column("Average Spent on App (INR)").orElseThrow();
    assertEquals(ColumnKind.NUMBER, spend.kind());
    assertEquals(3, spend.missing());
    assertEquals(1, data.column("Last Visited Minutes").orElseThrow().missing());
  }

  @Test
  void aStrayTextCellAmongNumbersIsRecordedAndShownAsWritten() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("bad/text-in-feature.csv"));
    ColumnSummary spend = data.column("Average Spent on App (INR)").orElseThrow();
    assertEquals(ColumnKind.NUMBER, spend.kind());
    assertEquals(4, spend.firstText().orElseThrow().line());
    assertEquals(1, spend.strayText());
    assertEquals(List.of("10", "20", "abc", "40"),
        java.util.stream.IntStream.range(0, 4).mapToObj(r -> data.cellText("Average Spent on App (INR)", r)).toList());
  }

  @Test
  void numbersAreShownAsWrittenInTheFile() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/reordered-extra.csv"));
    assertEquals("10.50", data.cellText("Average Spent on App (INR)", 0));
    assertEquals("20.0", data.cellText("Average Spent on App (INR)", 1));
    assertEquals("300", data.cellText("Average Spent on App (INR)", 2));
    assertEquals("1e3", data.cellText("more", 0));
    assertEquals("0001", data.cellText("userid", 0));
    assertEquals(10.5, ((DoubleColumn) data.table().column("Average Spent on App (INR)")).get(0));
  }

  @Test
  void windows1252FilesAreReadWhenNotUtf8() throws Exception {
    Dataset data = DatasetLoader.load(TestFiles.csv("good/windows-1252.csv"));
    assertEquals("Köln", ((StringColumn) data.table().column("City")).get(0));
  }

  @Test
  void emptyFileIsRefusedByName() {
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(TestFiles.csv("bad/empty.csv")));
    assertTrue(e.getMessage().startsWith("empty.csv: "), e.getMessage());
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void headerWithoutRowsIsRefused() {
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(TestFiles.csv("bad/header-only.csv")));
    assertTrue(e.getMessage().contains("header but no rows"), e.getMessage());
  }

  @Test
  void binaryFileIsRefused() {
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(TestFiles.csv("bad/binary.csv")));
    assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
  }

  @Test
  void rowWithWrongFieldCountNamesItsLine() {
    var e = assertThrows(DataException.class,
        () -> DatasetLoader.load(TestFiles.csv("bad/wrong-field-count.csv")));
    assertEquals(4, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("4 fields but the header has 3"), e.getMessage());
  }

  @Test
  void unterminatedQuoteNamesTheLineWhereItStarts() {
    var e = assertThrows(DataException.class,
        () -> DatasetLoader.load(TestFiles.csv("bad/unterminated-quote.csv")));
    assertEquals(3, e.line().orElseThrow());
    assertTrue(e.getMessage().contains("closing quote"), e.getMessage());
  }

  @Test
  void missingFileIsAPlainError() {
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(Path.of("no-such-file.csv")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"), e.getMessage());
  }
}
