package org.hopfieldstudio.protocol.optim;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Fused, chunked vector kernels for L-BFGS on long vectors (MPF at N = 1024 has ~0.5 M parameters, so each
 * pass over a vector streams 4 MB and the two-loop recursion is bound by memory traffic).
 *
 * <p><b>Determinism.</b> A vector of length n is cut into fixed chunks of {@value #CHUNK} elements; a
 * reduction is computed per chunk (four interleaved partial sums, combined as {@code (s0 + s1) + (s2 + s3)})
 * and the chunk results are added in chunk order. The result therefore depends only on n and the data,
 * never on how many threads ran or which thread took which chunk.
 *
 * <p><b>Parallelism.</b> Long passes are shared with one helper thread (the machine has 2 cores) by work
 * stealing: the caller and the helper both claim chunks from a counter, so if the helper is slow to wake
 * (a loaded machine) the caller simply does more chunks itself, and never waits for more than the chunks
 * the helper has actually started. The helper is a daemon; it only reads and writes the chunks it claims.
 */
final class Vectors {
    /** Elements per chunk (256 KB of doubles). */
    static final int CHUNK = 1 << 15;
    /** Passes over fewer chunks than this run on the calling thread only. */
    private static final int PARALLEL_MIN_CHUNKS = 4;

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

    /** Σ over chunks of {@code kernel}, in chunk order; the chunks may run on two threads. */
    static double sum(int n, Kernel kernel) {
        double[] partial = partials(n, 1, (lo, hi, out, off) -> out[off] = kernel.run(lo, hi));
        double s = 0;
        for (double v : partial) {
            s += v;
        }
        return s;
    }

    /**
     * Runs {@code kernel} over every chunk (possibly on two threads); returns the results, chunk c's at
     * {@code [c·width, (c+1)·width)}, for the caller to combine in chunk order.
     */
    static double[] partials(int n, int width, MultiKernel kernel) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        Pass pass = new Pass(n, chunks, width, kernel);
        if (chunks >= PARALLEL_MIN_CHUNKS && Helper.ENABLED) {
            Helper.offer(pass);
        }
        pass.work();
        pass.awaitDone();
        return pass.partial;
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
     * {@code d_k ← scale·(d_k + a·u_k)}; returns {@code Σ v_k d_k} (new d) over [lo, hi), or 0 when v is
     * null. With scale = 1 this is exactly the axpy {@code d_k += a·u_k}.
     */
    static double axpyScaleDot(double[] d, double a, double[] u, double scale, double[] v, int lo, int hi) {
        if (v == null) {
            for (int k = lo; k < hi; k++) {
                d[k] = scale * (d[k] + a * u[k]);
            }
            return 0;
        }
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

    /** {@code d_k ← −g_k}; returns {@code Σ v_k d_k} over [lo, hi), or 0 when v is null. */
    static double negateDot(double[] d, double[] g, double[] v, int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            d[k] = -g[k];
        }
        return v == null ? 0 : dot(v, d, lo, hi);
    }

    /** {@code out_k ← x_k + a·d_k} over [lo, hi). */
    static double step(double[] out, double[] x, double a, double[] d, int lo, int hi) {
        for (int k = lo; k < hi; k++) {
            out[k] = x[k] + a * d[k];
        }
        return 0;
    }

    /** A pass split into chunks, claimed by the caller and the helper. */
    private static final class Pass {
        final int n;
        final int chunks;
        final int width;
        final MultiKernel kernel;
        final double[] partial;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();

        Pass(int n, int chunks, int width, MultiKernel kernel) {
            this.n = n;
            this.chunks = chunks;
            this.width = width;
            this.kernel = kernel;
            this.partial = new double[chunks * width];
        }

        volatile Throwable failure;

        void work() {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                try {
                    kernel.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK), partial, c * width);
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    done.incrementAndGet(); // publishes partial[c]
                }
            }
        }

        void awaitDone() {
            int spins = 0;
            while (done.get() < chunks) {
                if (++spins < 1000) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(20_000);
                }
            }
            if (failure != null) {
                throw new IllegalStateException("vector kernel failed", failure);
            }
        }
    }

    /** The helper thread: takes passes from a small queue and joins them. */
    private static final class Helper {
        /** {@code -Dhopfieldstudio.vectors.parallel=false} keeps every pass on the calling thread (same results). */
        static final boolean ENABLED = Runtime.getRuntime().availableProcessors() > 1
                && !"false".equals(System.getProperty("hopfieldstudio.vectors.parallel"));
        private static final BlockingQueue<Pass> QUEUE = new ArrayBlockingQueue<>(64);

        static {
            if (ENABLED) {
                Thread t = new Thread(Helper::loop, "lbfgs-vector-helper");
                t.setDaemon(true);
                t.start();
            }
        }

        static void offer(Pass pass) {
            QUEUE.offer(pass); // if full, the caller does the whole pass itself
        }

        private static void loop() {
            while (true) {
                try {
                    QUEUE.take().work(); // failures are recorded in the pass and rethrown by its caller
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
