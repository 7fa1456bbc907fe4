// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process for {@link StoppedWriteTest}: starts writing an output, says so on stdout, and waits
 * in the middle of the write until it is stopped.
 */
public final class PartFileHolder {
  private PartFileHolder() {}

  public static void main(String[] args) throws Exception {
    AtomicFile.write(Path.of(args[0]), out -> {
      out.write("half a file".getBytes(StandardCharsets.UTF_8));
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.currentThread().join(); // waits for ever: the test stops the process here
      } catch (InterruptedException e) {
        throw new java.io.InterruptedIOException("interrupted");
      }
    });
  }
}
