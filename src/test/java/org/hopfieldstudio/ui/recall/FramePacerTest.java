package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FramePacerTest {
    private static final long FRAME = 16_666_667L;

    @Test
    void fullSpeedIsOneSweepPerFrameWhateverTheFrameTime() {
        FramePacer p = new FramePacer();
        assertEquals(100, p.next(0, 1.0, 100, false));
        assertEquals(100, p.next(5 * FRAME, 1.0, 100, false), "a slow frame still gets one sweep, not five");
        assertEquals(1, p.next(6 * FRAME, 1.0, 100, true), "one synchronous update");
    }

    @Test
    void asynchronousUpdatesFollowTheRateAndCarryTheFractionalRest() {
        FramePacer p = new FramePacer();
        int n = 100;
        double speed = 0.5; // sqrt(6000) ≈ 77.5 updates per second
        long total = 0;
        for (int f = 0; f < 600; f++) {
            long u = p.next(f * FRAME, speed, n, false);
            assertTrue(u >= 0 && u <= 2, "about 1.3 per frame: " + u);
            total += u;
        }
        double expected = RecallViewModel.neuronsPerSecond(speed, n) * 600 / 60.0;
        assertEquals(expected, total, 1.0, "nothing lost to rounding over 10 s");
    }

    @Test
    void synchronousUpdatesWaitForAWholeSweepAndALongFrameCountsAsATenthOfASecond() {
        FramePacer p = new FramePacer();
        int n = 100;
        // 0.8: 6000^0.8 ≈ 1051 updates/s, 17.5 per frame: one synchronous update every 5 to 6 frames
        int updates = 0;
        for (int f = 0; f < 60; f++) {
            long u = p.next(f * FRAME, 0.8, n, true);
            assertTrue(u == 0 || u == 1);
            updates += (int) u;
        }
        assertEquals((int) Math.floor(RecallViewModel.neuronsPerSecond(0.8, n) / n), updates, 1);
        FramePacer q = new FramePacer();
        q.next(0, 0.5, n, false);
        assertEquals(8, q.next(10_000_000_000L, 0.5, n, false), "a 10 s stall releases 0.1 s worth (7.75, plus the "
                + "0.29 carried from the first frame), not 775");
        q.restart();
        assertEquals(1, q.next(20_000_000_000L, 0.5, n, false), "after a restart the first frame counts as 1/60 s");
    }
}
