package org.hopfieldstudio.ui.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.PatternSet;

/**
 * The landmarks of the overlap plane (m^a, m^b): where every stored pattern, the inverses of ξ^a and ξ^b, and the
 * symmetric 3-mixtures {@code sign(±ξ^a ± ξ^b ± ξ^c)} lie. Plain arithmetic, no JavaFX.
 */
final class PlaneMarks {
    enum Kind {
        STORED, INVERSE, MIXTURE
    }

    record Mark(Kind kind, double ma, double mb, String label) {
    }

    private PlaneMarks() {
    }

    /** Marks for stored patterns a ≠ b of {@code set}; mixtures deduplicated to 1/100 in the plane. */
    static List<Mark> of(PatternSet set, int a, int b) {
        List<Mark> out = new ArrayList<>();
        if (set == null || a < 0 || b < 0 || a >= set.count() || b >= set.count() || a == b) {
            return out;
        }
        byte[][] xi = set.toArrays();
        for (int nu = 0; nu < xi.length; nu++) {
            out.add(new Mark(Kind.STORED, Measures.overlap(xi[nu], xi[a]), Measures.overlap(xi[nu], xi[b]),
                    set.get(nu).name()));
        }
        double mab = Measures.overlap(xi[a], xi[b]);
        out.add(new Mark(Kind.INVERSE, -1, -mab, "−" + set.get(a).name()));
        out.add(new Mark(Kind.INVERSE, -mab, -1, "−" + set.get(b).name()));
        Set<Long> seen = new HashSet<>();
        int n = xi[a].length;
        byte[] mix = new byte[n];
        for (int c = 0; c < xi.length; c++) {
            if (c == a || c == b) {
                continue;
            }
            for (int signs = 0; signs < 8; signs++) {
                int ea = (signs & 1) == 0 ? 1 : -1;
                int eb = (signs & 2) == 0 ? 1 : -1;
                int ec = (signs & 4) == 0 ? 1 : -1;
                for (int i = 0; i < n; i++) {
                    mix[i] = ea * xi[a][i] + eb * xi[b][i] + ec * xi[c][i] > 0 ? (byte) 1 : (byte) -1;
                }
                double x = Measures.overlap(mix, xi[a]);
                double y = Measures.overlap(mix, xi[b]);
                long key = Math.round(x * 100) * 1000 + Math.round(y * 100);
                if (seen.add(key)) {
                    out.add(new Mark(Kind.MIXTURE, x, y, null));
                }
            }
        }
        return out;
    }
}
