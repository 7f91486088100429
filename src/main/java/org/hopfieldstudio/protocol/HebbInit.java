package org.hopfieldstudio.protocol;

/**
 * Hebb's rule as a starting point for training (package-private; the Hebb protocol itself lives in its own
 * class): {@code W = Ξ Ξᵀ / N} with {@code w_ii = 0}, returned as the upper-triangle parameter vector
 * {@code a_ij, i < j} in the order of {@link Symmetric}.
 */
final class HebbInit {
    private HebbInit() {
    }

    /**
     * @param x p×N patterns, row-major (not modified)
     * @return the N(N−1)/2 upper-triangle entries of the Hebb W
     */
    static double[] upperTriangle(double[] x, int p, int n) {
        double[] w = new double[n * n];
        MatMul.java().mul(n, n, p, x, true, x, w, false);
        double[] a = new double[Symmetric.size(n)];
        Symmetric.pack(w, n, a, 0);
        for (int k = 0; k < a.length; k++) {
            a[k] /= n;
        }
        return a;
    }
}
