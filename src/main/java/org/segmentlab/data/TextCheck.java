// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides, in one pass over a file's bytes, which encoding its text is in, and refuses bytes that
 * no encoding explains: a NUL anywhere, a stray non-UTF-8 byte in an otherwise UTF-8 file, a byte
 * Windows-1252 leaves undefined. Every refusal names the line and the character within it.
 */
final class TextCheck {
  /** A NUL within this many leading bytes means the whole file is binary (an image, a workbook). */
  private static final int BINARY_HEAD = 8192;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path file;
  private boolean utf16;
  private CharsetDecoder utf16Decoder;
  private ByteBuffer pending;
  private CharBuffer chars;

  private long offset;
  private long line = 1;
  private long charsInLine;
  private long bytesInLine;

  private int need;
  private int low = 0x80;
  private int high = 0xBF;
  private long sequenceLine;
  private long sequenceChar;
  private int sequenceByte;

  private boolean multiByte;
  private Place firstBadUtf8;
  private Place firstUndefined1252;

  /** Where a byte is: its line and its character within the line (both from 1). */
  private record Place(long line, long character, int value) {
    String hex() {
      return String.format(Locale.ROOT, "0x%02X", value);
    }
  }

  TextCheck(Path file) {
    this.file = file;
  }

  /** Looks at the first bytes for a UTF-16 byte-order mark. */
  void start(byte[] head) {
    if (head.length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      utf16 = true;
      utf16Decoder =
          StandardCharsets.UTF_16
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      pending = ByteBuffer.allocate((1 << 16) + 16);
      chars = CharBuffer.allocate((1 << 16) + 16);
    }
  }

  /** Checks the next {@code n} bytes of the file. */
  void check(byte[] buffer, int n) throws DataException {
    if (utf16) {
      checkUtf16(buffer, n, false);
      return;
    }
    for (int i = 0; i < n; i++) {
      int b = buffer[i] & 0xFF;
      if (b < 0x80 && need == 0) {
        ascii(b);
      } else {
        other(b);
      }
      offset++;
    }
  }

  /** Called after the last byte: refuses what cannot be read as text. */
  void finish() throws DataException {
    if (utf16) {
      checkUtf16(new byte[0], 0, true);
      return;
    }
    if (need > 0) {
      firstBad(sequenceLine, sequenceChar, sequenceByte); // the file ends inside a character
    }
    if (firstBadUtf8 != null && multiByte) {
      throw DataException.atLine(
          file,
          firstBadUtf8.line(),
          "byte "
              + firstBadUtf8.hex()
              + " at character "
              + firstBadUtf8.character()
              + " of this line is not UTF-8, though the rest of the file is UTF-8 text. Correct "
              + "that character, or save the whole file again as UTF-8.");
    }
    if (firstBadUtf8 != null && firstUndefined1252 != null) {
      throw DataException.atLine(
          file,
          firstUndefined1252.line(),
          "byte "
              + firstUndefined1252.hex()
              + " at character "
              + firstUndefined1252.character()
              + " of this line is neither UTF-8 nor Windows-1252 text. Save the file as UTF-8 "
              + "and try again.");
    }
  }

  /** How many lines the bytes so far hold (a last line without a line end counts). */
  long lines() {
    return charsInLine > 0 || bytesInLine > 0 ? line : line - 1;
  }

  /** The encoding to read the file with; valid after {@link #finish}. */
  Charset charset() {
    if (utf16) {
      return StandardCharsets.UTF_16;
    }
    return firstBadUtf8 == null ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  private void ascii(int b) throws DataException {
    if (b == '\n') {
      line++;
      charsInLine = 0;
      bytesInLine = 0;
      return;
    }
    if (b == 0) {
      nul();
    }
    charsInLine++;
    bytesInLine++;
  }

  private void other(int b) throws DataException {
    if (need > 0) {
      if (b >= low && b <= high) {
        need--;
        low = 0x80;
        high = 0xBF;
        bytesInLine++;
        if (need == 0) {
          multiByte = true;
          charsInLine++;
        }
        return;
      }
      firstBad(sequenceLine, sequenceChar, sequenceByte);
      need = 0;
      low = 0x80;
      high = 0xBF;
      charsInLine++;
      if (b < 0x80) {
        ascii(b);
        return;
      }
    }
    if (firstUndefined1252 == null && (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)) {
      firstUndefined1252 = new Place(line, bytesInLine + 1, b);
    }
    bytesInLine++;
    if (b >= 0xC2 && b <= 0xDF) {
      sequence(b, 1, 0x80, 0xBF);
    } else if (b == 0xE0) {
      sequence(b, 2, 0xA0, 0xBF);
    } else if (b == 0xED) {
      sequence(b, 2, 0x80, 0x9F);
    } else if (b >= 0xE1 && b <= 0xEF) {
      sequence(b, 2, 0x80, 0xBF);
    } else if (b == 0xF0) {
      sequence(b, 3, 0x90, 0xBF);
    } else if (b >= 0xF1 && b <= 0xF3) {
      sequence(b, 3, 0x80, 0xBF);
    } else if (b == 0xF4) {
      sequence(b, 3, 0x80, 0x8F);
    } else {
      firstBad(line, charsInLine + 1, b);
      charsInLine++;
    }
  }

  private void sequence(int lead, int continuations, int nextLow, int nextHigh) {
    need = continuations;
    low = nextLow;
    high = nextHigh;
    sequenceLine = line;
    sequenceChar = charsInLine + 1;
    sequenceByte = lead;
  }

  private void firstBad(long atLine, long character, int value) {
    if (firstBadUtf8 == null) {
      firstBadUtf8 = new Place(atLine, character, value);
    }
  }

  private void nul() throws DataException {
    if (offset < BINARY_HEAD && !utf16) {
      throw DataException.inFile(
          file, "this is not a text file (it contains binary data). Choose a CSV file.");
    }
    throw DataException.atLine(
        file,
        line,
        "this line holds a NUL byte (binary data) at character "
            + (charsInLine + 1)
            + ". A CSV holds text only: remove it, or export the file again.");
  }

  private void checkUtf16(byte[] buffer, int n, boolean last) throws DataException {
    pending.put(buffer, 0, n).flip();
    while (true) {
      CoderResult result = utf16Decoder.decode(pending, chars, last);
      if (last && result.isUnderflow()) {
        result = utf16Decoder.flush(chars);
      }
      scanUtf16();
      if (result.isError() || (last && result.isUnderflow() && pending.hasRemaining())) {
        throw DataException.atLine(
            file,
            line,
            "the file starts as UTF-16 text (it has a UTF-16 byte-order mark), but character "
                + (charsInLine + 1)
                + " of this line is not UTF-16. Save the file again as UTF-8 or UTF-16.");
      }
      if (!result.isOverflow()) {
        break;
      }
    }
    pending.compact();
  }

  private void scanUtf16() throws DataException {
    chars.flip();
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (c == '\n') {
        line++;
        charsInLine = 0;
      } else if (c == 0) {
        nul();
      } else {
        charsInLine++;
      }
    }
    chars.clear();
  }
}
