package org.hopfieldstudio.protocol;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;

/**
 * A small self-contained asynchronous recall for tests (the engine's dynamics package is separate):
 * random-sweep order (a fresh permutation per sweep), {@code s_i ← sign(h_i)}, a tie (h_i = 0) keeps the
 * state, incremental fields; converged when a sweep has no flip.
 */
final class AsyncRecall {
    private AsyncRecall() {
    }

    /**
     * @param s start state, ±1. Modified: the final state.
     * @return true when it converged within {@code maxSweeps}
     */
    static boolean run(Network net, byte[] s, RandomGenerator rng, int maxSweeps) {
        int n = net.size();
        float[] w = net.weightsUnsafe();
        double[] h = new double[n];
        net.fields(s, h);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            boolean flipped = false;
            for (int q = 0; q < n; q++) {
                int i = perm[q];
                int next = h[i] > 0 ? 1 : h[i] < 0 ? -1 : s[i];
                if (next != s[i]) {
                    s[i] = (byte) next;
                    int col = i * n; // column i of W: W_ki for all k
                    for (int k = 0; k < n; k++) {
                        h[k] += 2.0 * next * w[col + k];
                    }
                    flipped = true;
                }
            }
            if (!flipped) {
                return true;
            }
        }
        return false;
    }

    /** min over μ, i of ξ_i^μ h_i(ξ^μ): positive iff every pattern is a strict fixed point. */
    static double minStability(Network net, byte[][] patterns) {
        double min = Double.POSITIVE_INFINITY;
        double[] h = new double[net.size()];
        for (byte[] xi : patterns) {
            net.fields(xi, h);
            for (int i = 0; i < h.length; i++) {
                min = Math.min(min, xi[i] * h[i]);
            }
        }
        return min;
    }

    /** The Hebb network W = ΞΞᵀ/N, zero diagonal, θ = 0, for comparisons. */
    static Network hebb(org.hopfieldstudio.core.PatternSet set) {
        int n = set.neurons();
        double[] a = HebbInit.upperTriangle(Mpf.patternMatrix(set), set.count(), n);
        return new Network(set.rows(), set.cols(), Symmetric.toNetworkWeights(a, 0, n), new float[n], true, "hebb");
    }
}
