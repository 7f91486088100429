package org.hopfieldstudio.core;

import java.util.random.RandomGenerator;

/**
 * Corruptions of a state vector: flip exactly k distinct bits, flip a fraction, occlude a rectangle or a
 * half. Every method modifies {@code s} in place (suffix-free names, but documented as "Modified") and
 * takes its randomness from the given generator, so runs replay from a seed.
 */
public final class Noise {
    /** What occluded cells become. */
    public enum Fill {
        /** −1, white. */
        OFF,
        /** +1, black. */
        ON,
        /** ±1 at random. */
        RANDOM
    }

    /** Which half of the grid to occlude. */
    public enum Half {
        TOP, BOTTOM, LEFT, RIGHT
    }

    private Noise() {
    }

    /**
     * Flips exactly {@code k} distinct bits chosen uniformly (partial Fisher–Yates).
     *
     * @param s   state, ±1. Modified.
     * @return the flipped indices, in the order drawn
     */
    public static int[] flipExactly(byte[] s, int k, RandomGenerator rng) {
        int n = s.length;
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot flip " + k + " of " + n + " bits");
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int t = 0; t < k; t++) {
            int r = t + rng.nextInt(n - t);
            int tmp = idx[t];
            idx[t] = idx[r];
            idx[r] = tmp;
            s[idx[t]] = (byte) -s[idx[t]];
        }
        int[] out = new int[k];
        System.arraycopy(idx, 0, out, 0, k);
        return out;
    }

    /** Number of bits a noise fraction flips: round(fraction·N). */
    public static int bitsFor(double fraction, int n) {
        requireFraction(fraction);
        return (int) Math.round(fraction * n);
    }

    /** Flips exactly round(fraction·N) distinct bits. {@code s} modified. */
    public static int[] flipFraction(byte[] s, double fraction, RandomGenerator rng) {
        return flipExactly(s, bitsFor(fraction, s.length), rng);
    }

    /** @throws IllegalArgumentException unless 0 ≤ fraction ≤ 1 */
    public static void requireFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("noise must be a fraction between 0 and 1, got " + fraction);
        }
    }

    /**
     * Sets the cells of the rectangle rows [r0, r1) × cols [c0, c1) (clipped to the grid) to {@code fill}.
     *
     * @param s    state on a rows×cols grid. Modified.
     * @param mask if not null, occluded cells are marked true (modified)
     */
    public static void occludeRect(byte[] s, int rows, int cols, int r0, int c0, int r1, int c1, Fill fill,
                                   RandomGenerator rng, boolean[] mask) {
        if (s.length != rows * cols) {
            throw new IllegalArgumentException("state has " + s.length + " cells, grid is " + rows + "×" + cols);
        }
        int ra = Math.max(0, Math.min(r0, r1)), rb = Math.min(rows, Math.max(r0, r1));
        int ca = Math.max(0, Math.min(c0, c1)), cb = Math.min(cols, Math.max(c0, c1));
        for (int r = ra; r < rb; r++) {
            for (int c = ca; c < cb; c++) {
                int i = r * cols + c;
                s[i] = switch (fill) {
                    case OFF -> (byte) -1;
                    case ON -> (byte) 1;
                    case RANDOM -> rng.nextBoolean() ? (byte) 1 : (byte) -1;
                };
                if (mask != null) {
                    mask[i] = true;
                }
            }
        }
    }

    /** Occludes one half of the grid (for odd sizes the half is rounded down). {@code s} modified. */
    public static void occludeHalf(byte[] s, int rows, int cols, Half half, Fill fill, RandomGenerator rng,
                                   boolean[] mask) {
        switch (half) {
            case TOP -> occludeRect(s, rows, cols, 0, 0, rows / 2, cols, fill, rng, mask);
            case BOTTOM -> occludeRect(s, rows, cols, rows - rows / 2, 0, rows, cols, fill, rng, mask);
            case LEFT -> occludeRect(s, rows, cols, 0, 0, rows, cols / 2, fill, rng, mask);
            case RIGHT -> occludeRect(s, rows, cols, 0, cols - cols / 2, rows, cols, fill, rng, mask);
            default -> throw new IllegalStateException();
        }
    }

    /**
     * The clamp mask for a partial cue: the cells NOT occluded keep their value during recall.
     *
     * @param occluded cells that were hidden (not modified)
     */
    public static boolean[] clampVisible(boolean[] occluded) {
        boolean[] clamp = new boolean[occluded.length];
        for (int i = 0; i < clamp.length; i++) {
            clamp[i] = !occluded[i];
        }
        return clamp;
    }
}
