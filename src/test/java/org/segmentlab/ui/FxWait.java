// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** The one way window tests wait: for a condition (at most a minute), then for the FX queue to drain. */
final class FxWait {
  private FxWait() {}

  static void waitUntil(BooleanSupplier condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
