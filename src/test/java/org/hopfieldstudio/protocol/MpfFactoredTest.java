package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.PatternLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MPF over the factors A (N×p), θ against MPF over the dense W (issue 13, points 3 and 7). */
class MpfFactoredTest {
    private static double[] random(int dim, long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[dim];
        for (int k = 0; k < dim; k++) {
            a[k] = r.nextGaussian() * scale;
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "blas"})
    void gradientOfFactoredKMatchesCentralFiniteDifferences(String impl) {
        for (boolean theta : new boolean[] {true, false}) {
            int n = 11;
            int p = 4;
            PatternSet set = PatternSet.random(n, p, Seeds.rng(7));
            MpfFactoredObjective f = new MpfFactoredObjective(MpfFactoredObjective.patternsByNeuron(set), n, p, theta,
                    impl.equals("java") ? MatMul.java() : MatMul.blas());
            GradientCheck.assertMatches(f, random(f.dimension(), 3, 0.3), 1e-5, 1e-6);
        }
    }

    /** K(A, θ) is the dense K at W = ½(AΞᵀ + ΞAᵀ) with the diagonal removed, and its W has that form exactly. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void factoredObjectiveIsTheDenseObjectiveAtWOfA(long seed) {
        int n = 23;
        int p = 5;
        PatternSet set = PatternSet.random(n, p, Seeds.rng(seed));
        double[] xi = MpfFactoredObjective.patternsByNeuron(set);
        MpfFactoredObjective f = new MpfFactoredObjective(xi, n, p, true, MatMul.java());
        double[] params = random(f.dimension(), seed + 10, 0.2);
        FactoredWeights w = f.weights(params);
        double[] dense = new double[Symmetric.size(n) + n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(0.0, w.entry(i, i), 1e-12);
            for (int j = i + 1; j < n; j++) {
                double expected = 0;
                for (int mu = 0; mu < p; mu++) {
                    expected += 0.5 * (params[i * p + mu] * xi[j * p + mu] + xi[i * p + mu] * params[j * p + mu]);
                }
                assertEquals(expected, w.entry(i, j), 1e-12);
                assertEquals(w.entry(i, j), w.entry(j, i), 1e-12);
                dense[k++] = w.entry(i, j);
            }
        }
        System.arraycopy(params, n * p, dense, Symmetric.size(n), n);
        MpfObjective d = new MpfObjective(Mpf.patternMatrix(set), p, n, true, MatMul.java());
        double kd = d.valueAndGradient(dense, new double[dense.length]);
        double kf = f.valueAndGradient(params, new double[params.length]);
        assertEquals(kd, kf, 1e-12 * kd);
    }

    private static WriteRequest request(PatternSet set, double gtol, int maxIter) {
        return WriteRequest.of(set, 1).withParam(Mpf.GRADIENT_TOLERANCE.key(), gtol)
                .withParam(Mpf.MAX_ITERATIONS.key(), maxIter);
    }

    private static double k(Network net, PatternSet set) {
        int n = set.neurons();
        double[] h = new double[n];
        double sum = 0;
        for (int mu = 0; mu < set.count(); mu++) {
            byte[] x = set.get(mu).toArray();
            net.fields(x, h);
            for (int i = 0; i < n; i++) {
                sum += Math.exp(-x[i] * h[i]);
            }
        }
        return sum / set.count();
    }

    private static boolean[] strictlyStable(Network net, PatternSet set) {
        boolean[] ok = new boolean[set.count()];
        double[] h = new double[set.neurons()];
        for (int mu = 0; mu < set.count(); mu++) {
            byte[] x = set.get(mu).toArray();
            net.fields(x, h);
            ok[mu] = true;
            for (int i = 0; i < x.length; i++) {
                ok[mu] &= x[i] * h[i] > net.tieTolerance();
            }
        }
        return ok;
    }

    /**
     * Random sets far beyond capacity (p = 3N): not every pattern can be stable, K attains its minimum, and the
     * factored optimiser reaches the dense optimiser's K to within 1e−6 relative.
     */
    @ParameterizedTest
    @ValueSource(strings = {"16:48", "24:64"})
    void factoredMpfReachesTheDenseMinimumOfK(String spec) {
        String[] a = spec.split(":");
        int n = Integer.parseInt(a[0]);
        int p = Integer.parseInt(a[1]);
        PatternSet set = PatternSet.random(n, p, Seeds.rng(n));
        Network dense = new Mpf(Mpf.Mode.DENSE).write(WriteRequest.of(set, 1));
        Network factored = new Mpf(Mpf.Mode.FACTORED).write(WriteRequest.of(set, 1));
        double kd = k(dense, set);
        double kf = k(factored, set);
        assertEquals(kd, kf, 1e-6 * kd, "dense K " + kd + ", factored K " + kf);
        assertArrayEquals(strictlyStable(dense, set), strictlyStable(factored, set));
    }

    /**
     * Storable sets (random below capacity and the bundled letters and digits): K has no minimum (scaling W lowers it
     * towards 0), so both runs stop on a tolerance; the factored run must end at least as low and with the same
     * patterns strictly stable (here: all of them).
     */
    @ParameterizedTest
    @ValueSource(strings = {"64:8", "256:20", "letters", "digits"})
    void factoredMpfStoresTheSamePatternsAsDenseMpf(String spec) {
        PatternSet set;
        if (spec.contains(":")) {
            String[] a = spec.split(":");
            set = PatternSet.random(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Seeds.rng(5));
        } else {
            set = PatternLibrary.load(spec);
        }
        Network dense = new Mpf(Mpf.Mode.DENSE).write(WriteRequest.of(set, 1));
        Network factored = new Mpf(Mpf.Mode.FACTORED).write(WriteRequest.of(set, 1));
        double kd = k(dense, set);
        double kf = k(factored, set);
        assertTrue(kf <= kd * (1 + 1e-6), "factored K " + kf + " above dense K " + kd);
        boolean[] sd = strictlyStable(dense, set);
        assertArrayEquals(sd, strictlyStable(factored, set));
        for (boolean b : sd) {
            assertTrue(b);
        }
        assertTrue(kd * set.count() < 1, "p·K < 1 proves every pattern strictly stable");
    }

    @Test
    void automaticModeOptimisesFactorsWhenTwoPAtMostNAndKeepsThemWhenTheyPay() {
        Mpf mpf = new Mpf();
        assertTrue(mpf.factoredFor(100, 50));
        assertFalse(mpf.factoredFor(100, 51));
        PatternSet set = PatternSet.random(400, 10, Seeds.rng(8));
        Network net = mpf.write(WriteRequest.of(set, 1));
        assertTrue(net.isFactored());
        assertEquals(20, net.factors().rank());
        assertTrue(net.isSymmetric());
        for (int i = 0; i < 400; i += 37) {
            assertEquals(0f, net.weight(i, i));
            for (int j = 0; j < 400; j += 13) {
                assertEquals(net.weight(i, j), net.weight(j, i));
            }
        }
        Network letters = mpf.write(WriteRequest.of(PatternLibrary.load("letters"), 1));
        assertFalse(letters.isFactored(), "r = 52 > N/8 at N = 100: dense");
        float[] w = letters.weightsUnsafe();
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++) {
                assertEquals(w[j * 100 + i], w[i * 100 + j]);
            }
        }
    }
}
