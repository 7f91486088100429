package org.hopfieldstudio.protocol;

import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.protocol.optim.DifferentiableFunction;

/**
 * The MPF objective over the factored weights {@code W(A) = ½(A Ξᵀ + Ξ Aᵀ) − diag(δ)}, {@code δ_i = Σ_μ A_iμ ξ_i^μ}
 * (so {@code w_ii = 0}), with A an N×p matrix and Ξ the N×p pattern matrix (issue 13):
 * <pre>
 *   K(A, θ) = (1/p) Σ_ν Σ_i exp(−ξ_i^ν ((W ξ^ν)_i − θ_i))
 * </pre>
 * Parameters: A row-major ({@code A[i·p + μ]}), then θ when thresholds are learned.
 *
 * <p>Why this is the MPF problem and not an approximation: from W = 0 the dense gradient is
 * {@code −(1/p) sym(B Ξᵀ)} with the diagonal removed ({@code B = E∘X}, N×p), i.e. of the form W(A); every L-BFGS
 * step is a combination of gradients, so every dense iterate lies in {W(A)}. Conversely ∂K/∂A is the adjoint of the
 * linear map A ↦ W(A) applied to ∇_W K, and ∇_W K itself lies in the range of that map, so ∂K/∂A = 0 implies
 * ∇_W K = 0: a stationary point over (A, θ) is a stationary point over all symmetric zero-diagonal W. K is convex
 * in (A, θ) as a convex function of a linear map.
 *
 * <p>Evaluation in O(N·p²), with O = ΞᵀΞ (p×p, precomputed) and P = AᵀΞ (p×p):
 * <pre>
 *   (W ξ^ν)_i = ½ (A O + Ξ P)_iν − δ_i ξ_i^ν,     H_iν = (W ξ^ν)_i − θ_i,     e_iν = exp(−ξ_i^ν H_iν),  B = e∘Ξ
 *   ∂K/∂θ_i = (1/p) Σ_ν B_iν
 *   ∂K/∂A_kμ = ½ (G Ξ + Gᵀ Ξ)_kμ − G_kk ξ_k^μ   with G = −(1/p) B Ξᵀ (never formed):
 *            = −(1/(2p)) (B O + Ξ R)_kμ + (1/p) (Σ_ν e_kν) ξ_k^μ,   R = Bᵀ Ξ (p×p)
 * </pre>
 * (∂K/∂W_ij = G_ij for i ≠ j, and ∂W_ij/∂A_kμ = ½(δ_ik ξ_j^μ + ξ_i^μ δ_jk) for i ≠ j.) The exponent is clipped at
 * {@link MpfObjective#MAX_EXPONENT} as in the dense objective. Not thread-safe (scratch arrays).
 */
final class MpfFactoredObjective implements DifferentiableFunction {
    private final int n;
    private final int p;
    private final boolean learnThresholds;
    private final MatMul mm;
    /** Ξ, N×p row-major, ±1. */
    private final double[] xi;
    /** O = ΞᵀΞ, p×p. */
    private final double[] o;
    /** Scratch: P = AᵀΞ then R = BᵀΞ (p×p); F = N×p fields, then B; T = N×p gradient part. */
    private final double[] pp;
    private final double[] f;
    private final double[] t;
    private double minMargin;

    /**
     * @param xi N×p patterns, row-major ({@code xi[i·p + μ] = ξ_i^μ}, ±1); not modified, not copied
     */
    MpfFactoredObjective(double[] xi, int n, int p, boolean learnThresholds, MatMul mm) {
        if (xi.length != n * p) {
            throw new IllegalArgumentException("Ξ has " + xi.length + " entries, expected " + n + "×" + p);
        }
        this.n = n;
        this.p = p;
        this.learnThresholds = learnThresholds;
        this.mm = mm;
        this.xi = xi;
        this.o = new double[p * p];
        mm.mul(p, p, n, xi, true, xi, o, false);
        this.pp = new double[p * p];
        this.f = new double[n * p];
        this.t = new double[n * p];
    }

    /** Ξ as an N×p row-major double matrix. */
    static double[] patternsByNeuron(org.hopfieldstudio.core.PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        double[] x = new double[n * p];
        for (int mu = 0; mu < p; mu++) {
            var pat = set.get(mu);
            for (int i = 0; i < n; i++) {
                x[i * p + mu] = pat.get(i);
            }
        }
        return x;
    }

    /** Length of the parameter vector: N·p (+ N with thresholds). */
    int dimension() {
        return n * p + (learnThresholds ? n : 0);
    }

    /** min over ν, i of ξ_i^ν H_iν at the last evaluation: positive means every pattern is a strict fixed point. */
    double lastMinMargin() {
        return minMargin;
    }

    @Override
    public double valueAndGradient(double[] params, double[] grad) {
        int np = n * p;
        // P = AᵀΞ; F = A O + Ξ P  (= 2·W ξ^ν before the diagonal)
        mm.mul(p, p, n, params, true, xi, pp, false);
        mm.mul(n, p, p, params, false, o, f, false);
        mm.mul(n, p, p, xi, false, pp, f, true);
        double k = 0;
        double min = Double.POSITIVE_INFINITY;
        if (learnThresholds) {
            java.util.Arrays.fill(grad, np, np + n, 0.0);
        }
        double invP = 1.0 / p;
        // t[i·p + μ] temporarily holds nothing; the row sums of e are folded into the gradient below
        double[] rowE = t; // reuse: only the first n entries as Σ_ν e_iν before t is overwritten by the product
        for (int i = 0; i < n; i++) {
            int base = i * p;
            double delta = 0;
            for (int mu = 0; mu < p; mu++) {
                delta += params[base + mu] * xi[base + mu];
            }
            double theta = learnThresholds ? params[np + i] : 0;
            double sumE = 0;
            double sumB = 0;
            for (int nu = 0; nu < p; nu++) {
                double x = xi[base + nu];
                double field = 0.5 * f[base + nu] - delta * x - theta;
                double margin = x * field;
                min = Math.min(min, margin);
                double e = Math.exp(Math.min(-margin, MpfObjective.MAX_EXPONENT));
                sumE += e;
                double b = e * x;
                f[base + nu] = b; // F becomes B
                sumB += b;
            }
            k += sumE;
            rowE[i] = sumE;
            if (learnThresholds) {
                grad[np + i] = sumB * invP;
            }
        }
        minMargin = min;
        // the diagonal term first (it needs Σ_ν e_kν, kept in rowE = t before t is overwritten)
        for (int i = n - 1; i >= 0; i--) {
            double s = rowE[i] * invP;
            int base = i * p;
            for (int mu = 0; mu < p; mu++) {
                grad[base + mu] = s * xi[base + mu];
            }
        }
        // R = BᵀΞ; T = B O + Ξ R; ∂K/∂A = −T/(2p) + diagonal term
        mm.mul(p, p, n, f, true, xi, pp, false);
        mm.mul(n, p, p, f, false, o, t, false);
        mm.mul(n, p, p, xi, false, pp, t, true);
        double half = -0.5 * invP;
        for (int q = 0; q < np; q++) {
            grad[q] += half * t[q];
        }
        return k * invP;
    }

    /**
     * The factored W of parameters (A, θ): U = [A, Ξ], V = [Ξ, A] (N×2p), c = ½, d = δ; {@code W = ½(AΞᵀ + ΞAᵀ) − diag(δ)}.
     */
    FactoredWeights weights(double[] params) {
        int r = 2 * p;
        double[] u = new double[n * r];
        double[] v = new double[n * r];
        for (int i = 0; i < n; i++) {
            int base = i * p;
            for (int mu = 0; mu < p; mu++) {
                double a = params[base + mu];
                double x = xi[base + mu];
                u[i * r + mu] = a;
                u[i * r + p + mu] = x;
                v[i * r + mu] = x;
                v[i * r + p + mu] = a;
            }
        }
        // d_i = ½·u_i·v_i = Σ_μ A_iμ ξ_i^μ = δ_i
        return FactoredWeights.zeroDiagonal(n, r, u, v, 0.5);
    }

    /** θ from the parameters (zeros when thresholds are not learned). */
    float[] thresholds(double[] params) {
        float[] theta = new float[n];
        if (learnThresholds) {
            for (int i = 0; i < n; i++) {
                theta[i] = (float) params[n * p + i];
            }
        }
        return theta;
    }
}
