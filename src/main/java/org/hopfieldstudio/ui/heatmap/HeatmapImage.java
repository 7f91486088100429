package org.hopfieldstudio.ui.heatmap;

import java.util.Locale;

/**
 * A rendered weight heatmap: what the view shows and what hover looks up. Plain Java, immutable by contract
 * (the arrays are never modified after construction).
 *
 * <p>Pixel {@code (x, y)} shows W_ij for {@code i} in the block of row {@code y} and {@code j} in the block of
 * column {@code x}: image rows are the receiving neuron i, image columns the sending neuron j, as in the
 * matrix. With block size {@code k = 1} each pixel is one weight; with {@code k > 1} each pixel is the mean of
 * the (up to) k×k weights of its block (the last block row/column may be smaller).
 */
public final class HeatmapImage {
    private final int n;
    private final int gridRows;
    private final int gridCols;
    private final int block;
    private final int side;
    private final float[] values;
    private final int[] argb;
    private final double scale;
    private final double maxAbsWeight;
    private final boolean maxAbsExact;
    private final String protocol;

    HeatmapImage(int n, int gridRows, int gridCols, int block, float[] values, int[] argb, double scale,
                 double maxAbsWeight, String protocol) {
        this(n, gridRows, gridCols, block, values, argb, scale, maxAbsWeight, true, protocol);
    }

    /** @param maxAbsExact false when maxAbsWeight is only an upper bound (large factored W); the caption says "≤" */
    HeatmapImage(int n, int gridRows, int gridCols, int block, float[] values, int[] argb, double scale,
                 double maxAbsWeight, boolean maxAbsExact, String protocol) {
        this.maxAbsExact = maxAbsExact;
        this.n = n;
        this.gridRows = gridRows;
        this.gridCols = gridCols;
        this.block = block;
        this.side = sideFor(n, block);
        if (values.length != side * side || argb.length != side * side) {
            throw new IllegalArgumentException("expected " + side + "×" + side + " pixels");
        }
        this.values = values;
        this.argb = argb;
        this.scale = scale;
        this.maxAbsWeight = maxAbsWeight;
        this.protocol = protocol;
    }

    /** Image side in pixels for N neurons and block size k: ⌈N / k⌉. */
    public static int sideFor(int n, int block) {
        return (n + block - 1) / block;
    }

    /** Smallest block size k with ⌈N / k⌉ ≤ maxSide. */
    public static int blockFor(int n, int maxSide) {
        return Math.max(1, (n + maxSide - 1) / maxSide);
    }

    public int neurons() {
        return n;
    }

    public int gridRows() {
        return gridRows;
    }

    public int gridCols() {
        return gridCols;
    }

    /** Block size k: each pixel aggregates k×k weights (1 = one weight per pixel). */
    public int block() {
        return block;
    }

    public boolean aggregated() {
        return block > 1;
    }

    /** Image width = height in pixels. */
    public int side() {
        return side;
    }

    /** Pixel values (weights or block means), row-major, {@code side × side}. Read-only by contract. */
    public float[] valuesUnsafe() {
        return values;
    }

    /** Opaque ARGB pixels, row-major, {@code side × side}, ready for one {@code setPixels}. Read-only. */
    public int[] argbUnsafe() {
        return argb;
    }

    /** Half-range of the colour scale: −scale is blue, +scale red. max|W| for k = 1, max|block mean| else. */
    public double scale() {
        return scale;
    }

    /** max_ij |W_ij| of the whole matrix, or an upper bound on it when {@link #maxAbsExact()} is false. */
    public double maxAbsWeight() {
        return maxAbsWeight;
    }

    /** Whether {@link #maxAbsWeight()} is exact (false: an upper bound, for a large factored W). */
    public boolean maxAbsExact() {
        return maxAbsExact;
    }

    public String protocol() {
        return protocol;
    }

    /** Caption stating what a pixel is. */
    public String caption() {
        String what = aggregated()
                ? String.format(Locale.ROOT,
                        "%d×%d squares, each the mean of %d×%d weights (N = %d > %d); colour scale ±max|block mean| = ±%s, max|W| %s %s",
                        side, side, block, block, n, side, fmt(scale), maxAbsExact ? "=" : "≤", fmt(maxAbsWeight))
                : String.format(Locale.ROOT, "%d×%d weights, one square each; colour scale ±max|W| = ±%s",
                        n, n, fmt(maxAbsWeight));
        return "W (" + protocol + "), rows i = receiving neuron, columns j = sending neuron. " + what;
    }

    /** Pixel under the relative position {@code (fx, fy)} ∈ [0, 1)², or null outside. */
    public Cell cellAtFraction(double fx, double fy) {
        if (!(fx >= 0 && fx < 1 && fy >= 0 && fy < 1)) {
            return null;
        }
        return cellAt((int) (fx * side), (int) (fy * side));
    }

    /** The weights behind pixel (x, y), or null outside the image. */
    public Cell cellAt(int x, int y) {
        if (x < 0 || y < 0 || x >= side || y >= side) {
            return null;
        }
        int iFrom = y * block;
        int jFrom = x * block;
        return new Cell(iFrom, Math.min(n, iFrom + block) - 1, jFrom, Math.min(n, jFrom + block) - 1,
                values[y * side + x]);
    }

    /**
     * The weights behind one pixel: rows {@code iFrom … iTo} and columns {@code jFrom … jTo} (inclusive);
     * {@code value} is W_ij when the block is one weight, else the block mean.
     */
    public record Cell(int iFrom, int iTo, int jFrom, int jTo, float value) {
        public boolean single() {
            return iFrom == iTo && jFrom == jTo;
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 0.01 || v == 0 ? "%.4f" : "%.3g", v);
    }
}
