package org.hopfieldstudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BasinSweepTest {

    @Test
    void recallFallsWithDistanceAndIsCompleteAtZeroBelowCapacity() {
        List<BasinSweep.Point> pts = BasinSweep.run(BasinSweep.Config.of(TestHebb.INSTANCE, 100, 5,
                new int[]{0, 10, 30, 50}, 10, 3));
        assertEquals(4, pts.size());
        assertEquals(0, pts.get(0).distance());
        assertTrue(pts.get(0).recallFraction() > 0.95, pts.get(0).toString());
        assertTrue(pts.get(1).recallFraction() > 0.9, pts.get(1).toString());
        // half the bits flipped: the probe carries no information about its pattern
        assertTrue(pts.get(3).recallFraction() < 0.3, pts.get(3).toString());
        assertTrue(pts.get(2).meanOverlap() > pts.get(3).meanOverlap());
    }

    @Test
    void deterministicAcrossThreadCounts() {
        BasinSweep.Config c = BasinSweep.Config.of(TestHebb.INSTANCE, 64, 6, new int[]{0, 8, 16}, 5, 11);
        assertEquals(BasinSweep.run(c.withThreads(1)), BasinSweep.run(c.withThreads(2)));
    }

    @Test
    void distanceBeyondNIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> BasinSweep.Config.of(TestHebb.INSTANCE, 10, 2, new int[]{11}, 5, 1));
    }
}
