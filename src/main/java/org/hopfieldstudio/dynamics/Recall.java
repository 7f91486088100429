package org.hopfieldstudio.dynamics;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;

/**
 * One recall run of a network from an initial state: the engine behind the animated view, the CLI and
 * the analysis sweeps. Not thread-safe: drive it from one thread and publish {@link #snapshot()}s.
 *
 * <p>Rule (DESIGN §1): {@code h_i = Σ_j W_ij s_j − θ_i}; {@code s_i ← +1 if h_i > tol, −1 if h_i < −tol},
 * otherwise unchanged (a tie keeps the current state; {@code tol = }{@link Network#tieTolerance()}). At
 * temperature T > 0 the Glauber rule {@code P(s_i = +1) = 1/(1 + exp(−2h_i/T))} replaces it. Clamped
 * neurons never change.
 *
 * <p>Cost: the fields h are computed once, O(N²), then kept up to date: a flip of neuron j adds
 * {@code ±2 W[:, j]} to h, O(N) (column j is contiguous in {@link Network}'s storage); a step without a flip
 * is O(1). Overlaps with the stored patterns are updated in O(p) per flip; energy in O(1) per flip.
 *
 * <p>On a factored network ({@link Network#fieldsFromFactors()}, {@code W = c·U Vᵀ − diag(d)}, rank r) no field
 * array is kept: the run keeps {@code a = Vᵀ s} (r numbers), computes {@code h_i = c·u_i·a − d_i s_i − θ_i} in O(r)
 * when neuron i is visited and updates {@code a += δ v_j} in O(r) when neuron j flips (and {@code b = Uᵀ s} for the
 * energy of an asymmetric W). The decisions, random draws and tie rule are the same as on the dense path, so the
 * trajectory is the same up to the float rounding of the dense W.
 */
public final class Recall {
    private final Network net;
    /** Dense W, or null on the factored path. */
    private final float[] w;
    /** Factored path: the factors, a = Vᵀ s and (asymmetric W) b = Uᵀ s; else null. */
    private final org.hopfieldstudio.core.FactoredWeights f;
    private final double[] a;
    private final double[] b;
    private final float[] theta;
    private final int n;
    private final RecallConfig config;
    private final RandomGenerator rng;
    private final double tol;
    private final boolean[] clamp;

    private final byte[] s;
    /** Dense path: the fields, kept up to date; null on the factored path. */
    private final double[] h;

    /** Stored patterns neuron-major: xi[i * p + mu] = ξ_i^μ. */
    private final byte[] xi;
    private final int p;
    /** Σ_i ξ_i^μ s_i per pattern, kept exact in integers; the overlap is dot/N. */
    private final int[] dot;

    private final double energyBefore;
    private double energy;
    private long steps;
    private long flips;
    private long sweeps;
    /** Position inside the current asynchronous sweep. */
    private int cursor;
    private int[] order;
    private boolean flipInSweep;
    private boolean converged;
    private boolean twoCycle;
    /** Synchronous: the state before the last step, to detect 2-cycles. */
    private byte[] previous;
    private final Trace trace;

    /**
     * @param net     the network (not modified)
     * @param initial initial state, ±1, length N (not modified: copied)
     * @param stored  patterns whose overlaps to track, or null
     * @param config  update order, temperature, seed, clamp, cap
     * @param trace   where to record every step, or null for none
     */
    public Recall(Network net, byte[] initial, PatternSet stored, RecallConfig config, Trace trace) {
        this.net = net;
        this.n = net.size();
        if (initial.length != n) {
            throw new IllegalArgumentException("initial state has " + initial.length + " neurons; the network has N = " + n);
        }
        if (config.clamp() != null && config.clamp().length != n) {
            throw new IllegalArgumentException("clamp mask has " + config.clamp().length + " entries; N = " + n);
        }
        if (stored != null && stored.neurons() != n) {
            throw new IllegalArgumentException("stored patterns have N = " + stored.neurons() + "; the network has N = " + n);
        }
        for (byte b : initial) {
            if (b != 1 && b != -1) {
                throw new IllegalArgumentException("states must be +1 or -1");
            }
        }
        this.theta = net.thresholdsUnsafe();
        this.config = config;
        this.rng = Seeds.rng(config.seed());
        this.tol = net.tieTolerance();
        this.clamp = config.clamp() == null ? null : config.clamp().clone();
        this.s = initial.clone();
        if (net.fieldsFromFactors()) {
            this.w = null;
            this.h = null;
            this.f = net.factors();
            this.a = new double[f.rank()];
            f.projectV(s, a);
            if (net.isSymmetric()) {
                this.b = null;
            } else {
                this.b = new double[f.rank()];
                f.projectU(s, b);
            }
        } else {
            this.f = null;
            this.a = null;
            this.b = null;
            this.w = net.weightsUnsafe();
            this.h = new double[n];
            net.fields(s, h);
        }
        if (stored != null) {
            this.p = stored.count();
            this.xi = new byte[n * p];
            this.dot = new int[p];
            for (int mu = 0; mu < p; mu++) {
                int d = 0;
                for (int i = 0; i < n; i++) {
                    byte v = (byte) stored.get(mu).get(i);
                    xi[i * p + mu] = v;
                    d += v * s[i];
                }
                dot[mu] = d;
            }
        } else {
            this.p = 0;
            this.xi = new byte[0];
            this.dot = new int[0];
        }
        this.energy = computeEnergy();
        this.energyBefore = energy;
        this.trace = trace;
        if (trace != null) {
            trace.start(s, energy, overlapArray());
        }
    }

    public Recall(Network net, byte[] initial, PatternSet stored, RecallConfig config) {
        this(net, initial, stored, config, null);
    }

    private double computeEnergy() {
        // E = −½ sᵀ W s + θᵀ s, with h = W s − θ: E = −½ Σ s_i (h_i + θ_i) + Σ θ_i s_i.
        double e = 0;
        for (int i = 0; i < n; i++) {
            e += -0.5 * s[i] * (h(i) + theta[i]) + theta[i] * s[i];
        }
        return e;
    }

    /** Current field of neuron i: h[i] (dense), or {@code c·u_i·a − d_i s_i − θ_i} in O(r) (factored). */
    private double h(int i) {
        return h != null ? h[i] : f.rowDot(i, a) - f.diag(i) * s[i] - theta[i];
    }

    /** The decision for neuron i at the current fields: +1, −1, or 0 for "keep" (a tie). */
    private int decide(int i) {
        return decide(h(i));
    }

    private int decide(double hi) {
        if (config.temperature() > 0) {
            double pPlus = 1.0 / (1.0 + Math.exp(-2.0 * hi / config.temperature()));
            return rng.nextDouble() < pPlus ? 1 : -1;
        }
        if (hi > tol) {
            return 1;
        }
        if (hi < -tol) {
            return -1;
        }
        return 0;
    }

    private boolean clamped(int i) {
        return clamp != null && clamp[i];
    }

    /**
     * Sets neuron j to −s_j and updates fields, energy and overlaps incrementally: one contiguous pass over column
     * j of W, O(N), plus O(p) for the overlaps.
     *
     * <p>Energy: ΔE = −δ·½((W s)_j + (Wᵀ s)_j) − ½ W_jj δ² + θ_j δ with δ = −2 s_j. For a symmetric W the two
     * products agree and (W s)_j = h_j + θ_j. For an asymmetric W, (Wᵀ s)_j = Σ_i W_ij s_i is column j dotted with
     * the old state, computed in the same pass that adds δ·W[:, j] to the fields.
     */
    private void flip(int j) {
        if (f != null) {
            flipFactored(j);
            return;
        }
        int delta = -2 * s[j];
        int base = j * n;
        double wjj = w[base + j];
        double wsj = h[j] + theta[j];
        if (net.isSymmetric()) {
            for (int i = 0; i < n; i++) {
                h[i] += delta * w[base + i];
            }
            energy += -delta * wsj - 0.5 * wjj * delta * delta + theta[j] * delta;
        } else {
            double wts = 0;
            for (int i = 0; i < n; i++) {
                float wij = w[base + i];
                wts += wij * s[i];
                h[i] += delta * wij;
            }
            energy += -delta * 0.5 * (wsj + wts) - 0.5 * wjj * delta * delta + theta[j] * delta;
        }
        s[j] = (byte) -s[j];
        for (int mu = 0, k = j * p; mu < p; mu++, k++) {
            dot[mu] += delta * xi[k];
        }
        flips++;
    }

    /**
     * Factored flip of neuron j, O(r) (+ O(p) overlaps): {@code a += δ v_j} (and {@code b += δ u_j}). Energy as in
     * {@link #flip}: (W s)_j = c·u_j·a − d_j s_j, (Wᵀ s)_j = c·v_j·b − d_j s_j, W_jj = c·u_j·v_j − d_j, all before the flip.
     */
    private void flipFactored(int j) {
        int delta = -2 * s[j];
        double wjj = f.entry(j, j);
        double wsj = f.rowDot(j, a) - f.diag(j) * s[j];
        double wts = b == null ? wsj : f.columnDot(j, b) - f.diag(j) * s[j];
        energy += -delta * 0.5 * (wsj + wts) - 0.5 * wjj * delta * delta + theta[j] * delta;
        f.addV(j, delta, a);
        if (b != null) {
            f.addU(j, delta, b);
        }
        s[j] = (byte) -s[j];
        for (int mu = 0, k = j * p; mu < p; mu++, k++) {
            dot[mu] += delta * xi[k];
        }
        flips++;
    }

    private int nextNeuron() {
        switch (config.order()) {
            case RANDOM:
                return rng.nextInt(n);
            case SEQUENTIAL:
                return cursor;
            case RANDOM_SWEEP:
                if (cursor == 0) {
                    if (order == null) {
                        order = new int[n];
                        for (int i = 0; i < n; i++) {
                            order[i] = i;
                        }
                    }
                    for (int i = n - 1; i > 0; i--) {
                        int r = rng.nextInt(i + 1);
                        int t = order[i];
                        order[i] = order[r];
                        order[r] = t;
                    }
                }
                return order[cursor];
            default:
                throw new IllegalStateException("not asynchronous");
        }
    }

    /**
     * One update: a single neuron (asynchronous orders) or all neurons at once (synchronous). Does nothing
     * once converged or in a 2-cycle, except at T > 0 where there is no fixed point to stop at.
     */
    public Step step() {
        if (isFinished()) {
            return new Step(-1, Double.NaN, false, 0, energy);
        }
        if (config.order() == UpdateOrder.SYNCHRONOUS) {
            return synchronousStep();
        }
        int i = nextNeuron();
        double field = h(i);
        boolean flipped = false;
        if (!clamped(i)) {
            int d = decide(field);
            if (d != 0 && d != s[i]) {
                flip(i);
                flipped = true;
            }
        }
        steps++;
        flipInSweep |= flipped;
        if (trace != null) {
            trace.record(i, flipped, energy, overlapArray());
        }
        if (++cursor == n) {
            endOfSweep();
        }
        return new Step(i, field, flipped, flipped ? 1 : 0, energy);
    }

    private void endOfSweep() {
        cursor = 0;
        sweeps++;
        if (config.temperature() == 0) {
            // N.B. "a sweep without a flip" is exact for ordered sweeps; the random order may skip neurons
            // within N draws, so convergence is decided by checking every neuron's field, which is O(N).
            converged = config.order() == UpdateOrder.RANDOM ? isFixedPoint() : !flipInSweep;
        }
        flipInSweep = false;
    }

    private Step synchronousStep() {
        byte[] next = new byte[n];
        int changed = 0;
        for (int i = 0; i < n; i++) {
            int d = clamped(i) ? 0 : decide(i);
            next[i] = d == 0 ? s[i] : (byte) d;
            if (next[i] != s[i]) {
                changed++;
            }
        }
        byte[] before = s.clone();
        if (changed > 0) {
            for (int j = 0; j < n; j++) {
                if (next[j] != s[j]) {
                    flip(j);
                }
            }
        }
        steps += n;
        sweeps++;
        if (trace != null) {
            trace.recordSynchronous(before, s, energy, overlapArray());
        }
        if (config.temperature() == 0) {
            if (changed == 0) {
                converged = true;
            } else if (previous != null && Arrays.equals(previous, s)) {
                twoCycle = true;
            }
        }
        previous = before;
        return new Step(-1, Double.NaN, changed > 0, changed, energy);
    }

    /** True when no unclamped neuron would change under the T = 0 rule. O(N) (O(N·r) factored). */
    public boolean isFixedPoint() {
        for (int i = 0; i < n; i++) {
            if (clamped(i)) {
                continue;
            }
            double hi = h(i);
            if ((hi > tol && s[i] < 0) || (hi < -tol && s[i] > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Completes the current sweep (asynchronous: the remaining neurons of it; synchronous: one step). */
    public void sweep() {
        if (config.order() == UpdateOrder.SYNCHRONOUS) {
            step();
            return;
        }
        long target = sweeps + 1;
        while (sweeps < target && !isFinished()) {
            step();
        }
    }

    /** Runs until a fixed point, a 2-cycle, or the sweep cap, and reports the outcome. */
    public RecallResult run() {
        while (!isFinished() && sweeps < config.maxSweeps()) {
            sweep();
        }
        return result();
    }

    /** True at a fixed point or in a 2-cycle (T = 0); never at T > 0. */
    public boolean isFinished() {
        return converged || twoCycle;
    }

    public boolean hasReachedSweepCap() {
        return sweeps >= config.maxSweeps();
    }

    public RecallResult result() {
        return new RecallResult(s.clone(), steps, sweeps, flips, energyBefore, energy, converged, twoCycle,
                overlapArray());
    }

    /** A consistent copy of what a view needs to draw one frame. */
    public Snapshot snapshot() {
        return new Snapshot(s.clone(), energy, overlapArray(), steps, sweeps, flips, converged, twoCycle);
    }

    /** A copy of the current state. */
    public byte[] state() {
        return s.clone();
    }

    /** Copies the current state into {@code out} (modified). */
    public void copyState(byte[] out) {
        System.arraycopy(s, 0, out, 0, n);
    }

    public int state(int i) {
        return s[i];
    }

    /** Current local field of neuron i (kept up to date incrementally). */
    public double field(int i) {
        return h(i);
    }

    public double energy() {
        return energy;
    }

    public double energyBefore() {
        return energyBefore;
    }

    /** Current overlaps m^μ = (1/N) Σ_i ξ_i^μ s_i with the stored patterns (exact: 1.0 when s = ξ^μ). */
    public double[] overlaps() {
        return overlapArray();
    }

    /** Overlap with stored pattern μ. */
    public double overlap(int mu) {
        return (double) dot[mu] / n;
    }

    private double[] overlapArray() {
        double[] m = new double[p];
        for (int mu = 0; mu < p; mu++) {
            m[mu] = (double) dot[mu] / n;
        }
        return m;
    }

    public long steps() {
        return steps;
    }

    public long sweeps() {
        return sweeps;
    }

    public long flips() {
        return flips;
    }

    public boolean isConverged() {
        return converged;
    }

    public boolean isTwoCycle() {
        return twoCycle;
    }

    public Network network() {
        return net;
    }

    public RecallConfig config() {
        return config;
    }

    /**
     * What a view draws for one frame, pulled once per frame from the worker that runs the recall.
     */
    public record Snapshot(byte[] state, double energy, double[] overlaps, long steps, long sweeps, long flips,
                           boolean converged, boolean twoCycle) {
    }
}
