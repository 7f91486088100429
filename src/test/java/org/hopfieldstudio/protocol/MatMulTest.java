package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The OpenBLAS product against the plain-Java one: every shape and flag, buffers reused, grown and freed. */
class MatMulTest {
    private static double[] random(SplittableRandom r, int len) {
        double[] a = new double[len];
        for (int k = 0; k < len; k++) {
            a[k] = r.nextDouble(-1, 1);
        }
        return a;
    }

    private static void assertClose(double[] expected, double[] actual, int len, String what) {
        for (int k = 0; k < len; k++) {
            assertEquals(expected[k], actual[k], 1e-12 * (1 + Math.abs(expected[k])), what + " at " + k);
        }
    }

    @Test
    void blasAgreesWithJavaOnRandomShapesWhileItsBuffersGrowAndShrink() {
        SplittableRandom r = new SplittableRandom(12);
        try (MatMul blas = MatMul.blas()) {
            for (int trial = 0; trial < 300; trial++) {
                int m = 1 + r.nextInt(40);
                int n = 1 + r.nextInt(40);
                int k = 1 + r.nextInt(40);
                boolean transA = r.nextBoolean();
                boolean accumulate = r.nextBoolean();
                double[] a = random(r, m * k);
                double[] b = random(r, k * n);
                double[] c0 = random(r, m * n);
                double[] expected = c0.clone();
                double[] actual = c0.clone();
                MatMul.java().mul(m, n, k, a, transA, b, expected, accumulate);
                blas.mul(m, n, k, a, transA, b, actual, accumulate);
                assertClose(expected, actual, m * n, m + "×" + k + "·" + k + "×" + n + (transA ? " (Aᵀ)" : "")
                        + (accumulate ? " + C" : ""));
            }
        }
    }

    @Test
    void aClosedBlasProductAllocatesAgainWhenUsedAgain() {
        SplittableRandom r = new SplittableRandom(13);
        MatMul blas = MatMul.blas();
        double[] a = random(r, 6 * 5);
        double[] b = random(r, 5 * 7);
        double[] first = new double[6 * 7];
        blas.mul(6, 7, 5, a, false, b, first, false);
        blas.close();
        blas.close(); // idempotent
        double[] again = new double[6 * 7];
        blas.mul(6, 7, 5, a, false, b, again, false);
        blas.close();
        assertClose(first, again, first.length, "after close");
    }
}
