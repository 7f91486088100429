package org.hopfieldstudio.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An immutable, validated, non-empty list of patterns of one grid size: the memories ξ^1 … ξ^p.
 */
public final class PatternSet {
    private final String name;
    private final List<Pattern> patterns;

    /**
     * @throws IllegalArgumentException when empty or when the patterns differ in grid size (the message
     *                                  names the first pattern that does not fit)
     */
    public PatternSet(String name, List<Pattern> patterns) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patterns, "patterns");
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("pattern set '" + name + "' is empty: store at least one pattern");
        }
        Pattern first = patterns.get(0);
        for (Pattern p : patterns) {
            if (!p.sameShape(first)) {
                throw new IllegalArgumentException("pattern '" + p.name() + "' is " + p.rows() + "×" + p.cols()
                        + " but '" + first.name() + "' is " + first.rows() + "×" + first.cols()
                        + ": all patterns in a set must have the same size");
            }
        }
        this.patterns = List.copyOf(patterns);
    }

    public static PatternSet of(String name, Pattern... patterns) {
        return new PatternSet(name, List.of(patterns));
    }

    /** {@code p} independent random patterns on a {@code rows × cols} grid, named r1 … rp. */
    public static PatternSet random(int rows, int cols, int p, RandomGenerator rng) {
        List<Pattern> list = new ArrayList<>(p);
        for (int mu = 0; mu < p; mu++) {
            list.add(Pattern.random("r" + (mu + 1), rows, cols, rng));
        }
        return new PatternSet("random", list);
    }

    /** Random patterns of N neurons on the squarest grid that holds them (rows·cols = N). */
    public static PatternSet random(int n, int p, RandomGenerator rng) {
        int rows = squarestRows(n);
        return random(rows, n / rows, p, rng);
    }

    /** The largest divisor of n that is at most √n, so an N-neuron grid is as square as possible. */
    public static int squarestRows(int n) {
        int r = (int) Math.floor(Math.sqrt(n));
        while (r > 1 && n % r != 0) {
            r--;
        }
        return Math.max(r, 1);
    }

    public String name() {
        return name;
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    public Pattern get(int mu) {
        return patterns.get(mu);
    }

    /** Number of stored patterns p. */
    public int count() {
        return patterns.size();
    }

    /** Number of neurons N. */
    public int neurons() {
        return patterns.get(0).size();
    }

    public int rows() {
        return patterns.get(0).rows();
    }

    public int cols() {
        return patterns.get(0).cols();
    }

    /** Load α = p/N. */
    public double load() {
        return (double) count() / neurons();
    }

    /** Index of the pattern with that name, or −1. */
    public int indexOf(String patternName) {
        for (int mu = 0; mu < patterns.size(); mu++) {
            if (patterns.get(mu).name().equals(patternName)) {
                return mu;
            }
        }
        return -1;
    }

    public PatternSet withName(String newName) {
        return new PatternSet(newName, patterns);
    }

    /** This set plus {@code p}; throws as the constructor does when sizes differ. */
    public PatternSet with(Pattern p) {
        List<Pattern> l = new ArrayList<>(patterns);
        l.add(p);
        return new PatternSet(name, l);
    }

    /** The p×N matrix of patterns, row-major: {@code x[mu*N + i] = ξ_i^μ}. */
    public float[] toRowMajorFloats() {
        int n = neurons();
        float[] x = new float[count() * n];
        for (int mu = 0; mu < count(); mu++) {
            byte[] c = patterns.get(mu).cellsUnsafe();
            for (int i = 0; i < n; i++) {
                x[mu * n + i] = c[i];
            }
        }
        return x;
    }

    /** The patterns as p arrays of ±1 (fresh copies). */
    public byte[][] toArrays() {
        byte[][] a = new byte[count()][];
        for (int mu = 0; mu < count(); mu++) {
            a[mu] = patterns.get(mu).toArray();
        }
        return a;
    }

    @Override
    public String toString() {
        return "PatternSet[" + name + ", p=" + count() + ", " + rows() + "×" + cols() + "]";
    }
}
