package org.hopfieldstudio.core;

/**
 * Checks, before allocating, that an N×N float weight matrix fits the JVM heap (DESIGN §4: W is N² floats,
 * 400 MB at N = 10⁴).
 */
public final class MemoryBudget {
    /** Largest grid the app offers: 100×100. Larger N is allowed only while it fits memory. */
    public static final int MAX_NEURONS = 46_340; // floor(sqrt(Integer.MAX_VALUE)): N² must index a Java array

    private MemoryBudget() {
    }

    /** Bytes of one N×N float matrix. */
    public static long weightBytes(int n) {
        return 4L * n * n;
    }

    /**
     * Throws {@link InsufficientMemoryException} unless {@code copies} N×N float matrices fit in the heap that
     * is still free (max heap minus what is in use). Says how much is needed and how to fix it.
     */
    public static void requireWeights(int n, int copies) {
        if (n < 1) {
            throw new IllegalArgumentException("N must be at least 1, got " + n);
        }
        long need = weightBytes(n) * copies;
        if (n > MAX_NEURONS) {
            throw new InsufficientMemoryException("N = " + n + " is too large: a weight matrix of N² = "
                    + ((long) n * n) + " entries exceeds what one Java array can hold (N ≤ " + MAX_NEURONS
                    + "). Use a smaller grid.");
        }
        Runtime rt = Runtime.getRuntime();
        long free = freeBytesFor(need);
        if (need > free) {
            throw new InsufficientMemoryException("N = " + n + " needs " + human(need) + " for its weight matrix"
                    + (copies > 1 ? " (" + copies + " copies of " + human(weightBytes(n)) + ")" : "")
                    + " but only " + human(free) + " of the Java heap is free (max " + human(rt.maxMemory())
                    + "). Use a smaller grid, or start Java with a larger heap, e.g. -Xmx" + suggestXmx(need, rt) + ".");
        }
    }

    public static void requireWeights(int n) {
        requireWeights(n, 1);
    }

    /** Bytes of the double factors of a factored W of rank r: U and V (N×r each, once if shared) and d (N). */
    public static long factorBytes(int n, int r, boolean shared) {
        return 8L * n * r * (shared ? 1 : 2) + 8L * n;
    }

    /**
     * Bytes free in the heap: max heap minus what is in use. When that looks too little for a request, garbage is
     * collected once and the figure taken again, so garbage left by earlier work does not refuse work that fits.
     */
    public static long freeBytes() {
        return freeBytesNow();
    }

    private static long freeBytesNow() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** Free bytes for a request of {@code need}: collects garbage once (only) when the heap looks too full for it. */
    public static long freeBytesFor(long need) {
        long free = freeBytesNow();
        if (need > free) {
            System.gc();
            free = freeBytesNow();
        }
        return free;
    }

    /**
     * Throws {@link InsufficientMemoryException} unless {@code bytes} fit in the heap that is still free; the
     * message names {@code what} needs them (e.g. "MPF at N = 10000, p = 50 (factors and L-BFGS memory)").
     */
    public static void requireBytes(long bytes, String what) {
        Runtime rt = Runtime.getRuntime();
        long free = freeBytesFor(bytes);
        if (bytes > free) {
            throw new InsufficientMemoryException(what + " needs " + human(bytes) + " but only " + human(free)
                    + " of the Java heap is free (max " + human(rt.maxMemory()) + "). Use a smaller grid or fewer "
                    + "patterns, or start Java with a larger heap, e.g. -Xmx" + suggestXmx(bytes, rt) + ".");
        }
    }

    private static String suggestXmx(long need, Runtime rt) {
        long used = rt.totalMemory() - rt.freeMemory();
        long gb = (long) Math.ceil((need + used) * 1.5 / (1L << 30));
        return Math.max(gb, 1) + "g";
    }

    public static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(java.util.Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }
}
