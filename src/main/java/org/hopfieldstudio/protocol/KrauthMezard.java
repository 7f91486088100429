package org.hopfieldstudio.protocol;

import java.util.List;
import java.util.Locale;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/**
 * Krauth–Mézard minover (1987) with stability target c, per neuron (DESIGN §2). For each row i
 * independently, from W = 0:
 * <pre>
 *   repeat  μ* = argmin_μ  ξ_i^μ Σ_{j≠i} W_ij ξ_j^μ
 *           stop when that minimum ≥ c
 *           W_ij += (1/N) ξ_i^{μ*} ξ_j^{μ*}   (j ≠ i)
 * </pre>
 * The stabilities are the unnormalised fields of DESIGN (not divided by |W_i|). Each update changes the
 * stability of pattern ν by {@code (1/N)(ξ_i^ν ξ_i^{μ*} O_{μ*ν} − 1)} with the overlap matrix
 * {@code O = Ξᵀ Ξ} (precomputed), so an update costs O(p); the row itself is built once at the end from
 * the update counts {@code c_μ}: {@code W_ij = (1/N) Σ_μ c_μ ξ_i^μ ξ_j^μ}. Ties in the argmin go to the
 * lowest μ, so the result is deterministic (the seed is not used).
 *
 * <p>For p ≤ N/8 the network is factored: {@code W = (1/N)(C∘Ξ) Ξᵀ − diag}, U_iμ = c_iμ ξ_i^μ, V = Ξ (issue 13).
 *
 * <p>W is not symmetric: energy is not a Lyapunov function and recall may cycle.
 */
public final class KrauthMezard implements WritingProtocol {
    public static final String ID = "km";

    static final ProtocolParameter STABILITY = ProtocolParameter.real("c", "Stability target c",
            "every pattern's stability ξ_i Σ_j W_ij ξ_j must reach this", 1.0, 1e-6, 1e6);
    static final ProtocolParameter MAX_UPDATES = ProtocolParameter.integer("maxUpdates",
            "Max. updates per neuron", "cap on minover updates of one row of W", 1_000_000, 1, Integer.MAX_VALUE);

    /** Gardner's bound on p/N for random patterns with any W. */
    static final double GARDNER_BOUND = 2.0;

    /** Null: factored when p ≤ N/8; true/false forces the form (tests). */
    private final Boolean forceFactored;

    public KrauthMezard() {
        this(null);
    }

    KrauthMezard(Boolean forceFactored) {
        this.forceFactored = forceFactored;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Krauth–Mézard (optimal stability)";
    }

    @Override
    public String formula() {
        return "per neuron i: repeat μ* = argmin_μ ξ_i^μ Σ_{j≠i} W_ij ξ_j^μ;\n"
                + "  stop when ξ_i^{μ*} Σ_{j≠i} W_ij ξ_j^{μ*} ≥ c;  else W_ij += (1/N) ξ_i^{μ*} ξ_j^{μ*}  (j ≠ i)";
    }

    @Override
    public String formulaLatex() {
        return "\\text{per neuron } i:\\quad \\text{repeat } \\mu^{*} = \\arg\\min_{\\mu}\\, "
                + "\\xi_i^{\\mu}\\sum_{j\\neq i} W_{ij}\\,\\xi_j^{\\mu};\\quad "
                + "\\text{stop when } \\xi_i^{\\mu^{*}}\\sum_{j\\neq i} W_{ij}\\,\\xi_j^{\\mu^{*}} \\geq c;\\quad "
                + "\\text{else } W_{ij} \\leftarrow W_{ij} + \\frac{1}{N}\\,\\xi_i^{\\mu^{*}}\\xi_j^{\\mu^{*}}\\ (j \\neq i)";
    }

    @Override
    public String description() {
        return "Perceptron learning of each neuron's weights until every pattern is stable with margin c "
                + "(minover): approaches the optimal stability and stores random patterns up to the Gardner "
                + "bound p = 2N. W is NOT symmetric, so energy is not guaranteed to fall and recall may cycle "
                + "instead of settling (sweeps are capped and a cycle is reported).";
    }

    @Override
    public boolean writesSymmetric() {
        return false;
    }

    @Override
    public int weightRank(int n, int p) {
        return (forceFactored != null ? forceFactored : 8L * p <= n) ? p : n;
    }

    /** U = C∘Ξ and V = Ξ (N×p each) when p ≤ N/8, else the dense W. */
    @Override
    public long bytesToWrite(int n, int p) {
        return 8L * p <= n ? MemoryBudget.factorBytes(n, p, false) + (long) n * p + 4L * p * p
                : MemoryBudget.weightBytes(n);
    }

    @Override
    public List<ProtocolParameter> parameters() {
        return List.of(STABILITY, MAX_UPDATES);
    }

    @Override
    public Network write(WriteRequest request) {
        PatternSet set = request.patterns();
        int n = set.neurons();
        int p = set.count();
        double c = request.value(STABILITY);
        long maxUpdates = request.intValue(MAX_UPDATES);
        boolean factored = forceFactored != null ? forceFactored : 8L * p <= n;
        if (factored) {
            // N.B. W = (1/N)(C∘Ξ) Ξᵀ − diag: U_iμ = c_iμ ξ_i^μ, V = Ξ (N×p each), no N×N array
            MemoryBudget.requireBytes(MemoryBudget.factorBytes(n, p, false) + (long) n * p + 4L * p * p,
                    "Krauth–Mézard at N = " + n + ", p = " + p);
        } else {
            MemoryBudget.requireWeights(n, 1);
        }
        request.cancellation().check();

        byte[][] xi = set.toArrays();
        // overlaps O_μν = Σ_k ξ_k^μ ξ_k^ν
        int[] overlap = new int[p * p];
        for (int mu = 0; mu < p; mu++) {
            for (int nu = mu; nu < p; nu++) {
                int o = 0;
                byte[] a = xi[mu];
                byte[] b = xi[nu];
                for (int k = 0; k < n; k++) {
                    o += a[k] * b[k];
                }
                overlap[mu * p + nu] = o;
                overlap[nu * p + mu] = o;
            }
        }
        float[] w = factored ? null : new float[n * n];
        double[] u = factored ? new double[n * p] : null;
        double[] stability = new double[p];
        long[] count = new long[p];
        double invN = 1.0 / n;
        long totalUpdates = 0;
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(stability, 0.0);
            java.util.Arrays.fill(count, 0L);
            long updates = 0;
            while (true) {
                int best = 0;
                for (int mu = 1; mu < p; mu++) {
                    if (stability[mu] < stability[best]) {
                        best = mu;
                    }
                }
                if (stability[best] >= c) {
                    worst = Math.min(worst, stability[best]);
                    break;
                }
                if (updates >= maxUpdates) {
                    throw notConverged(i, c, maxUpdates, p, n);
                }
                if ((updates & 1023) == 0) {
                    request.cancellation().check();
                }
                int xiBest = xi[best][i];
                int row = best * p;
                for (int nu = 0; nu < p; nu++) {
                    stability[nu] += invN * (xi[nu][i] * xiBest * overlap[row + nu] - 1);
                }
                count[best]++;
                updates++;
            }
            totalUpdates += updates;
            if (factored) {
                for (int mu = 0; mu < p; mu++) {
                    u[i * p + mu] = (double) count[mu] * xi[mu][i];
                }
                request.progress().progress(i + 1, n, worst, String.format(Locale.ROOT,
                        "Krauth–Mézard: neuron %d/%d stable after %d updates", i + 1, n, updates));
                request.cancellation().check();
                continue;
            }
            // row i: W_ij = (1/N) Σ_μ c_μ ξ_i^μ ξ_j^μ, j ≠ i; column-major w[j·N + i]
            double[] rowW = new double[n];
            for (int mu = 0; mu < p; mu++) {
                if (count[mu] != 0) {
                    double f = count[mu] * xi[mu][i] * invN;
                    byte[] x = xi[mu];
                    for (int j = 0; j < n; j++) {
                        rowW[j] += f * x[j];
                    }
                }
            }
            rowW[i] = 0;
            for (int j = 0; j < n; j++) {
                w[j * n + i] = (float) rowW[j];
            }
            request.progress().progress(i + 1, n, worst, String.format(Locale.ROOT,
                    "Krauth–Mézard: neuron %d/%d stable after %d updates", i + 1, n, updates));
            request.cancellation().check();
        }
        if (!factored) {
            Mpf.requireFinite(w, ID, "W");
        }
        request.progress().progress(n, n, worst, String.format(Locale.ROOT,
                "Krauth–Mézard done: %d updates in all, smallest stability %.4g ≥ c = %.4g", totalUpdates, worst, c));
        if (factored) {
            double[] v = new double[n * p];
            for (int mu = 0; mu < p; mu++) {
                for (int i = 0; i < n; i++) {
                    v[i * p + mu] = xi[mu][i];
                }
            }
            return Network.factored(set.rows(), set.cols(), FactoredWeights.zeroDiagonal(n, p, u, v, invN),
                    new float[n], false, ID);
        }
        return new Network(set.rows(), set.cols(), w, new float[n], false, ID);
    }

    private static ProtocolException notConverged(int i, double c, long maxUpdates, int p, int n) {
        double load = (double) p / n;
        String head = String.format(Locale.ROOT, "Krauth–Mézard did not reach stability c = %s within %d updates "
                + "for neuron %d", fmt(c), maxUpdates, i);
        if (load > GARDNER_BOUND) {
            return new ProtocolException(head + ": p/N = " + compact(load) + " exceeds the Gardner "
                    + "bound 2, so random patterns cannot all be stored by any W.");
        }
        return new ProtocolException(head + " (p/N = " + compact(load) + "). The patterns may not be "
                + "storable (e.g. too correlated); raise the cap maxUpdates or store fewer patterns.");
    }

    /** Three significant digits without trailing zeros: 2.5, 0.333. */
    private static String compact(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
