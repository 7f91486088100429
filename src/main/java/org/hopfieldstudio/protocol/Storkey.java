package org.hopfieldstudio.protocol;

import java.util.stream.IntStream;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/**
 * Storkey's rule (1997), incremental, one pattern ν at a time with the old weights on the right-hand side:
 * {@code w_ij ← w_ij + (1/N)(ξ_i ξ_j − ξ_i h_ji − h_ij ξ_j)}, {@code h_ij = Σ_{k≠i,j} w_ik ξ_k}; {@code w_ii = 0};
 * {@code θ = 0} (DESIGN §2).
 *
 * <p>Computed in O(N²) per pattern: with {@code g = W ξ} (one matrix–vector product, in double) and
 * {@code w_ii = 0}, the exclusions give {@code h_ij = g_i − w_ij ξ_j} and {@code h_ji = g_j − w_ji ξ_i}, so
 * (using ξ² = 1 and the symmetry of W)
 * {@code Δw_ij = (1/N)(ξ_i ξ_j − (ξ_i g_j + g_i ξ_j) + 2 w_ij)}.
 * N.B. W starts at zero and every update is symmetric, and the bracket is evaluated so that swapping i and j
 * gives bit-identical operations (products and sums commute in IEEE arithmetic), so W stays exactly symmetric
 * and {@code w_ji} may be read as {@code w_ij} in place.
 */
public final class Storkey implements WritingProtocol {
    public static final String ID = "storkey";

    /** Null: factored when 2p ≤ N/8; true/false forces the form (tests). */
    private final Boolean forceFactored;

    public Storkey() {
        this(null);
    }

    Storkey(Boolean forceFactored) {
        this.forceFactored = forceFactored;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Storkey";
    }

    @Override
    public String formula() {
        return "w_ij ← w_ij + (1/N)(ξ_i^ν ξ_j^ν − ξ_i^ν h_ji^ν − h_ij^ν ξ_j^ν),   h_ij^ν = Σ_{k≠i,j} w_ik ξ_k^ν,"
                + "   ν = 1 … p,   w_ii = 0,   θ = 0";
    }

    @Override
    public String formulaLatex() {
        return "w_{ij} \\leftarrow w_{ij} + \\frac{1}{N}\\left(\\xi_i^{\\nu}\\xi_j^{\\nu} - \\xi_i^{\\nu} h_{ji}^{\\nu} "
                + "- h_{ij}^{\\nu}\\xi_j^{\\nu}\\right),\\quad h_{ij}^{\\nu} = \\sum_{k\\neq i,j} w_{ik}\\,\\xi_k^{\\nu},\\quad "
                + "\\nu = 1,\\ldots,p,\\quad w_{ii} = 0,\\quad \\theta = 0";
    }

    @Override
    public String description() {
        return "Incremental and local like Hebb, but each new pattern is written against the local fields of the "
                + "weights so far, which cancels part of the crosstalk. Capacity about N / √(2 ln N) for random "
                + "patterns (≈ 0.33 N at N = 100, against about 0.14 N for Hebb), and more tolerant of correlated patterns.";
    }

    @Override
    public boolean writesSymmetric() {
        return true;
    }

    @Override
    public int weightRank(int n, int p) {
        return (forceFactored != null ? forceFactored : 16L * p <= n) ? (int) Math.min(n, 2L * p) : n;
    }

    /** Q and U = Q S (N×2p each) when 2p ≤ N/8, else the dense W. */
    @Override
    public long bytesToWrite(int n, int p) {
        return 16L * p <= n ? MemoryBudget.factorBytes(n, 2 * p, false) + 8L * n * 2 * p + 32L * p * p + 24L * n
                : MemoryBudget.weightBytes(n);
    }

    /**
     * Applies the update for ξ^1 … ξ^p in order to W = 0; progress and cancellation once per pattern.
     * The patterns are not modified.
     */
    @Override
    public Network write(WriteRequest request) {
        PatternSet set = request.patterns();
        int n = set.neurons();
        int p = set.count();
        if (forceFactored != null ? forceFactored : 16L * p <= n) {
            return writeFactored(request);
        }
        MemoryBudget.requireWeights(n);
        request.cancellation().check();
        float[] w = new float[n * n];
        double[] g = new double[n];
        double[] xi = new double[n];
        int parts = WeightMath.parts(n);
        double invN = 1.0 / n;
        for (int mu = 0; mu < p; mu++) {
            request.cancellation().check();
            var pattern = set.get(mu);
            for (int i = 0; i < n; i++) {
                xi[i] = pattern.get(i);
            }
            // g = W ξ from the old W (column-major: accumulate columns over a block of rows)
            IntStream.range(0, parts).parallel().forEach(b -> {
                int from = WeightMath.start(n, parts, b);
                int to = WeightMath.start(n, parts, b + 1);
                for (int i = from; i < to; i++) {
                    g[i] = 0;
                }
                for (int k = 0; k < n; k++) {
                    double x = xi[k];
                    int base = k * n;
                    for (int i = from; i < to; i++) {
                        g[i] += w[base + i] * x;
                    }
                }
            });
            // rank-2 update plus 2W/N, column by column; each entry reads only its own old value
            IntStream.range(0, parts).parallel().forEach(b -> {
                int from = WeightMath.start(n, parts, b);
                int to = WeightMath.start(n, parts, b + 1);
                for (int j = from; j < to; j++) {
                    double xj = xi[j];
                    double gj = g[j];
                    int base = j * n;
                    for (int i = 0; i < n; i++) {
                        double wij = w[base + i];
                        double xii = xi[i];
                        w[base + i] = (float) (wij + (xii * xj - (xii * gj + g[i] * xj) + 2 * wij) * invN);
                    }
                    w[base + j] = 0f;
                }
            });
            request.progress().progress(mu + 1, p, Double.NaN,
                    "Storkey: pattern " + (mu + 1) + " of " + p + " (" + pattern.name() + ")");
        }
        WeightMath.requireFinite(w, n, displayName());
        return new Network(set.rows(), set.cols(), w, new float[n], true, ID);
    }

    /**
     * The same rule on factors, O(N·p²) time and O(N·p) memory (issue 13). Off the diagonal the update is
     * {@code W ← (1 + 2/N) W + (1/N)(ξξᵀ − ξgᵀ − gξᵀ)} with {@code g = W ξ}, so with {@code W = L − diag(d)},
     * {@code L = Q S Qᵀ}:
     * <pre>
     *   Q ← [Q, ξ, g],   S ← blockdiag((1 + 2/N) S, (1/N)·[[1, −1], [−1, 0]]),   d ← diag(L)
     * </pre>
     * and {@code g = Q (S (Qᵀ ξ)) − d∘ξ} costs O(N·r). At the end U = Q S, V = Q, rank 2p, symmetric (S is).
     * In double throughout; the dense rule rounds W to float after every pattern, so the two agree to float rounding.
     */
    private Network writeFactored(WriteRequest request) {
        PatternSet set = request.patterns();
        int n = set.neurons();
        int p = set.count();
        int rMax = 2 * p;
        MemoryBudget.requireBytes(MemoryBudget.factorBytes(n, rMax, false) + 8L * n * rMax + 8L * rMax * rMax + 24L * n,
                "Storkey at N = " + n + ", p = " + p);
        request.cancellation().check();
        double[] q = new double[n * rMax]; // Q, N×2p row-major; columns 2ν, 2ν+1 = ξ^ν, g^ν
        double[] sm = new double[rMax * rMax]; // S, 2p×2p row-major
        double[] d = new double[n];
        double[] xi = new double[n];
        double[] g = new double[n];
        double[] t = new double[rMax];
        double[] st = new double[rMax];
        double invN = 1.0 / n;
        double grow = 1 + 2 * invN;
        for (int nu = 0; nu < p; nu++) {
            request.cancellation().check();
            var pattern = set.get(nu);
            for (int i = 0; i < n; i++) {
                xi[i] = pattern.get(i);
            }
            int r = 2 * nu; // current rank
            // t = Qᵀ ξ, st = S t, g = Q st − d∘ξ
            java.util.Arrays.fill(t, 0, r, 0.0);
            for (int i = 0; i < n; i++) {
                double x = xi[i];
                int base = i * rMax;
                for (int k = 0; k < r; k++) {
                    t[k] += q[base + k] * x;
                }
            }
            for (int a = 0; a < r; a++) {
                double acc = 0;
                for (int b = 0; b < r; b++) {
                    acc += sm[a * rMax + b] * t[b];
                }
                st[a] = acc;
            }
            for (int i = 0; i < n; i++) {
                double acc = 0;
                int base = i * rMax;
                for (int k = 0; k < r; k++) {
                    acc += q[base + k] * st[k];
                }
                g[i] = acc - d[i] * xi[i];
            }
            // S ← (1 + 2/N) S with the new 2×2 block; Q gains ξ and g; d ← (1 + 2/N) d + (1/N)(1 − 2 ξ_i g_i)
            for (int a = 0; a < r; a++) {
                for (int b = 0; b < r; b++) {
                    sm[a * rMax + b] *= grow;
                }
            }
            sm[r * rMax + r] = invN;
            sm[r * rMax + r + 1] = -invN;
            sm[(r + 1) * rMax + r] = -invN;
            sm[(r + 1) * rMax + r + 1] = 0;
            for (int i = 0; i < n; i++) {
                q[i * rMax + r] = xi[i];
                q[i * rMax + r + 1] = g[i];
                d[i] = grow * d[i] + invN * (1 - 2 * xi[i] * g[i]);
            }
            request.progress().progress(nu + 1, p, Double.NaN,
                    "Storkey: pattern " + (nu + 1) + " of " + p + " (" + pattern.name() + ", factored)");
        }
        // U = Q S (N×2p), V = Q
        double[] u = new double[n * rMax];
        for (int i = 0; i < n; i++) {
            int base = i * rMax;
            for (int a = 0; a < rMax; a++) {
                double qa = q[base + a];
                if (qa != 0) {
                    for (int b = 0; b < rMax; b++) {
                        u[base + b] += qa * sm[a * rMax + b];
                    }
                }
            }
        }
        FactoredWeights f;
        try {
            f = FactoredWeights.zeroDiagonal(n, rMax, u, q, 1.0);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("Storkey: the weights became non-finite (" + e.getMessage()
                    + "); the previous network is kept.", e);
        }
        return Network.fromFactors(set.rows(), set.cols(), f, new float[n], true, ID);
    }
}
