package org.hopfieldstudio.protocol;

/**
 * The parametrisation of a symmetric W with zero diagonal by its strict upper triangle
 * {@code a = (W_01, W_02, …, W_0,N−1, W_12, …)}: {@code W_ij = W_ji = a_ij}, {@code W_ii = 0}. This is
 * DESIGN's {@code W = (A + Aᵀ)/2} with the diagonal masked, reduced to its free entries. A gradient
 * {@code G = ∂f/∂W} (W's entries treated as independent) becomes {@code ∂f/∂a_ij = G_ij + G_ji}.
 */
final class Symmetric {
    private Symmetric() {
    }

    /** N(N−1)/2. */
    static int size(int n) {
        return n * (n - 1) / 2;
    }

    /**
     * Writes the full N×N matrix (symmetric, so row- and column-major agree).
     *
     * @param a   parameters from {@code offset} (not modified)
     * @param w   N×N. Modified.
     */
    static void unpack(double[] a, int offset, int n, double[] w) {
        int k = offset;
        for (int i = 0; i < n; i++) {
            w[i * n + i] = 0;
            for (int j = i + 1; j < n; j++) {
                double v = a[k++];
                w[i * n + j] = v;
                w[j * n + i] = v;
            }
        }
    }

    /** {@code a_ij = W_ij} for i &lt; j (the upper triangle of w, not modified) into {@code a} from offset. */
    static void pack(double[] w, int n, double[] a, int offset) {
        int k = offset;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                a[k++] = w[i * n + j];
            }
        }
    }

    /** {@code out_ij = scale·(G_ij + G_ji)} for i &lt; j into {@code out} from offset; g not modified. */
    static void packGradient(double[] g, int n, double scale, double[] out, int offset) {
        int k = offset;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out[k++] = scale * (g[i * n + j] + g[j * n + i]);
            }
        }
    }

    /** The weights as the column-major float array of {@link org.hopfieldstudio.core.Network}. */
    static float[] toNetworkWeights(double[] a, int offset, int n) {
        float[] w = new float[n * n];
        int k = offset;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float v = (float) a[k++];
                w[i * n + j] = v;
                w[j * n + i] = v;
            }
        }
        return w;
    }
}
