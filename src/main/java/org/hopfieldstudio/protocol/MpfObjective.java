package org.hopfieldstudio.protocol;

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
 * <p>N.B. the exponent is clipped at {@value #MAX_EXPONENT} so that a wild line-search trial gives a huge
 * but finite K (which the line search rejects) instead of ∞. Not thread-safe (scratch arrays).
 */
final class MpfObjective implements DifferentiableFunction {
    static final double MAX_EXPONENT = 80;

    private final double[] x;
    private final int p;
    private final int n;
    private final boolean learnThresholds;
    private final MatMul mm;
    private final double[] w;
    private final double[] h;
    private final double[] g;
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
        this.w = new double[n * n];
        this.h = new double[p * n];
        this.g = new double[n * n];
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
        int tri = Symmetric.size(n);
        Symmetric.unpack(params, 0, n, w);
        mm.mul(p, n, n, x, false, w, h, false); // H = X W
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
        double invP = 1.0 / p;
        if (learnThresholds) {
            for (int i = 0; i < n; i++) {
                grad[tri + i] *= invP;
            }
        }
        mm.mul(n, n, p, h, true, x, g, false); // (E∘X)ᵀ X
        Symmetric.packGradient(g, n, -invP, grad, 0);
        return k * invP;
    }
}
