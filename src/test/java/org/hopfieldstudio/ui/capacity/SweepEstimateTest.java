package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SweepEstimateTest {
    private final AtomicLong now = new AtomicLong();

    private void seconds(double s) {
        now.addAndGet((long) (s * 1e9));
    }

    /** Two curves at two loads, each curve at its own rate; the dense point of a curve at its factored rate. */
    @Test
    void eachCurveIsEstimatedAtItsOwnRateAndAFailedCurveLeavesTheEstimate() {
        SweepEstimate e = new SweepEstimate(List.of(new SweepEstimate.Point("hebb", false, 1),
                new SweepEstimate.Point("mpf", false, 1), new SweepEstimate.Point("hebb", true, 3),
                new SweepEstimate.Point("mpf", false, 2)), now::get);
        e.start(0);
        assertTrue(Double.isNaN(e.secondsLeft(0)), "nothing to estimate from yet");
        seconds(1);
        assertEquals(1 + 2 * (1 + 3 + 2), e.secondsLeft(0.5), 1e-6,
                "half the first point's trials in 1 s, the only measure yet: 2 s a unit");
        e.finish();
        e.start(1);
        seconds(10);
        e.finish();
        // hebb: 1 s a unit, also for its dense point (no dense one measured yet); mpf: 10 s a unit
        e.start(2);
        assertEquals(3 + 20, e.secondsLeft(0), 1e-6);
        seconds(1);
        assertEquals(2 + 20, e.secondsLeft(0), 1e-6, "the running point counts down from its estimate");
        e.drop("mpf");
        assertEquals(2, e.secondsLeft(0), 1e-6, "a failed curve's higher loads do not run");
    }
}
