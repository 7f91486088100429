package org.hopfieldstudio.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LowRankTest {
    /** Hebb with zero diagonal, by definition, and its factor U = Ξ, c = 1/N, d = p/N. */
    private static Network hebbWithFactor(PatternSet set, boolean attach) {
        int n = set.neurons();
        int p = set.count();
        float[] w = new float[n * n];
        float[] u = new float[n * p];
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            d[i] = (float) p / n;
            for (int mu = 0; mu < p; mu++) {
                u[i * p + mu] = set.get(mu).get(i);
            }
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    int sum = 0;
                    for (int mu = 0; mu < p; mu++) {
                        sum += set.get(mu).get(i) * set.get(mu).get(j);
                    }
                    w[j * n + i] = (float) sum / n;
                }
            }
        }
        Network net = new Network(set.rows(), set.cols(), w, new float[n], true, "hebb");
        return attach ? net.withLowRank(new LowRank(p, u, 1.0 / n, d)) : net;
    }

    @Test
    void lowRankFieldsEqualDenseFields() {
        PatternSet set = PatternSet.random(20, 20, 7, Seeds.rng(3));
        Network dense = hebbWithFactor(set, false);
        Network fast = hebbWithFactor(set, true);
        byte[] s = Pattern.random("s", 20, 20, Seeds.rng(4)).toArray();
        double[] a = new double[400];
        double[] b = new double[400];
        dense.fields(s, a);
        fast.fields(s, b);
        for (int i = 0; i < 400; i++) {
            assertEquals(a[i], b[i], 1e-6);
        }
        assertEquals(dense.energy(s), fast.energy(s), 1e-5);
    }

    @Test
    void entryBoundIsExactForHebb() {
        PatternSet set = PatternSet.random(10, 10, 3, Seeds.rng(5));
        Network fast = hebbWithFactor(set, true);
        assertEquals(0.03, fast.lowRank().entryBound(), 1e-7);
        assertTrue(fast.maxAbsWeight() <= fast.lowRank().entryBound() + 1e-7);
    }

    @Test
    void factorThatDoesNotReproduceWIsRefused() {
        PatternSet set = PatternSet.random(6, 6, 2, Seeds.rng(6));
        PatternSet other = PatternSet.random(6, 6, 2, Seeds.rng(7));
        Network net = hebbWithFactor(set, false);
        float[] u = new float[36 * 2];
        for (int i = 0; i < 36; i++) {
            for (int mu = 0; mu < 2; mu++) {
                u[i * 2 + mu] = other.get(mu).get(i);
            }
        }
        float[] d = new float[36];
        java.util.Arrays.fill(d, 2f / 36);
        assertThrows(IllegalArgumentException.class, () -> net.withLowRank(new LowRank(2, u, 1.0 / 36, d)));
    }

    /**
     * A dense network that also holds a factor counts every array it holds exactly once (issue 13): W, the float
     * factor, its double copy (U shared with V, so once) and θ; the dense network alone counts W and θ only.
     */
    @Test
    void bytesCountEachHeldArrayOnce() {
        PatternSet set = PatternSet.random(12, 12, 5, Seeds.rng(8));
        int n = 144;
        int p = 5;
        Network dense = hebbWithFactor(set, false);
        Network both = hebbWithFactor(set, true);
        assertEquals(4L * n * n + 4L * n, dense.bytes());
        assertTrue(both.factors().sharesFactor());
        long expected = 4L * n * n            // W
                + 4L * (n * p + n)             // LowRank: float U and d
                + 8L * (n * p + n)             // FactoredWeights: double U (= V) and d
                + 4L * n;                      // θ
        assertEquals(expected, both.bytes());
        // a factored network holds no dense W: factors and θ only, whatever its dense cache holds
        Network factored = Network.factored(12, 12, both.factors(), new float[n], true, "hebb");
        factored.weightsUnsafe();
        assertEquals(8L * (n * p + n) + 4L * n, factored.bytes());
    }
}
