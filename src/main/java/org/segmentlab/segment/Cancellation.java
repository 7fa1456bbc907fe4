// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.concurrent.CancellationException;

/** Lets a caller stop long work between steps; the desktop app wires it to the Cancel button. */
@FunctionalInterface
public interface Cancellation {
  Cancellation NEVER = () -> false;

  boolean isCancelled();

  /** Throws {@link CancellationException} once cancellation was asked for. */
  default void check() {
    if (isCancelled()) {
      throw new CancellationException("cancelled");
    }
  }
}
