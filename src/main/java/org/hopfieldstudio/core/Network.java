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
 * <p>The arrays are owned by the network and never exposed for writing: {@link #weightsUnsafe()} is for
 * read-only hot loops in the engine.
 */
public final class Network {
    private final int rows;
    private final int cols;
    private final int n;
    private final float[] w;
    private final float[] theta;
    private final boolean symmetric;
    private final String protocol;
    private final LowRank lowRank;
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
        this.lowRank = lowRank;
        this.rows = rows;
        this.cols = cols;
        this.n = rows * cols;
        this.w = Objects.requireNonNull(w, "w");
        this.theta = Objects.requireNonNull(theta, "theta");
        this.symmetric = symmetric;
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        if ((long) n * n != w.length) {
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

    /** The exact low-rank form of W, or null when none is known. */
    public LowRank lowRank() {
        return lowRank;
    }

    /** A network with all weights and thresholds zero (nothing stored yet). */
    public static Network empty(int rows, int cols) {
        int n = rows * cols;
        MemoryBudget.requireWeights(n);
        return new Network(rows, cols, new float[n * n], new float[n], true, "none");
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

    /** W_ij. */
    public float weight(int i, int j) {
        return w[j * n + i];
    }

    /** θ_i. */
    public float threshold(int i) {
        return theta[i];
    }

    /** Column-major weights, read-only by contract (see class javadoc). */
    public float[] weightsUnsafe() {
        return w;
    }

    /** Thresholds, read-only by contract. */
    public float[] thresholdsUnsafe() {
        return theta;
    }

    /** A copy of row i of W (the receptive field of neuron i: the weights into it). */
    public float[] row(int i) {
        float[] r = new float[n];
        for (int j = 0; j < n; j++) {
            r[j] = w[j * n + i];
        }
        return r;
    }

    /** max_ij |W_ij|, computed once (a scan of N² entries) and cached. */
    public double maxAbsWeight() {
        double m = maxAbsWeight;
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
        // N.B. with a low-rank factor, its entry bound (≥ max|W|, equal to it for Hebb) avoids a 400 MB scan.
        double scale = lowRank != null ? lowRank.entryBound() : maxAbsWeight();
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
        if (lowRank != null && lowRank.rank() * 8 < n) {
            lowRank.fields(s, theta, h);
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

    /** Local field of one neuron, O(N). */
    public double field(int i, byte[] s) {
        checkState(s);
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
        return "Network[" + protocol + ", " + rows + "×" + cols + ", N=" + n + (symmetric ? "" : ", asymmetric") + "]";
    }
}
