package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.PatternLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every protocol but TRN writes factors (issue 13): fields, entries and stabilities against the dense forms. */
class FactoredProtocolsTest {

    private static byte[] randomState(int n, RandomGenerator rng) {
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) {
            s[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return s;
    }

    /**
     * The rank each protocol states for its W (the capacity lab's time estimate counts recall visits by it) is the form
     * it writes: factors of at most that rank, or N for a dense W.
     */
    @ParameterizedTest
    @ValueSource(strings = {"hebb", "pinv", "storkey", "mpf", "km", "trn"})
    void theStatedRankIsTheFormWritten(String id) {
        WritingProtocol protocol = Protocols.byId(id);
        for (int p : new int[] {3, 30}) { // N = 64: 8p ≤ N and 16p ≤ N at p = 3, neither at p = 30
            Network net = protocol.write(PatternSet.random(8, 8, p, Seeds.rng(p)), 1);
            int rank = protocol.weightRank(64, p);
            if (net.isFactored()) {
                assertTrue(rank < 64 && net.factors().rank() <= rank, id + " at p = " + p + ": stated " + rank
                        + ", wrote rank " + net.factors().rank());
            } else {
                assertEquals(64, rank, id + " at p = " + p + " writes W densely");
            }
        }
    }

    /** Fields of the factored network equal the fields of the same W held densely, on random states and the patterns. */
    @ParameterizedTest
    @ValueSource(strings = {"hebb", "pinv", "storkey", "mpf", "km"})
    void factoredFieldsEqualDenseFieldsForEveryProtocol(String id) {
        RandomGenerator rng = Seeds.rng(id.hashCode());
        PatternSet set = PatternSet.random(20, 24, 6, rng); // N = 480, p = 6: 2p ≤ N/8
        Network net = Protocols.byId(id).write(set, 1);
        assertTrue(net.isFactored(), id + " should write factors at p = 6, N = 480");
        assertTrue(net.bytes() < 8L * 480 * 480 / 10, id + " holds " + net.bytes() + " bytes");
        Network dense = net.toDense();
        assertFalse(dense.isFactored());
        int n = net.size();
        double[] hf = new double[n];
        double[] hd = new double[n];
        double scale = dense.maxAbsWeight();
        for (int t = 0; t < 10 + set.count(); t++) {
            byte[] s = t < set.count() ? set.get(t).toArray() : randomState(n, rng);
            net.fields(s, hf);
            dense.fields(s, hd);
            for (int i = 0; i < n; i++) {
                assertEquals(hd[i], hf[i], 1e-5 * n * scale, id + " field " + i);
            }
        }
        for (int i = 0; i < n; i += 7) {
            assertEquals(0f, net.weight(i, i), id + " w_ii");
            for (int j = 0; j < n; j += 5) {
                assertEquals(dense.weight(i, j), net.weight(i, j), id + " W[" + i + "," + j + "]");
                if (net.isSymmetric()) {
                    assertEquals(net.weight(j, i), net.weight(i, j));
                }
            }
        }
    }

    /** Storkey on factors gives the dense rule's W to float rounding (the dense rule rounds W to float per pattern). */
    @ParameterizedTest
    @ValueSource(strings = {"64:6", "100:12", "letters"})
    void storkeyOnFactorsEqualsTheDenseRule(String spec) {
        PatternSet set;
        if (spec.contains(":")) {
            String[] a = spec.split(":");
            set = PatternSet.random(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Seeds.rng(9));
        } else {
            set = PatternLibrary.load(spec);
        }
        Network dense = new Storkey(false).write(set, 1);
        Network fact = new Storkey(true).write(set, 1);
        assertFalse(dense.isFactored());
        int n = set.neurons();
        double scale = dense.maxAbsWeight();
        double tol = set.count() * 4 * Math.ulp((float) scale);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(dense.weight(i, j), fact.weight(i, j), tol, "W[" + i + "," + j + "]");
            }
        }
    }

    /** Krauth–Mézard on factors: the same W as the dense rows, and every stability ξ_i h_i ≥ c. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 3})
    void krauthMezardOnFactorsReachesStabilityC(double c) {
        PatternSet set = PatternSet.random(12, 12, 30, Seeds.rng(4));
        WriteRequest req = WriteRequest.of(set, 0).withParam("c", c);
        Network fact = new KrauthMezard(true).write(req);
        Network dense = new KrauthMezard(false).write(req);
        assertTrue(fact.isFactored());
        assertFalse(fact.isSymmetric());
        int n = set.neurons();
        // N.B. the dense rows sum (1/N)·c_μ·ξ in double and may leave 1e−17 where the factored (1/N)·Σ is exactly 0
        double tol = 4 * Math.ulp((float) dense.maxAbsWeight());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(dense.weight(i, j), fact.weight(i, j), tol, "W[" + i + "," + j + "]");
            }
        }
        double[] h = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int mu = 0; mu < set.count(); mu++) {
            byte[] x = set.get(mu).toArray();
            fact.fields(x, h);
            for (int i = 0; i < n; i++) {
                min = Math.min(min, x[i] * h[i]);
            }
        }
        assertTrue(min >= c - 1e-9, "smallest stability " + min);
    }
}
