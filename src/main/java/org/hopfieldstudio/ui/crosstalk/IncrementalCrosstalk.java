package org.hopfieldstudio.ui.crosstalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Cancellation;

/**
 * Hebb crosstalk for the first p patterns of a fixed sequence, kept up to date as p moves by one pattern at a
 * time, so that dragging the slider costs O(N·p) per step instead of O(N·p²). Plain Java.
 *
 * <p>The sequence is the library patterns (if given) followed by random patterns drawn from {@code seed}. With
 * the overlap matrix {@code O_μν = ξ^μ·ξ^ν} it keeps, for every stored ν and neuron i, the exact integer
 * <pre>  S_i^ν = Σ_{μ≠ν, μ<p} ξ_i^μ O_μν,  so that  N·C_i^ν = S_i^ν − (p − 1) ξ_i^ν</pre>
 * (the zero-diagonal Hebb crosstalk of {@link Crosstalk}); the term shown is {@code −ξ_i^ν C_i^ν =
 * ((p − 1) − ξ_i^ν S_i^ν)/N}. Adding pattern q: {@code S^ν += ξ^q O_qν} for ν < q, and
 * {@code S^q = Σ_{μ<q} ξ^μ O_μq}; removing it subtracts again. Rows of O are kept when p goes down, so going
 * back up only redoes the O(N·p) updates.
 *
 * <p>Not thread-safe: the view model serialises access (one job at a time, under its lock).
 */
public final class IncrementalCrosstalk {
    private final int rows;
    private final int cols;
    private final int n;
    private final long seed;
    private final PatternSet library;
    private final RandomGenerator rng;
    private final List<Pattern> sequence = new ArrayList<>();
    private final List<int[]> x = new ArrayList<>();      // ξ^μ as ints (vectorises better than bytes)
    private final List<int[]> overlaps = new ArrayList<>(); // O[q][μ] for μ < q
    private final List<int[]> s = new ArrayList<>();      // S^ν for ν < p
    private int p;

    /**
     * @param library patterns to use first (null: none); must match the grid size
     */
    public IncrementalCrosstalk(int rows, int cols, long seed, PatternSet library) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("grid must be at least 1×1");
        }
        if (library != null && (library.rows() != rows || library.cols() != cols)) {
            throw new IllegalArgumentException("library patterns are " + library.rows() + "×" + library.cols()
                    + ", grid is " + rows + "×" + cols);
        }
        this.rows = rows;
        this.cols = cols;
        this.n = rows * cols;
        this.seed = seed;
        this.library = library;
        this.rng = Seeds.rng(seed);
    }

    /** True when this cache serves that configuration. */
    public boolean serves(int rows, int cols, long seed, PatternSet library) {
        return this.rows == rows && this.cols == cols && this.seed == seed && Objects.equals(this.library, library);
    }

    public int neurons() {
        return n;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Current number of stored patterns. */
    public int patterns() {
        return p;
    }

    /** How many of the first patterns come from the library. */
    public int libraryCount() {
        return library == null ? 0 : library.count();
    }

    /** Pattern μ of the sequence (must be < {@link #patterns()} or already generated). */
    public Pattern pattern(int mu) {
        return sequence.get(mu);
    }

    /** The first p patterns of the sequence as a set (for cross-checks with {@link Crosstalk}). */
    public PatternSet storedSet() {
        return new PatternSet("crosstalk", sequence.subList(0, p));
    }

    /**
     * Moves to {@code target} stored patterns, one pattern at a time; polls {@code cancel} between steps.
     * On cancellation the state is consistent (at some p between the old and the target) and
     * {@link CancellationException} is thrown.
     */
    public void setPatterns(int target, Cancellation cancel) {
        if (target < 1) {
            throw new IllegalArgumentException("p must be at least 1, got " + target);
        }
        while (p < target) {
            if (cancel.isCancelled()) {
                throw new CancellationException("crosstalk update cancelled at p = " + p);
            }
            add();
        }
        while (p > target) {
            if (cancel.isCancelled()) {
                throw new CancellationException("crosstalk update cancelled at p = " + p);
            }
            remove();
        }
    }

    private void ensurePattern(int q) {
        while (sequence.size() <= q) {
            int k = sequence.size();
            Pattern next = library != null && k < library.count()
                    ? library.get(k)
                    : Pattern.random("r" + (k + 1), rows, cols, rng);
            sequence.add(next);
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = next.get(i);
            }
            x.add(v);
        }
        while (overlaps.size() <= q) {
            int k = overlaps.size();
            int[] xk = x.get(k);
            int[] o = new int[k];
            for (int mu = 0; mu < k; mu++) {
                int[] xm = x.get(mu);
                int d = 0;
                for (int i = 0; i < n; i++) {
                    d += xk[i] * xm[i];
                }
                o[mu] = d;
            }
            overlaps.add(o);
        }
    }

    private void add() {
        int q = p;
        ensurePattern(q);
        int[] xq = x.get(q);
        int[] oq = overlaps.get(q);
        int[] sq = new int[n];
        parallel(q, nu -> {
            int[] snu = s.get(nu);
            int o = oq[nu];
            for (int i = 0; i < n; i++) {
                snu[i] += xq[i] * o;
            }
        });
        for (int mu = 0; mu < q; mu++) {
            int[] xm = x.get(mu);
            int o = oq[mu];
            for (int i = 0; i < n; i++) {
                sq[i] += xm[i] * o;
            }
        }
        s.add(sq);
        p = q + 1;
    }

    private void remove() {
        int q = p - 1;
        int[] xq = x.get(q);
        int[] oq = overlaps.get(q);
        s.remove(q);
        parallel(q, nu -> {
            int[] snu = s.get(nu);
            int o = oq[nu];
            for (int i = 0; i < n; i++) {
                snu[i] -= xq[i] * o;
            }
        });
        p = q;
    }

    private void parallel(int count, java.util.function.IntConsumer body) {
        if ((long) count * n < 200_000) {
            for (int k = 0; k < count; k++) {
                body.accept(k);
            }
        } else {
            IntStream.range(0, count).parallel().forEach(body);
        }
    }

    /**
     * {@code N·(−ξ_i^ν C_i^ν) = (p − 1) − ξ_i^ν S_i^ν}, an exact integer. Bit (ν, i) is unstable when this
     * exceeds N − 1 (see {@link Crosstalk#instabilityThreshold}).
     */
    public int scaledTerm(int nu, int i) {
        return (p - 1) - x.get(nu)[i] * s.get(nu)[i];
    }

    /** All terms {@code t[ν·N + i] = −ξ_i^ν C_i^ν}, as {@link Crosstalk#terms} lays them out. */
    public float[] terms() {
        float[] t = new float[p * n];
        for (int nu = 0; nu < p; nu++) {
            for (int i = 0; i < n; i++) {
                t[nu * n + i] = (float) (scaledTerm(nu, i) / (double) n);
            }
        }
        return t;
    }
}
