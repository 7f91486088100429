package org.hopfieldstudio.protocol;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one matrix product the trained protocols need, on plain row-major {@code double[]}:
 * {@code C = op(A)·B + β·C} with {@code op(A) = A} or {@code Aᵀ}, {@code β ∈ {0, 1}}.
 *
 * <p>Two implementations of the same contract: {@link #java()} (plain loops, no JNI, fastest for small
 * matrices) and {@link #nd4j()} (OpenBLAS through ND4J, fastest for large ones). {@link #forWork} picks
 * one by the size of the largest product. The maths of MPF and TRN is written once, against this
 * interface; the tests run it with both.
 */
interface MatMul {
    /**
     * {@code C (m×n) = op(A) (m×k) · B (k×n) [+ C]}.
     *
     * @param a          row-major, m×k, or k×m when {@code transA}. Not modified.
     * @param b          row-major k×n. Not modified.
     * @param c          row-major m×n. Modified.
     * @param accumulate add to C (β = 1) instead of overwriting it (β = 0)
     */
    void mul(int m, int n, int k, double[] a, boolean transA, double[] b, double[] c, boolean accumulate);

    /**
     * Flop count above which OpenBLAS beats the plain loops, measured on the 2-core dev machine (AMD EPYC,
     * AVX2): loops run at ~4 GFlop/s; ND4J costs ~30 µs per call plus the copies, and reaches ~40 GFlop/s
     * in double for N = 1024.
     */
    double ND4J_THRESHOLD_FLOPS = 8e6;

    /** The implementation for products of about {@code flops} = 2·m·n·k each. */
    static MatMul forWork(double flops) {
        return flops >= ND4J_THRESHOLD_FLOPS ? nd4j() : java();
    }

    static MatMul java() {
        return JavaMatMul.INSTANCE;
    }

    /** A fresh ND4J product; it caches native buffers by shape, so keep one per objective (not thread-safe). */
    static MatMul nd4j() {
        return new Nd4jMatMul();
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

    /** OpenBLAS dgemm through ND4J, with native buffers reused across calls of the same shapes. */
    final class Nd4jMatMul implements MatMul {
        private final Map<String, INDArray> buffers = new HashMap<>();

        private INDArray buffer(String role, int rows, int cols) {
            return buffers.computeIfAbsent(role + rows + "x" + cols,
                    key -> Nd4j.create(DataType.DOUBLE, new long[] {rows, cols}, 'c'));
        }

        private static void load(INDArray target, double[] src, int len) {
            target.data().asNioDouble().put(src, 0, len);
        }

        @Override
        public void mul(int m, int n, int k, double[] a, boolean transA, double[] b, double[] c,
                        boolean accumulate) {
            INDArray na = transA ? buffer("a", k, m) : buffer("a", m, k);
            INDArray nb = buffer("b", k, n);
            INDArray nc = buffer("c", m, n);
            load(na, a, m * k);
            load(nb, b, k * n);
            if (accumulate) {
                load(nc, c, m * n);
            }
            Nd4j.gemm(na, nb, nc, transA, false, 1.0, accumulate ? 1.0 : 0.0);
            nc.data().asNioDouble().get(c, 0, m * n);
        }
    }
}
