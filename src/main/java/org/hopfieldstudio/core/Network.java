package org.hopfieldstudio.core;

import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A Hopfield network: weights W (N×N) and thresholds θ (N), on a {@code rows × cols} grid.
 *
 * <p>Local field {@code h_i = Σ_j W_ij s_j − θ_i}; energy {@code E(s) = −½ sᵀ W s + θᵀ s} (DESIGN §1).
 *
 * <p>N.B. W is stored column-major, {@code w[j·N + i] = W_ij}, so that column j, which a flip of neuron j
 * adds to every field ({@code h += 2 s_j W[:, j]}), is contiguous. For symmetric W rows and columns agree.
 *
 * <p>W is held in one of two forms behind the same API (issue 13):
 * <ul>
 *   <li><b>dense</b>: the N×N float array above;</li>
 *   <li><b>factored</b> ({@link #isFactored()}): {@link FactoredWeights}, {@code W = c·U Vᵀ − diag(d)} with U, V
 *       N×r, N·(2r+1) numbers. Every protocol but TRN writes this form when r ≤ N/8 ({@link #fromFactors}).
 *       Fields cost O(N·r), one entry O(r), a row O(N·r); recall keeps {@code a = Vᵀ s} and costs O(r) per visited
 *       neuron and per flip. The dense W is computed on demand ({@link #weightsUnsafe()}, {@link #toDense()})
 *       where it fits.</li>
 * </ul>
 * A dense network may also carry an exact factor ({@link #withLowRank}), used for its O(N·r) fields.
 *
 * <p>The arrays are owned by the network and never exposed for writing: {@link #weightsUnsafe()} is for
 * read-only hot loops in the engine.
 */
public final class Network {
    private final int rows;
    private final int cols;
    private final int n;
    /** Dense column-major W, or null for a factored network. */
    private final float[] w;
    private final float[] theta;
    private final boolean symmetric;
    private final String protocol;
    private final LowRank lowRank;
    /** The exact factored W, or null (dense without a known factor). */
    private final FactoredWeights factors;
    /** Factored only: the dense W computed on demand, kept while the heap allows. */
    private volatile java.lang.ref.SoftReference<float[]> denseCache;
    private volatile double maxAbsWeight = Double.NaN;

    /**
     * @param w         column-major N×N weights; ownership passes to the network (not copied)
     * @param theta     thresholds, length N; ownership passes to the network
     * @param symmetric whether W = Wᵀ with zero diagonal, i.e. whether energy is a Lyapunov function
     * @param protocol  id of the writing protocol that made W (for display)
     * @throws IllegalArgumentException on mismatched sizes or a non-finite entry
     */
    public Network(int rows, int cols, float[] w, float[] theta, boolean symmetric, String protocol) {
        this(rows, cols, w, theta, symmetric, protocol, null);
    }

    private Network(int rows, int cols, float[] w, float[] theta, boolean symmetric, String protocol,
                    LowRank lowRank) {
        this(rows, cols, Objects.requireNonNull(w, "w"), theta, symmetric, protocol, lowRank,
                lowRank == null ? null : FactoredWeights.of(lowRank));
    }

    private Network(int rows, int cols, float[] w, float[] theta, boolean symmetric, String protocol,
                    LowRank lowRank, FactoredWeights factors) {
        this.lowRank = lowRank;
        this.factors = factors;
        this.rows = rows;
        this.cols = cols;
        if (rows < 1 || cols < 1 || (long) rows * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid " + rows + "×" + cols + " is not a valid network size");
        }
        this.n = rows * cols;
        this.w = w;
        this.theta = Objects.requireNonNull(theta, "theta");
        this.symmetric = symmetric;
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        if (w == null) {
            if (factors == null || factors.neurons() != n) {
                throw new IllegalArgumentException("a factored network needs factors of N = " + n);
            }
        } else if ((long) n * n != w.length) {
            throw new IllegalArgumentException("W has " + w.length + " entries; a " + rows + "×" + cols
                    + " grid needs " + ((long) n * n));
        }
        if (theta.length != n) {
            throw new IllegalArgumentException("θ has " + theta.length + " entries; N = " + n);
        }
        for (float t : theta) {
            if (!Float.isFinite(t)) {
                throw new IllegalArgumentException("θ contains a non-finite value");
            }
        }
    }

    /**
     * This network with a known exact factorisation of its W, used to compute fields in O(N·r). The factor
     * is checked against W at a few hundred entries (deterministically chosen), so a wrong factor is
     * refused rather than silently giving wrong fields.
     *
     * @throws IllegalArgumentException when the factor does not reproduce W
     */
    public Network withLowRank(LowRank factor) {
        if (factor.neurons() != n) {
            throw new IllegalArgumentException("low-rank factor has N = " + factor.neurons() + ", network N = " + n);
        }
        java.util.SplittableRandom pick = new java.util.SplittableRandom(n);
        double scaleOfW = Math.max(factor.entryBound(), Float.MIN_NORMAL);
        int checks = Math.min(256, n * n);
        for (int c = 0; c < checks; c++) {
            int i = c < n ? c : pick.nextInt(n);
            int j = c < n ? c : pick.nextInt(n);
            double expected = factor.entry(i, j);
            if (Math.abs(expected - w[j * n + i]) > 1e-5 * scaleOfW + 1e-6 * Math.abs(expected)) {
                throw new IllegalArgumentException("low-rank factor gives W[" + i + "," + j + "] = " + expected
                        + " but W holds " + w[j * n + i]);
            }
        }
        return new Network(rows, cols, w, theta, symmetric, protocol, factor);
    }

    /** The exact low-rank form of W given to {@link #withLowRank}, or null. See {@link #factors()} for any factored form. */
    public LowRank lowRank() {
        return lowRank;
    }

    /**
     * A factored network {@code W = c·U Vᵀ − diag(d)} that holds no dense W.
     *
     * @param symmetric whether W = Wᵀ (the caller's claim, as for the dense constructor: energy is then a Lyapunov
     *                  function; a protocol's factors are symmetric by construction, e.g. U = V)
     * @param theta     thresholds, length N; ownership passes
     */
    public static Network factored(int rows, int cols, FactoredWeights factors, float[] theta, boolean symmetric,
                                   String protocol) {
        Objects.requireNonNull(factors, "factors");
        return new Network(rows, cols, null, theta, symmetric, protocol, null, factors);
    }

    /**
     * The network of an exactly factored W in the form that pays: factored when r ≤ N/8
     * ({@link FactoredWeights#pays()}), else dense (computed from the factors in O(N²·r), after a memory check).
     *
     * @throws InsufficientMemoryException when the dense form is needed and does not fit
     */
    public static Network fromFactors(int rows, int cols, FactoredWeights factors, float[] theta, boolean symmetric,
                                      String protocol) {
        Network f = factored(rows, cols, factors, theta, symmetric, protocol);
        return factors.pays() ? f : f.toDense();
    }

    /** A network with all weights and thresholds zero (nothing stored yet): factored of rank 0, O(N) memory. */
    public static Network empty(int rows, int cols) {
        int n = rows * cols;
        if (n < 1) {
            throw new IllegalArgumentException("N must be at least 1, got " + n);
        }
        return factored(rows, cols, FactoredWeights.zero(n), new float[n], true, "none");
    }

    /** Whether W is held only in factored form (no dense N×N array). */
    public boolean isFactored() {
        return w == null;
    }

    /** The exact factored W (factored networks, and dense ones with a {@link #withLowRank} factor), or null. */
    public FactoredWeights factors() {
        return factors;
    }

    /**
     * Whether fields should be computed from {@link #factors()}: always for a factored network, and for a dense one
     * with a factor when r ≤ N/8.
     */
    public boolean fieldsFromFactors() {
        return factors != null && (w == null || factors.pays());
    }

    /**
     * Bytes of the arrays this network really holds, each counted once: the dense W (4·N²), the float arrays of a
     * {@link #withLowRank} factor (U and d), the double factors (U and V once if shared, d) and θ. N.B. a dense
     * network with a low-rank factor holds the factor twice, as floats ({@link #lowRank()}) and as the exact double
     * copy its O(N·r) fields use ({@link #factors()}); both are counted, the dense cache of a factored network
     * (softly held, freed under memory pressure) is not.
     */
    public long bytes() {
        long total = 4L * n;
        if (w != null) {
            total += 4L * w.length;
        }
        if (lowRank != null) {
            total += 4L * lowRank.u().length + 4L * lowRank.diag().length;
        }
        if (factors != null) {
            total += factors.bytes();
        }
        return total;
    }

    /**
     * This network with a dense W: itself when it is dense, else a new dense network computed from the factors
     * (each entry in double, rounded once to float; O(N²·r)), without the factors, so that it runs the dense paths.
     *
     * @throws InsufficientMemoryException when N×N floats do not fit the heap
     */
    public Network toDense() {
        if (w != null) {
            return lowRank == null ? this : new Network(rows, cols, w, theta, symmetric, protocol, null, null);
        }
        return new Network(rows, cols, weightsUnsafe(), theta, symmetric, protocol, null, null);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Number of neurons N. */
    public int size() {
        return n;
    }

    public boolean isSymmetric() {
        return symmetric;
    }

    public String protocol() {
        return protocol;
    }

    /** W_ij (O(r) for a factored network, rounded to float like the dense entries). */
    public float weight(int i, int j) {
        if (w != null) {
            return w[j * n + i];
        }
        // N.B. symmetric: always (min, max), so that W_ij and W_ji are the same float, as in the dense form
        return symmetric && i > j ? (float) factors.entry(j, i) : (float) factors.entry(i, j);
    }

    /** θ_i. */
    public float threshold(int i) {
        return theta[i];
    }

    /**
     * Column-major weights, read-only by contract (see class javadoc). For a factored network the dense W is
     * computed on demand (O(N²·r), N² floats) and kept in a soft cache; prefer {@link #weight}, {@link #row},
     * {@link #fields} and {@link #factors()}, which never need it.
     *
     * @throws InsufficientMemoryException when a factored network's dense W does not fit the heap
     */
    public float[] weightsUnsafe() {
        if (w != null) {
            return w;
        }
        java.lang.ref.SoftReference<float[]> ref = denseCache;
        float[] d = ref == null ? null : ref.get();
        if (d == null) {
            MemoryBudget.requireWeights(n);
            d = factors.toDense(symmetric, () -> false);
            denseCache = new java.lang.ref.SoftReference<>(d);
        }
        return d;
    }

    /** Thresholds, read-only by contract. */
    public float[] thresholdsUnsafe() {
        return theta;
    }

    /** A copy of row i of W (the receptive field of neuron i: the weights into it). */
    public float[] row(int i) {
        if (w == null) {
            return factors.row(i, symmetric);
        }
        float[] r = new float[n];
        for (int j = 0; j < n; j++) {
            r[j] = w[j * n + i];
        }
        return r;
    }

    /** max_ij |W_ij|, computed once (a scan of N² entries; O(N²·r) when factored) and cached. */
    public double maxAbsWeight() {
        double m = maxAbsWeight;
        if (Double.isNaN(m) && w == null) {
            m = (float) factors.maxAbsEntry(() -> false);
            maxAbsWeight = m;
        }
        if (Double.isNaN(m)) {
            int chunks = Math.max(1, Math.min(64, n));
            m = IntStream.range(0, chunks).parallel().mapToDouble(c -> {
                long from = (long) w.length * c / chunks;
                long to = (long) w.length * (c + 1) / chunks;
                float best = 0f;
                for (int k = (int) from; k < to; k++) {
                    best = Math.max(best, Math.abs(w[k]));
                }
                return best;
            }).max().orElse(0.0);
            maxAbsWeight = m;
        }
        return m;
    }

    /**
     * Fields smaller than this in magnitude count as ties ("a tie keeps the current state").
     *
     * <p>N.B. DESIGN §1 asks for 1e−9·max|W|, which assumes W in double. W is stored in float (400 MB rather
     * than 800 MB at N = 10⁴), and rounding each entry to float leaves a residue of up to N·2⁻²⁴·max|W| on a
     * field that is exactly zero in exact arithmetic (Hebb ties on small grids are common), so the tolerance
     * is the larger of the two.
     */
    public double tieTolerance() {
        // N.B. with a factor, its entry bound (≥ max|W|, equal to it for Hebb) avoids a 400 MB (or O(N²·r)) scan.
        double scale = factors != null ? factors.entryBound() : maxAbsWeight();
        return scale * Math.max(1e-9, n * 0x1p-24);
    }

    /**
     * Fills {@code h} (modified, length N) with {@code h_i = Σ_j W_ij s_j − θ_i}. O(N²), column by column,
     * accumulated in double; for large N the rows are split across cores. With a {@link LowRank} factor
     * of rank r ≪ N it costs O(N·r) instead.
     *
     * @param s state, ±1, length N (not modified)
     */
    public void fields(byte[] s, double[] h) {
        checkState(s);
        if (h.length != n) {
            throw new IllegalArgumentException("field array has " + h.length + " entries; N = " + n);
        }
        if (fieldsFromFactors()) {
            factors.fields(s, theta, h);
            return;
        }
        int blocks = n >= 2048 ? Math.min(Runtime.getRuntime().availableProcessors() * 4, 64) : 1;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = (int) ((long) n * b / blocks);
            int to = (int) ((long) n * (b + 1) / blocks);
            for (int i = from; i < to; i++) {
                h[i] = -theta[i];
            }
            for (int j = 0; j < n; j++) {
                int base = j * n;
                if (s[j] > 0) {
                    for (int i = from; i < to; i++) {
                        h[i] += w[base + i];
                    }
                } else {
                    for (int i = from; i < to; i++) {
                        h[i] -= w[base + i];
                    }
                }
            }
        });
    }

    /** Local field of one neuron, O(N) (O(N·r) when factored). */
    public double field(int i, byte[] s) {
        checkState(s);
        if (w == null) {
            double[] a = new double[factors.rank()];
            factors.projectV(s, a);
            return factors.rowDot(i, a) - factors.diag(i) * s[i] - theta[i];
        }
        double h = -theta[i];
        for (int j = 0; j < n; j++) {
            h += w[j * n + i] * s[j];
        }
        return h;
    }

    /** {@code E(s) = −½ sᵀ W s + θᵀ s}, O(N²). */
    public double energy(byte[] s) {
        double[] h = new double[n];
        fields(s, h);
        return energyFromFields(s, h);
    }

    /** Energy from already computed fields h = W s − θ: {@code E = −½ sᵀ h + ½ θᵀ s}, O(N). */
    public double energyFromFields(byte[] s, double[] h) {
        double e = 0;
        for (int i = 0; i < n; i++) {
            e += -0.5 * s[i] * h[i] + 0.5 * theta[i] * s[i];
        }
        return e;
    }

    private void checkState(byte[] s) {
        if (s.length != n) {
            throw new IllegalArgumentException("state has " + s.length + " neurons; the network has N = " + n);
        }
    }

    @Override
    public String toString() {
        return "Network[" + protocol + ", " + rows + "×" + cols + ", N=" + n + (symmetric ? "" : ", asymmetric")
                + (w == null ? ", factored r=" + factors.rank() : "") + "]";
    }
}
