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
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import org.segmentlab.data.DataException;

/**
 * Writes a file so that it is either complete or untouched: the content goes to a temporary file
 * in the target folder, is flushed to disk, and is then moved over the target in one step. A
 * target that is a link is followed (the link stays, the file it points to is replaced); a target
 * that exists but is not a regular file (a device, a pipe) is refused. A new file gets the mode
 * the umask gives; a replaced file keeps its mode.
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

  /** Content that may also find a problem with the user's data while it is written. */
  @FunctionalInterface
  public interface OutputContent {
    void writeTo(OutputStream out) throws IOException, DataException;
  }

  private AtomicFile() {}

  /** Writes UTF-8 text atomically. */
  public static void writeText(Path target, TextContent content) throws IOException {
    writeAlone(target, text(content::writeTo));
  }

  /** Writes bytes atomically; on any failure the target is as it was and no temporary file remains. */
  public static void write(Path target, StreamContent content) throws IOException {
    writeAlone(target, content::writeTo);
  }

  private static void writeAlone(Path target, OutputContent content) throws IOException {
    Path resolved = resolve(target);
    Path part;
    try {
      part = stage(resolved, content);
    } catch (DataException e) {
      throw new IllegalStateException("plain content cannot raise a data problem", e);
    }
    commit(part, resolved);
  }

  /** Text content as UTF-8 bytes. */
  public static OutputContent text(TextOutput content) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(writer);
      writer.flush();
    };
  }

  /** Text content that may also find a problem with the user's data while it is written. */
  @FunctionalInterface
  public interface TextOutput {
    void writeTo(Writer out) throws IOException, DataException;
  }

  /**
   * The file a write to {@code target} replaces: the target itself, or the file its link points
   * to (also when that file does not exist yet). Refuses folders and existing non-regular files.
   */
  static Path resolve(Path target) throws IOException {
    Path path = target.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(path); hops++) {
      if (hops >= 40) {
        throw new IOException(target + " is a link that leads to another link, and so on, too many times");
      }
      Path parent = path.getParent();
      path = parent.resolve(Files.readSymbolicLink(path));
    }
    Path folder = path.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
    }
    if (Files.exists(path)) {
      path = path.toRealPath();
      if (Files.isDirectory(path)) {
        throw new NotRegularFileException(target.toString(), "it is a folder");
      }
      if (!Files.isRegularFile(path)) {
        throw new NotRegularFileException(target.toString(), "it is not a regular file (a device, a pipe or a socket)");
      }
    }
    return path;
  }

  /** An existing target that must not be replaced by a regular file: a folder, a device, a pipe. */
  static final class NotRegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotRegularFileException(String file, String reason) {
      super(file, null, reason);
    }
  }

  /**
   * Writes the content to a new temporary file beside {@code resolved}, flushed to disk, with the
   * mode (and, where allowed, the owner) of the file it will replace. On failure nothing remains.
   */
  static Path stage(Path resolved, OutputContent content) throws IOException, DataException {
    Path part = PartFiles.create(resolved.getParent());
    boolean staged = false;
    try {
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
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
      keepAttributes(resolved, part);
      staged = true;
      return part;
    } finally {
      if (!staged) {
        PartFiles.discard(part);
      }
    }
  }

  /** Moves a staged file over its target in one step; on failure the staged file is removed. */
  static void commit(Path part, Path resolved) throws IOException {
    boolean moved = false;
    try {
      try {
        Files.move(part, resolved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, resolved, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      PartFiles.done(part);
    } finally {
      if (!moved) {
        PartFiles.discard(part);
      }
    }
  }

  private static void keepAttributes(Path existing, Path part) throws IOException {
    var view = Files.getFileAttributeView(existing, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null || !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributes old = view.readAttributes();
    Files.setPosixFilePermissions(part, old.permissions());
    var partView = Files.getFileAttributeView(part, PosixFileAttributeView.class);
    try {
      if (!Files.getOwner(part).equals(old.owner())) {
        partView.setOwner(old.owner());
      }
      partView.setGroup(old.group());
    } catch (IOException | UnsupportedOperationException e) {
      // only the owner or root may give a file away: the replaced file then belongs to the writer
    }
  }
}
