package org.hopfieldstudio.protocol.optim;

/**
 * Fused, chunked vector kernels for L-BFGS on long vectors (MPF at N = 1024 has ~0.5 M parameters, so each
 * pass over a vector streams 4 MB and the two-loop recursion is bound by memory traffic).
 *
 * <p><b>Determinism.</b> A vector of length n is cut into fixed chunks of {@value #CHUNK} elements; a
 * reduction is computed per chunk (four interleaved partial sums, combined as {@code (s0 + s1) + (s2 + s3)})
 * and the chunk results are added in chunk order. The result depends only on n and the data, so a pass
 * could be split across threads by chunks without changing any result.
 *
 * <p>N.B. it is not split: on the 2-core dev machine one core already saturates the memory bandwidth
 * (a fused pass over four 4 MB vectors takes 0.5 ms on one thread and 0.5 ms on two, work-stealing
 * helper thread measured), so every pass runs on the calling thread.
 */
final class Vectors {
    /** Elements per chunk (256 KB of doubles). */
    static final int CHUNK = 1 << 15;

    private Vectors() {
    }

    /** One pass over [lo, hi); returns the chunk's contribution to the reduction (0 if none). */
    @FunctionalInterface
    interface Kernel {
        double run(int lo, int hi);
    }

    /** One pass over [lo, hi) with several results, written to {@code out[offset …]}. */
    @FunctionalInterface
    interface MultiKernel {
        void run(int lo, int hi, double[] out, int offset);
    }

    /** Σ over chunks of {@code kernel}, in chunk order. */
    static double sum(int n, Kernel kernel) {
        double s = 0;
        for (int lo = 0; lo < n; lo += CHUNK) {
            s += kernel.run(lo, Math.min(n, lo + CHUNK));
        }
        return s;
    }

    /**
     * Runs {@code kernel} over every chunk; returns the results, chunk c's at {@code [c·width, (c+1)·width)},
     * for the caller to combine in chunk order.
     */
    static double[] partials(int n, int width, MultiKernel kernel) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] out = new double[chunks * width];
        for (int c = 0; c < chunks; c++) {
            kernel.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK), out, c * width);
        }
        return out;
    }

    /** Σ_{lo ≤ k < hi} a_k b_k with four partial sums. */
    static double dot(double[] a, double[] b, int lo, int hi) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = lo;
        for (; k + 3 < hi; k += 4) {
            s0 += a[k] * b[k];
            s1 += a[k + 1] * b[k + 1];
            s2 += a[k + 2] * b[k + 2];
            s3 += a[k + 3] * b[k + 3];
        }
        for (; k < hi; k++) {
            s0 += a[k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code d_k ← scale·(d_k + a·u_k)}; returns {@code Σ v_k d_k} (new d) over [lo, hi). With scale = 1 this
     * is exactly the axpy {@code d_k += a·u_k}.
     */
    static double axpyScaleDot(double[] d, double a, double[] u, double scale, double[] v, int lo, int hi) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = lo;
        for (; k + 3 < hi; k += 4) {
            double t0 = scale * (d[k] + a * u[k]);
            double t1 = scale * (d[k + 1] + a * u[k + 1]);
            double t2 = scale * (d[k + 2] + a * u[k + 2]);
            double t3 = scale * (d[k + 3] + a * u[k + 3]);
            d[k] = t0;
            d[k + 1] = t1;
            d[k + 2] = t2;
            d[k + 3] = t3;
            s0 += v[k] * t0;
            s1 += v[k + 1] * t1;
            s2 += v[k + 2] * t2;
            s3 += v[k + 3] * t3;
        }
        for (; k < hi; k++) {
            double t = scale * (d[k] + a * u[k]);
            d[k] = t;
            s0 += v[k] * t;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code d_k ← −g_k}; returns {@code Σ v_k d_k} (new d) over [lo, hi). */
    static double negateDot(double[] d, double[] g, double[] v, int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            d[k] = -g[k];
        }
        return dot(v, d, lo, hi);
    }

    /** {@code out_k ← x_k + a·d_k} over [lo, hi); returns 0 (no reduction). */
    static double step(double[] out, double[] x, double a, double[] d, int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            out[k] = x[k] + a * d[k];
        }
        return 0;
    }
}
