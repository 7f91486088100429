package org.hopfieldstudio.ui.recall;

import java.util.Locale;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.PatternSet;

/**
 * Names the state a recall stopped in, with {@link EndState#classify}: stored pattern, inverse, mixture,
 * spurious, 2-cycle, not converged; spurious and unconverged states also name the closest stored pattern.
 */
final class EndStates {
    private EndStates() {
    }

    static String describe(byte[] s, PatternSet stored, double[] overlaps, boolean converged, boolean twoCycle,
                           long sweeps) {
        if (stored == null || overlaps.length == 0) {
            return twoCycle ? "2-cycle" : converged ? "fixed point (no stored patterns to compare)"
                    : "not converged after " + sweeps + " sweeps";
        }
        EndState e = EndState.classify(s, stored, twoCycle, converged);
        if (e.kind() == EndState.Kind.STORED || e.kind() == EndState.Kind.INVERSE
                || e.kind() == EndState.Kind.MIXTURE) {
            return e.label();
        }
        int best = 0;
        for (int mu = 1; mu < overlaps.length; mu++) {
            if (Math.abs(overlaps[mu]) > Math.abs(overlaps[best])) {
                best = mu;
            }
        }
        double m = overlaps[best];
        int d = (int) Math.round(s.length * (1 - Math.abs(m)) / 2);
        return e.label() + (converged || twoCycle ? "" : " after " + sweeps + " sweeps")
                + String.format(Locale.ROOT, " (closest: %s'%s', m = %+.2f, %d cells off)",
                m < 0 ? "inverse of " : "", stored.get(best).name(), m, d);
    }
}
