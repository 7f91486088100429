package org.hopfieldstudio.ui.crosstalk;

import org.hopfieldstudio.analysis.Crosstalk;

/**
 * Pseudo-orthogonality samples (DESIGN §3): ξ·S for random pairs (mean 0, std √N) and for pairs that agree on
 * k cells (mean k, std √(N − k)), from {@link Crosstalk#dotProducts}. Plain Java.
 *
 * @param neurons N
 * @param overlap k
 * @param random  samples of ξ·S for independent pairs
 * @param shared  samples of ξ·S for pairs overlapping on k cells
 */
public record OrthogonalitySnapshot(int neurons, int overlap, int[] random, int[] shared) {

    public static OrthogonalitySnapshot of(int neurons, int overlap, int samples, long seed) {
        return new OrthogonalitySnapshot(neurons, overlap, Crosstalk.dotProducts(neurons, 0, samples, seed),
                Crosstalk.dotProducts(neurons, overlap, samples, seed + 1));
    }

    public static double mean(int[] v) {
        double s = 0;
        for (int x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    public static double std(int[] v) {
        double m = mean(v);
        double s = 0;
        for (int x : v) {
            s += (x - m) * (x - m);
        }
        return v.length == 0 ? 0 : Math.sqrt(s / v.length);
    }
}
