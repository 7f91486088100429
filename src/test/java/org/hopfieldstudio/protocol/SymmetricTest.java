package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymmetricTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 64, 65, 150})
    void unpackPackAndGradientFollowTheUpperTriangleOrder(int n) {
        SplittableRandom r = new SplittableRandom(n);
        double[] a = new double[Symmetric.size(n) + 3];
        for (int k = 0; k < a.length; k++) {
            a[k] = r.nextDouble();
        }
        double[] w = new double[n * n];
        Symmetric.unpack(a, 3, n, w);
        int k = 3;
        for (int i = 0; i < n; i++) {
            assertEquals(0, w[i * n + i]);
            for (int j = i + 1; j < n; j++) {
                assertEquals(a[k], w[i * n + j]);
                assertEquals(a[k], w[j * n + i]);
                k++;
            }
        }
        double[] back = new double[a.length];
        System.arraycopy(a, 0, back, 0, 3);
        Symmetric.pack(w, n, back, 3);
        assertArrayEquals(a, back);
        double[] g = new double[n * n];
        for (int q = 0; q < g.length; q++) {
            g[q] = r.nextDouble();
        }
        double[] out = new double[Symmetric.size(n) + 2];
        Symmetric.packGradient(g, n, 0.5, out, 2);
        k = 2;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                assertEquals(0.5 * (g[i * n + j] + g[j * n + i]), out[k++], 0);
            }
        }
    }
}
