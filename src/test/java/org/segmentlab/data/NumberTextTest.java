// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"1,5", "1,234", "12abc", "007", "0x10", "1d", "", "-", ".", "1e", "1 000"})
  void textThatIsNotAPlainNumberIsNotParsed(String text) {
    assertNull(NumberText.parse(text));
  }

  @Test
  void plainNumbersAndNonFiniteLiteralsParse() {
    assertEquals(1.5, NumberText.parse(" 1.5 "));
    assertEquals(-0.25, NumberText.parse("-.25"));
    assertEquals(1000.0, NumberText.parse("1e3"));
    assertEquals(0.5, NumberText.parse("0.5"));
    assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("Infinity"));
    assertTrue(Double.isNaN(NumberText.parse("NaN")));
  }

  @Test
  void missingTokensAreRecognisedInAnyCase() {
    for (String token : new String[] {"", "  ", "NA", "na", "N/A", "n/a", "null", "NULL"}) {
      assertTrue(NumberText.isMissing(token), token);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"451", "-3", "12.5", "0.25", "-0.5", "1000000", "123456.789", "0.00001"})
  void plainlyWrittenNumbersNeedNoSpellingKept(String text) {
    assertTrue(NumberText.formatsAs(text, NumberText.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.50", "17.0", "1e3", "+5", ".5", "-0", "5.", "0.1000000000000000055511"})
  void unusuallyWrittenNumbersKeepTheirSpelling(String text) {
    assertFalse(NumberText.formatsAs(text, NumberText.parse(text)));
  }

  @Test
  void formatDropsTrailingZeros() {
    assertEquals("451", NumberText.format(451.0));
    assertEquals("12.5", NumberText.format(12.50));
    assertEquals("12.35", NumberText.round(12.3456, 2));
  }
}
