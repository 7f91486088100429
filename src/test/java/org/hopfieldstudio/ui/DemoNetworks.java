package org.hopfieldstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;

/** Hebb networks and simple shape patterns for demos and UI tests (independent of the protocol package). */
public final class DemoNetworks {
    private DemoNetworks() {
    }

    /** W = (1/N) Σ_μ ξ^μ ξ^μᵀ with w_ii = 0, column by column in parallel. */
    public static Network hebb(PatternSet set) {
        int n = set.neurons();
        byte[][] x = set.toArrays();
        float[] w = new float[n * n];
        IntStream.range(0, n).parallel().forEach(j -> {
            int[] acc = new int[n];
            for (byte[] xi : x) {
                int xj = xi[j];
                for (int i = 0; i < n; i++) {
                    acc[i] += xi[i] * xj;
                }
            }
            acc[j] = 0;
            for (int i = 0; i < n; i++) {
                w[j * n + i] = (float) acc[i] / n;
            }
        });
        return new Network(set.rows(), set.cols(), w, new float[n], true, "hebb");
    }

    /** A few recognisable shapes on a {@code size × size} grid: X, ring, plus, checkerboard, stripes, square. */
    public static PatternSet shapes(int size) {
        List<Pattern> list = new ArrayList<>();
        list.add(shape("X", size, (r, c) -> Math.abs(r - c) <= size / 10 || Math.abs(r + c - (size - 1)) <= size / 10));
        list.add(shape("ring", size, (r, c) -> {
            double d = Math.hypot(r - (size - 1) / 2.0, c - (size - 1) / 2.0);
            return d > size * 0.28 && d < size * 0.45;
        }));
        list.add(shape("plus", size, (r, c) -> Math.abs(r - size / 2) <= size / 8 || Math.abs(c - size / 2) <= size / 8));
        list.add(shape("checker", size, (r, c) -> ((r / Math.max(1, size / 5)) + (c / Math.max(1, size / 5))) % 2 == 0));
        list.add(shape("stripes", size, (r, c) -> (c / Math.max(1, size / 10)) % 2 == 0));
        return new PatternSet("shapes", list);
    }

    interface Cell {
        boolean on(int r, int c);
    }

    static Pattern shape(String name, int size, Cell cell) {
        byte[] b = new byte[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                b[r * size + c] = cell.on(r, c) ? (byte) 1 : (byte) -1;
            }
        }
        return new Pattern(name, size, size, b);
    }

    /** p random patterns on a rows × cols grid from {@code seed}. */
    public static PatternSet random(int rows, int cols, int p, long seed) {
        return PatternSet.random(rows, cols, p, Seeds.rng(seed));
    }
}
