package org.hopfieldstudio.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrosstalkTest {

    @Test
    void theoryErrorIsHalfErfcOfRootNOverTwoP() {
        // ½ erfc(√(1000/400)) = ½ erfc(1.5811…) = 0.012673…
        assertEquals(0.0126737, Crosstalk.theoryError(1000, 200), 1e-6);
        assertEquals(Math.sqrt(0.2), Crosstalk.theoryStd(1000, 200), 1e-12);
        assertEquals(1.0, Crosstalk.erfc(0), 1e-7);
        assertEquals(0.157299207, Crosstalk.erfc(1), 1e-7);
        assertEquals(1.842700793, Crosstalk.erfc(-1), 1e-7);
    }

    @ParameterizedTest
    @CsvSource({"20, 7, 1", "21, 9, 2", "25, 12, 3", "64, 20, 4", "9, 4, 5"})
    void termsEqualFieldMinusSignalUnderZeroDiagonalHebb(int n, int p, long seed) {
        PatternSet set = PatternSet.random(n, p, Seeds.rng(seed));
        Network net = TestHebb.hebb(set);
        float[] t = Crosstalk.terms(set);
        double[] h = new double[n];
        for (int nu = 0; nu < p; nu++) {
            byte[] xi = set.get(nu).toArray();
            net.fields(xi, h);
            for (int i = 0; i < n; i++) {
                // h_i = ((N−1)/N) ξ_i + C_i  and  t = −ξ_i C_i
                double c = h[i] - (n - 1.0) / n * xi[i];
                assertEquals(-xi[i] * c, t[nu * n + i], 1e-5, "bit " + nu + "," + i);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"20, 7, 1", "21, 9, 2", "25, 12, 3", "64, 20, 4", "9, 4, 5", "10, 10, 6", "11, 6, 7"})
    void bitIsUnstableExactlyWhenOneUpdateFlipsIt(int n, int p, long seed) {
        PatternSet set = PatternSet.random(n, p, Seeds.rng(seed));
        Network net = TestHebb.hebb(set);
        Crosstalk.Stats stats = Crosstalk.measure(set);
        double tol = net.tieTolerance();
        double[] h = new double[n];
        int unstable = 0;
        for (int nu = 0; nu < p; nu++) {
            byte[] xi = set.get(nu).toArray();
            net.fields(xi, h);
            for (int i = 0; i < n; i++) {
                // the engine's rule: flip when h has the other sign beyond the tie tolerance
                boolean flips = xi[i] * h[i] < -tol;
                assertEquals(flips, stats.unstable()[nu * n + i], "bit " + nu + "," + i + " h=" + h[i]);
                unstable += flips ? 1 : 0;
            }
        }
        assertEquals((double) unstable / (n * p), stats.measuredError(), 1e-12);
    }

    @Test
    void measuredErrorAgreesWithErfFormulaAtN1000() {
        int n = 1000;
        int p = 200;
        int trials = 5;
        Crosstalk.Stats s = Crosstalk.random(n, p, trials, 42);
        assertEquals(n * p * trials, s.samples());
        double q = s.theoryError();
        double se = Math.sqrt(q * (1 - q) / s.samples());
        assertTrue(Math.abs(s.measuredError() - q) < 4 * se,
                "measured " + s.measuredError() + " vs theory " + q + " ± " + se);
        assertEquals(s.theoryStd(), s.crosstalkStd(), 0.01 * s.theoryStd());
        assertEquals(0, s.crosstalkMean(), 4 * s.theoryStd() / Math.sqrt(s.samples() / (double) p));
    }

    @Test
    void randomIsReproducibleForASeed() {
        Crosstalk.Stats a = Crosstalk.random(100, 15, 8, 7);
        Crosstalk.Stats b = Crosstalk.random(100, 15, 8, 7);
        assertEquals(a, new Crosstalk.Stats(b.neurons(), b.patterns(), b.samples(), b.measuredError(),
                b.theoryError(), b.crosstalkMean(), b.crosstalkStd(), b.theoryStd(), null));
    }

    @Test
    void dotProductsHaveMeanKAndStdRootNMinusK() {
        int n = 400;
        int k = 100;
        int[] d = Crosstalk.dotProducts(n, k, 20000, 3);
        double mean = 0;
        for (int v : d) {
            mean += v;
        }
        mean /= d.length;
        double var = 0;
        for (int v : d) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / d.length);
        assertEquals(k, mean, 4 * Math.sqrt(n - k) / Math.sqrt(d.length));
        assertEquals(Math.sqrt(n - k), std, 0.03 * Math.sqrt(n - k));
        for (int v : d) {
            assertEquals(0, (v + n) % 2, "parity of ξ·S equals parity of N");
        }
        assertArrayEquals(d, Crosstalk.dotProducts(n, k, 20000, 3));
    }
}
