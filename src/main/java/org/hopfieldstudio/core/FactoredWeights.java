package org.hopfieldstudio.core;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * A weight matrix held in factored form, {@code W = c·U Vᵀ − diag(d)}, with U and V of size N×r: N·(2r + 1)
 * numbers instead of N². Every protocol but TRN writes W in such a form with r = O(p) (issue 13):
 * Hebb (U = V = Ξ, c = 1/N, d_i = p/N), the pseudo-inverse (U = V = an orthonormal basis of the pattern span),
 * MPF (U = [A, Ξ], V = [Ξ, A], c = ½), Storkey (U = Q S, V = Q with Q = [Ξ, G]) and Krauth–Mézard
 * (U_iμ = c_iμ ξ_i^μ, V = Ξ, c = 1/N).
 *
 * <p>What it costs: one entry O(r); all fields {@code h = c·U (Vᵀ s) − d∘s − θ} O(N·r); a row O(N·r); the dense
 * W O(N²·r). N.B. U and V are kept in double: the factored fields are then at least as accurate as the dense
 * float W's, and a ±1 factor (Hebb) gives fields that are exact multiples of c, so Hebb's exact ties stay exactly 0.
 *
 * <p>The arrays are owned by this object and read-only by contract (the {@code Unsafe} getters are for hot loops).
 * U and V may be the same array (symmetric c·UUᵀ).
 */
public final class FactoredWeights {
    private final int n;
    private final int r;
    private final double[] u;
    private final double[] v;
    private final double scale;
    private final double[] diag;
    /** d_i = c·u_i·v_i by construction: W_ii is exactly 0 (not a rounding residue). */
    private final boolean zeroDiagonal;
    private volatile double entryBound = Double.NaN;

    /**
     * @param n     N
     * @param rank  r ≥ 0 (r = 0 is W = −diag(d), e.g. the empty network with d = 0)
     * @param u     U, N×r row-major {@code u[i·r + k]}; ownership passes (not copied)
     * @param v     V, N×r row-major; may be the same array as u; ownership passes
     * @param scale c
     * @param diag  d, length N; ownership passes
     * @throws IllegalArgumentException on mismatched sizes or a non-finite entry
     */
    public FactoredWeights(int n, int rank, double[] u, double[] v, double scale, double[] diag) {
        this(n, rank, u, v, scale, diag, false);
    }

    /**
     * {@code W = c·U Vᵀ} with its diagonal removed: {@code d_i = c·u_i·v_i}, and {@link #entry}(i, i) is exactly 0
     * (zero-diagonal rules: Hebb, Storkey, MPF, Krauth–Mézard, the pseudo-inverse with w_ii = 0).
     */
    public static FactoredWeights zeroDiagonal(int n, int rank, double[] u, double[] v, double scale) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int k = 0; k < rank; k++) {
                acc += u[i * rank + k] * v[i * rank + k];
            }
            d[i] = scale * acc;
        }
        return new FactoredWeights(n, rank, u, v, scale, d, true);
    }

    private FactoredWeights(int n, int rank, double[] u, double[] v, double scale, double[] diag, boolean zeroDiagonal) {
        this.zeroDiagonal = zeroDiagonal;
        Objects.requireNonNull(u, "u");
        Objects.requireNonNull(v, "v");
        Objects.requireNonNull(diag, "diag");
        if (n < 1 || rank < 0 || (long) n * rank != u.length || u.length != v.length || diag.length != n) {
            throw new IllegalArgumentException("factors of rank " + rank + " do not fit N = " + n + ": U has "
                    + u.length + ", V " + v.length + " entries and d has " + diag.length);
        }
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("factor scale is " + scale);
        }
        requireFinite(u, "U");
        if (v != u) {
            requireFinite(v, "V");
        }
        requireFinite(diag, "d");
        this.n = n;
        this.r = rank;
        this.u = u;
        this.v = v;
        this.scale = scale;
        this.diag = diag;
    }

    /** The zero matrix of size N (rank 0). */
    public static FactoredWeights zero(int n) {
        return new FactoredWeights(n, 0, new double[0], new double[0], 1.0, new double[n], true);
    }

    /** From the float factor of {@link LowRank} ({@code W = c·UUᵀ − diag(d)}), exactly (float → double is exact). */
    public static FactoredWeights of(LowRank lr) {
        int n = lr.neurons();
        double[] u = new double[lr.u().length];
        for (int k = 0; k < u.length; k++) {
            u[k] = lr.u()[k];
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = lr.diag()[i];
        }
        return new FactoredWeights(n, lr.rank(), u, u, lr.scale(), d);
    }

    private static void requireFinite(double[] a, String what) {
        for (double x : a) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("factor " + what + " contains a non-finite value (" + x + ")");
            }
        }
    }

    public int neurons() {
        return n;
    }

    public int rank() {
        return r;
    }

    public double scale() {
        return scale;
    }

    /** U, N×r row-major; read-only by contract. */
    public double[] uUnsafe() {
        return u;
    }

    /** V, N×r row-major; read-only by contract (may be the same array as U). */
    public double[] vUnsafe() {
        return v;
    }

    /** d; read-only by contract. */
    public double[] diagUnsafe() {
        return diag;
    }

    /** Whether U and V are the same array, i.e. W = c·UUᵀ − diag(d) is symmetric by construction. */
    public boolean sharesFactor() {
        return u == v;
    }

    /** Whether the factored form pays: r ≤ N/8 (fields O(N·r) at most an eighth of the dense O(N²)). */
    public boolean pays() {
        return 8L * r <= n;
    }

    /** Bytes held by the factors (U, V once if shared, d). */
    public long bytes() {
        return MemoryBudget.factorBytes(n, r, u == v);
    }

    /** {@code W_ij = c·Σ_k U_ik V_jk − [i = j]·d_i}, in double, O(r). */
    public double entry(int i, int j) {
        if (i == j && zeroDiagonal) {
            return 0;
        }
        double acc = 0;
        int bi = i * r;
        int bj = j * r;
        for (int k = 0; k < r; k++) {
            acc += u[bi + k] * v[bj + k];
        }
        return scale * acc - (i == j ? diag[i] : 0);
    }

    /**
     * An upper bound on max_ij |W_ij| in O(N·r): off the diagonal, Cauchy–Schwarz gives
     * {@code |c·u_i·v_j| ≤ |c|·max_i‖u_i‖·max_j‖v_j‖}; the diagonal is taken exactly. Exact for Hebb (p/N).
     */
    public double entryBound() {
        double b = entryBound;
        if (Double.isNaN(b)) {
            double mu = 0;
            double mv = 0;
            double md = 0;
            for (int i = 0; i < n; i++) {
                double nu = 0;
                double nv = 0;
                double uv = 0;
                int base = i * r;
                for (int k = 0; k < r; k++) {
                    nu += u[base + k] * u[base + k];
                    nv += v[base + k] * v[base + k];
                    uv += u[base + k] * v[base + k];
                }
                mu = Math.max(mu, nu);
                mv = Math.max(mv, nv);
                md = zeroDiagonal ? md : Math.max(md, Math.abs(scale * uv - diag[i]));
            }
            b = Math.max(Math.abs(scale) * Math.sqrt(mu) * Math.sqrt(mv), md);
            entryBound = b;
        }
        return b;
    }

    /**
     * Fills {@code a} (modified, length r) with {@code Vᵀ s}. O(N·r).
     *
     * @param s ±1 state, length N (not modified)
     */
    public void projectV(byte[] s, double[] a) {
        project(v, s, a);
    }

    /** Fills {@code b} (modified, length r) with {@code Uᵀ s}. O(N·r). */
    public void projectU(byte[] s, double[] b) {
        project(u, s, b);
    }

    private void project(double[] f, byte[] s, double[] a) {
        java.util.Arrays.fill(a, 0, r, 0.0);
        for (int i = 0; i < n; i++) {
            int base = i * r;
            if (s[i] > 0) {
                for (int k = 0; k < r; k++) {
                    a[k] += f[base + k];
                }
            } else {
                for (int k = 0; k < r; k++) {
                    a[k] -= f[base + k];
                }
            }
        }
    }

    /** {@code c·u_i·a}: row i of c·U Vᵀ applied to a state whose projection is {@code a = Vᵀ s}. O(r). */
    public double rowDot(int i, double[] a) {
        double acc = 0;
        int base = i * r;
        for (int k = 0; k < r; k++) {
            acc += u[base + k] * a[k];
        }
        return scale * acc;
    }

    /** {@code c·v_j·b}: column j of c·U Vᵀ applied to a state with {@code b = Uᵀ s}, i.e. {@code (c·V Uᵀ s)_j}. O(r). */
    public double columnDot(int j, double[] b) {
        double acc = 0;
        int base = j * r;
        for (int k = 0; k < r; k++) {
            acc += v[base + k] * b[k];
        }
        return scale * acc;
    }

    /** Adds {@code δ·v_j} to {@code a} (modified): the change of Vᵀ s when s_j changes by δ. O(r). */
    public void addV(int j, double delta, double[] a) {
        int base = j * r;
        for (int k = 0; k < r; k++) {
            a[k] += delta * v[base + k];
        }
    }

    /** Adds {@code δ·u_j} to {@code b} (modified). O(r). */
    public void addU(int j, double delta, double[] b) {
        int base = j * r;
        for (int k = 0; k < r; k++) {
            b[k] += delta * u[base + k];
        }
    }

    /** d_i, the diagonal removed from c·U Vᵀ. */
    public double diag(int i) {
        return diag[i];
    }

    /** Whether W_ii = 0 exactly by construction ({@link #zeroDiagonal}). */
    public boolean hasZeroDiagonal() {
        return zeroDiagonal;
    }

    /**
     * Fills {@code h} (modified) with {@code (W s)_i − θ_i = c·u_i·(Vᵀ s) − d_i s_i − θ_i}. O(N·r).
     *
     * @param s     ±1, length N (not modified)
     * @param theta thresholds, length N (not modified)
     */
    public void fields(byte[] s, float[] theta, double[] h) {
        double[] a = new double[r];
        projectV(s, a);
        int blocks = n >= 4096 ? Math.min(Runtime.getRuntime().availableProcessors() * 4, 64) : 1;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = (int) ((long) n * b / blocks);
            int to = (int) ((long) n * (b + 1) / blocks);
            for (int i = from; i < to; i++) {
                h[i] = rowDot(i, a) - diag[i] * s[i] - theta[i];
            }
        });
    }

    /** Row i of W (the weights into neuron i), rounded to float: {@code W_ij = c·u_i·v_j − [i=j] d_i}. O(N·r). */
    public float[] row(int i) {
        return row(i, false);
    }

    /**
     * Row i of W rounded to float; with {@code mirror}, entry (i, j) for j &lt; i is computed as (j, i), so that a
     * symmetric W (e.g. MPF's U = [A, Ξ], V = [Ξ, A], where the two orders round differently) gives exactly
     * symmetric floats. O(N·r).
     */
    public float[] row(int i, boolean mirror) {
        float[] out = new float[n];
        int bi = i * r;
        for (int j = 0; j < n; j++) {
            double acc = 0;
            int bj = j * r;
            if (mirror && j < i) {
                for (int k = 0; k < r; k++) {
                    acc += u[bj + k] * v[bi + k];
                }
            } else {
                for (int k = 0; k < r; k++) {
                    acc += u[bi + k] * v[bj + k];
                }
            }
            out[j] = (float) (scale * acc);
        }
        out[i] = (float) entry(i, i);
        return out;
    }

    /**
     * The dense W, column-major {@code w[j·N + i] = W_ij}, each entry computed in double and rounded once to
     * float. O(N²·r), parallel over columns. The caller checks memory first.
     *
     * @param cancelled polled once per column block; when it returns true a {@link CancellationException} is thrown
     */
    public float[] toDense(BooleanSupplier cancelled) {
        return toDense(false, cancelled);
    }

    /**
     * As {@link #toDense(BooleanSupplier)}; with {@code mirror} only the entries i ≤ j are computed and mirrored, so
     * the float W of a symmetric factorisation is exactly symmetric.
     */
    public float[] toDense(boolean mirror, BooleanSupplier cancelled) {
        if (n > MemoryBudget.MAX_NEURONS) {
            throw new InsufficientMemoryException("N = " + n + " is too large for a dense weight matrix (N ≤ "
                    + MemoryBudget.MAX_NEURONS + ")");
        }
        float[] w = new float[n * n];
        int blocks = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors() * 8));
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int from = (int) ((long) n * b / blocks);
            int to = (int) ((long) n * (b + 1) / blocks);
            for (int j = from; j < to; j++) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                int bj = j * r;
                int col = j * n;
                for (int i = 0; i < (mirror ? j : n); i++) {
                    double acc = 0;
                    int bi = i * r;
                    for (int k = 0; k < r; k++) {
                        acc += u[bi + k] * v[bj + k];
                    }
                    w[col + i] = (float) (scale * acc);
                }
                w[col + j] = (float) entry(j, j);
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("dense weights cancelled");
        }
        if (mirror) {
            // W_ji = W_ij for i < j: column j rows 0…j−1 were computed; fill row j of those columns' mirror
            IntStream.range(0, blocks).parallel().forEach(b -> {
                int from = (int) ((long) n * b / blocks);
                int to = (int) ((long) n * (b + 1) / blocks);
                for (int j = from; j < to; j++) {
                    for (int i = j + 1; i < n; i++) {
                        w[j * n + i] = w[i * n + j];
                    }
                }
            });
        }
        return w;
    }

    /**
     * Exact block means of W over a grid of k×k blocks (the last block of a side may be shorter):
     * {@code mean_{I,J} W = (c·(Σ_{i∈I} u_i)·(Σ_{j∈J} v_j) − Σ_{i∈I∩J} d_i) / (|I|·|J|)}, from the block sums
     * of U and V. O(N·r + B²·r) for B = ⌈N/k⌉ blocks per side.
     *
     * @param out modified: {@code out[bi·B + bj]}, the mean over rows of block bi and columns of block bj
     */
    public void blockMeans(int k, float[] out) {
        int side = (n + k - 1) / k;
        if (out.length != side * side) {
            throw new IllegalArgumentException("out must have " + side * side + " entries");
        }
        double[] su = new double[side * r];
        double[] sv = new double[side * r];
        double[] sd = new double[side];
        for (int i = 0; i < n; i++) {
            int bl = i / k;
            int base = i * r;
            for (int q = 0; q < r; q++) {
                su[bl * r + q] += u[base + q];
                sv[bl * r + q] += v[base + q];
            }
            sd[bl] += diag[i];
        }
        IntStream.range(0, side).parallel().forEach(bi -> {
            int rows = Math.min(n, bi * k + k) - bi * k;
            for (int bj = 0; bj < side; bj++) {
                int cols = Math.min(n, bj * k + k) - bj * k;
                double acc = 0;
                for (int q = 0; q < r; q++) {
                    acc += su[bi * r + q] * sv[bj * r + q];
                }
                double sum = scale * acc - (bi == bj ? sd[bi] : 0);
                out[bi * side + bj] = (float) (sum / ((double) rows * cols));
            }
        });
    }

    /**
     * max_ij |W_ij| exactly, O(N²·r), parallel over rows.
     *
     * @param cancelled polled once per row
     */
    public double maxAbsEntry(BooleanSupplier cancelled) {
        double m = IntStream.range(0, n).parallel().mapToDouble(i -> {
            if (cancelled.getAsBoolean()) {
                return 0;
            }
            double best = 0;
            int bi = i * r;
            for (int j = 0; j < n; j++) {
                double acc = 0;
                int bj = j * r;
                for (int k = 0; k < r; k++) {
                    acc += u[bi + k] * v[bj + k];
                }
                best = Math.max(best, i == j ? Math.abs(entry(i, i)) : Math.abs(scale * acc));
            }
            return best;
        }).max().orElse(0);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("max |W| cancelled");
        }
        return m;
    }
}
