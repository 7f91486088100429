package org.hopfieldstudio.core;

/** Overlap and Hamming distance between ±1 state vectors (DESIGN §1). Stateless. */
public final class Measures {
    private Measures() {
    }

    /** {@code m = (1/N) Σ_i a_i b_i ∈ [−1, 1]}. Arguments not modified. */
    public static double overlap(byte[] a, byte[] b) {
        checkSameLength(a, b);
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return (double) sum / a.length;
    }

    /** Number of positions where {@code a} and {@code b} differ; equals N(1 − m)/2. */
    public static int hamming(byte[] a, byte[] b) {
        checkSameLength(a, b);
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                d++;
            }
        }
        return d;
    }

    private static void checkSameLength(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("states differ in size: " + a.length + " vs " + b.length);
        }
    }
}
