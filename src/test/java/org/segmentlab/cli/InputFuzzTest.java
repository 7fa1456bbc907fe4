// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.data.CsvDialect;
import org.segmentlab.data.CsvSource;
import org.segmentlab.data.SampleData;

/**
 * Keeps the input side held: valid files are mutated thousands of times with a fixed seed (byte
 * flips, truncation, inserted quotes, separators, line breaks, NULs and byte-order marks, swapped
 * columns, extreme numbers, stray bytes) and each is segmented in-process. Every run must end as
 * exit 2 with one {@code error:} line and no output, or as exit 0 with every row and cell of the
 * input in the labelled CSV. Exit 1 (an exception other than the input error) fails the test.
 */
class InputFuzzTest {
  private static final long SEED = 20261127L;
  private static final int FILES = 2_000;
  private static final String[] EXTREMES = {
    "1e308", "-1e308", "4.9e-324", "1e-320", "NaN", "Infinity", "1e999", "-0", "99999999999999999999", "0x1F"
  };

  @Test
  void mutatedFilesAreRefusedInOneLineOrSegmentedRowExact(@TempDir Path folder) throws Exception {
    Random random = new Random(SEED);
    List<byte[]> bases = List.of(sampleShaped(), semicolonDecimalComma(random), tabWithMissing(random));
    Path input = folder.resolve("fuzz.csv");
    Path out = folder.resolve("fuzz-out.csv");
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < FILES; i++) {
      byte[] mutated = bases.get(random.nextInt(bases.size()));
      int mutations = 1 + random.nextInt(3);
      var applied = new ArrayList<String>();
      for (int m = 0; m < mutations; m++) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        mutated = mutation.apply(mutated, random);
        applied.add(mutation.name());
      }
      Files.write(input, mutated);
      Files.deleteIfExists(out);
      var run = CommandLineTest.run("segment", input.toString(), "-k", "2", "--restarts", "1", "-o", out.toString());
      String context = "file " + i + " of seed " + SEED + " after " + applied + ": " + run.err();
      if (run.code() == 0) {
        accepted++;
        assertEveryRowAndCellKept(input, out, context);
      } else {
        refused++;
        assertEquals(2, run.code(), context);
        assertEquals(1, run.errLines().size(), context);
        assertTrue(run.err().startsWith("error: fuzz.csv"), context);
        assertFalse(Files.exists(out), context);
      }
    }
    System.out.printf("InputFuzzTest: %,d mutated files tried (seed %d): %,d segmented row-exact, %,d refused "
        + "with exit 2%n", FILES, SEED, accepted, refused);
    assertTrue(accepted > FILES / 10 && refused > FILES / 10,
        "both outcomes are exercised: " + accepted + " accepted, " + refused + " refused");
  }

  /** The labelled CSV holds the header and every record of the input, each cell as written, in order. */
  static void assertEveryRowAndCellKept(Path input, Path out, String context) throws Exception {
    List<CSVRecord> in = records(input);
    List<CSVRecord> written = records(out);
    assertEquals(in.size(), written.size(), context);
    for (int r = 0; r < in.size(); r++) {
      CSVRecord source = in.get(r);
      CSVRecord copy = written.get(r);
      assertEquals(source.size() + 2, copy.size(), context + " record " + r);
      for (int c = 0; c < source.size(); c++) {
        assertEquals(source.get(c), copy.get(c), context + " record " + r + " field " + c);
      }
    }
  }

  /** The file's records as Commons CSV reads them in its detected dialect, without blank lines. */
  static List<CSVRecord> records(Path file) throws Exception {
    CsvDialect dialect = CsvSource.inspect(file).dialect();
    String text = Files.readString(file, dialect.charset());
    while (text.startsWith("\uFEFF")) {
      text = text.substring(1); // byte-order marks, which readers drop
    }
    List<CSVRecord> records = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(dialect.separator())
            .setIgnoreEmptyLines(true).get().parse(reader)) {
      for (CSVRecord record : parser) {
        if (records.isEmpty() || record.size() > 1 || !record.get(0).isBlank()) {
          records.add(record);
        }
      }
    }
    return records;
  }

  static byte[] sampleShaped() throws Exception {
    var text = new StringWriter();
    SampleData.write(text, 40, 7);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] semicolonDecimalComma(Random random) {
    var text = new StringBuilder("\uFEFFuserid;Last Visited Minutes;Average Spent on App (INR);City;Note\r\n");
    String[] cities = {"Zürich", "Köln", "São Paulo", "Kraków", "Bern"};
    for (int i = 1; i <= 40; i++) {
      text.append(String.format("%06d", i)).append(';').append(random.nextInt(20000)).append(';')
          .append(random.nextInt(1000)).append(',').append(random.nextInt(10)).append(';')
          .append(cities[i % cities.length]).append(';')
          .append(i % 7 == 0 ? "\"says \"\"hi\"\"; then\nleaves\"" : "plain").append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] tabWithMissing(Random random) {
    var text = new StringBuilder("userid\tAverage Spent on App (INR)\tLast Visited Minutes\tStatus\n");
    for (int i = 1; i <= 40; i++) {
      String spend = i % 9 == 0 ? "NA" : Integer.toString(random.nextInt(1000));
      String minutes = i % 11 == 0 ? "" : Double.toString(random.nextInt(200000) / 10.0);
      text.append(i).append('\t').append(spend).append('\t').append(minutes).append('\t')
          .append(i % 3 == 0 ? "Uninstalled" : "Installed").append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One way to damage or vary a file. */
  enum Mutation {
    FLIP_BYTE {
      @Override
      byte[] apply(byte[] file, Random random) {
        byte[] copy = file.clone();
        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        return copy;
      }
    },
    TRUNCATE {
      @Override
      byte[] apply(byte[] file, Random random) {
        return java.util.Arrays.copyOf(file, 1 + random.nextInt(file.length));
      }
    },
    CUT_RANGE {
      @Override
      byte[] apply(byte[] file, Random random) {
        int from = random.nextInt(file.length);
        int to = Math.min(file.length, from + 1 + random.nextInt(40));
        var out = new ByteArrayOutputStream();
        out.write(file, 0, from);
        out.write(file, to, file.length - to);
        return out.size() == 0 ? file : out.toByteArray();
      }
    },
    QUOTE {
      @Override
      byte[] apply(byte[] file, Random random) {
        return insert(file, random, "\"");
      }
    },
    SEPARATOR {
      @Override
      byte[] apply(byte[] file, Random random) {
        return insert(file, random, new String[] {",", ";", "\t", "|"}[random.nextInt(4)]);
      }
    },
    LINE_BREAK {
      @Override
      byte[] apply(byte[] file, Random random) {
        return insert(file, random, new String[] {"\n", "\r\n", "\r", "\n\n"}[random.nextInt(4)]);
      }
    },
    NUL {
      @Override
      byte[] apply(byte[] file, Random random) {
        return insert(file, random, "\0");
      }
    },
    BYTE_ORDER_MARK {
      @Override
      byte[] apply(byte[] file, Random random) {
        byte[][] marks = {
          {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
        byte[] mark = marks[random.nextInt(marks.length)];
        int at = random.nextBoolean() ? 0 : random.nextInt(file.length);
        return splice(file, at, mark);
      }
    },
    STRAY_BYTE {
      @Override
      byte[] apply(byte[] file, Random random) {
        byte[] strays = {(byte) 0xE9, (byte) 0x81, (byte) 0xC3, (byte) 0xFF, (byte) 0x9D};
        return splice(file, random.nextInt(file.length), new byte[] {strays[random.nextInt(strays.length)]});
      }
    },
    SWAP_COLUMNS {
      @Override
      byte[] apply(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        char separator = text.indexOf('\t') >= 0 ? '\t' : text.indexOf(';') >= 0 ? ';' : ',';
        String[] lines = text.split("\n", -1);
        int a = random.nextInt(4);
        int b = random.nextInt(4);
        var out = new StringBuilder();
        for (int l = 0; l < lines.length; l++) {
          String[] fields = lines[l].split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
          if (fields.length > Math.max(a, b)) {
            String kept = fields[a];
            fields[a] = fields[b];
            fields[b] = kept;
          }
          out.append(String.join(String.valueOf(separator), fields)).append(l + 1 < lines.length ? "\n" : "");
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
      }
    },
    EXTREME_NUMBER {
      @Override
      byte[] apply(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        var digits = java.util.regex.Pattern.compile("\\d+").matcher(text);
        List<int[]> runs = new ArrayList<>();
        while (digits.find()) {
          runs.add(new int[] {digits.start(), digits.end()});
        }
        if (runs.isEmpty()) {
          return file;
        }
        int[] run = runs.get(random.nextInt(runs.size()));
        String value = EXTREMES[random.nextInt(EXTREMES.length)];
        return (text.substring(0, run[0]) + value + text.substring(run[1])).getBytes(StandardCharsets.ISO_8859_1);
      }
    },
    DUPLICATE_NAME {
      @Override
      byte[] apply(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        return text.replaceFirst("userid", "Average Spent on App (INR)").getBytes(StandardCharsets.ISO_8859_1);
      }
    };

    abstract byte[] apply(byte[] file, Random random);

    static byte[] insert(byte[] file, Random random, String text) {
      return splice(file, random.nextInt(file.length + 1), text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] splice(byte[] file, int at, byte[] inserted) {
      var out = new ByteArrayOutputStream();
      out.write(file, 0, at);
      out.writeBytes(inserted);
      out.write(file, at, file.length - at);
      return out.toByteArray();
    }
  }
}
