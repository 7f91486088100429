package org.hopfieldstudio.protocol;

/**
 * The parametrisation of a symmetric W with zero diagonal by its strict upper triangle
 * {@code a = (W_01, W_02, …, W_0,N−1, W_12, …)}: {@code W_ij = W_ji = a_ij}, {@code W_ii = 0}. This is
 * DESIGN's {@code W = (A + Aᵀ)/2} with the diagonal masked, reduced to its free entries. A gradient
 * {@code G = ∂f/∂W} (W's entries treated as independent) becomes {@code ∂f/∂a_ij = G_ij + G_ji}.
 */
final class Symmetric {
    /** Tile edge for the transposed accesses (64×64 doubles = 32 KB). */
    private static final int TILE = 64;

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
        // upper triangle row by row (contiguous), then mirror it in cache-sized tiles
        int k = offset;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            w[row + i] = 0;
            System.arraycopy(a, k, w, row + i + 1, n - 1 - i);
            k += n - 1 - i;
        }
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = i0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    for (int j = Math.max(j0, i + 1); j < j1; j++) {
                        w[j * n + i] = w[i * n + j];
                    }
                }
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
        // out starts at row i at offset + i·n − i(i+1)/2; walk in tiles so that g[j·n + i] stays in cache
        for (int i0 = 0; i0 < n; i0 += TILE) {
            int i1 = Math.min(n, i0 + TILE);
            for (int j0 = i0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int base = offset + i * n - i * (i + 1) / 2 - (i + 1);
                    for (int j = Math.max(j0, i + 1); j < j1; j++) {
                        out[base + j] = scale * (g[i * n + j] + g[j * n + i]);
                    }
                }
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
