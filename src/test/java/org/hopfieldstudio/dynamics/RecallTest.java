package org.hopfieldstudio.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecallTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void energyNeverRisesUnderAsynchronousUpdates(long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        int n = 5 + rng.nextInt(60);
        Network net = TestNetworks.randomSymmetric(n, rng, seed % 2 == 0);
        UpdateOrder order = UpdateOrder.values()[(int) (seed % 3)];
        Recall r = new Recall(net, TestNetworks.randomState(n, rng), null, RecallConfig.of(order, seed));
        double e = r.energy();
        int guard = 0;
        while (!r.isFinished() && guard++ < 100_000) {
            r.step();
            assertTrue(r.energy() <= e + 1e-9, "energy rose from " + e + " to " + r.energy());
            e = r.energy();
        }
        assertTrue(r.isConverged(), "asynchronous recall on symmetric W must reach a fixed point");
        assertTrue(r.isFixedPoint());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void incrementalFieldsAndEnergyMatchRecomputation(boolean symmetric) {
        RandomGenerator rng = Seeds.rng(42);
        int n = 40;
        Network net = symmetric ? TestNetworks.randomSymmetric(n, rng, true) : randomAsymmetric(n, rng);
        Recall r = new Recall(net, TestNetworks.randomState(n, rng), null,
                RecallConfig.of(UpdateOrder.RANDOM, 7).withMaxSweeps(20));
        for (int k = 0; k < 500; k++) {
            r.step();
        }
        byte[] s = r.state();
        double[] h = new double[n];
        net.fields(s, h);
        for (int i = 0; i < n; i++) {
            assertEquals(h[i], r.field(i), 1e-9);
        }
        assertEquals(net.energy(s), r.energy(), 1e-9);
    }

    private static Network randomAsymmetric(int n, RandomGenerator rng) {
        float[] w = new float[n * n];
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) rng.nextGaussian();
        }
        return new Network(1, n, w, new float[n], false, "asym");
    }

    @Test
    void hebbRecallsSinglePatternFromThirtyPercentNoise() {
        RandomGenerator rng = Seeds.rng(3);
        PatternSet set = PatternSet.random(20, 20, 1, rng);
        Network net = TestNetworks.hebb(set);
        byte[] probe = set.get(0).toArray();
        Noise.flipFraction(probe, 0.30, rng);
        RecallResult res = new Recall(net, probe, set, RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 9)).run();
        assertTrue(res.converged());
        assertEquals(1.0, res.overlaps()[0], 1e-12);
        assertArrayEquals(set.get(0).toArray(), res.finalState());
        assertTrue(res.energyAfter() < res.energyBefore());
    }

    @Test
    void overlapsTrackTheStatePatternByPattern() {
        RandomGenerator rng = Seeds.rng(5);
        PatternSet set = PatternSet.random(10, 10, 5, rng);
        Network net = TestNetworks.hebb(set);
        byte[] probe = set.get(2).toArray();
        Noise.flipFraction(probe, 0.2, rng);
        Recall r = new Recall(net, probe, set, RecallConfig.of(UpdateOrder.RANDOM, 1));
        for (int k = 0; k < 300; k++) {
            r.step();
            byte[] s = r.state();
            double[] m = r.overlaps();
            for (int mu = 0; mu < set.count(); mu++) {
                assertEquals(set.get(mu).overlap(Pattern.ofState("s", 10, 10, s)), m[mu], 1e-12);
            }
        }
    }

    @Test
    void overlapIsExactlyOneWhenTheStoredPatternIsReached() {
        RandomGenerator rng = Seeds.rng(13);
        PatternSet set = PatternSet.random(7, 7, 2, rng); // N = 49: 2/49 is not a binary fraction
        byte[] probe = set.get(0).toArray();
        Noise.flipExactly(probe, 9, rng);
        Recall r = new Recall(TestNetworks.hebb(set), probe, set, RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 1));
        RecallResult res = r.run();
        assertArrayEquals(set.get(0).toArray(), res.finalState());
        assertEquals(1.0, res.overlaps()[0]);
        assertEquals(1.0, r.overlap(0));
    }

    @Test
    void synchronousRecallReportsTwoCycle() {
        // Two neurons inhibiting each other: from (+1, +1) the synchronous map swaps (+,+) <-> (−,−).
        float[] w = {0f, -1f, -1f, 0f};
        Network net = new Network(1, 2, w, new float[2], true, "pair");
        RecallResult res = new Recall(net, new byte[] {1, 1}, null, RecallConfig.of(UpdateOrder.SYNCHRONOUS, 0)).run();
        assertTrue(res.twoCycle());
        assertFalse(res.converged());
        assertTrue(res.sweeps() <= 3, "detected within three synchronous steps, took " + res.sweeps());
    }

    @Test
    void asynchronousRecallOfTheTwoCycleExampleConverges() {
        float[] w = {0f, -1f, -1f, 0f};
        Network net = new Network(1, 2, w, new float[2], true, "pair");
        RecallResult res = new Recall(net, new byte[] {1, 1}, null, RecallConfig.of(UpdateOrder.SEQUENTIAL, 0)).run();
        assertTrue(res.converged());
        assertEquals(0, res.finalState()[0] + res.finalState()[1]);
    }

    @Test
    void synchronousRecallConvergesToStoredPattern() {
        RandomGenerator rng = Seeds.rng(11);
        PatternSet set = PatternSet.random(10, 10, 2, rng);
        byte[] probe = set.get(1).toArray();
        Noise.flipExactly(probe, 5, rng);
        RecallResult res = new Recall(TestNetworks.hebb(set), probe, set, RecallConfig.of(UpdateOrder.SYNCHRONOUS, 0)).run();
        assertTrue(res.converged());
        assertArrayEquals(set.get(1).toArray(), res.finalState());
    }

    @ParameterizedTest
    @EnumSource(UpdateOrder.class)
    void identicalSeedsGiveIdenticalRuns(UpdateOrder order) {
        RandomGenerator rng = Seeds.rng(8);
        Network net = TestNetworks.randomSymmetric(50, rng, false);
        byte[] init = TestNetworks.randomState(50, rng);
        RecallConfig cfg = RecallConfig.of(order, 1234).withTemperature(0.3).withMaxSweeps(30);
        Trace a = new Trace(100_000);
        Trace b = new Trace(100_000);
        new Recall(net, init, null, cfg, a).run();
        new Recall(net, init, null, cfg, b).run();
        assertEquals(a.size(), b.size());
        for (int t = 0; t < a.size(); t++) {
            assertEquals(a.neuron(t), b.neuron(t));
            assertEquals(a.energyAfter(t), b.energyAfter(t));
        }
    }

    @Test
    void clampedNeuronsKeepTheirValue() {
        RandomGenerator rng = Seeds.rng(4);
        PatternSet set = PatternSet.random(8, 8, 1, rng);
        byte[] probe = set.get(0).inverted().toArray();
        boolean[] clamp = new boolean[64];
        for (int i = 0; i < 10; i++) {
            clamp[i] = true;
        }
        RecallResult res = new Recall(TestNetworks.hebb(set), probe, set,
                RecallConfig.of(UpdateOrder.SEQUENTIAL, 0).withClamp(clamp)).run();
        for (int i = 0; i < 10; i++) {
            assertEquals(probe[i], res.finalState()[i]);
        }
    }

    @Test
    void clampedHalfCueCompletesTheOtherHalf() {
        RandomGenerator rng = Seeds.rng(6);
        PatternSet set = PatternSet.random(10, 10, 3, rng);
        byte[] probe = set.get(0).toArray();
        boolean[] hidden = new boolean[100];
        Noise.occludeHalf(probe, 10, 10, Noise.Half.BOTTOM, Noise.Fill.RANDOM, rng, hidden);
        RecallResult res = new Recall(TestNetworks.hebb(set), probe, set,
                RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 2).withClamp(Noise.clampVisible(hidden))).run();
        assertArrayEquals(set.get(0).toArray(), res.finalState());
    }

    @Test
    void traceReplaysEveryIntermediateState() {
        RandomGenerator rng = Seeds.rng(12);
        PatternSet set = PatternSet.random(6, 6, 2, rng);
        byte[] probe = set.get(0).toArray();
        Noise.flipExactly(probe, 8, rng);
        Trace trace = new Trace(10_000);
        Recall r = new Recall(TestNetworks.hebb(set), probe, set, RecallConfig.of(UpdateOrder.RANDOM, 3), trace);
        java.util.List<byte[]> states = new java.util.ArrayList<>();
        while (!r.isFinished()) {
            r.step();
            states.add(r.state());
        }
        assertEquals(states.size(), trace.size());
        for (int t = 0; t < states.size(); t++) {
            assertArrayEquals(states.get(t), trace.stateAt(t));
        }
        assertArrayEquals(probe, trace.stateAt(-1));
    }

    @Test
    void tieKeepsTheCurrentState() {
        // W = 0: every field is a tie, so nothing may change.
        Network net = new Network(1, 4, new float[16], new float[4], true, "zero");
        byte[] init = {1, -1, 1, -1};
        RecallResult res = new Recall(net, init, null, RecallConfig.of(UpdateOrder.SEQUENTIAL, 0)).run();
        assertArrayEquals(init, res.finalState());
        assertTrue(res.converged());
        assertEquals(0, res.flips());
    }

    @Test
    void highTemperatureKeepsFlipping() {
        RandomGenerator rng = Seeds.rng(1);
        PatternSet set = PatternSet.random(10, 10, 1, rng);
        RecallResult res = new Recall(TestNetworks.hebb(set), set.get(0).toArray(), set,
                RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 5).withTemperature(50).withMaxSweeps(20)).run();
        assertFalse(res.converged());
        assertTrue(Math.abs(res.overlaps()[0]) < 0.5, "at T = 50 the memory melts, overlap " + res.overlaps()[0]);
    }

    @Test
    void mismatchedInitialStateIsRefused() {
        Network net = new Network(1, 4, new float[16], new float[4], true, "zero");
        assertThrows(IllegalArgumentException.class,
                () -> new Recall(net, new byte[] {1, 1, 1}, null, RecallConfig.of(UpdateOrder.RANDOM, 0)));
    }
}
