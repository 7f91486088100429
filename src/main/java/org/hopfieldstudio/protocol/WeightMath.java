package org.hopfieldstudio.protocol;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.hopfieldstudio.core.PatternSet;

/**
 * Package-private helpers shared by the closed-form protocols: the pattern matrix in an off-heap column-major buffer,
 * a blocked Gram product (OpenBLAS GEMM, see {@link Blas}) written straight into a column-major {@code float[]}, and
 * the N² passes (diagonal, symmetry, finiteness) in parallel plain Java.
 *
 * <p>N.B. on this kind of machine (a VM where first-touch page faults cost about 2–4 s per GB), a fresh
 * 400 MB off-heap result costs far more than the GEMM itself. So the Gram product is computed in column blocks
 * of {@link #BLOCK} columns into one small reused off-heap buffer and each block is bulk-copied into the Java
 * array: no N×N off-heap copy, no per-element JNI calls.
 */
final class WeightMath {
    /** Columns per GEMM block: N×250 floats is 10 MB at N = 10⁴, small enough to stay warm and reused. */
    static final int BLOCK = 250;

    private WeightMath() {
    }

    /**
     * The p×N matrix of patterns, {@code x(μ, i) = ξ_i^μ}, column-major with leading dimension p, so column i (neuron
     * i) is contiguous. Off-heap; the caller closes it. The patterns are not modified.
     */
    static DoublePointer patternsByNeuron(PatternSet set) {
        Blas.require();
        int p = set.count();
        int n = set.neurons();
        byte[][] rows = set.toArrays();
        DoublePointer x = new DoublePointer((long) p * n);
        DoubleBuffer xb = x.asBuffer();
        double[] column = new double[p];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < p; mu++) {
                column[mu] = rows[mu][i];
            }
            xb.put(i * p, column, 0, p);
        }
        return x;
    }

    /** {@link #patternsByNeuron(PatternSet)} in single precision. */
    static FloatPointer patternsByNeuronFloat(PatternSet set) {
        Blas.require();
        int p = set.count();
        int n = set.neurons();
        byte[][] rows = set.toArrays();
        FloatPointer x = new FloatPointer((long) p * n);
        FloatBuffer xb = x.asBuffer();
        float[] column = new float[p];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < p; mu++) {
                column[mu] = rows[mu][i];
            }
            xb.put(i * p, column, 0, p);
        }
        return x;
    }

    /**
     * Writes {@code W = alpha · Aᵀ A} into {@code w} (modified, column-major N×N), where {@code a} (not modified)
     * is k×N column-major (leading dimension k). Computed by column blocks: block {@code J} is the GEMM
     * {@code alpha · Aᵀ A[:, J]}, an N×|J| column-major result whose memory layout is exactly {@code w[j·N + i]} for
     * {@code j ∈ J}, so it is copied with one bulk get and one converting pass.
     *
     * @param progressBase progress reported as {@code progressBase + done columns} of {@code progressTotal}
     */
    static void gramInto(DoublePointer a, int k, int n, double alpha, float[] w, WriteRequest request, String phase,
                         long progressBase, long progressTotal) {
        requireSize(w, n);
        int block = Math.min(BLOCK, n);
        double[] scratch = new double[n * block];
        // N.B. a view of A's columns j0…: its own position, never closed (closing A frees the memory)
        DoublePointer cols = new DoublePointer(a);
        try (DoublePointer out = new DoublePointer((long) n * block)) {
            DoubleBuffer ob = out.asBuffer();
            for (int j0 = 0; j0 < n; j0 += block) {
                request.cancellation().check();
                int b = Math.min(block, n - j0);
                cols.position((long) j0 * k);
                Blas.dgemm(true, false, n, b, k, alpha, a, k, cols, k, 0.0, out, n);
                int len = n * b;
                ob.get(0, scratch, 0, len);
                int off = j0 * n;
                for (int q = 0; q < len; q++) {
                    w[off + q] = (float) scratch[q];
                }
                request.progress().progress(progressBase + j0 + b, progressTotal, Double.NaN,
                        phase + ": " + (j0 + b) + " of " + n + " columns");
            }
        }
    }

    /** {@link #gramInto(DoublePointer, int, int, double, float[], WriteRequest, String, long, long)} by SGEMM. */
    static void gramInto(FloatPointer a, int k, int n, double alpha, float[] w, WriteRequest request, String phase,
                         long progressBase, long progressTotal) {
        requireSize(w, n);
        int block = Math.min(BLOCK, n);
        FloatPointer cols = new FloatPointer(a);
        try (FloatPointer out = new FloatPointer((long) n * block)) {
            FloatBuffer ob = out.asBuffer();
            for (int j0 = 0; j0 < n; j0 += block) {
                request.cancellation().check();
                int b = Math.min(block, n - j0);
                cols.position((long) j0 * k);
                Blas.sgemm(true, false, n, b, k, (float) alpha, a, k, cols, k, 0f, out, n);
                ob.get(0, w, j0 * n, n * b);
                request.progress().progress(progressBase + j0 + b, progressTotal, Double.NaN,
                        phase + ": " + (j0 + b) + " of " + n + " columns");
            }
        }
    }

    private static void requireSize(float[] w, int n) {
        if ((long) n * n != w.length) {
            throw new IllegalArgumentException("W has " + w.length + " entries, N = " + n);
        }
    }

    /** Sets {@code w_ii = 0} in the column-major N×N {@code w} (modified). */
    static void zeroDiagonal(float[] w, int n) {
        for (int i = 0; i < n; i++) {
            w[i * n + i] = 0f;
        }
    }

    /**
     * Replaces W by {@code (W + Wᵀ)/2} in place ({@code w} modified), in cache-sized tiles so both the row and the
     * column walk stay in cache. The result is exactly symmetric (float addition commutes).
     */
    static void symmetrise(float[] w, int n) {
        final int t = 64;
        int tiles = (n + t - 1) / t;
        IntStream.range(0, tiles).parallel().forEach(bj -> {
            int j0 = bj * t;
            int j1 = Math.min(n, j0 + t);
            for (int i0 = 0; i0 <= j0; i0 += t) {
                int i1 = Math.min(n, i0 + t);
                for (int j = j0; j < j1; j++) {
                    int iEnd = Math.min(i1, j);
                    for (int i = i0; i < iEnd; i++) {
                        float m = (w[j * n + i] + w[i * n + j]) * 0.5f;
                        w[j * n + i] = m;
                        w[i * n + j] = m;
                    }
                }
            }
        });
    }

    /**
     * @throws ProtocolException naming the protocol and the first bad entry when W holds NaN or ±Inf
     */
    static void requireFinite(float[] w, int n, String protocolName) {
        int chunks = Math.max(1, Math.min(64, n));
        long bad = IntStream.range(0, chunks).parallel().mapToLong(c -> {
            int from = (int) ((long) w.length * c / chunks);
            int to = (int) ((long) w.length * (c + 1) / chunks);
            for (int k = from; k < to; k++) {
                if (!Float.isFinite(w[k])) {
                    return k;
                }
            }
            return Long.MAX_VALUE;
        }).min().orElse(Long.MAX_VALUE);
        if (bad != Long.MAX_VALUE) {
            int j = (int) (bad / n);
            int i = (int) (bad % n);
            throw new ProtocolException(protocolName + " produced a non-finite weight W[" + i + "][" + j + "] = "
                    + w[(int) bad] + "; the previous network is kept. Check the patterns (duplicates, p ≥ N) "
                    + "or try another protocol.");
        }
    }

    /** Column ranges of {@code [0, n)} cut into {@code parts} contiguous pieces: piece k is [start(k), start(k+1)). */
    static int start(int n, int parts, int k) {
        return (int) ((long) n * k / parts);
    }

    /** Number of parallel pieces for an O(N²) pass: a few per core, at least one. */
    static int parts(int n) {
        return n >= 512 ? Math.min(Runtime.getRuntime().availableProcessors() * 4, 64) : 1;
    }
}
