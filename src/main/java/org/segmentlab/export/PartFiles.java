// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files outputs are written to before they are moved into place. Their names are
 * short (so a long output name never makes them too long for the file system) and say which
 * process made them: {@code .segmentlab-PID-RANDOM.part}. The ones still open when the program is
 * stopped (Ctrl+C, SIGTERM) are removed on the way out, and ones left by a killed run are removed
 * by the next run that writes to the same folder.
 *
 * <p>This is the one piece of process-wide state in the export layer: a shutdown hook can only
 * know what to remove from a registry shared by every write in the process.
 */
final class PartFiles {
  /** A temporary file untouched this long, whose process is gone, is stale. */
  static final Duration STALE_AFTER = Duration.ofMinutes(10);
  /** A temporary file untouched this long is stale whatever process id it names. */
  static final Duration ABANDONED_AFTER = Duration.ofDays(1);

  private static final Pattern NAME = Pattern.compile("\\.segmentlab-(\\d{1,19})-[0-9a-z]{1,16}\\.part");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> OPEN = new HashSet<>();
  private static boolean hooked;
  private static boolean shuttingDown;

  private PartFiles() {}

  /**
   * Creates an empty temporary file in the folder. Its mode comes from the umask, as for any new
   * file (no attributes are forced).
   */
  static Path create(Path folder) throws IOException {
    removeStale(folder);
    for (int attempt = 0; ; attempt++) {
      Path part = folder.resolve(".segmentlab-" + ProcessHandle.current().pid() + "-"
          + Long.toString(RANDOM.nextLong() >>> 24, 36) + ".part");
      synchronized (PartFiles.class) {
        if (shuttingDown) {
          throw new IOException("the program is stopping");
        }
        if (!hooked) {
          try {
            Runtime.getRuntime().addShutdownHook(new Thread(PartFiles::removeOpen, "segmentlab-remove-part-files"));
          } catch (IllegalStateException e) {
            throw new IOException("the program is stopping", e);
          }
          hooked = true;
        }
        try {
          Files.newByteChannel(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (FileAlreadyExistsException e) {
          if (attempt < 10) {
            continue;
          }
          throw e;
        }
        OPEN.add(part);
        return part;
      }
    }
  }

  /**
   * Keeps an existing file under a temporary name too (a hard link), so it can be put back; null
   * when the file does not exist or the file system has no hard links.
   */
  static Path keep(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Path part = null;
    try {
      part = create(file.getParent());
      Files.delete(part);
      Files.createLink(part, file);
      return part;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      if (part != null) {
        discard(part);
      }
      return null;
    }
  }

  /** Forgets a temporary file that was moved into place or deleted. */
  static synchronized void done(Path part) {
    OPEN.remove(part);
  }

  /** Deletes a temporary file that is no longer wanted. */
  static void discard(Path part) {
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      // nothing more can be done; the next run in this folder removes it once it is stale
    } finally {
      done(part);
    }
  }

  /** Whether a file name is one of the temporary names this program makes. */
  static boolean isPartName(String name) {
    return NAME.matcher(name).matches();
  }

  /** Removes temporary files a stopped or killed run left in the folder. */
  static void removeStale(Path folder) {
    Instant now = Instant.now();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".segmentlab-*.part")) {
      for (Path entry : entries) {
        Matcher name = NAME.matcher(entry.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Duration age = Duration.between(Files.getLastModifiedTime(entry).toInstant(), now);
        long pid;
        try {
          pid = Long.parseLong(name.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        boolean running = pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent();
        if (age.compareTo(ABANDONED_AFTER) > 0 || (!running && age.compareTo(STALE_AFTER) > 0)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | SecurityException e) {
      // tidying up is a courtesy: a folder that cannot be listed is reported when writing to it
    }
  }

  private static void removeOpen() {
    Set<Path> open;
    synchronized (PartFiles.class) {
      shuttingDown = true;
      open = new HashSet<>(OPEN);
      OPEN.clear();
    }
    for (Path part : open) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException e) {
        // the next run in this folder removes it
      }
    }
  }
}
