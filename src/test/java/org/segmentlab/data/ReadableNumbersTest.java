// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableNumbersTest {

  @Test
  void countsAreGroupedByThousands() {
    assertEquals("1,000,000", ReadableNumbers.count(1_000_000));
    assertEquals("999", ReadableNumbers.count(999));
    assertEquals("0", ReadableNumbers.count(0));
  }

  @Test
  void valuesAreRoundedGroupedAndWithoutTrailingZeros() {
    assertEquals("32,029.1", ReadableNumbers.value(32_029.0789, 1));
    assertEquals("1,241", ReadableNumbers.value(1240.9754, 0));
    assertEquals("724", ReadableNumbers.value(724.0, 1));
    assertEquals("-0.5", ReadableNumbers.value(-0.5, 1));
  }
}
