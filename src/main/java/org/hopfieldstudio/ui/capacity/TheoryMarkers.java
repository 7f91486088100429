package org.hopfieldstudio.ui.capacity;

import java.util.List;
import java.util.Locale;
import org.hopfieldstudio.ui.figure.MathText;

/**
 * The capacities of DESIGN §3 as loads α = p/N for a network of N neurons, drawn as vertical markers on the
 * capacity chart:
 * <ul>
 *   <li>Hebb α_c ≈ 0.138 (Amit–Gutfreund–Sompolinsky, retrieval with a few errors);</li>
 *   <li>Hebb, all patterns exactly stable w.h.p.: p = N/(4 ln N), i.e. α = 1/(4 ln N); most of them: 1/(2 ln N);</li>
 *   <li>Storkey: p ≈ N/√(2 ln N), α = 1/√(2 ln N);</li>
 *   <li>pseudo-inverse: every pattern a fixed point for p &lt; N, α = 1;</li>
 *   <li>Gardner bound for any W (reached by Krauth–Mézard): p = 2N, α = 2.</li>
 * </ul>
 */
public final class TheoryMarkers {
    /**
     * One marker: the load, a label (plain text, for read-outs and the CLI), the protocol whose colour it takes,
     * and the label as the chart typesets it (words with formulas between {@code $…$}, see {@link MathText}).
     */
    public record Marker(double load, String label, String protocolId, String typeset) {
        /** A marker whose label has no formula. */
        public Marker(double load, String label, String protocolId) {
            this(load, label, protocolId, label.replace("$", "\\$"));
        }

        /** The label as drawn on the chart. */
        public MathText title() {
            return MathText.of(typeset);
        }
    }

    public static final double HEBB_ALPHA_C = 0.138;
    public static final double GARDNER = 2.0;

    private TheoryMarkers() {
    }

    /** The markers for N neurons (N ≥ 2), in increasing load for N ≥ 8. */
    public static List<Marker> forNeurons(int n) {
        double ln = Math.log(Math.max(2, n));
        return List.of(
                new Marker(1 / (4 * ln), String.format(Locale.ROOT, "Hebb all stable N/(4 ln N) = %.3f", 1 / (4 * ln)), "hebb",
                        String.format(Locale.ROOT, "Hebb all stable $p = N/(4\\ln N)$, $\\alpha = %.3f$", 1 / (4 * ln))),
                new Marker(1 / (2 * ln), String.format(Locale.ROOT, "Hebb most stable N/(2 ln N) = %.3f", 1 / (2 * ln)), "hebb",
                        String.format(Locale.ROOT, "Hebb most stable $p = N/(2\\ln N)$, $\\alpha = %.3f$", 1 / (2 * ln))),
                new Marker(HEBB_ALPHA_C, "Hebb α_c ≈ 0.138", "hebb", "Hebb $\\alpha_c \\approx 0.138$"),
                new Marker(1 / Math.sqrt(2 * ln), String.format(Locale.ROOT, "Storkey N/√(2 ln N) = %.3f",
                        1 / Math.sqrt(2 * ln)), "storkey", String.format(Locale.ROOT,
                        "Storkey $p = N/\\sqrt{2\\ln N}$, $\\alpha = %.3f$", 1 / Math.sqrt(2 * ln))),
                new Marker(1, "pseudo-inverse p = N", "pinv", "pseudo-inverse $p = N$"),
                new Marker(GARDNER, "Gardner bound p = 2N", "km", "Gardner bound $p = 2N$"));
    }
}
