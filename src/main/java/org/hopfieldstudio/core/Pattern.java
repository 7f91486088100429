package org.hopfieldstudio.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An immutable binary pattern on an {@code rows × cols} grid.
 *
 * <p>Conventions (DESIGN §1): every cell is {@code +1} or {@code −1}; cell {@code (r, c)} is neuron
 * {@code i = r·cols + c}; displayed black = +1, white = −1.
 */
public final class Pattern {
    private final String name;
    private final int rows;
    private final int cols;
    private final byte[] cells;

    /**
     * @param cells ±1 values in row-major order, length {@code rows·cols}. Not modified (copied).
     * @throws IllegalArgumentException on a bad size or a value other than ±1
     */
    public Pattern(String name, int rows, int cols, byte[] cells) {
        this(name, rows, cols, validate(rows, cols, cells).clone(), true);
    }

    private Pattern(String name, int rows, int cols, byte[] owned, boolean trusted) {
        this.name = Objects.requireNonNull(name, "name");
        this.rows = rows;
        this.cols = cols;
        this.cells = owned;
    }

    private static byte[] validate(int rows, int cols, byte[] cells) {
        Objects.requireNonNull(cells, "cells");
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a pattern needs at least 1×1 cells, got " + rows + "×" + cols);
        }
        if ((long) rows * cols != cells.length) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " pattern needs " + ((long) rows * cols)
                    + " cells, got " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != 1 && cells[i] != -1) {
                throw new IllegalArgumentException("cell " + i + " is " + cells[i] + "; cells must be +1 or -1");
            }
        }
        return cells;
    }

    /** A pattern of all −1 (white). */
    public static Pattern blank(String name, int rows, int cols) {
        byte[] c = new byte[rows * cols];
        Arrays.fill(c, (byte) -1);
        return new Pattern(name, rows, cols, c);
    }

    /** Each cell +1 or −1 with probability ½, drawn from {@code rng} (modified: advanced). */
    public static Pattern random(String name, int rows, int cols, RandomGenerator rng) {
        byte[] c = new byte[rows * cols];
        for (int i = 0; i < c.length; i++) {
            c[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        return new Pattern(name, rows, cols, c, true);
    }

    /** Wraps a state vector as a pattern; {@code state} is copied, not modified. */
    public static Pattern ofState(String name, int rows, int cols, byte[] state) {
        return new Pattern(name, rows, cols, state);
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Number of neurons N = rows·cols. */
    public int size() {
        return cells.length;
    }

    /** Value (+1 or −1) of neuron {@code i}. */
    public int get(int i) {
        return cells[i];
    }

    /** Value (+1 or −1) of cell {@code (r, c)}. */
    public int get(int r, int c) {
        return cells[r * cols + c];
    }

    /** A fresh copy of the cells (±1, row-major). */
    public byte[] toArray() {
        return cells.clone();
    }

    /** Copies the cells into {@code out} (modified), which must have length N. */
    public void copyInto(byte[] out) {
        System.arraycopy(cells, 0, out, 0, cells.length);
    }

    /** The cells as floats (±1). */
    public float[] toFloats() {
        float[] f = new float[cells.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = cells[i];
        }
        return f;
    }

    public boolean sameShape(Pattern other) {
        return rows == other.rows && cols == other.cols;
    }

    public Pattern withName(String newName) {
        return new Pattern(newName, rows, cols, cells, true);
    }

    /** This pattern with neuron {@code i} set to {@code value} (±1). */
    public Pattern withCell(int i, int value) {
        if (value != 1 && value != -1) {
            throw new IllegalArgumentException("cells must be +1 or -1, got " + value);
        }
        byte[] c = cells.clone();
        c[i] = (byte) value;
        return new Pattern(name, rows, cols, c, true);
    }

    /** Every cell negated: the inverse state −ξ, which has the same energy under any symmetric W. */
    public Pattern inverted() {
        byte[] c = new byte[cells.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (byte) -cells[i];
        }
        return new Pattern(name, rows, cols, c, true);
    }

    /** The pattern moved by {@code (dr, dc)} cells, wrapping around the edges (a torus shift). */
    public Pattern shifted(int dr, int dc) {
        byte[] c = new byte[cells.length];
        for (int r = 0; r < rows; r++) {
            int nr = Math.floorMod(r + dr, rows);
            for (int col = 0; col < cols; col++) {
                c[nr * cols + Math.floorMod(col + dc, cols)] = cells[r * cols + col];
            }
        }
        return new Pattern(name, rows, cols, c, true);
    }

    /** Overlap m = (1/N) Σ ξ_i s_i with another pattern of the same size. */
    public double overlap(Pattern other) {
        return Measures.overlap(cells, other.cells);
    }

    /** Cells that differ from {@code other}. */
    public int hamming(Pattern other) {
        return Measures.hamming(cells, other.cells);
    }

    /** True when the cells (not the name) are equal. */
    public boolean sameCells(Pattern other) {
        return rows == other.rows && cols == other.cols && Arrays.equals(cells, other.cells);
    }

    /** Package-private view of the cells for hot loops in core; never exposed outside. */
    byte[] cellsUnsafe() {
        return cells;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Pattern p)) {
            return false;
        }
        return rows == p.rows && cols == p.cols && name.equals(p.name) && Arrays.equals(cells, p.cells);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + rows * 7919 + cols) + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "Pattern[" + name + ", " + rows + "×" + cols + "]";
    }
}
