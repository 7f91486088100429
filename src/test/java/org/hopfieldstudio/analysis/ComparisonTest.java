package org.hopfieldstudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final PatternSet LETTERS = PatternLibrary.load("letters");

    @Test
    void noisyCueFlipsExactlyTheFractionAndDependsOnlyOnTheSeed() {
        int b = LETTERS.indexOf("B");
        Comparison.Cue c = Comparison.noisy(LETTERS, b, 0.15, 2);
        assertEquals(15, Measures.hamming(c.state(), LETTERS.get(b).toArray()));
        assertEquals(c.checksum(), Comparison.noisy(LETTERS, b, 0.15, 2).checksum());
        assertNotEquals(c.checksum(), Comparison.noisy(LETTERS, b, 0.15, 3).checksum());
    }

    @Test
    void occludedCueClampsTheVisibleHalfAndTheChecksumSeesTheClamp() {
        int b = LETTERS.indexOf("B");
        Comparison.Cue c = Comparison.occluded(LETTERS, b, Noise.Half.BOTTOM);
        boolean[] clamp = c.clamp();
        assertTrue(clamp[0], "top row visible and clamped");
        assertTrue(!clamp[99], "bottom row hidden and free");
        assertNotEquals(c.checksum(), new Comparison.Cue(c.state(), null, b).checksum());
    }

    @Test
    void basinsOnStoredPatternsUseTheSameProbesForEveryNetwork() {
        PatternSet set = PatternSet.random(64, 4, org.hopfieldstudio.core.Seeds.rng(3));
        Network hebb = Protocols.byId("hebb").write(set, 1);
        int[] ds = BasinSweep.halfRange(64, 6);
        List<BasinSweep.Point> a = BasinSweep.onPatterns("hebb", hebb, set, ds, 3, 9, 200, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(a, BasinSweep.onPatterns("hebb", hebb, set, ds, 3, 9, 200, ProgressListener.NONE,
                Cancellation.NEVER));
        assertEquals(0, a.get(0).distance());
        assertEquals(32, a.get(a.size() - 1).distance());
        assertEquals(1.0, a.get(0).recallFraction(), "p = 4 of N = 64 are fixed points under Hebb");
        assertTrue(a.get(a.size() - 1).recallFraction() < 0.5, a.toString());
    }

    @Test
    void halfRangeGoesFromZeroToHalfN() {
        assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(BasinSweep.halfRange(5, 10)).boxed().toList());
        int[] big = BasinSweep.halfRange(10_000, 21);
        assertEquals(0, big[0]);
        assertEquals(5000, big[big.length - 1]);
        assertTrue(big.length <= 21, "at most the asked number of points");
    }
}
