package org.hopfieldstudio.protocol;

import java.nio.DoubleBuffer;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/**
 * Pseudo-inverse or projection rule (PSE): {@code W = Ξ Ξ⁺}, the orthogonal projector onto the span of the
 * patterns, with the Moore–Penrose pseudo-inverse so that dependent patterns and p ≥ N work (DESIGN §2).
 * Optionally {@code w_ii = 0} (Kanter–Sompolinsky, default on); {@code θ = 0}.
 *
 * <p>Method, all in double precision: with Ξ the N×p pattern matrix, take the smaller Gram matrix,
 * {@code Q = ΞᵀΞ} (p×p) when p ≤ N, else {@code G = ΞΞᵀ} (N×N); its symmetric eigendecomposition (LAPACK
 * {@code dsyev} in OpenBLAS, see {@link Blas}) gives {@code Q = V Λ Vᵀ}, {@code λ_k = σ_k²}. The range of Ξ is
 * spanned by the orthonormal columns {@code U_r = Ξ V_r Λ_r^{−½}} (or {@code U_r = V_r} for G) of the r eigenvalues
 * above the rank tolerance, and {@code W = U_r U_rᵀ}, formed by blocked GEMMs, rounded to float and symmetrised.
 *
 * <p>N.B. the rank tolerance is {@code λ_k > max(N, p) · λ_max · ε} (ε = 2⁻⁵² ≈ 2.2·10⁻¹⁶): an eigensolver
 * resolves λ only to about ε·λ_max, so this is the Gram-matrix counterpart of the SVD tolerance
 * {@code σ_k > max(N, p) · σ_max · ε}. Directions below it are treated as exactly dependent and dropped,
 * which is what makes duplicated patterns and p ≥ N safe (no division by a near-zero σ).
 */
public final class PseudoInverse implements WritingProtocol {
    public static final String ID = "pinv";

    /** Kanter–Sompolinsky: remove self-coupling, which enlarges basins of attraction. */
    public static final ProtocolParameter ZERO_DIAGONAL = ProtocolParameter.bool("zeroDiagonal", "Zero diagonal",
            "Set w_ii = 0 after projecting (Kanter–Sompolinsky); stored patterns stay fixed points and basins grow",
            true);

    private static final double EPS = Math.ulp(1.0);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Pseudo-inverse (PSE)";
    }

    @Override
    public String formula() {
        return "W = Ξ Ξ⁺ = (1/N) Ξ Q⁻¹ Ξᵀ,   Q_μν = (1/N) Σ_k ξ_k^μ ξ_k^ν   (Moore–Penrose Q⁺ for dependent patterns),"
                + "   w_ii = 0 (optional),   θ = 0";
    }

    @Override
    public String formulaLatex() {
        return "W = \\Xi\\,\\Xi^{+} = \\frac{1}{N}\\,\\Xi\\,Q^{-1}\\,\\Xi^{\\top},\\quad "
                + "Q_{\\mu\\nu} = \\frac{1}{N}\\sum_{k} \\xi_k^{\\mu}\\,\\xi_k^{\\nu}\\quad "
                + "(\\text{Moore-Penrose } Q^{+} \\text{ for dependent patterns}),\\quad "
                + "w_{ii} = 0\\ (\\text{optional}),\\quad \\theta = 0";
    }

    @Override
    public String description() {
        return "Projects onto the span of the stored patterns, removing their crosstalk: every stored pattern is "
                + "a fixed point for any p < N, correlated patterns (letters) included. Not local and not "
                + "incremental. Capacity p < N, but the basins of attraction shrink to nothing as p/N → 1; at "
                + "p ≥ N the projector is the identity and, with a zero diagonal, W vanishes.";
    }

    /**
     * True. N.B. with the diagonal kept, W is a projector with {@code 0 ≤ w_ii ≤ 1}, and a flip of a neuron with
     * {@code s_i h_i < 0} still changes the energy by {@code 2 s_i h_i − 2 w_ii < 0}, so energy still falls.
     */
    @Override
    public boolean writesSymmetric() {
        return true;
    }

    @Override
    public List<ProtocolParameter> parameters() {
        return List.of(ZERO_DIAGONAL);
    }

    @Override
    public int weightRank(int n, int p) {
        return 8L * p <= n ? p : n;
    }

    /** Factors (an N×r basis, r ≤ p) and the double pattern matrix when p ≤ N/8, else the dense W (and Gram matrix). */
    @Override
    public long bytesToWrite(int n, int p) {
        return 8L * p <= n ? MemoryBudget.factorBytes(n, p, true) + 16L * n * p + 8L * p * p
                : MemoryBudget.weightBytes(n) * (p <= n ? 1 : 3);
    }

    /**
     * {@code W = Ξ Ξ⁺}, symmetrised, {@code w_ii = 0} when {@link #ZERO_DIAGONAL} is on; θ = 0. Patterns not modified.
     *
     * @throws ProtocolException on a numerical failure (the eigensolver failing to converge)
     */
    @Override
    public Network write(WriteRequest request) {
        PatternSet set = request.patterns();
        boolean zeroDiagonal = request.boolValue(ZERO_DIAGONAL);
        int n = set.neurons();
        int p = set.count();
        boolean viaPatterns = p <= n;
        // W on the heap (unless factored); off-heap the m×m Gram matrix (double: two float W's when m = N) and small blocks
        if (8L * p <= n) {
            MemoryBudget.requireBytes(MemoryBudget.factorBytes(n, p, true) + 16L * n * p + 8L * p * p,
                    "The pseudo-inverse at N = " + n + ", p = " + p);
        } else {
            MemoryBudget.requireWeights(n, viaPatterns ? 1 : 3);
        }
        request.cancellation().check();
        long total = 2L + n;
        request.progress().progress(0, total, Double.NaN, "Pseudo-inverse: Gram matrix");

        float[] w;
        try (Basis basis = basis(set, viaPatterns, request, total)) {
            int r = basis.rank();
            if (8L * r <= n) {
                // N.B. the factored form pays (r ≤ N/8): W = U Uᵀ − diag(d), U = basisᵀ (N×r) in double, no N×N array.
                // basis is r×N column-major, so its buffer is U row-major.
                double[] u = new double[n * r];
                basis.ut().asBuffer().get(0, u, 0, n * r);
                FactoredWeights fw = zeroDiagonal ? FactoredWeights.zeroDiagonal(n, r, u, u, 1.0)
                        : new FactoredWeights(n, r, u, u, 1.0, new double[n]);
                request.cancellation().check();
                request.progress().progress(total, total, Double.NaN,
                        "Pseudo-inverse: W written in factored form (rank " + r + ")");
                return Network.factored(set.rows(), set.cols(), fw, new float[n], true, ID);
            }
            w = new float[n * n];
            if (r == n) {
                // N.B. the patterns span all of ℝᴺ: the projector is exactly I. Writing it exactly (rather than
                // I plus 1e−16 round-off) matters with a zero diagonal, where W must then vanish, not be noise.
                for (int i = 0; i < n; i++) {
                    w[i * n + i] = 1f;
                }
            } else {
                WeightMath.gramInto(basis.ut(), r, n, 1.0, w, request, "Pseudo-inverse: W = U Uᵀ", 2, total);
            }
        }
        WeightMath.symmetrise(w, n);
        if (zeroDiagonal) {
            WeightMath.zeroDiagonal(w, n);
        }
        request.cancellation().check();
        WeightMath.requireFinite(w, n, displayName());
        request.progress().progress(total, total, Double.NaN, "Pseudo-inverse: W written");
        return new Network(set.rows(), set.cols(), w, new float[n], true, ID);
    }

    /** {@code ut}: the r×N matrix {@code U_rᵀ}, column-major, off-heap, rows orthonormal: W = U_r U_rᵀ. */
    private record Basis(DoublePointer ut, int rank) implements AutoCloseable {
        @Override
        public void close() {
            ut.close();
        }
    }

    /**
     * The orthonormal basis of the span of the patterns, from the eigendecomposition of the smaller Gram matrix (see
     * the class comment). The caller closes it.
     *
     * @throws ProtocolException when the eigensolver fails or the Gram matrix has no positive eigenvalue
     */
    private static Basis basis(PatternSet set, boolean viaPatterns, WriteRequest request, long total) {
        int n = set.neurons();
        int p = set.count();
        int m = viaPatterns ? p : n;
        try (DoublePointer x = WeightMath.patternsByNeuron(set); // p×N, leading dimension p
             DoublePointer gram = new DoublePointer((long) m * m);
             DoublePointer lambda = new DoublePointer(m)) {
            // Q = X Xᵀ = ΞᵀΞ (p×p) or G = Xᵀ X = ΞΞᵀ (N×N); ±1 entries, so the sums are exact integers
            if (viaPatterns) {
                Blas.dgemm(false, true, p, p, n, 1.0, x, p, x, p, 0.0, gram, p);
            } else {
                Blas.dgemm(true, false, n, n, p, 1.0, x, p, x, p, 0.0, gram, n);
            }
            request.cancellation().check();
            request.progress().progress(1, total, Double.NaN, "Pseudo-inverse: eigendecomposition");
            int info = Blas.dsyev(m, gram, m, lambda);
            if (info != 0) {
                throw new ProtocolException("Pseudo-inverse: the eigensolver did not converge (LAPACK dsyev info = "
                        + info + "); the previous network is kept. Try fewer or less similar patterns.");
            }
            double[] lam = new double[m];
            lambda.get(lam); // ascending
            double lamMax = lam[m - 1];
            if (!Double.isFinite(lamMax) || lamMax <= 0) {
                throw new ProtocolException("Pseudo-inverse: the pattern Gram matrix has no positive eigenvalue ("
                        + lamMax + "); the previous network is kept.");
            }
            double tol = Math.max(n, p) * lamMax * EPS;
            int first = 0;
            while (first < m && !(lam[first] > tol)) {
                first++;
            }
            int r = m - first;
            request.cancellation().check();
            // V_r: the last r columns of the eigenvector matrix (column-major m×m), read as columns of m values
            DoubleBuffer v = gram.asBuffer();
            double[] column = new double[m];
            DoublePointer basis = new DoublePointer((long) r * n); // U_rᵀ, r×N
            try {
                if (viaPatterns) {
                    // U_rᵀ = (V_r Λ_r^{−½})ᵀ X  (r×N): the scaled V_rᵀ (r×m, column-major), then one GEMM
                    try (DoublePointer scaledT = new DoublePointer((long) r * m)) {
                        DoubleBuffer st = scaledT.asBuffer();
                        for (int k = 0; k < r; k++) {
                            double scale = 1.0 / Math.sqrt(lam[first + k]);
                            v.get((first + k) * m, column, 0, m);
                            for (int i = 0; i < m; i++) {
                                st.put(i * r + k, column[i] * scale);
                            }
                        }
                        Blas.dgemm(false, false, r, n, m, 1.0, scaledT, r, x, p, 0.0, basis, r);
                    }
                } else {
                    // U_rᵀ = V_rᵀ (r×N)
                    DoubleBuffer b = basis.asBuffer();
                    for (int k = 0; k < r; k++) {
                        v.get((first + k) * m, column, 0, m);
                        for (int i = 0; i < m; i++) {
                            b.put(i * r + k, column[i]);
                        }
                    }
                }
            } catch (RuntimeException | Error e) {
                basis.close();
                throw e;
            }
            return new Basis(basis, r);
        }
    }
}
