package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrnTest {
    /** A loss over a fixed random batch: p messages, k probes each, 0–3 flips per probe. */
    private static TrnLoss smallLoss(int n, int p, int k, int steps, double beta, MatMul mm) {
        double[] x = Mpf.patternMatrix(PatternSet.random(n, p, Seeds.rng(21)));
        int b = p * k;
        TrnLoss loss = new TrnLoss(x, p, n, b, steps, beta, mm);
        int[] message = new int[b];
        for (int r = 0; r < b; r++) {
            message[r] = r / k;
        }
        int[] flipStart = new int[b + 1];
        int[] flips = new int[b * 3];
        Trn.drawFlips(b, n, 0, 3, Seeds.rng(5), new int[n], flipStart, flips);
        loss.setProbes(message, flipStart, flips);
        return loss;
    }

    @ParameterizedTest
    @CsvSource({"1, java", "3, java", "1, blas", "3, blas"})
    void gradientOfLossMatchesCentralFiniteDifferences(int steps, String mm) {
        TrnLoss loss = smallLoss(8, 3, 4, steps, 1.3, mm.equals("java") ? MatMul.java() : MatMul.blas());
        SplittableRandom r = new SplittableRandom(7);
        double[] a = new double[loss.dimension()];
        for (int q = 0; q < a.length; q++) {
            a[q] = r.nextGaussian() * 0.3;
        }
        GradientCheck.assertMatches(loss, a, 1e-5, 1e-4);
    }

    @Test
    void lossIsTheMeanSquaredErrorOfTheUnrolledTanhDynamics() {
        // direct evaluation of s^L = tanh(β W s^{L−1}) from the dense probes, against the structured one
        int n = 10;
        int steps = 2;
        double beta = 0.7;
        TrnLoss loss = smallLoss(n, 3, 2, steps, beta, MatMul.java());
        double[] x = Mpf.patternMatrix(PatternSet.random(n, 3, Seeds.rng(21)));
        double[] a = new double[loss.dimension()];
        SplittableRandom r = new SplittableRandom(1);
        for (int q = 0; q < a.length; q++) {
            a[q] = r.nextGaussian() * 0.5;
        }
        double[] w = new double[n * n];
        Symmetric.unpack(a, 0, n, w);
        double total = 0;
        for (int b = 0; b < 6; b++) {
            double[] s = loss.probe(b);
            for (int t = 0; t < steps; t++) {
                double[] next = new double[n];
                for (int i = 0; i < n; i++) {
                    double h = 0;
                    for (int j = 0; j < n; j++) {
                        h += w[i * n + j] * s[j];
                    }
                    next[i] = Math.tanh(beta * h);
                }
                s = next;
            }
            for (int i = 0; i < n; i++) {
                double e = x[(b / 2) * n + i] - s[i];
                total += e * e;
            }
        }
        assertEquals(total / 6, loss.valueAndGradient(a, new double[a.length]), 1e-12);
    }

    @Test
    void recoversFromTwentyFlippedBitsWhereHebbCannot() {
        int n = 100;
        int p = 20;
        PatternSet set = PatternSet.random(10, 10, p, Seeds.rng(100));
        Network trn = new Trn().write(set, 0);
        Network hebb = AsyncRecall.hebb(set);
        double trnRate = recoveryRate(trn, set, 20, 10, 7);
        double hebbRate = recoveryRate(hebb, set, 20, 10, 7);
        assertTrue(trnRate > 0.9, "TRN recovered only " + trnRate);
        assertTrue(hebbRate < 0.3, "Hebb recovered " + hebbRate);
        assertTrue(trnRate - hebbRate > 0.6);
    }

    /** Fraction of probes (exactly {@code flips} bits flipped) that asynchronous recall returns to the pattern. */
    static double recoveryRate(Network net, PatternSet set, int flips, int trialsPerPattern, long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        int ok = 0;
        for (int mu = 0; mu < set.count(); mu++) {
            byte[] xi = set.get(mu).toArray();
            for (int t = 0; t < trialsPerPattern; t++) {
                byte[] s = xi.clone();
                Noise.flipExactly(s, flips, rng);
                AsyncRecall.run(net, s, rng, 200);
                if (Arrays.equals(s, xi)) {
                    ok++;
                }
            }
        }
        return ok / (double) (set.count() * trialsPerPattern);
    }

    private static WriteRequest shortRun(long seed) {
        return WriteRequest.of(PatternSet.random(6, 6, 5, Seeds.rng(3)), seed).withParam("iterations", 60)
                .withParam("probes", 6);
    }

    @Test
    void sameSeedGivesIdenticalWeightsAndAnotherSeedDoesNot() {
        Network a = new Trn().write(shortRun(42));
        Network b = new Trn().write(shortRun(42));
        Network c = new Trn().write(shortRun(43));
        assertArrayEquals(a.weightsUnsafe(), b.weightsUnsafe());
        assertFalse(Arrays.equals(a.weightsUnsafe(), c.weightsUnsafe()));
        assertTrue(a.isSymmetric());
        assertEquals(0f, a.weight(3, 3));
        assertEquals(a.weight(2, 5), a.weight(5, 2));
    }

    @Test
    void javaAndBlasTrainingAgree() {
        WriteRequest req = shortRun(5).withParam("steps", 2);
        Network a = new Trn().write(req, MatMul.java());
        Network b = new Trn().write(req, MatMul.blas());
        assertArrayEquals(a.weightsUnsafe(), b.weightsUnsafe(), 1e-5f);
    }

    @Test
    void lossFallsDuringTraining() {
        double[] firstLast = new double[2];
        new Trn().write(shortRun(1).withParam("iterations", 300).withProgress((done, total, d, msg) -> {
            if (Double.isNaN(d)) {
                return; // the cost statement before the first iteration
            }
            if (done <= 20) {
                firstLast[0] += d / 20;
            } else if (done > 280) {
                firstLast[1] += d / 20;
            }
        }));
        assertTrue(firstLast[1] < 0.5 * firstLast[0], "loss went from " + firstLast[0] + " to " + firstLast[1]);
    }

    @Test
    void cancellationIsCheckedEveryIteration() {
        AtomicInteger seen = new AtomicInteger();
        WriteRequest req = shortRun(1).withProgress((done, total, d, msg) -> seen.set((int) done))
                .withCancellation(() -> seen.get() >= 5);
        assertThrows(CancellationException.class, () -> new Trn().write(req));
        assertEquals(5, seen.get());
    }

    @Test
    void largeNetworkReportsProgressAndCancelsWithinAnIteration() {
        // N = 1024 (32×32) with the default K = 20 probes: each iteration is a few large products
        PatternSet set = PatternSet.random(32, 32, 10, Seeds.rng(9));
        AtomicInteger seen = new AtomicInteger();
        WriteRequest req = WriteRequest.of(set, 0).withProgress((done, total, d, msg) -> seen.set((int) done))
                .withCancellation(() -> seen.get() >= 2);
        assertThrows(CancellationException.class, () -> new Trn().write(req));
        assertEquals(2, seen.get());
    }

    @Test
    void absurdLearningRateFailsWithAProtocolExceptionNotNaN() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> new Trn().write(shortRun(1).withParam("lr", 1e5).withParam("iterations", 200)));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
    }

    @Test
    void invertedNoiseRangeIsRejected() {
        assertThrows(ProtocolException.class,
                () -> new Trn().write(shortRun(1).withParam("minNoise", 0.3).withParam("maxNoise", 0.1)));
    }
}
