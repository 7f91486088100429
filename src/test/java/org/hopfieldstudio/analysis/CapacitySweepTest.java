package org.hopfieldstudio.analysis;

import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WritingProtocol;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hopfieldstudio.protocol.ProgressListener;
import org.junit.jupiter.api.Test;

class CapacitySweepTest {
    /** Hebb, zero diagonal, from the protocol registry. */
    private static final WritingProtocol HEBB = Protocols.byId("hebb");

    @Test
    void hebbRecallFractionFallsThroughOneHalfBetweenLoads010And016AtN200() {
        List<CapacitySweep.Point> pts = CapacitySweep.run(CapacitySweep.Config.of(HEBB, 200,
                new double[]{0.10, 0.16}, 20, 0.1, 2024));
        assertEquals(20, pts.get(0).patterns());
        assertEquals(32, pts.get(1).patterns());
        double low = pts.get(0).recallFraction();
        double high = pts.get(1).recallFraction();
        assertTrue(low > 0.5 && 0.5 > high, "recall(0.10) = " + low + ", recall(0.16) = " + high);
    }

    @Test
    void sameSeedGivesSameResultsOnOneOrTwoThreads() {
        CapacitySweep.Config c = CapacitySweep.Config.of(HEBB, 64, Range.parse("0.05:0.2:0.05", "loads"),
                6, 0.1, 5);
        assertEquals(CapacitySweep.run(c.withThreads(1)), CapacitySweep.run(c.withThreads(2)));
    }

    @Test
    void resultAtOneLoadDoesNotDependOnTheOtherLoads() {
        CapacitySweep.Point alone = CapacitySweep.run(CapacitySweep.Config.of(HEBB, 50,
                new double[]{0.1}, 5, 0.1, 9)).get(0);
        CapacitySweep.Point inSweep = CapacitySweep.run(CapacitySweep.Config.of(HEBB, 50,
                new double[]{0.04, 0.1}, 5, 0.1, 9)).get(1);
        assertEquals(alone, inSweep);
    }

    @Test
    void singlePatternIsAlwaysStableAndRecalled() {
        CapacitySweep.Point pt = CapacitySweep.run(CapacitySweep.Config.of(HEBB, 100,
                new double[]{0.001}, 10, 0.3, 1)).get(0);
        assertEquals(1, pt.patterns(), "at least one pattern");
        assertEquals(1.0, pt.stableFraction());
        assertEquals(1.0, pt.recallFraction());
        assertEquals(1.0, pt.meanOverlap());
    }

    @Test
    void progressCountsEveryTrialAndCancellationStops() {
        AtomicInteger calls = new AtomicInteger();
        ProgressListener l = (done, total, obj, msg) -> calls.incrementAndGet();
        CapacitySweep.run(CapacitySweep.Config.of(HEBB, 30, new double[]{0.1, 0.2}, 4, 0.1, 1), l,
                () -> false);
        assertEquals(8, calls.get());
        assertThrows(CancellationException.class, () -> CapacitySweep.run(
                CapacitySweep.Config.of(HEBB, 30, new double[]{0.1}, 4, 0.1, 1),
                ProgressListener.NONE, () -> true));
    }

    @Test
    void badConfigIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CapacitySweep.Config.of(HEBB, 30, new double[]{0.1}, 4, 1.5, 1));
        assertEquals("noise must be a fraction between 0 and 1, got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CapacitySweep.Config.of(HEBB, 30, new double[]{0.1}, -1, 0.1, 1));
    }

    @Test
    void rangeParsesInclusiveSteps() {
        double[] r = Range.parse("0.02:0.30:0.02", "loads");
        assertEquals(15, r.length);
        assertEquals(0.3, r[14]);
        assertEquals(0.06, r[2]);
        assertArrayEquals(new int[]{0, 5, 10}, Range.parseInts("0:10:5", "distances"));
        assertArrayEquals(new int[]{7}, Range.parseInts("7", "distances"));
        assertThrows(IllegalArgumentException.class, () -> Range.parse("0.1:0.2", "loads"));
        assertThrows(IllegalArgumentException.class, () -> Range.parse("0.1:0.2:0", "loads"));
        assertThrows(IllegalArgumentException.class, () -> Range.parseInts("a:3:1", "distances"));
    }

    /** The time estimate counts the probed patterns, not all p, when --probes limits them (issue 13 point 5). */
    @Test
    void operationsCountOnlyTheProbedPatterns() {
        double[] loads = {0.1, 0.2};
        CapacitySweep.Config all = CapacitySweep.Config.of(Protocols.byId("hebb"), 6400, loads, 2, 0.1, 1);
        double n2 = 6400.0 * 6400;
        // Hebb: write N²·p, check and recall 3·N²·p per trial
        assertEquals(2 * n2 * (4 * 640 + 4 * 1280), all.operations(), 1e-6 * all.operations());
        CapacitySweep.Config few = all.withProbes(20);
        assertEquals(2 * n2 * (3 * 20 + 640 + 3 * 20 + 1280), few.operations(), 1e-6 * few.operations());
        assertTrue(few.operations() < all.operations() / 3);
    }
}
