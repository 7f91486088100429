package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.optim.Lbfgs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MpfTest {
    private static double[] randomParams(int dim, long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[dim];
        for (int k = 0; k < dim; k++) {
            a[k] = r.nextGaussian() * scale;
        }
        return a;
    }

    private static MatMul impl(String name) {
        return name.equals("java") ? MatMul.java() : MatMul.blas();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "blas"})
    void gradientOfKMatchesCentralFiniteDifferences(String mm) {
        for (boolean theta : new boolean[] {true, false}) {
            int n = 9;
            int p = 6;
            PatternSet set = PatternSet.random(3, 3, p, Seeds.rng(11));
            MpfObjective f = new MpfObjective(Mpf.patternMatrix(set), p, n, theta, impl(mm));
            double[] x = randomParams(f.dimension(), 5, 0.4);
            GradientCheck.assertMatches(f, x, 1e-5, 1e-4);
        }
    }

    @Test
    void javaAndBlasProductsGiveTheSameObjective() {
        int n = 40;
        int p = 15;
        double[] x = Mpf.patternMatrix(PatternSet.random(n, p, Seeds.rng(2)));
        MpfObjective a = new MpfObjective(x, p, n, true, MatMul.java());
        MpfObjective b = new MpfObjective(x, p, n, true, MatMul.blas());
        double[] params = randomParams(a.dimension(), 9, 0.1);
        double[] ga = new double[params.length];
        double[] gb = new double[params.length];
        assertEquals(a.valueAndGradient(params, ga), b.valueAndGradient(params, gb), 1e-10);
        assertArrayEquals(ga, gb, 1e-10);
    }

    @Test
    void kDecreasesMonotonicallyAcrossLbfgsIterations() {
        int n = 64;
        int p = 48;
        MpfObjective f = new MpfObjective(Mpf.patternMatrix(PatternSet.random(n, p, Seeds.rng(4))), p, n, true,
                MatMul.java());
        List<Double> trace = new ArrayList<>();
        double[] x0 = new double[f.dimension()];
        double k0 = f.valueAndGradient(x0, new double[x0.length]);
        assertEquals(n, k0, 1e-12); // at W = 0 every term is exp(0) = 1
        Lbfgs.Result r = Lbfgs.of(1000, 1e-6).minimize(f, x0, (it, v, g) -> trace.add(v));
        assertTrue(trace.size() >= 5, "too few iterations to show anything: " + trace.size());
        assertTrue(trace.get(0) < k0);
        for (int k = 1; k < trace.size(); k++) {
            assertTrue(trace.get(k) < trace.get(k - 1), "K rose at iteration " + k + ": " + trace);
        }
        assertTrue(r.value() < 1e-3 * k0, "K fell only to " + r.value());
    }

    @Test
    void storesPEqualsNRandomPatternsAsStrictFixedPointsWhereHebbFails() {
        int n = 100;
        int p = 100;
        int successes = 0;
        int hebbSuccesses = 0;
        for (int seed = 0; seed < 10; seed++) {
            PatternSet set = PatternSet.random(10, 10, p, Seeds.rng(1000 + seed));
            Network net = new Mpf().write(set, seed);
            // ξ_i h_i > 0 for all i, μ: every one-flip neighbour has a higher energy (ΔE = 2 ξ_i h_i)
            if (AsyncRecall.minStability(net, set.toArrays()) > 0) {
                successes++;
            }
            if (AsyncRecall.minStability(AsyncRecall.hebb(set), set.toArrays()) > 0) {
                hebbSuccesses++;
            }
        }
        assertTrue(successes >= 9, "MPF stored all patterns in only " + successes + " of 10 seeds");
        assertEquals(0, hebbSuccesses, "Hebb is expected to fail at p/N = 1");
    }

    @Test
    void writeIsDeterministicAndSymmetric() {
        PatternSet set = PatternSet.random(6, 6, 20, Seeds.rng(8));
        Network a = new Mpf().write(set, 1);
        Network b = new Mpf().write(set, 2); // the seed does not matter: MPF has no randomness
        assertArrayEquals(a.weightsUnsafe(), b.weightsUnsafe());
        assertArrayEquals(a.thresholdsUnsafe(), b.thresholdsUnsafe());
        assertTrue(a.isSymmetric());
        for (int i = 0; i < 36; i++) {
            assertEquals(0f, a.weight(i, i));
            for (int j = 0; j < 36; j++) {
                assertEquals(a.weight(i, j), a.weight(j, i));
            }
        }
    }

    @Test
    void withoutLearnedThresholdsThetaStaysZero() {
        PatternSet set = PatternSet.random(5, 5, 10, Seeds.rng(8));
        Network net = new Mpf().write(WriteRequest.of(set, 0).withParam("learnThresholds", 0));
        for (float t : net.thresholdsUnsafe()) {
            assertEquals(0f, t);
        }
        assertTrue(AsyncRecall.minStability(net, set.toArrays()) > 0);
    }

    @Test
    void reportsProgressAndHonoursCancellation() {
        PatternSet set = PatternSet.random(8, 8, 40, Seeds.rng(8));
        AtomicInteger calls = new AtomicInteger();
        WriteRequest req = WriteRequest.of(set, 0).withProgress((done, total, k, msg) -> calls.incrementAndGet())
                .withCancellation(() -> calls.get() >= 3);
        assertThrows(CancellationException.class, () -> new Mpf().write(req));
        assertEquals(3, calls.get());
    }

    @Test
    void registeredUnderItsId() {
        assertEquals("Minimum probability flow (MPF)", Protocols.byId("mpf").displayName());
        assertTrue(Protocols.byId("mpf").formula().contains("exp"));
    }
}
