// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.segment;

import java.util.List;

/**
 * One segment as a product manager sees it: its number (1 is the largest), plain-language name,
 * the rule behind the name, its size and share, and per-feature means and medians in file units.
 *
 * @param identity which colour (and, across re-runs, which group of users) the segment keeps: its
 *     number in a first run, the identity of the segment it continues in a re-run
 */
public record SegmentProfile(
    int number,
    int identity,
    String name,
    String rule,
    int size,
    double share,
    List<Double> means,
    List<Double> medians) {

  public SegmentProfile {
    means = List.copyOf(means);
    medians = List.copyOf(medians);
  }

  /** The same segment under a name the user chose. */
  public SegmentProfile withName(String newName) {
    return new SegmentProfile(number, identity, newName, rule, size, share, means, medians);
  }

  /** The same segment keeping another segment's identity. */
  public SegmentProfile withIdentity(int newIdentity) {
    return new SegmentProfile(number, newIdentity, name, rule, size, share, means, medians);
  }
}
