package org.hopfieldstudio.ui.heatmap;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.hopfieldstudio.core.FactoredWeights;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.protocol.Cancellation;

/**
 * Builds the weight heatmap image from a network, off the FX thread. Plain Java.
 *
 * <p>Aggregation: when N exceeds {@code maxSide} pixels, W is cut into k×k blocks (k = ⌈N / maxSide⌉) and
 * each pixel shows the <b>mean</b> of its block. N.B. we chose the mean over the signed max-|w| of a block:
 * with Hebb weights every block of a loaded network holds values near ±max|W| somewhere, so the signed max
 * turns into salt-and-pepper noise that looks the same for every pattern set, while the mean averages the
 * crosstalk noise away and keeps what is correlated over neighbouring neurons (the shape of the stored
 * letters, the bands of a grid neighbourhood). The caption says so, and the colour bar is scaled to the
 * largest |block mean| so the structure is not washed out (max|W| is printed next to it).
 *
 * <p>Cost: one pass over the N² weights (W is column-major, so the pass reads memory sequentially), split by
 * block columns across the available cores; each worker writes disjoint pixels. Cancellation is polled once
 * per weight column.
 */
public final class HeatmapBuilder {
    /** Default pixel budget per side: images up to 1000×1000 show one weight per pixel. */
    public static final int DEFAULT_MAX_SIDE = 1000;

    private HeatmapBuilder() {
    }

    /**
     * @param net     the network (its weights are read, not modified)
     * @param maxSide largest image side in pixels
     * @param cancel  polled per weight column
     * @throws CancellationException when cancelled
     */
    public static HeatmapImage build(Network net, int maxSide, Cancellation cancel) {
        Objects.requireNonNull(net, "net");
        int n = net.size();
        int k = HeatmapImage.blockFor(n, maxSide);
        int side = HeatmapImage.sideFor(n, k);
        float[] values = new float[side * side];
        if (net.isFactored()) {
            return buildFactored(net, k, side, values, cancel);
        }
        float maxAbs = aggregate(net.weightsUnsafe(), n, k, values, cancel);
        double scale = k == 1 ? maxAbs : maxAbs(values);
        int[] argb = new int[values.length];
        DivergingColorMap.fill(values, scale, argb);
        return new HeatmapImage(n, net.rows(), net.cols(), k, values, argb, scale, maxAbs, net.protocol());
    }

    /** Above this many multiply-adds (N²·r) the exact max|W| of a factored W is replaced by its bound. */
    static final double EXACT_MAX_BUDGET = 2e9;

    /**
     * Factored W = c·U Vᵀ − diag(d): one weight per pixel (k = 1) row by row in O(N²·r); block means exactly from
     * the block sums of U and V in O(N·r + B²·r) ({@link FactoredWeights#blockMeans}). max|W| exactly in O(N²·r)
     * while that stays within {@link #EXACT_MAX_BUDGET}, else the O(N·r) upper bound, and the caption says "≤".
     */
    private static HeatmapImage buildFactored(Network net, int k, int side, float[] values, Cancellation cancel) {
        FactoredWeights f = net.factors();
        int n = net.size();
        double maxAbs;
        boolean exact = true;
        if (k == 1) {
            for (int i = 0; i < n; i++) {
                if (cancel.isCancelled()) {
                    throw new CancellationException("heatmap render cancelled");
                }
                System.arraycopy(net.row(i), 0, values, i * n, n);
            }
            maxAbs = maxAbs(values);
        } else {
            f.blockMeans(k, values);
            if ((double) n * n * Math.max(1, f.rank()) <= EXACT_MAX_BUDGET) {
                maxAbs = (float) f.maxAbsEntry(cancel::isCancelled);
            } else {
                maxAbs = f.entryBound();
                exact = false;
            }
        }
        double scale = k == 1 ? maxAbs : maxAbs(values);
        int[] argb = new int[values.length];
        DivergingColorMap.fill(values, scale, argb);
        return new HeatmapImage(n, net.rows(), net.cols(), k, values, argb, scale, maxAbs, exact, net.protocol());
    }

    /**
     * Block means of a column-major N×N matrix.
     *
     * @param w      column-major weights, {@code w[j·N + i] = W_ij} (not modified)
     * @param k      block size (1 = copy, transposed to row-major)
     * @param out    modified: {@code out[bi·side + bj]} = mean of W_ij over the block, side = ⌈N/k⌉
     * @return max |W_ij| over the whole matrix (found in the same pass)
     */
    public static float aggregate(float[] w, int n, int k, float[] out, Cancellation cancel) {
        int side = HeatmapImage.sideFor(n, k);
        if (out.length != side * side) {
            throw new IllegalArgumentException("out must have " + side * side + " entries");
        }
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), side));
        float[] maxPerWorker = new float[workers];
        IntStream.range(0, workers).parallel().forEach(t -> {
            int bjFrom = (int) ((long) side * t / workers);
            int bjTo = (int) ((long) side * (t + 1) / workers);
            maxPerWorker[t] = k == 1
                    ? copyColumns(w, n, bjFrom, bjTo, out, cancel)
                    : blockColumns(w, n, k, side, bjFrom, bjTo, out, cancel);
        });
        if (cancel.isCancelled()) {
            throw new CancellationException("heatmap render cancelled");
        }
        float m = 0;
        for (float v : maxPerWorker) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static float copyColumns(float[] w, int n, int jFrom, int jTo, float[] out, Cancellation cancel) {
        float mx = 0;
        for (int j = jFrom; j < jTo; j++) {
            if (cancel.isCancelled()) {
                return mx;
            }
            int base = j * n;
            for (int i = 0; i < n; i++) {
                float v = w[base + i];
                out[i * n + j] = v;
                mx = Math.max(mx, Math.abs(v));
            }
        }
        return mx;
    }

    private static float blockColumns(float[] w, int n, int k, int side, int bjFrom, int bjTo, float[] out,
                                      Cancellation cancel) {
        double[] acc = new double[side];
        float mx = 0;
        for (int bj = bjFrom; bj < bjTo; bj++) {
            java.util.Arrays.fill(acc, 0);
            int jFrom = bj * k;
            int jTo = Math.min(n, jFrom + k);
            for (int j = jFrom; j < jTo; j++) {
                if (cancel.isCancelled()) {
                    return mx;
                }
                int base = j * n;
                for (int bi = 0; bi < side; bi++) {
                    int from = base + bi * k;
                    int to = base + Math.min(n, bi * k + k);
                    float s0 = 0;
                    float s1 = 0;
                    float m0 = 0;
                    float m1 = 0;
                    int q = from;
                    for (; q + 1 < to; q += 2) {
                        float a = w[q];
                        float b = w[q + 1];
                        s0 += a;
                        s1 += b;
                        m0 = Math.max(m0, Math.abs(a));
                        m1 = Math.max(m1, Math.abs(b));
                    }
                    if (q < to) {
                        float a = w[q];
                        s0 += a;
                        m0 = Math.max(m0, Math.abs(a));
                    }
                    acc[bi] += s0 + s1;
                    mx = Math.max(mx, Math.max(m0, m1));
                }
            }
            int cols = jTo - jFrom;
            for (int bi = 0; bi < side; bi++) {
                int rows = Math.min(n, bi * k + k) - bi * k;
                out[bi * side + bj] = (float) (acc[bi] / ((double) rows * cols));
            }
        }
        return mx;
    }

    static double maxAbs(float[] v) {
        float m = 0;
        for (float x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /**
     * The receptive field of neuron i: row W[i, :] (the weights into i) as a grid image, one pixel per
     * neuron j at (r, c) = (j / cols, j % cols), on the scale ±max_j |W_ij|.
     */
    public static FieldImage receptiveField(Network net, int i) {
        int n = net.size();
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException("neuron " + i + " is outside 0 … " + (n - 1));
        }
        float[] row = net.row(i);
        double scale = maxAbs(row);
        int[] argb = new int[n];
        DivergingColorMap.fill(row, scale, argb);
        return new FieldImage(i, net.rows(), net.cols(), row, argb, scale);
    }

    /** Row W[i, :] laid out on the {@code rows × cols} grid; arrays read-only by contract. */
    public record FieldImage(int neuron, int rows, int cols, float[] values, int[] argb, double scale) {
        public String title() {
            return "Receptive field of neuron " + neuron + " (" + neuron / cols + ", " + neuron % cols + ")";
        }
    }
}
