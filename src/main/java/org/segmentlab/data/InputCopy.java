// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes any input readable more than once. A file is read several times (to check it, to load it,
 * to export its rows), but a pipe, {@code /dev/stdin} or a process substitution gives its bytes
 * only once: such an input is copied once to a temporary file of the same name, which is read
 * instead. A device is refused, and so is a named pipe that nothing writes to.
 */
final class InputCopy {
  /** How long to wait for a program to start writing to a named pipe. */
  static final Duration WRITER_WAIT = Duration.ofSeconds(10);

  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int SOCKET = 0140000;

  private InputCopy() {}

  /** The file itself when it is a regular file (or missing: the reader says so), else a copy. */
  static Path readable(Path file, Duration writerWait) throws DataException {
    if (Files.isRegularFile(file) || !Files.exists(file) || Files.isDirectory(file)) {
      return file;
    }
    int type = typeOf(file);
    if (type != FIFO && type != SOCKET && type != -1) {
      throw DataException.inFile(file,
          "this is a device, not a file. Give a CSV file, or pipe one in (for example: cat users.csv | segmentlab "
              + "segment /dev/stdin).");
    }
    InputStream in = open(file, writerWait);
    try (in) {
      Path folder = Files.createTempDirectory("segmentlab-input-");
      Path copy = folder.resolve(file.getFileName() == null ? "input.csv" : file.getFileName().toString());
      folder.toFile().deleteOnExit();
      copy.toFile().deleteOnExit();
      Files.copy(in, copy);
      return copy;
    } catch (IOException e) {
      throw DataException.inFile(file, "it cannot be read (" + e.getMessage() + ").", e);
    }
  }

  /** The file type bits of the "unix" attribute view, or -1 where there is none. */
  private static int typeOf(Path file) {
    try {
      return ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_BITS;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return -1;
    }
  }

  /**
   * Opens the input. Opening a named pipe waits for a writer; when none comes in time, the wait
   * is ended by opening the pipe for writing once, so no thread is left blocked.
   */
  private static InputStream open(Path file, Duration writerWait) throws DataException {
    // a thread of its own: on the shared pool (one worker on two cores) the open could wait behind
    // the very task that writes to the pipe, and the release below would then block as well
    java.util.concurrent.Executor ownThread = task -> {
      Thread thread = new Thread(task, "segmentlab-open-input");
      thread.setDaemon(true);
      thread.start();
    };
    CompletableFuture<InputStream> opening = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, ownThread);
    try {
      return opening.get(writerWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      try (OutputStream release = Files.newOutputStream(file)) {
        release.flush();
      } catch (IOException ignored) {
        // the reader may have been released by a real writer meanwhile
      }
      opening.thenAccept(InputCopy::closeQuietly);
      throw DataException.inFile(file, "nothing is writing to this pipe (waited " + seconds(writerWait)
          + "). Start the program that writes to it first, or save its output to a file and give that.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
      throw DataException.inFile(file, "it cannot be read (" + cause.getMessage() + ").", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted while waiting for " + file);
    }
  }

  private static String seconds(Duration wait) {
    long millis = wait.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was read from it
    }
  }
}
