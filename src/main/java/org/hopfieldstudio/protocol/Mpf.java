package org.hopfieldstudio.protocol;

import java.util.List;
import java.util.Locale;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.optim.Lbfgs;
import org.hopfieldstudio.protocol.optim.NonFiniteException;

/**
 * Minimum probability flow (Hillar, Sohl-Dickstein &amp; Koepsell 2012): minimises the convex objective
 * {@code K(W, θ) = (1/p) Σ_μ Σ_i exp(−ξ_i^μ (Σ_{j≠i} W_ij ξ_j^μ − θ_i))} over symmetric zero-diagonal W
 * (and θ) with L-BFGS from W = 0, θ = 0.
 *
 * <p>Each term is {@code exp((E(ξ^μ) − E(x'))/2)} for the one-flip neighbour x' of ξ^μ at neuron i, so
 * {@code p·K < 1} implies every term is below 1, i.e. every neighbour has a higher energy and every
 * pattern is a strict fixed point. When the patterns can all be made stable, K has no minimum (scaling
 * W up lowers it towards 0) and the run stops on the gradient or relative-decrease tolerance.
 *
 * <p>The matrix products run in plain Java for small problems and in OpenBLAS for large ones
 * ({@link MatMul#forWork}); the maths is the same code ({@link MpfObjective}).
 */
public final class Mpf implements WritingProtocol {
    public static final String ID = "mpf";

    static final ProtocolParameter MAX_ITERATIONS = ProtocolParameter.integer("maxIterations",
            "Max. iterations", "cap on L-BFGS iterations", 1000, 1, 1_000_000);
    static final ProtocolParameter GRADIENT_TOLERANCE = ProtocolParameter.real("gradTol", "Gradient tolerance",
            "stop when every component of ∇K is at most this in magnitude", 1e-5, 0, 1);
    static final ProtocolParameter LEARN_THRESHOLDS = ProtocolParameter.bool("learnThresholds",
            "Learn thresholds θ", "optimise the thresholds θ as well as W (otherwise θ = 0)", true);

    /** Stop also when K falls by less than this fraction of max(K, 1) in one iteration (L-BFGS-B's factr = 1e7). */
    static final double RELATIVE_TOLERANCE = 2.2e-9;

    /** L-BFGS memory m. */
    static final int MEMORY = 10;

    /** Which parametrisation is optimised. */
    enum Mode {
        /** Factored when 2p ≤ N (fewer parameters, N·p against N²/2, and cheaper evaluations), else dense. */
        AUTO,
        /** Over the N(N−1)/2 entries of W ({@link MpfObjective}), O(N²·p) per evaluation. */
        DENSE,
        /** Over A (N×p) with W = sym(A Ξᵀ) − diag ({@link MpfFactoredObjective}), O(N·p²) per evaluation. */
        FACTORED
    }

    private final Mode mode;

    public Mpf() {
        this(Mode.AUTO);
    }

    Mpf(Mode mode) {
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
    }

    /** Factored: L-BFGS over N·p (+N) parameters, scratch and factors; dense: 31 copies of an N×N float matrix. */
    @Override
    public long bytesToWrite(int n, int p) {
        if (factoredFor(n, p)) {
            return factoredBytes(n, p);
        }
        return MemoryBudget.weightBytes(n) * (2 * MEMORY + 6 + 4 + 1);
    }

    private static long factoredBytes(int n, int p) {
        long dim = (long) n * p + n;
        return 8L * dim * (2 * MEMORY + 6) + 8L * n * p * 4 + MemoryBudget.factorBytes(n, 2 * p, false);
    }

    /** N.B. optimised over factors up to 2p ≤ N, but kept in them only where they pay, rank 2p ≤ N/8 (else dense). */
    @Override
    public int weightRank(int n, int p) {
        return factoredFor(n, p) && 16L * p <= n ? 2 * p : n;
    }

    /** Whether a write of p patterns of N neurons optimises over the factors. */
    boolean factoredFor(int n, int p) {
        return mode == Mode.FACTORED || (mode == Mode.AUTO && 2L * p <= n);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Minimum probability flow (MPF)";
    }

    @Override
    public String formula() {
        return "minimise K(W, θ) = (1/p) Σ_μ Σ_i exp(−ξ_i^μ (Σ_{j≠i} W_ij ξ_j^μ − θ_i))\n"
                + "       = (1/p) Σ_μ Σ_{x' one flip from ξ^μ} exp((E(ξ^μ) − E(x'))/2)\n"
                + "over W = Wᵀ, w_ii = 0 (and θ), by L-BFGS from W = 0";
    }

    @Override
    public String formulaLatex() {
        return "\\text{minimise } K(W,\\theta) = \\frac{1}{p}\\sum_{\\mu}\\sum_{i} "
                + "\\exp\\left(-\\xi_i^{\\mu}\\left(\\sum_{j\\neq i} W_{ij}\\,\\xi_j^{\\mu} - \\theta_i\\right)\\right) "
                + "= \\frac{1}{p}\\sum_{\\mu}\\sum_{x' \\in \\partial\\xi^{\\mu}} "
                + "\\exp\\left(\\frac{E(\\xi^{\\mu}) - E(x')}{2}\\right),\\quad "
                + "\\partial\\xi^{\\mu} = \\text{states one flip from } \\xi^{\\mu},\\quad "
                + "\\text{over } W = W^{\\top},\\ w_{ii} = 0\\ (\\text{and } \\theta),\\quad \\text{by L-BFGS from } W = 0";
    }

    @Override
    public String description() {
        return "Shapes the energy around every stored pattern so that each of its one-flip neighbours lies "
                + "higher: the objective is convex and is minimised by L-BFGS. Stores far beyond Hebb's 0.138·N "
                + "(all of p = N random patterns become fixed points). W stays symmetric, so asynchronous recall "
                + "always settles; basins can be narrow, since only one-flip neighbours are trained.";
    }

    @Override
    public boolean writesSymmetric() {
        return true;
    }

    @Override
    public List<ProtocolParameter> parameters() {
        return List.of(MAX_ITERATIONS, GRADIENT_TOLERANCE, LEARN_THRESHOLDS);
    }

    @Override
    public Network write(WriteRequest request) {
        PatternSet set = request.patterns();
        int n = set.neurons();
        int p = set.count();
        int maxIter = request.intValue(MAX_ITERATIONS);
        double gtol = request.value(GRADIENT_TOLERANCE);
        boolean learnTheta = request.boolValue(LEARN_THRESHOLDS);
        if (factoredFor(n, p)) {
            return writeFactored(request, set, maxIter, gtol, learnTheta);
        }
        // L-BFGS keeps 2m + 6 vectors of N²/2 doubles (each the size of one float W) plus W and G in double
        MemoryBudget.requireWeights(n, 2 * 10 + 6 + 4 + 1);
        request.cancellation().check();

        double[] x = patternMatrix(set);
        try (MpfObjective objective = new MpfObjective(x, p, n, learnTheta, MatMul.forWork(2.0 * n * n * p))) {
            double[] start = new double[objective.dimension()];
            Lbfgs.Result result = minimise(request, objective, start, maxIter, gtol);
            return toNetwork(set, result.x(), learnTheta, ID);
        }
    }

    /**
     * MPF over the factors (A, θ), {@code W = ½(A Ξᵀ + Ξ Aᵀ) − diag(δ)}: the same problem as the dense one (see
     * {@link MpfFactoredObjective}), in O(N·p²) per evaluation and O(N·p·m) memory. The network is factored (rank 2p)
     * when 2p ≤ N/8, else W is formed densely from the factors.
     */
    private Network writeFactored(WriteRequest request, PatternSet set, int maxIter, double gtol, boolean learnTheta) {
        int n = set.neurons();
        int p = set.count();
        // L-BFGS: 2m + 6 vectors of the parameter dimension; objective: Ξ, three N×p scratch; result: U, V (N×2p)
        MemoryBudget.requireBytes(factoredBytes(n, p), "MPF at N = " + n + ", p = " + p);
        request.cancellation().check();
        Lbfgs.Result result;
        MpfFactoredObjective objective;
        try (MatMul mm = MatMul.forWork(2.0 * n * p * p)) {
            objective = new MpfFactoredObjective(MpfFactoredObjective.patternsByNeuron(set), n, p, learnTheta, mm);
            result = minimise(request, objective, new double[objective.dimension()], maxIter, gtol);
        }
        Network factored = Network.factored(set.rows(), set.cols(), objective.weights(result.x()),
                objective.thresholds(result.x()), true, ID);
        requireFinite(factored.thresholdsUnsafe(), ID, "θ");
        return factored.factors().pays() ? factored : factored.toDense();
    }

    private static Lbfgs.Result minimise(WriteRequest request, org.hopfieldstudio.protocol.optim.DifferentiableFunction f,
                                         double[] start, int maxIter, double gtol) {
        Lbfgs lbfgs = new Lbfgs(MEMORY, maxIter, gtol, RELATIVE_TOLERANCE);
        Lbfgs.Result result;
        try {
            result = lbfgs.minimize(f, start, (iter, k, gnorm) -> {
                request.progress().progress(iter, maxIter, k, String.format(Locale.ROOT,
                        "L-BFGS iteration %d, K = %.6g, |∇K|∞ = %.3g", iter, k, gnorm));
                request.cancellation().check();
            });
        } catch (NonFiniteException e) {
            throw new ProtocolException("MPF failed: " + e.getMessage(), e);
        }
        if (!Double.isFinite(result.value())) {
            throw new ProtocolException("MPF failed: the objective K became " + result.value()
                    + "; the patterns may be degenerate");
        }
        request.progress().progress(result.iterations(), maxIter, result.value(), String.format(Locale.ROOT,
                "MPF done after %d L-BFGS iterations (%s), K = %.6g", result.iterations(),
                result.termination().name().toLowerCase(Locale.ROOT), result.value()));
        return result;
    }

    /** p×N row-major ±1 doubles. */
    static double[] patternMatrix(PatternSet set) {
        float[] f = set.toRowMajorFloats();
        double[] x = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            x[k] = f[k];
        }
        return x;
    }

    /** Builds the network from (a, θ); throws ProtocolException on a non-finite or float-overflowing entry. */
    static Network toNetwork(PatternSet set, double[] params, boolean withTheta, String protocolId) {
        int n = set.neurons();
        float[] w = Symmetric.toNetworkWeights(params, 0, n);
        float[] theta = new float[n];
        if (withTheta) {
            int tri = Symmetric.size(n);
            for (int i = 0; i < n; i++) {
                theta[i] = (float) params[tri + i];
            }
        }
        requireFinite(w, protocolId, "W");
        requireFinite(theta, protocolId, "θ");
        return new Network(set.rows(), set.cols(), w, theta, true, protocolId);
    }

    static void requireFinite(float[] a, String protocolId, String what) {
        for (int k = 0; k < a.length; k++) {
            if (!Float.isFinite(a[k])) {
                throw new ProtocolException(protocolId + ": " + what + " has a non-finite entry (" + a[k]
                        + ") after training; the run diverged. Try fewer iterations or a smaller step.");
            }
        }
    }
}
