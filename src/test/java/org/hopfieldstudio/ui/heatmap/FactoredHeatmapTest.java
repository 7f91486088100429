package org.hopfieldstudio.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Cancellation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heatmap of a factored W (block means from factor block sums) against the one of the same W held densely. */
class FactoredHeatmapTest {

    private static Network randomFactored(int rows, int cols, int r, boolean shared, long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        int n = rows * cols;
        double[] u = new double[n * r];
        double[] v = shared ? u : new double[n * r];
        for (int k = 0; k < u.length; k++) {
            u[k] = rng.nextGaussian();
            if (!shared) {
                v[k] = rng.nextGaussian();
            }
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rng.nextGaussian();
        }
        return Network.factored(rows, cols, new FactoredWeights(n, r, u, v, 0.1, d), new float[n], shared, "f");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 10})
    void blockMeansFromFactorsEqualBlockMeansOfTheDenseW(int maxSide) {
        Network f = randomFactored(5, 7, 3, maxSide % 2 == 0, maxSide);
        Network d = f.toDense();
        HeatmapImage a = HeatmapBuilder.build(f, maxSide, Cancellation.NEVER);
        HeatmapImage b = HeatmapBuilder.build(d, maxSide, Cancellation.NEVER);
        assertEquals(b.block(), a.block());
        float[] va = a.valuesUnsafe();
        float[] vb = b.valuesUnsafe();
        for (int k = 0; k < va.length; k++) {
            assertEquals(vb[k], va[k], 1e-5 * (1 + Math.abs(vb[k])), "pixel " + k);
        }
        assertEquals(b.maxAbsWeight(), a.maxAbsWeight(), 0.0);
        assertTrue(a.maxAbsExact());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, 34})
    void receptiveFieldOfAFactoredNetworkIsItsRow(int i) {
        Network f = randomFactored(5, 7, 4, false, i);
        Network d = f.toDense();
        assertArrayEquals(HeatmapBuilder.receptiveField(d, i).values(), HeatmapBuilder.receptiveField(f, i).values());
    }
}
