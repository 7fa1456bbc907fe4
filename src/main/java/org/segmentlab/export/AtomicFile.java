// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either complete or untouched: the content goes to a temporary file
 * in the target folder, is flushed to disk, and is then moved over the target in one step.
 */
public final class AtomicFile {

  /** Writes content to a stream; may fail with an I/O error. */
  @FunctionalInterface
  public interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text content; may fail with an I/O error. */
  @FunctionalInterface
  public interface TextContent {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes UTF-8 text atomically. */
  public static void writeText(Path target, TextContent content) throws IOException {
    write(target, out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(writer);
      writer.flush();
    });
  }

  /** Writes bytes atomically; on any failure the target is as it was and no temporary file remains. */
  public static void write(Path target, StreamContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("the folder " + folder + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException(absolute + " is a folder");
    }
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        // Content writers may close their stream (Jackson does); only this method closes the file.
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
          @Override
          public void close() throws IOException {
            flush();
          }
        };
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
