// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.segmentlab.data.DataException;

/**
 * The files one run writes, all or none: each output is registered with its name before any work
 * (so clashes, folders and existing files are checked first), given its content once the results
 * exist, then every output is staged to a temporary file and only when all are complete are they
 * moved into place. A new kind of output is one more {@link #add} and {@link #content} call.
 */
public final class Outputs {
  /** The longest file name most file systems accept, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  private final List<Entry> entries = new ArrayList<>();
  private final List<Path> inputs = new ArrayList<>();
  private boolean noClobber;

  private static final class Entry {
    final Path given;
    final String role;
    AtomicFile.OutputContent content;

    Entry(Path given, String role) {
      this.given = given;
      this.role = role;
    }
  }

  /** Refuse to replace any output that already exists (the command line's {@code --no-clobber}). */
  public Outputs noClobber(boolean refuse) {
    this.noClobber = refuse;
    return this;
  }

  /**
   * Registers an output.
   *
   * @param file the file as the user named it
   * @param role what it is, as the user asked for it: "labelled CSV (-o)"
   */
  public Outputs add(Path file, String role) {
    entries.add(new Entry(Objects.requireNonNull(file), role));
    return this;
  }

  /** Gives a registered output its content. */
  public Outputs content(Path file, AtomicFile.OutputContent content) {
    for (Entry entry : entries) {
      if (entry.given.equals(file)) {
        entry.content = content;
        return this;
      }
    }
    throw new IllegalArgumentException(file + " is not a registered output");
  }

  /** Gives a registered output text content, written as UTF-8. */
  public Outputs text(Path file, AtomicFile.TextOutput content) {
    return content(file, AtomicFile.text(content));
  }

  /**
   * Checks, before any work, that every output can be written and none of them is the same file
   * as another output or as one of the inputs.
   */
  public void check(Path... inputFiles) throws DataException {
    for (Path input : inputFiles) {
      if (input != null && !inputs.contains(input)) {
        inputs.add(input);
      }
    }
    List<Object> identities = new ArrayList<>();
    for (Entry entry : entries) {
      Path resolved = resolve(entry);
      Path name = entry.given.getFileName();
      if (name != null && name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
        throw DataException.inFile(entry.given, "the name is too long: "
            + name.toString().getBytes(StandardCharsets.UTF_8).length + " bytes, where file names can have at most "
            + MAX_NAME_BYTES + ". Choose a shorter name.");
      }
      if (noClobber && Files.exists(resolved)) {
        throw DataException.inFile(entry.given, "it already exists and --no-clobber was given; nothing was written.");
      }
      Path folder = resolved.getParent();
      if (!Files.isWritable(folder)) {
        throw DataException.inFile(entry.given,
            "its folder " + folder + " cannot be written to (permission denied). Choose another folder.");
      }
      Object identity = identity(resolved);
      for (Path input : inputs) {
        if (Files.exists(input) && identity.equals(identity(input.toAbsolutePath()))) {
          throw DataException.inFile(entry.given, "this is the input file; choose another output name.");
        }
      }
      int earlier = identities.indexOf(identity);
      if (earlier >= 0) {
        throw DataException.inFile(entry.given, "the " + entry.role + " and the " + entries.get(earlier).role
            + " would be the same file; give each output its own name.");
      }
      identities.add(identity);
    }
  }

  /**
   * Writes every output: all are staged first, and only when each is complete are they moved into
   * place. A failure leaves every target as it was and no temporary file behind.
   */
  public void write() throws DataException {
    check();
    List<Path> resolved = new ArrayList<>();
    List<Path> staged = new ArrayList<>();
    try {
      for (Entry entry : entries) {
        if (entry.content == null) {
          throw new IllegalStateException("no content for " + entry.given);
        }
        Path target = resolve(entry);
        try {
          staged.add(AtomicFile.stage(target, entry.content));
        } catch (IOException e) {
          throw cannotWrite(entry.given, e);
        }
        resolved.add(target);
      }
      commitAll(staged, resolved);
    } finally {
      staged.forEach(PartFiles::discard);
    }
  }

  /**
   * Moves every staged file into place. Each replaced file is first kept under a second name (a
   * hard link), so that if a later move fails the earlier ones are undone: the old files come
   * back and new ones are removed.
   */
  private void commitAll(List<Path> staged, List<Path> resolved) throws DataException {
    List<Path> kept = new ArrayList<>();
    int committed = 0;
    try {
      for (int i = 0; i < staged.size(); i++) {
        kept.add(staged.size() > 1 ? PartFiles.keep(resolved.get(i)) : null);
      }
      for (; committed < staged.size(); committed++) {
        try {
          AtomicFile.commit(staged.get(committed), resolved.get(committed));
        } catch (IOException e) {
          undo(committed, kept, resolved);
          throw cannotWrite(entries.get(committed).given, e);
        }
      }
    } finally {
      kept.stream().filter(Objects::nonNull).forEach(PartFiles::discard);
    }
  }

  private static void undo(int committed, List<Path> kept, List<Path> resolved) {
    for (int i = 0; i < committed; i++) {
      try {
        if (kept.get(i) != null) {
          AtomicFile.commit(kept.get(i), resolved.get(i));
        } else {
          Files.deleteIfExists(resolved.get(i));
        }
      } catch (IOException e) {
        // the rest are still put back; this one keeps the new content
      }
    }
  }

  private static Path resolve(Entry entry) throws DataException {
    try {
      return AtomicFile.resolve(entry.given);
    } catch (NoSuchFileException e) {
      throw DataException.inFile(entry.given, "its folder " + entry.given.toAbsolutePath().getParent()
          + " does not exist; create it or choose another.");
    } catch (AtomicFile.NotRegularFileException e) {
      throw DataException.inFile(entry.given, Files.isDirectory(entry.given)
          ? "this is a folder; give a file name."
          : "it exists and is not a regular file (a device, a pipe or a socket), so it is not replaced. "
              + "Choose a file name.");
    } catch (IOException e) {
      throw cannotWrite(entry.given, e);
    }
  }

  /** What makes a file the same file: its file key once it exists, else its real place. */
  private static Object identity(Path resolved) throws DataException {
    try {
      if (Files.exists(resolved)) {
        Object key = Files.readAttributes(resolved, BasicFileAttributes.class).fileKey();
        return key != null ? key : resolved.toRealPath();
      }
      return resolved.getParent().toRealPath().resolve(resolved.getFileName());
    } catch (IOException e) {
      throw cannotWrite(resolved, e);
    }
  }

  /** A write failure told in one line about the user's file, never the temporary file's name. */
  static DataException cannotWrite(Path file, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason();
    } else {
      reason = String.valueOf(e.getMessage());
    }
    return DataException.inFile(file, "it cannot be written (" + reason + "); nothing was written.", e);
  }
}
