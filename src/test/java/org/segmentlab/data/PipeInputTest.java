// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.segmentlab.testing.TestFiles;

/** Named pipes: read once into a copy when something writes them, refused when nothing does. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PipeInputTest {
  static Path fifo(Path folder, String name) throws Exception {
    Path pipe = folder.resolve(name);
    Process make = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
    assertEquals(0, make.waitFor(), "mkfifo");
    return pipe;
  }

  @Test
  @Timeout(60) // a second open of the pipe would wait for ever: fail instead of hanging the build
  void aPipeWrittenOnceIsLoadedWhole(@TempDir Path folder) throws Exception {
    Path pipe = fifo(folder, "users.csv");
    byte[] sample = Files.readAllBytes(TestFiles.sample());
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        Files.write(pipe, sample); // opening waits until the loader opens the pipe
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Dataset fromPipe = DatasetLoader.load(pipe);
    writer.join();
    Dataset fromFile = DatasetLoader.load(TestFiles.sample());
    assertEquals(fromFile.rowCount(), fromPipe.rowCount());
    assertEquals(fromFile.sha256(), fromPipe.sha256());
    assertEquals("users.csv", fromPipe.file().getFileName().toString(), "messages name the pipe");
    for (String column : fromFile.columnNames()) {
      assertEquals(fromFile.table().column(column).asList(), fromPipe.table().column(column).asList(), column);
    }
  }

  @Test
  @Timeout(60)
  void aPipeNothingWritesToIsRefusedInsteadOfWaitingForEver(@TempDir Path folder) throws Exception {
    Path pipe = fifo(folder, "silent.csv");
    var e = assertThrows(DataException.class, () -> InputCopy.readable(pipe, Duration.ofMillis(300)));
    assertEquals("silent.csv: nothing is writing to this pipe (waited 0.3 s). Start the program that writes to it "
        + "first, or save its output to a file and give that.", e.getMessage());
  }

  @Test
  void aDeviceIsRefused() {
    var e = assertThrows(DataException.class, () -> DatasetLoader.load(Path.of("/dev/zero")));
    assertEquals("zero: this is a device, not a file. Give a CSV file, or pipe one in (for example: "
        + "cat users.csv | segmentlab segment /dev/stdin).", e.getMessage());
  }
}
