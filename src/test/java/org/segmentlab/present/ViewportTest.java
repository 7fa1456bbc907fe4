// SPDX-License-Identifier: GPL-3.0-or-later
package org.segmentlab.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The value ranges a chart shows, and how zoom and pan are kept inside all the users. */
class ViewportTest {
  private static final Viewport ALL = new Viewport(-600, 35_000, -30, 1_600);

  @Test
  void valuesMapToPixelsWithLargerValuesHigherUp() {
    var view = new Viewport(0, 1_000, 0, 500);
    assertEquals(0, view.pixelX(0, 800));
    assertEquals(800, view.pixelX(1_000, 800));
    assertEquals(200, view.pixelX(250, 800));
    assertEquals(400, view.pixelY(0, 400));
    assertEquals(0, view.pixelY(500, 400));
  }

  @Test
  void aPanPastTheLowestUsersStopsAtTheEdgeOfAllUsersAndKeepsTheZoom() {
    var zoomed = new Viewport(1_000, 11_000, 100, 600);
    assertEquals(new Viewport(-600, 9_400, -30, 470), zoomed.shifted(-5_000, -400).within(ALL));
    assertEquals(new Viewport(25_000, 35_000, 1_100, 1_600), zoomed.shifted(40_000, 4_000).within(ALL));
  }

  @Test
  void zoomingOutFurtherThanAllUsersShowsAllUsers() {
    assertEquals(ALL, new Viewport(-90_000, 90_000, -5_000, 5_000).within(ALL));
    assertEquals(new Viewport(-600, 35_000, 0, 100), new Viewport(-90_000, 90_000, 0, 100).within(ALL));
  }

  @Test
  void aViewInsideAllUsersIsKeptAsItIs() {
    var inside = new Viewport(3, 4, 5, 6);
    assertEquals(inside, inside.within(ALL));
  }

  @Test
  void anEmptyRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Viewport(5, 5, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 1, Double.NaN, 1));
  }
}
