// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.segmentlab.cli.SegmentLabCommand;
import org.segmentlab.ui.SegmentLabApp;

/**
 * Entry point. With no arguments it opens the desktop app; with a command it runs the command
 * line. It does not extend {@code Application}, so JavaFX can run from the class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      SegmentLabApp.launchApp(args);
      return;
    }
    Charset charset = Charset.defaultCharset();
    var out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
    var err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
    System.exit(SegmentLabCommand.execute(args, out, err));
  }
}
