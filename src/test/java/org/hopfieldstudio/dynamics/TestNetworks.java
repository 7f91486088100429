package org.hopfieldstudio.dynamics;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/** Small networks built by hand for dynamics tests (independent of the protocol package). */
final class TestNetworks {
    private TestNetworks() {
    }

    /** W = (1/N) Σ ξξᵀ with zero diagonal, by the definition. */
    static Network hebb(PatternSet set) {
        int n = set.neurons();
        float[] w = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                int sum = 0;
                for (int mu = 0; mu < set.count(); mu++) {
                    sum += set.get(mu).get(i) * set.get(mu).get(j);
                }
                w[j * n + i] = (float) sum / n;
            }
        }
        return new Network(set.rows(), set.cols(), w, new float[n], true, "hebb-test");
    }

    /** A random symmetric zero-diagonal W with Gaussian entries and random thresholds. */
    static Network randomSymmetric(int n, RandomGenerator rng, boolean thresholds) {
        float[] w = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float v = (float) rng.nextGaussian();
                w[j * n + i] = v;
                w[i * n + j] = v;
            }
        }
        float[] theta = new float[n];
        if (thresholds) {
            for (int i = 0; i < n; i++) {
                theta[i] = (float) (0.5 * rng.nextGaussian());
            }
        }
        return new Network(1, n, w, theta, true, "random");
    }

    static byte[] randomState(int n, RandomGenerator rng) {
        byte[] s = new byte[n];
        for (int i = 0; i < n; i++) {
            s[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return s;
    }
}
