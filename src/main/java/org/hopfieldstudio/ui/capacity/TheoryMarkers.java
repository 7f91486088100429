package org.hopfieldstudio.ui.capacity;

import java.util.List;
import java.util.Locale;

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
    /** One marker: the load, a label for the chart, and the protocol whose colour it takes. */
    public record Marker(double load, String label, String protocolId) {
    }

    public static final double HEBB_ALPHA_C = 0.138;
    public static final double GARDNER = 2.0;

    private TheoryMarkers() {
    }

    /** The markers for N neurons (N ≥ 2), in increasing load for N ≥ 8. */
    public static List<Marker> forNeurons(int n) {
        double ln = Math.log(Math.max(2, n));
        return List.of(
                new Marker(1 / (4 * ln), String.format(Locale.ROOT, "Hebb all stable N/(4 ln N) = %.3f", 1 / (4 * ln)), "hebb"),
                new Marker(1 / (2 * ln), String.format(Locale.ROOT, "Hebb most stable N/(2 ln N) = %.3f", 1 / (2 * ln)), "hebb"),
                new Marker(HEBB_ALPHA_C, "Hebb α_c ≈ 0.138", "hebb"),
                new Marker(1 / Math.sqrt(2 * ln), String.format(Locale.ROOT, "Storkey N/√(2 ln N) = %.3f",
                        1 / Math.sqrt(2 * ln)), "storkey"),
                new Marker(1, "pseudo-inverse p = N", "pinv"),
                new Marker(GARDNER, "Gardner bound p = 2N", "km"));
    }
}
