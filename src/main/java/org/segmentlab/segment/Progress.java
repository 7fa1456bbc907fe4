// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

/** Receives how far long work has come, as a fraction and a message a user can read. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (fraction, message) -> {};

  void update(double fraction, String message);
}
