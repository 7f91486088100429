package org.hopfieldstudio.protocol;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.stream.IntStream;
import org.hopfieldstudio.core.PatternSet;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Package-private helpers shared by the closed-form protocols: ND4J conversions, a blocked Gram product written
 * straight into a column-major {@code float[]}, and the N² passes (diagonal, symmetry, finiteness) in parallel
 * plain Java.
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

    /** The p×N matrix of patterns, {@code x(μ, i) = ξ_i^μ}, in Fortran order so column i (neuron i) is contiguous. */
    static INDArray patternsByNeuron(PatternSet set, DataType type) {
        int p = set.count();
        int n = set.neurons();
        float[] rowMajor = set.toRowMajorFloats();
        try (INDArray c = Nd4j.create(rowMajor, new long[]{p, n}, 'c')) {
            INDArray typed = c.castTo(type);
            INDArray f = typed.dup('f');
            if (typed != c) {
                typed.close();
            }
            return f;
        }
    }

    /**
     * Writes {@code W = alpha · Aᵀ A} into {@code w} (modified, column-major N×N), where {@code a} (not modified)
     * is k×N in Fortran order (FLOAT or DOUBLE). Computed by column blocks: block {@code J} is the GEMM
     * {@code alpha · Aᵀ A[:, J]}, an N×|J| Fortran-order result whose memory layout is exactly
     * {@code w[j·N + i]} for {@code j ∈ J}, so it is copied with one bulk get (FLOAT) or one converting pass (DOUBLE).
     *
     * @param progressBase progress reported as {@code progressBase + done columns} of {@code progressTotal}
     */
    static void gramInto(INDArray a, double alpha, float[] w, WriteRequest request, String phase,
                         long progressBase, long progressTotal) {
        int n = (int) a.columns();
        if ((long) n * n != w.length) {
            throw new IllegalArgumentException("W has " + w.length + " entries, A has N = " + n);
        }
        DataType type = a.dataType();
        int block = Math.min(BLOCK, n);
        INDArray full = Nd4j.createUninitialized(type, new long[]{n, block}, 'f');
        INDArray tail = null;
        double[] scratch = type == DataType.DOUBLE ? new double[n * block] : null;
        try {
            for (int j0 = 0; j0 < n; j0 += block) {
                request.cancellation().check();
                int b = Math.min(block, n - j0);
                INDArray out = full;
                if (b < block) {
                    tail = Nd4j.createUninitialized(type, new long[]{n, b}, 'f');
                    out = tail;
                }
                INDArray cols = a.get(NDArrayIndex.all(), NDArrayIndex.interval(j0, j0 + b));
                Nd4j.gemm(a, cols, out, true, false, alpha, 0.0);
                int len = n * b;
                if (type == DataType.FLOAT) {
                    FloatBuffer fb = out.data().asNioFloat();
                    fb.get(w, j0 * n, len);
                } else {
                    DoubleBuffer db = out.data().asNioDouble();
                    db.get(scratch, 0, len);
                    int off = j0 * n;
                    for (int k = 0; k < len; k++) {
                        w[off + k] = (float) scratch[k];
                    }
                }
                request.progress().progress(progressBase + j0 + b, progressTotal, Double.NaN,
                        phase + ": " + (j0 + b) + " of " + n + " columns");
            }
        } finally {
            full.close();
            if (tail != null) {
                tail.close();
            }
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
