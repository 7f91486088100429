package org.hopfieldstudio.protocol;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.hopfieldstudio.protocol.optim.DifferentiableFunction;

/**
 * The MPF objective for ±1 patterns (DESIGN §2), in double precision:
 * <pre>
 *   K(W, θ) = (1/p) Σ_μ Σ_i exp(−ξ_i^μ (Σ_{j≠i} W_ij ξ_j^μ − θ_i))
 * </pre>
 * over the parameter vector {@code (a, θ)}: the N(N−1)/2 upper-triangle entries of the symmetric,
 * zero-diagonal W (see {@link Symmetric}), followed by θ when thresholds are learned. With X the p×N
 * pattern matrix: {@code H = X W − θ}, {@code E = exp(−X∘H)}, {@code G = −(E∘X)ᵀ X / p},
 * {@code ∂K/∂a_ij = G_ij + G_ji}, {@code ∂K/∂θ = Σ_μ (E∘X) / p}.
 *
 * <p>Two kernels for the two products, chosen by the {@link MatMul} given:
 * <ul>
 *   <li>plain Java ({@link MatMul#java()}, small N): W unpacked into a scratch N×N array, both products as
 *       general products, the gradient folded back with {@link Symmetric#packGradient};</li>
 *   <li>OpenBLAS ({@link MatMul#blas()}, large N): the BLAS routines for symmetric matrices, on native
 *       buffers allocated once. {@code H = X W} is {@code dsymm}, which reads only one triangle of W, so the
 *       parameters are copied row by row straight into the native W (no mirrored copy, no N×N Java array);
 *       {@code G + Gᵀ = (E∘X)ᵀ X + Xᵀ (E∘X)} is the symmetric rank-2p update {@code dsyr2k} (half the flops
 *       of the general product nominally; OpenBLAS runs it ~15 % faster), whose triangle is copied row by row
 *       straight into the gradient. At N = 1024, p = 100 this took an evaluation from ~14 ms to ~7.5 ms, of
 *       which ~5 ms are now the two BLAS calls (2-core dev machine).</li>
 * </ul>
 * Both compute the same maths; the tests check that they agree to round-off.
 *
 * <p>N.B. the exponent is clipped at {@value #MAX_EXPONENT} so that a wild line-search trial gives a huge
 * but finite K (which the line search rejects) instead of ∞. Not thread-safe (scratch arrays). {@link #close()}
 * frees the native buffers of the OpenBLAS kernel.
 */
final class MpfObjective implements DifferentiableFunction, AutoCloseable {
    static final double MAX_EXPONENT = 80;

    private final double[] x;
    private final int p;
    private final int n;
    private final boolean learnThresholds;
    private final MatMul mm;
    /** p×N: H, then E∘X in place. */
    private final double[] h;
    /** Java kernel only (else null): N×N W and (E∘X)ᵀ X. */
    private final double[] w;
    private final double[] g;
    /** OpenBLAS kernel only (else null). */
    private final Native nat;
    private double minMargin;

    /**
     * @param x p×N patterns, row-major, ±1 (not modified, not copied)
     */
    MpfObjective(double[] x, int p, int n, boolean learnThresholds, MatMul mm) {
        this.x = x;
        this.p = p;
        this.n = n;
        this.learnThresholds = learnThresholds;
        this.mm = mm;
        this.h = new double[p * n];
        if (mm instanceof MatMul.BlasMatMul) {
            this.nat = new Native(x, p, n);
            this.w = null;
            this.g = null;
        } else {
            this.nat = null;
            this.w = new double[n * n];
            this.g = new double[n * n];
        }
    }

    /** Frees the native buffers (OpenBLAS kernel); the objective must not be evaluated afterwards. */
    @Override
    public void close() {
        if (nat != null) {
            nat.close();
        }
        mm.close();
    }

    /** Length of the parameter vector. */
    int dimension() {
        return Symmetric.size(n) + (learnThresholds ? n : 0);
    }

    /** min over μ, i of ξ_i^μ h_i^μ at the last evaluation: positive means every pattern is a strict fixed point. */
    double lastMinMargin() {
        return minMargin;
    }

    @Override
    public double valueAndGradient(double[] params, double[] grad) {
        if (nat != null) {
            nat.fieldsXW(params, h);
        } else {
            Symmetric.unpack(params, 0, n, w);
            mm.mul(p, n, n, x, false, w, h, false); // H = X W
        }
        double k = exponentials(params, grad);
        double invP = 1.0 / p;
        if (nat != null) {
            nat.gradientW(h, -invP, grad);
        } else {
            mm.mul(n, n, p, h, true, x, g, false); // (E∘X)ᵀ X
            Symmetric.packGradient(g, n, -invP, grad, 0);
        }
        return k * invP;
    }

    /**
     * Replaces H by E∘X in place, writes ∂K/∂θ, sets {@link #minMargin}; returns Σ E. N.B. the products
     * by ξ = ±1 are exact; written as selections ({@code ξ > 0 ? e : −e}) they are ~2× slower here
     * (mispredicted branches on random patterns: 1.09 vs 0.59 ms at p = 100, N = 1024).
     */
    private double exponentials(double[] params, double[] grad) {
        int tri = Symmetric.size(n);
        double k = 0;
        double min = Double.POSITIVE_INFINITY;
        if (learnThresholds) {
            java.util.Arrays.fill(grad, tri, tri + n, 0.0);
        }
        for (int mu = 0; mu < p; mu++) {
            int row = mu * n;
            for (int i = 0; i < n; i++) {
                double xi = x[row + i];
                double field = h[row + i] - (learnThresholds ? params[tri + i] : 0);
                double margin = xi * field;
                min = Math.min(min, margin);
                double e = Math.exp(Math.min(-margin, MAX_EXPONENT));
                k += e;
                double a = e * xi; // (E∘X)_μi, stored in place of H
                h[row + i] = a;
                if (learnThresholds) {
                    grad[tri + i] += a;
                }
            }
        }
        minMargin = min;
        if (learnThresholds) {
            double invP = 1.0 / p;
            for (int i = 0; i < n; i++) {
                grad[tri + i] *= invP;
            }
        }
        return k;
    }

    /**
     * The OpenBLAS kernel. Every buffer is column-major, so that a row-major p×N Java matrix is the
     * same memory as the column-major N×p matrix of its transpose, and the strict upper triangle of a
     * row-major N×N matrix (row i from column i+1, contiguous) is the strict lower triangle of the
     * column-major one (column i from row i+1).
     */
    private static final class Native implements AutoCloseable {
        private final int p;
        private final int n;
        /** N×N, strict lower triangle (column-major) = the parameters; diagonal stays 0; upper not read. */
        private final DoublePointer w;
        /** N×p: Xᵀ, loaded once. */
        private final DoublePointer xt;
        /** N×p: Hᵀ = W Xᵀ. */
        private final DoublePointer ht;
        /** N×p: (E∘X)ᵀ. */
        private final DoublePointer et;
        /** N×N, lower triangle: scale·((E∘X)ᵀ X + Xᵀ (E∘X)); upper not written. */
        private final DoublePointer c;
        private final DoubleBuffer wb;
        private final DoubleBuffer hb;
        private final DoubleBuffer eb;
        private final DoubleBuffer cb;

        Native(double[] x, int p, int n) {
            Blas.require();
            this.p = p;
            this.n = n;
            long nn = (long) n * n;
            long np = (long) n * p;
            w = new DoublePointer(nn);
            xt = new DoublePointer(np);
            ht = new DoublePointer(np);
            et = new DoublePointer(np);
            c = new DoublePointer(nn);
            w.zero(); // diagonal 0
            xt.asBuffer().put(0, x, 0, p * n);
            wb = w.asBuffer();
            hb = ht.asBuffer();
            eb = et.asBuffer();
            cb = c.asBuffer();
        }

        /** h (p×N row-major) = X W, W from the packed parameters. */
        void fieldsXW(double[] params, double[] h) {
            int k = 0;
            for (int i = 0; i < n - 1; i++) {
                int len = n - 1 - i;
                wb.put(i * n + i + 1, params, k, len);
                k += len;
            }
            // Hᵀ = W Xᵀ, W symmetric from its lower triangle
            Blas.dsymmLeftLower(n, p, 1.0, w, n, xt, n, 0.0, ht, n);
            hb.get(0, h, 0, p * n);
        }

        /** grad[0 … N(N−1)/2) = scale·(G_ij + G_ji), i &lt; j, with G = (E∘X)ᵀ X and e = E∘X (p×N row-major). */
        void gradientW(double[] e, double scale, double[] grad) {
            eb.put(0, e, 0, p * n);
            // C = scale·(Eᵀ Xᵀᵀ + Xᵀ Eᵀᵀ) in the column-major view: (E∘X)ᵀ X + Xᵀ (E∘X), lower triangle
            Blas.dsyr2kLower(n, p, scale, et, n, xt, n, 0.0, c, n);
            int k = 0;
            for (int i = 0; i < n - 1; i++) {
                int len = n - 1 - i;
                cb.get(i * n + i + 1, grad, k, len);
                k += len;
            }
        }

        @Override
        public void close() {
            w.close();
            xt.close();
            ht.close();
            et.close();
            c.close();
        }
    }
}
