package org.hopfieldstudio.protocol;

import java.util.Arrays;
import org.hopfieldstudio.protocol.optim.DifferentiableFunction;

/**
 * The TRN loss for one batch of B probes (DESIGN §2), in double precision, and its gradient by
 * back-propagation through time. Probes are rows (B×N), so the recurrence {@code s^t = tanh(β W s^{t−1})}
 * reads {@code S^t = tanh(β S^{t−1} W)} (W symmetric):
 * <pre>
 *   D(W)    = (1/B) Σ_b ‖ξ^{m(b)} − s_b^L‖²
 *   g^L     = 2 (S^L − Ξ_m) / B
 *   δ^t     = g^t ∘ (1 − (S^t)²) β
 *   ∂D/∂W  += (δ^t)ᵀ S^{t−1}            (W's entries treated as independent)
 *   g^{t−1} = δ^t W
 * </pre>
 * and {@code ∂D/∂a_ij = (∂D/∂W)_ij + (∂D/∂W)_ji} for the symmetric zero-diagonal parametrisation
 * ({@link Symmetric}).
 *
 * <p>A probe is stored as its message m(b) and the list of its flipped bits F(b), which makes the first
 * step cheap: {@code S⁰W} row b is {@code (ΞW)_m − 2 Σ_{j∈F(b)} ξ_j^m W_j:} and {@code (δ¹)ᵀS⁰} is
 * {@code Δᵀ Ξ} ({@code Δ_m = Σ_{b: m(b)=m} δ_b}) minus {@code 2 ξ_j^m δ_b} for each flipped bit. That costs
 * O(pN² + B·|F|·N) instead of O(BN²): the default L = 1 run is about 6× cheaper. N.B. the flip corrections
 * of ∂D/∂W are added transposed (to row j instead of column j); only {@code G + Gᵀ} is used, so the
 * parameter gradient is exact.
 *
 * <p>Set the batch with {@link #setProbes}; not thread-safe (scratch arrays).
 */
final class TrnLoss implements DifferentiableFunction {
    /** Beyond |x| = 20, tanh(x) is ±1 in double. */
    private static final double TANH_SATURATION = 20;

    private final double[] x;
    private final int p;
    private final int n;
    private final int b;
    private final int steps;
    private final double beta;
    private final MatMul mm;
    private final double[] w;
    private final double[] gw;
    private final double[] xw;
    private final double[] sumDelta;
    private final double[][] s; // s[t] = S^t, B×N, t ≥ 1
    private final double[] g;
    private final double[] delta;
    private int[] message;
    private int[] flipStart;
    private int[] flips;

    /**
     * @param x     p×N messages ξ, row-major ±1 (not modified, not copied)
     * @param batch probes per batch B
     * @param steps unrolled steps L ≥ 1
     * @param beta  gain β of tanh
     */
    TrnLoss(double[] x, int p, int n, int batch, int steps, double beta, MatMul mm) {
        this.x = x;
        this.p = p;
        this.n = n;
        this.b = batch;
        this.steps = steps;
        this.beta = beta;
        this.mm = mm;
        this.w = new double[n * n];
        this.gw = new double[n * n];
        this.xw = new double[p * n];
        this.sumDelta = new double[p * n];
        this.s = new double[steps + 1][];
        for (int t = 1; t <= steps; t++) {
            s[t] = new double[batch * n];
        }
        this.g = new double[batch * n];
        this.delta = new double[batch * n];
    }

    int dimension() {
        return Symmetric.size(n);
    }

    /**
     * Sets the batch (arrays kept by reference, not modified): probe b is message {@code message[b]} with the
     * bits {@code flips[flipStart[b] … flipStart[b+1]−1]} flipped (distinct).
     */
    void setProbes(int[] message, int[] flipStart, int[] flips) {
        if (message.length != b || flipStart.length != b + 1) {
            throw new IllegalArgumentException("batch has " + message.length + " probes, expected " + b);
        }
        this.message = message;
        this.flipStart = flipStart;
        this.flips = flips;
    }

    /** Probe b as a dense ±1 vector (for tests and diagnostics). */
    double[] probe(int probe) {
        double[] v = Arrays.copyOfRange(x, message[probe] * n, message[probe] * n + n);
        for (int q = flipStart[probe]; q < flipStart[probe + 1]; q++) {
            v[flips[q]] = -v[flips[q]];
        }
        return v;
    }

    @Override
    public double valueAndGradient(double[] a, double[] grad) {
        Symmetric.unpack(a, 0, n, w);
        int len = b * n;
        // step 1 from the probes' structure: S⁰W = (ΞW)_m − 2 Σ_F ξ_j W_j:
        mm.mul(p, n, n, x, false, w, xw, false);
        double[] z = s[1];
        for (int r = 0; r < b; r++) {
            int m = message[r] * n;
            int zr = r * n;
            System.arraycopy(xw, m, z, zr, n);
            for (int q = flipStart[r]; q < flipStart[r + 1]; q++) {
                int j = flips[q];
                double c = -2 * x[m + j];
                int wj = j * n;
                for (int i = 0; i < n; i++) {
                    z[zr + i] += c * w[wj + i];
                }
            }
        }
        tanhi(z, len);
        for (int t = 2; t <= steps; t++) {
            mm.mul(b, n, n, s[t - 1], false, w, s[t], false);
            tanhi(s[t], len);
        }
        double[] out = s[steps];
        double loss = 0;
        double scale = 2.0 / b;
        for (int r = 0; r < b; r++) {
            int m = message[r] * n;
            int o = r * n;
            for (int i = 0; i < n; i++) {
                double e = out[o + i] - x[m + i];
                loss += e * e;
                g[o + i] = scale * e;
            }
        }
        for (int t = steps; t >= 1; t--) {
            double[] st = s[t];
            for (int k = 0; k < len; k++) {
                delta[k] = g[k] * (1 - st[k] * st[k]) * beta;
            }
            if (t > 1) {
                mm.mul(n, n, b, delta, true, s[t - 1], gw, t != steps);
                mm.mul(b, n, n, delta, false, w, g, false);
            } else {
                firstStepGradient(steps == 1);
            }
        }
        Symmetric.packGradient(gw, n, 1.0, grad, 0);
        return loss / b;
    }

    /** gw (+)= (δ¹)ᵀ S⁰ through the probes' structure; corrections added transposed (see class javadoc). */
    private void firstStepGradient(boolean overwrite) {
        Arrays.fill(sumDelta, 0.0);
        for (int r = 0; r < b; r++) {
            int m = message[r] * n;
            int o = r * n;
            for (int i = 0; i < n; i++) {
                sumDelta[m + i] += delta[o + i];
            }
        }
        mm.mul(n, n, p, sumDelta, true, x, gw, !overwrite);
        for (int r = 0; r < b; r++) {
            int m = message[r] * n;
            int o = r * n;
            for (int q = flipStart[r]; q < flipStart[r + 1]; q++) {
                int j = flips[q];
                double c = -2 * x[m + j];
                int gj = j * n;
                for (int i = 0; i < n; i++) {
                    gw[gj + i] += c * delta[o + i];
                }
            }
        }
    }

    /** v_k ← tanh(β v_k) for k &lt; len, via exp (several times faster than Math.tanh). */
    private void tanhi(double[] v, int len) {
        for (int k = 0; k < len; k++) {
            double u = beta * v[k];
            if (u > TANH_SATURATION) {
                v[k] = 1;
            } else if (u < -TANH_SATURATION) {
                v[k] = -1;
            } else {
                double e = Math.exp(2 * u);
                v[k] = (e - 1) / (e + 1);
            }
        }
    }
}
