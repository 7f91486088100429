package org.hopfieldstudio.protocol;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * The one matrix product the trained protocols need, on plain row-major {@code double[]}:
 * {@code C = op(A)·B + β·C} with {@code op(A) = A} or {@code Aᵀ}, {@code β ∈ {0, 1}}.
 *
 * <p>Two implementations of the same contract: {@link #java()} (plain loops, no JNI, fastest for small
 * matrices) and {@link #blas()} (OpenBLAS DGEMM, see {@link Blas}, fastest for large ones). {@link #forWork} picks
 * one by the size of the largest product. The maths of MPF and TRN is written once, against this
 * interface; the tests run it with both. {@link #close()} frees the native buffers of the BLAS one (it may be used
 * again afterwards: they are allocated anew).
 */
interface MatMul extends AutoCloseable {
    /**
     * {@code C (m×n) = op(A) (m×k) · B (k×n) [+ C]}.
     *
     * @param a          row-major, m×k, or k×m when {@code transA}. Not modified.
     * @param b          row-major k×n. Not modified.
     * @param c          row-major m×n. Modified.
     * @param accumulate add to C (β = 1) instead of overwriting it (β = 0)
     */
    void mul(int m, int n, int k, double[] a, boolean transA, double[] b, double[] c, boolean accumulate);

    /** Frees native buffers, if any; the plain-Java one has none. */
    @Override
    default void close() {
    }

    /**
     * Flop count above which OpenBLAS beats the plain loops, measured on the 2-core dev machine (AMD EPYC,
     * AVX2): loops run at ~4 GFlop/s; a BLAS call through ND4J (as it was until session 4) cost ~30 µs plus the
     * copies, and reached ~40 GFlop/s in double for N = 1024.
     */
    double BLAS_THRESHOLD_FLOPS = 8e6;

    /** The implementation for products of about {@code flops} = 2·m·n·k each. */
    static MatMul forWork(double flops) {
        return flops >= BLAS_THRESHOLD_FLOPS ? blas() : java();
    }

    static MatMul java() {
        return JavaMatMul.INSTANCE;
    }

    /**
     * A fresh OpenBLAS product; it keeps its native buffers across calls, so keep one per objective (not
     * thread-safe) and close it when done.
     *
     * @throws ProtocolException when OpenBLAS cannot be loaded
     */
    static MatMul blas() {
        return new BlasMatMul();
    }

    /** Plain-Java loops: rank-1 updates over contiguous rows, which the JIT vectorises. */
    final class JavaMatMul implements MatMul {
        static final JavaMatMul INSTANCE = new JavaMatMul();

        @Override
        public void mul(int m, int n, int k, double[] a, boolean transA, double[] b, double[] c,
                        boolean accumulate) {
            if (!accumulate) {
                java.util.Arrays.fill(c, 0, m * n, 0.0);
            }
            if (transA) {
                // C[i,:] += A[l,i] · B[l,:]
                for (int l = 0; l < k; l++) {
                    int al = l * m;
                    int bl = l * n;
                    for (int i = 0; i < m; i++) {
                        double av = a[al + i];
                        if (av != 0) {
                            int ci = i * n;
                            for (int j = 0; j < n; j++) {
                                c[ci + j] += av * b[bl + j];
                            }
                        }
                    }
                }
            } else {
                // C[i,:] += A[i,l] · B[l,:], two rows of C at once to reuse each loaded row of B
                int i = 0;
                for (; i + 1 < m; i += 2) {
                    int a0 = i * k;
                    int a1 = a0 + k;
                    int c0 = i * n;
                    int c1 = c0 + n;
                    for (int l = 0; l < k; l++) {
                        double v0 = a[a0 + l];
                        double v1 = a[a1 + l];
                        int bl = l * n;
                        for (int j = 0; j < n; j++) {
                            double bv = b[bl + j];
                            c[c0 + j] += v0 * bv;
                            c[c1 + j] += v1 * bv;
                        }
                    }
                }
                for (; i < m; i++) {
                    int a0 = i * k;
                    int c0 = i * n;
                    for (int l = 0; l < k; l++) {
                        double v0 = a[a0 + l];
                        int bl = l * n;
                        for (int j = 0; j < n; j++) {
                            c[c0 + j] += v0 * b[bl + j];
                        }
                    }
                }
            }
        }
    }

    /**
     * OpenBLAS DGEMM on row-major operands, with one native buffer per operand reused across calls (grown to the
     * largest product seen), so a call costs the JNI call and the copies of A, B (and C when accumulating) in and of C
     * out, each one bulk copy.
     */
    final class BlasMatMul implements MatMul {
        private final DoublePointer[] buffers = new DoublePointer[3];
        private final DoubleBuffer[] views = new DoubleBuffer[3];

        BlasMatMul() {
            Blas.require();
        }

        /** The native buffer {@code role} (0: A, 1: B, 2: C), holding at least {@code len} doubles. */
        private DoubleBuffer view(int role, int len) {
            if (buffers[role] == null || buffers[role].capacity() < len) {
                if (buffers[role] != null) {
                    buffers[role].close();
                    buffers[role] = null;
                }
                buffers[role] = new DoublePointer(Math.max(1, len));
                views[role] = buffers[role].asBuffer();
            }
            return views[role];
        }

        @Override
        public void mul(int m, int n, int k, double[] a, boolean transA, double[] b, double[] c,
                        boolean accumulate) {
            view(0, m * k).put(0, a, 0, m * k);
            view(1, k * n).put(0, b, 0, k * n);
            DoubleBuffer cv = view(2, m * n);
            if (accumulate) {
                cv.put(0, c, 0, m * n);
            }
            Blas.dgemmRowMajor(transA, m, n, k, 1.0, buffers[0], transA ? m : k, buffers[1], n,
                    accumulate ? 1.0 : 0.0, buffers[2], n);
            cv.get(0, c, 0, m * n);
        }

        @Override
        public void close() {
            for (int role = 0; role < buffers.length; role++) {
                if (buffers[role] != null) {
                    buffers[role].close();
                    buffers[role] = null;
                    views[role] = null;
                }
            }
        }
    }
}
