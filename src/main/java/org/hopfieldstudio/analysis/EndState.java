package org.hopfieldstudio.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.RecallResult;

/**
 * What a recall ended in: a stored pattern, its inverse, a symmetric 3-mixture, another (spurious) stable
 * state, a 2-cycle, or no convergence within the sweep cap.
 *
 * @param kind         the class
 * @param patternIndex μ for {@link Kind#STORED} and {@link Kind#INVERSE}, otherwise −1
 * @param patternName  name of pattern μ for those kinds, otherwise null
 * @param label        a human label: "stored pattern 'B'", "inverse of 'B'", "mixture of 'A', 'B', 'C'",
 *                     "spurious stable state", "2-cycle", "not converged"
 */
public record EndState(Kind kind, int patternIndex, String patternName, String label) {
    /** The end-state classes, in the order a census lists them when counts tie. */
    public enum Kind {
        STORED, INVERSE, MIXTURE, OTHER_STABLE, TWO_CYCLE, NOT_CONVERGED
    }

    /**
     * Patterns whose overlap magnitude is below this cannot be a component of a symmetric 3-mixture that
     * equals the state (the components of {@code sign(ξ^a + ξ^b + ξ^c)} have overlap ½ with it for random
     * patterns, and at least 0.3 in practice; correlated patterns may reach less, which only means such a
     * state is called spurious).
     */
    public static final double MIXTURE_MIN_OVERLAP = 0.3;

    /** At most this many candidate components (those with the largest |m|) are tried: C(24, 3) = 2024 triples. */
    static final int MAX_CANDIDATES = 24;

    public EndState {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    /** Classifies the outcome of a recall run against the stored patterns. */
    public static EndState classify(RecallResult result, PatternSet stored) {
        return classify(result.finalState(), stored, result.twoCycle(), result.converged());
    }

    /**
     * @param state     the final state (not modified)
     * @param stored    the stored patterns
     * @param twoCycle  whether (synchronous) recall ended alternating between two states
     * @param converged whether it ended at a fixed point
     */
    public static EndState classify(byte[] state, PatternSet stored, boolean twoCycle, boolean converged) {
        if (twoCycle) {
            return new EndState(Kind.TWO_CYCLE, -1, null, "2-cycle");
        }
        if (!converged) {
            return new EndState(Kind.NOT_CONVERGED, -1, null, "not converged");
        }
        int p = stored.count();
        byte[][] xi = stored.toArrays();
        double[] m = new double[p];
        for (int mu = 0; mu < p; mu++) {
            m[mu] = Measures.overlap(state, xi[mu]);
            if (m[mu] == 1.0) {
                String name = stored.get(mu).name();
                return new EndState(Kind.STORED, mu, name, "stored pattern '" + name + "'");
            }
        }
        for (int mu = 0; mu < p; mu++) {
            if (m[mu] == -1.0) {
                String name = stored.get(mu).name();
                return new EndState(Kind.INVERSE, mu, name, "inverse of '" + name + "'");
            }
        }
        int[] mix = findMixture(state, xi, m);
        if (mix != null) {
            StringBuilder sb = new StringBuilder("mixture of ");
            for (int k = 0; k < 3; k++) {
                int mu = mix[k];
                sb.append(k == 0 ? "" : ", ").append(m[mu] < 0 ? "−" : "").append('\'')
                        .append(stored.get(mu).name()).append('\'');
            }
            return new EndState(Kind.MIXTURE, -1, null, sb.toString());
        }
        return new EndState(Kind.OTHER_STABLE, -1, null, "spurious stable state");
    }

    /**
     * Indices a &lt; b &lt; c with {@code state = sign(ε_a ξ^a + ε_b ξ^b + ε_c ξ^c)}, ε = sign(m), or null.
     * N.B. the sign of each component is forced by its overlap: a component of the mixture always has an
     * overlap of its own sign, so one sign combination per triple suffices.
     */
    static int[] findMixture(byte[] state, byte[][] xi, double[] m) {
        List<Integer> cand = new ArrayList<>();
        for (int mu = 0; mu < m.length; mu++) {
            if (Math.abs(m[mu]) >= MIXTURE_MIN_OVERLAP) {
                cand.add(mu);
            }
        }
        if (cand.size() < 3) {
            return null;
        }
        cand.sort(Comparator.comparingDouble((Integer mu) -> -Math.abs(m[mu])));
        if (cand.size() > MAX_CANDIDATES) {
            cand = new ArrayList<>(cand.subList(0, MAX_CANDIDATES));
        }
        int c = cand.size();
        int n = state.length;
        for (int x = 0; x < c; x++) {
            for (int y = x + 1; y < c; y++) {
                for (int z = y + 1; z < c; z++) {
                    int a = cand.get(x);
                    int b = cand.get(y);
                    int d = cand.get(z);
                    int ea = m[a] < 0 ? -1 : 1;
                    int eb = m[b] < 0 ? -1 : 1;
                    int ed = m[d] < 0 ? -1 : 1;
                    boolean match = true;
                    for (int i = 0; i < n && match; i++) {
                        int sum = ea * xi[a][i] + eb * xi[b][i] + ed * xi[d][i];
                        match = (sum > 0 ? 1 : -1) == state[i];
                    }
                    if (match) {
                        int[] r = {a, b, d};
                        Arrays.sort(r);
                        return r;
                    }
                }
            }
        }
        return null;
    }
}
