package org.hopfieldstudio.protocol;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.optim.Adam;

/**
 * Writing by training a recurrent network (after Bao, Zhang, Mao &amp; Huai, PRICAI 2019; no public code
 * exists, this is our reconstruction from the definitions, DESIGN §2).
 *
 * <p>The sign dynamics are relaxed to {@code s^t = tanh(β W s^{t−1})}, unrolled L steps from a noisy probe
 * {@code s⁰}, and W (symmetric, zero diagonal) is trained with Adam to minimise
 * {@code D(W) = mean_{m,k} ‖ξ^m − s^L(p^{m,k})‖²} over K probes per message, starting from the Hebb W
 * (W = 0 is a saddle). Gradient by back-propagation through time ({@link TrnLoss}).
 *
 * <p>Probes: probe k of message m flips exactly d distinct bits of ξ^m, d drawn uniformly from the integers
 * {@code round(minNoise·N) … round(maxNoise·N)} (with the default 0–20 % that includes clean probes). The
 * probes are redrawn every {@code resample} iterations (default every iteration), so W is trained on fresh
 * noise rather than fitted to one fixed sample. All randomness comes from the request's seed.
 *
 * <p>After training, recall uses the ordinary sign dynamics with this W and θ = 0.
 *
 * <p>Defaults (L = 1, K = 20, 0–20 % noise, β = 1, η = 0.01, 1500 iterations) were measured at N = 100,
 * p = 20: asynchronous recall from exactly 20 flipped bits succeeds in 97–98 % of probes (Hebb: 5–7 %).
 * Deeper unrolling does not help there: L = 2 gives 98 %, L = 3 gives 95–97 %, at 2–3× the cost per
 * iteration (L = 1 also uses the cheaper structured first step of {@link TrnLoss}).
 */
public final class Trn implements WritingProtocol {
    public static final String ID = "trn";

    static final ProtocolParameter STEPS = ProtocolParameter.integer("steps", "Unrolled steps L",
            "number of tanh steps the training unrolls (1 is a sound default)", 1, 1, 20);
    static final ProtocolParameter PROBES = ProtocolParameter.integer("probes", "Probes per message K",
            "noisy copies of each message per training batch", 20, 1, 10_000);
    static final ProtocolParameter MIN_NOISE = ProtocolParameter.real("minNoise", "Min. noise",
            "smallest fraction of flipped bits in a probe", 0.0, 0, 1);
    static final ProtocolParameter MAX_NOISE = ProtocolParameter.real("maxNoise", "Max. noise",
            "largest fraction of flipped bits in a probe", 0.2, 0, 1);
    static final ProtocolParameter BETA = ProtocolParameter.real("beta", "Gain β", "slope of tanh(β·h)",
            1.0, 1e-3, 1e3);
    static final ProtocolParameter LEARNING_RATE = ProtocolParameter.real("lr", "Learning rate η",
            "Adam step size", 0.01, 1e-9, 1e6);
    static final ProtocolParameter ITERATIONS = ProtocolParameter.integer("iterations", "Iterations",
            "Adam steps", 1500, 1, 10_000_000);
    static final ProtocolParameter RESAMPLE = ProtocolParameter.integer("resample", "Resample every",
            "draw fresh probes every this many iterations", 1, 1, 10_000_000);

    /**
     * The run counts as diverged when the mean loss of the last 20 iterations exceeds this multiple of the
     * loss of the Hebb start. N.B. tanh bounds the loss, so a far too large step does not give NaN: it blows
     * W up until every tanh saturates, the gradient vanishes and the loss sticks above where it began.
     */
    static final double DIVERGENCE_FACTOR = 1.25;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Trained recurrent network (TRN)";
    }

    @Override
    public String formula() {
        return "minimise D(W) = mean_{m,k} ‖ξ^m − s^L(p^{m,k})‖²,  s⁰ = p^{m,k},  s^t = tanh(β W s^{t−1})\n"
                + "over W = Wᵀ, w_ii = 0, by Adam from the Hebb W, gradient by back-propagation through time";
    }

    @Override
    public String formulaLatex() {
        return "\\text{minimise } D(W) = \\mathrm{mean}_{m,k}\\, \\left\\| \\xi^{m} - s^{L}(p^{m,k}) \\right\\|^{2},\\quad "
                + "s^{0} = p^{m,k},\\quad s^{t} = \\tanh\\left(\\beta\\, W s^{t-1}\\right),\\quad "
                + "\\text{over } W = W^{\\top},\\ w_{ii} = 0,\\quad \\text{by Adam from the Hebb } W,\\quad "
                + "\\text{gradient by back-propagation through time}";
    }

    @Override
    public String description() {
        return "Treats recall as a recurrent network and trains W so that noisy copies of each message "
                + "(up to 20 % flipped bits by default) relax back to it. Wide basins of attraction: recovers "
                + "from noise levels where Hebb fails. W is symmetric, so recall settles; training costs "
                + "N²·p·K·L per step, so it is slow for large grids (progress is shown; cancel at any time).";
    }

    @Override
    public boolean writesSymmetric() {
        return true;
    }

    @Override
    public List<ProtocolParameter> parameters() {
        return List.of(STEPS, PROBES, MIN_NOISE, MAX_NOISE, BETA, LEARNING_RATE, ITERATIONS, RESAMPLE);
    }

    @Override
    public Network write(WriteRequest request) {
        return write(request, null);
    }

    @Override
    public long bytesToWrite(int n, int p) {
        return cost(n, p, (int) PROBES.defaultValue(), (int) STEPS.defaultValue(), 1).heapBytes();
    }

    /** Effective operation rate the time estimate assumes (3·10⁹/s: N = 10⁴, p = 26 took ~3 s per iteration). */
    static final double OPS_PER_SECOND = 3e9;

    /**
     * What a TRN run needs: Java heap (parameters, gradient and Adam's two moments, N²/2 doubles each; W and ∂D/∂W,
     * N² doubles each; the Hebb start, N² doubles, while it lasts; the float W; the batch states), native memory for
     * the BLAS buffers (two N×N doubles), and an estimated time from the operation count per iteration
     * (4·p·N² for L = 1, 6·B·N²·L otherwise, plus ~6·N² for Adam and packing) at {@link #OPS_PER_SECOND}.
     */
    public record Cost(long heapBytes, long nativeBytes, double secondsPerIteration, int iterations) {
        public double seconds() {
            return secondsPerIteration * iterations;
        }

        public String describe() {
            return MemoryBudget.human(heapBytes) + " of Java heap (+ " + MemoryBudget.human(nativeBytes)
                    + " native) and about " + duration(seconds()) + " (" + duration(secondsPerIteration) + " per iteration × "
                    + iterations + " iterations, estimated)";
        }

        static String duration(double s) {
            if (s < 1) {
                return String.format(java.util.Locale.ROOT, "%.0f ms", s * 1000);
            }
            if (s < 120) {
                return String.format(java.util.Locale.ROOT, "%.1f s", s);
            }
            if (s < 7200) {
                return String.format(java.util.Locale.ROOT, "%.0f min", s / 60);
            }
            return String.format(java.util.Locale.ROOT, "%.1f h", s / 3600);
        }
    }

    /** The cost of a run at N neurons, p messages, K probes, L steps, for {@code iterations} iterations. */
    public static Cost cost(int n, int p, int k, int steps, int iterations) {
        double nn = (double) n * n;
        long batch = (long) p * k;
        long heap = (long) (8 * (4 * nn / 2 + 2 * nn + nn) + 4 * nn) + 8L * batch * n * (steps + 3) + 16L * p * n;
        long nat = (long) (16 * nn);
        double ops = (steps == 1 ? 4.0 * p * nn : 6.0 * batch * nn * steps) + 6 * nn;
        return new Cost(heap, nat, ops / OPS_PER_SECOND, iterations);
    }

    /** As {@link #write(WriteRequest)}, with the matrix product forced (tests run both implementations). */
    Network write(WriteRequest request, MatMul forced) {
        PatternSet set = request.patterns();
        int n = set.neurons();
        int p = set.count();
        int steps = request.intValue(STEPS);
        int k = request.intValue(PROBES);
        double minNoise = request.value(MIN_NOISE);
        double maxNoise = request.value(MAX_NOISE);
        double beta = request.value(BETA);
        double lr = request.value(LEARNING_RATE);
        int iterations = request.intValue(ITERATIONS);
        int resample = request.intValue(RESAMPLE);
        if (minNoise > maxNoise) {
            throw new ProtocolException("TRN: min. noise (" + minNoise + ") is larger than max. noise ("
                    + maxNoise + ")");
        }
        long batch = (long) p * k;
        if (batch * n * (steps + 3) > Integer.MAX_VALUE / 2) {
            throw new ProtocolException("TRN: p·K·N·L = " + batch * n * steps + " is too large; use fewer probes K");
        }
        // N.B. TRN stays dense (its probes span all of ℝᴺ): say what it needs before starting, refuse early if it does not fit
        Cost cost = cost(n, p, k, steps, iterations);
        if (n > MemoryBudget.MAX_NEURONS || cost.heapBytes() > MemoryBudget.freeBytesFor(cost.heapBytes())) {
            throw new org.hopfieldstudio.core.InsufficientMemoryException("TRN at N = " + n + " stays dense: it needs "
                    + cost.describe() + ", but only " + MemoryBudget.human(MemoryBudget.freeBytes())
                    + " of the Java heap is free. Use a smaller grid, another protocol (Hebb, pseudo-inverse, "
                    + "Storkey, MPF and Krauth–Mézard keep W in factored form, O(N·p)), or start Java with a larger "
                    + "heap, e.g. -Xmx" + Math.max(1, (long) Math.ceil(cost.heapBytes() * 1.5 / (1L << 30))) + "g.");
        }
        request.progress().progress(0, iterations, Double.NaN, "TRN: needs " + cost.describe());
        request.cancellation().check();

        int b = (int) batch;
        double[] x = Mpf.patternMatrix(set);
        // L = 1 needs only p×N×N products (see TrnLoss); deeper unrolling needs B×N×N ones
        MatMul mm = forced != null ? forced : MatMul.forWork(2.0 * (steps == 1 ? p : b) * n * n);
        // N.B. the BLAS product keeps native buffers: freed when training ends, however it ends
        try {
            TrnLoss loss = new TrnLoss(x, p, n, b, steps, beta, mm);
            int[] message = new int[b];
            for (int r = 0; r < b; r++) {
                message[r] = r / k;
            }
            int[] flipStart = new int[b + 1];
            double[] a = HebbInit.upperTriangle(x, p, n);
            double[] grad = new double[a.length];
            Adam adam = new Adam(a.length, lr);
            RandomGenerator rng = Seeds.rng(request.seed());
            int[] perm = new int[n];
            int dMin = (int) Math.round(minNoise * n);
            int dMax = (int) Math.round(maxNoise * n);
            int[] flips = new int[b * dMax];

            double first = Double.NaN;
            double recent = 0;
            int window = Math.min(20, iterations);
            double d = Double.NaN;
            for (int it = 0; it < iterations; it++) {
                request.cancellation().check();
                if (it % resample == 0) {
                    drawFlips(b, n, dMin, dMax, rng, perm, flipStart, flips);
                    loss.setProbes(message, flipStart, flips);
                }
                d = loss.valueAndGradient(a, grad);
                if (!Double.isFinite(d)) {
                    throw new ProtocolException(String.format(Locale.ROOT, "TRN diverged at iteration %d: the loss "
                            + "became %s. %s", it + 1, d, lowerRate(lr, beta)));
                }
                if (it == 0) {
                    first = d;
                }
                if (it >= iterations - window) {
                    recent += d / window;
                }
                adam.stepi(a, grad);
                request.progress().progress(it + 1, iterations, d, String.format(Locale.ROOT,
                        "TRN iteration %d/%d, loss D = %.5g", it + 1, iterations, d));
            }
            if (!(recent <= DIVERGENCE_FACTOR * first + 1e-12) || !allFinite(a)) {
                throw new ProtocolException(String.format(Locale.ROOT, "TRN diverged: the loss rose from %.4g (Hebb "
                        + "start) to %.4g and the tanh units saturated. %s", first, recent, lowerRate(lr, beta)));
            }
            return Mpf.toNetwork(set, a, false, ID);
        } finally {
            mm.close();
        }
    }

    /** "Lower the learning rate η (now 20000; try 2000 or less) or the gain β (now 1)." (issue 7: say the way out) */
    static String lowerRate(double lr, double beta) {
        return "Lower the learning rate η (now " + plain(lr) + "; try " + plain(Math.min(lr / 10, LEARNING_RATE.defaultValue()
                * 10)) + " or less; the default is " + plain(LEARNING_RATE.defaultValue()) + ") or the gain β (now "
                + plain(beta) + ").";
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }

    /**
     * Draws the flipped bits of B probes: probe r flips exactly d distinct bits, d uniform in [dMin, dMax],
     * chosen by a partial Fisher–Yates shuffle of {@code perm} (scratch, length N).
     *
     * @param flipStart modified: probe r's bits are {@code flips[flipStart[r] … flipStart[r+1]−1]}
     * @param flips     modified; length at least B·dMax
     */
    static void drawFlips(int b, int n, int dMin, int dMax, RandomGenerator rng, int[] perm, int[] flipStart,
                          int[] flips) {
        int q = 0;
        for (int r = 0; r < b; r++) {
            flipStart[r] = q;
            int d = dMin + rng.nextInt(dMax - dMin + 1);
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int t = 0; t < d; t++) {
                int j = t + rng.nextInt(n - t);
                int tmp = perm[t];
                perm[t] = perm[j];
                perm[j] = tmp;
                flips[q++] = perm[t];
            }
        }
        flipStart[b] = q;
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
