package org.hopfieldstudio.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Hebb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recall on factored networks (W = c·U Vᵀ − diag(d)) against recall on the same W held densely: the same
 * trajectory for the same seed, in every order, at T > 0, with clamps; energy never rises on symmetric factors.
 */
class FactoredRecallTest {

    /** Kinds of random factors: symmetric U = V, symmetric [A, Ξ]/[Ξ, A] (MPF's form), asymmetric U ≠ V. */
    enum Kind { SHARED, SWAPPED, ASYMMETRIC }

    static Network randomFactored(int rows, int cols, int r, Kind kind, boolean thresholds, RandomGenerator rng) {
        int n = rows * cols;
        double[] u;
        double[] v;
        int rank;
        if (kind == Kind.SWAPPED) {
            int half = r;
            rank = 2 * half;
            u = new double[n * rank];
            v = new double[n * rank];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < half; k++) {
                    double a = rng.nextGaussian();
                    double x = rng.nextBoolean() ? 1 : -1;
                    u[i * rank + k] = a;
                    u[i * rank + half + k] = x;
                    v[i * rank + k] = x;
                    v[i * rank + half + k] = a;
                }
            }
        } else {
            rank = r;
            u = new double[n * r];
            for (int k = 0; k < u.length; k++) {
                u[k] = rng.nextGaussian();
            }
            if (kind == Kind.SHARED) {
                v = u;
            } else {
                v = new double[n * r];
                for (int k = 0; k < v.length; k++) {
                    v[k] = rng.nextGaussian();
                }
            }
        }
        double c = 1.0 / n;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            // zero diagonal: d_i = c·u_i·v_i
            double acc = 0;
            for (int k = 0; k < rank; k++) {
                acc += u[i * rank + k] * v[i * rank + k];
            }
            d[i] = c * acc;
        }
        float[] theta = new float[n];
        if (thresholds) {
            for (int i = 0; i < n; i++) {
                theta[i] = (float) (0.05 * rng.nextGaussian());
            }
        }
        return Network.factored(rows, cols, new FactoredWeights(n, rank, u, v, c, d), theta, kind != Kind.ASYMMETRIC,
                "random-" + kind);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void factoredFieldsEqualDenseFields(long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        Kind kind = Kind.values()[(int) (seed % 3)];
        Network f = randomFactored(8, 9, 1 + rng.nextInt(6), kind, true, rng);
        Network d = f.toDense();
        assertTrue(f.isFactored());
        assertFalse(d.isFactored());
        int n = f.size();
        double[] hf = new double[n];
        double[] hd = new double[n];
        for (int t = 0; t < 20; t++) {
            byte[] s = TestNetworks.randomState(n, rng);
            f.fields(s, hf);
            d.fields(s, hd);
            for (int i = 0; i < n; i++) {
                assertEquals(hd[i], hf[i], 1e-5 * (1 + Math.abs(hd[i])), "field " + i);
                assertEquals(hd[i], f.field(i, s), 1e-5 * (1 + Math.abs(hd[i])));
            }
            assertEquals(d.energy(s), f.energy(s), 1e-4);
        }
        for (int i = 0; i < n; i++) {
            assertArrayEquals(d.row(i), f.row(i), 0f);
            for (int j = 0; j < n; j++) {
                assertEquals(d.weight(i, j), f.weight(i, j), 0f);
            }
        }
        assertEquals(d.maxAbsWeight(), f.maxAbsWeight(), 0.0);
        assertTrue(f.factors().entryBound() >= f.maxAbsWeight() * (1 - 1e-6), "bound below max|W|");
    }

    /** The same seed gives the same steps, flips and final state on the factored and the dense W. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    void factoredAndDenseRecallFollowTheSameTrajectory(long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        Kind kind = Kind.values()[(int) (seed % 3)];
        Network f = randomFactored(6, 10, 1 + rng.nextInt(4), kind, seed % 2 == 0, rng);
        Network d = f.toDense();
        UpdateOrder order = UpdateOrder.values()[(int) (seed % UpdateOrder.values().length)];
        RecallConfig rc = RecallConfig.of(order, seed).withMaxSweeps(30);
        if (seed % 4 == 1) {
            rc = rc.withTemperature(0.3);
        }
        if (seed % 5 == 2) {
            boolean[] clamp = new boolean[f.size()];
            for (int i = 0; i < clamp.length; i += 3) {
                clamp[i] = true;
            }
            rc = rc.withClamp(clamp);
        }
        assertSameTrajectory(f, d, TestNetworks.randomState(f.size(), rng), null, rc, 3000);
    }

    /** Hebb's exact ties (h = 0 on even p) are decided the same way: kept. */
    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6})
    void hebbTiesAreDecidedAlikeOnFactoredAndDenseW(int p) {
        RandomGenerator rng = Seeds.rng(p);
        PatternSet set = PatternSet.random(7, 8, p, rng);
        Network f = Network.factored(7, 8, Hebb.factors(set), new float[56], true, "hebb");
        Network d = TestNetworks.hebb(set);
        for (long seed = 0; seed < 8; seed++) {
            byte[] probe = set.get((int) (seed % p)).toArray();
            Noise.flipFraction(probe, 0.3, Seeds.rng(seed));
            UpdateOrder order = UpdateOrder.values()[(int) (seed % UpdateOrder.values().length)];
            assertSameTrajectory(f, d, probe, set, RecallConfig.of(order, seed), 2000);
        }
    }

    private static void assertSameTrajectory(Network f, Network d, byte[] start, PatternSet stored, RecallConfig rc,
                                             int steps) {
        Trace tf = new Trace(steps + 1);
        Trace td = new Trace(steps + 1);
        Recall a = new Recall(f, start, stored, rc, tf);
        Recall b = new Recall(d, start, stored, rc, td);
        assertEquals(b.energy(), a.energy(), 1e-4);
        for (int t = 0; t < steps && !(a.isFinished() && b.isFinished()); t++) {
            Step sa = a.step();
            Step sb = b.step();
            assertEquals(sb.neuron(), sa.neuron(), "step " + t);
            assertEquals(sb.flipped(), sa.flipped(), "step " + t);
            assertEquals(sb.flips(), sa.flips(), "step " + t);
            if (!Double.isNaN(sb.field())) {
                assertEquals(sb.field(), sa.field(), 1e-5 * (1 + Math.abs(sb.field())), "field at step " + t);
            }
            assertEquals(b.energy(), a.energy(), 1e-4 * (1 + Math.abs(b.energy())), "energy at step " + t);
            assertArrayEquals(b.overlaps(), a.overlaps(), 0.0);
        }
        assertArrayEquals(b.state(), a.state());
        assertEquals(b.isConverged(), a.isConverged());
        assertEquals(b.isTwoCycle(), a.isTwoCycle());
        assertEquals(td.size(), tf.size());
        for (int t = 0; t < td.size(); t++) {
            assertEquals(td.neuron(t), tf.neuron(t));
            assertEquals(td.flipped(t), tf.flipped(t));
        }
        // fields and energy kept incrementally agree with a recomputation from scratch on the factored network
        double[] h = new double[f.size()];
        f.fields(a.state(), h);
        for (int i = 0; i < h.length; i++) {
            assertEquals(h[i], a.field(i), 1e-9 * (1 + Math.abs(h[i])));
        }
        assertEquals(f.energy(a.state()), a.energy(), 1e-9 * (1 + Math.abs(a.energy())));
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void energyNeverRisesUnderAsynchronousUpdatesOnFactoredSymmetricW(long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        Kind kind = seed % 2 == 0 ? Kind.SHARED : Kind.SWAPPED;
        Network net = randomFactored(1, 20 + rng.nextInt(80), 1 + rng.nextInt(5), kind, seed % 3 == 0, rng);
        UpdateOrder order = UpdateOrder.values()[(int) (seed % 3)];
        Recall r = new Recall(net, TestNetworks.randomState(net.size(), rng), null, RecallConfig.of(order, seed));
        double e = r.energy();
        int guard = 0;
        while (!r.isFinished() && guard++ < 200_000) {
            r.step();
            assertTrue(r.energy() <= e + 1e-12 * (1 + Math.abs(e)), "energy rose from " + e + " to " + r.energy());
            e = r.energy();
        }
        assertTrue(r.isConverged());
        assertTrue(r.isFixedPoint());
        assertEquals(net.energy(r.state()), r.energy(), 1e-9 * (1 + Math.abs(e)));
    }

    @Test
    void hebbWritesFactorsAtLargeNWithoutADenseMatrix() {
        // N = 50,000 exceeds what a dense Java array can hold (N² > 2³¹); the factors take 50,000·5 doubles
        PatternSet set = PatternSet.random(250, 200, 5, Seeds.rng(3));
        Network net = new Hebb().write(set, 1);
        assertTrue(net.isFactored());
        assertTrue(net.bytes() < 4_000_000, "bytes " + net.bytes());
        byte[] probe = set.get(2).toArray();
        Noise.flipFraction(probe, 0.2, Seeds.rng(4));
        RecallResult res = new Recall(net, probe, set, RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 5)).run();
        assertTrue(res.converged());
        assertArrayEquals(set.get(2).toArray(), res.finalState());
    }
}
