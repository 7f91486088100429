package org.hopfieldstudio.protocol;

import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;

/** Shared test fixtures: hand-drawn correlated letters and the fixed-point check of DESIGN §1. */
final class Fixtures {
    private Fixtures() {
    }

    /** A pattern from rows of '#' (+1) and '.' (−1). */
    static Pattern drawn(String name, String... rows) {
        int r = rows.length;
        int c = rows[0].length();
        byte[] cells = new byte[r * c];
        for (int y = 0; y < r; y++) {
            for (int x = 0; x < c; x++) {
                cells[y * c + x] = rows[y].charAt(x) == '#' ? (byte) 1 : (byte) -1;
            }
        }
        return new Pattern(name, r, c, cells);
    }

    /** E, F, P, B, R on 7×5: strongly correlated (they share the spine and most of the top bar). */
    static PatternSet letters() {
        return PatternSet.of("letters",
                drawn("E", "#####", "#....", "#....", "####.", "#....", "#....", "#####"),
                drawn("F", "#####", "#....", "#....", "####.", "#....", "#....", "#...."),
                drawn("P", "####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
                drawn("B", "####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
                drawn("R", "####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"));
    }

    /**
     * Whether {@code s} is a fixed point of asynchronous recall: every field agrees in sign with s_i, or is a tie
     * (|h_i| within the network's tie tolerance), which keeps the current state (DESIGN §1).
     */
    static boolean isFixedPoint(Network net, byte[] s) {
        double[] h = new double[net.size()];
        net.fields(s, h);
        double tol = net.tieTolerance();
        for (int i = 0; i < h.length; i++) {
            if (Math.abs(h[i]) > tol && h[i] * s[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Names of the patterns of {@code set} that are not fixed points of {@code net}. */
    static List<String> unstable(Network net, PatternSet set) {
        List<String> bad = new ArrayList<>();
        for (Pattern p : set.patterns()) {
            if (!isFixedPoint(net, p.toArray())) {
                bad.add(p.name());
            }
        }
        return bad;
    }

    /** W as a double[N][N], W[i][j] = W_ij. */
    static double[][] dense(Network net) {
        int n = net.size();
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = net.weight(i, j);
            }
        }
        return a;
    }
}
