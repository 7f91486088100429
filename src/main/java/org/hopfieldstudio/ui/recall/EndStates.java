package org.hopfieldstudio.ui.recall;

import java.util.Locale;
import org.hopfieldstudio.core.PatternSet;

/**
 * Names the state a recall stopped in: stored pattern, its inverse, a 3-mixture, a spurious state, a 2-cycle.
 *
 * <p>N.B. a local stand-in until {@code analysis.EndState} lands on main; then this delegates to it.
 */
final class EndStates {
    private EndStates() {
    }

    static String describe(byte[] s, PatternSet stored, double[] overlaps, boolean converged, boolean twoCycle,
                           long sweeps) {
        if (twoCycle) {
            return "2-cycle: synchronous updates alternate between two states";
        }
        String prefix = converged ? "" : "no fixed point after " + sweeps + " sweeps; now ";
        if (stored == null || overlaps.length == 0) {
            return prefix + (converged ? "fixed point (no stored patterns to compare)" : "running");
        }
        int best = 0;
        for (int mu = 1; mu < overlaps.length; mu++) {
            if (Math.abs(overlaps[mu]) > Math.abs(overlaps[best])) {
                best = mu;
            }
        }
        double m = overlaps[best];
        String name = stored.get(best).name();
        if (Math.abs(m - 1) < 1e-9) {
            return prefix + "stored pattern “" + name + "” (m = 1)";
        }
        if (Math.abs(m + 1) < 1e-9) {
            return prefix + "inverse of “" + name + "” (m = −1)";
        }
        String mixture = converged ? mixture(s, stored) : null;
        if (mixture != null) {
            return "mixture state " + mixture;
        }
        int d = (int) Math.round(s.length * (1 - Math.abs(m)) / 2);
        return prefix + String.format(Locale.ROOT, "spurious state (closest: %s“%s”, m = %+.2f, %d cells off)",
                m < 0 ? "inverse of " : "", name, m, d);
    }

    /** "sgn(+A +B −C)" when s is the sign of a sum of three stored patterns, else null. O(p³·N) worst case. */
    static String mixture(byte[] s, PatternSet stored) {
        int p = stored.count();
        int n = s.length;
        if (p < 3 || (long) p * p * p * n > 4_000_000_000L) {
            return null;
        }
        byte[][] x = stored.toArrays();
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                for (int c = b + 1; c < p; c++) {
                    for (int signs = 0; signs < 8; signs++) {
                        int ea = (signs & 1) == 0 ? 1 : -1;
                        int eb = (signs & 2) == 0 ? 1 : -1;
                        int ec = (signs & 4) == 0 ? 1 : -1;
                        boolean match = true;
                        for (int i = 0; i < n && match; i++) {
                            int v = ea * x[a][i] + eb * x[b][i] + ec * x[c][i];
                            match = (v > 0 ? 1 : -1) == s[i];
                        }
                        if (match) {
                            return "sgn(" + sign(ea) + stored.get(a).name() + " " + sign(eb) + stored.get(b).name()
                                    + " " + sign(ec) + stored.get(c).name() + ")";
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String sign(int e) {
        return e > 0 ? "+" : "−";
    }
}
