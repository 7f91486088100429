package org.hopfieldstudio.analysis;

import java.util.Locale;

/**
 * Upper bounds on every count the experiments take, checked before anything is allocated, and a rough estimate
 * of how long a run will take. One place for all of them, so the sweeps, the census, the crosstalk statistics
 * and the command line refuse the same things with the same words.
 *
 * <p>The bounds are far above any useful experiment (a capacity sweep of 10⁵ trials at one load is already hours)
 * and far below what breaks: int overflow in {@code loads × trials}, a list of 2³¹ distances, an array of
 * 2³¹ pattern rows.
 */
public final class Limits {
    /** Trials per point (per load, per distance, per crosstalk run). */
    public static final int MAX_TRIALS = 100_000;
    /** Stored patterns p of one experiment. */
    public static final int MAX_PATTERNS = 100_000;
    /** Neurons N of an experiment that never forms W (crosstalk); those with W are bounded by memory too. */
    public static final int MAX_NEURONS = 1_000_000;
    /** Cells N·p of one set of random patterns (bytes held at once). */
    public static final long MAX_CELLS = 100_000_000L;
    /** Random starts of an attractor census. */
    public static final int MAX_STARTS = 1_000_000;
    /** Values in one FROM:TO:STEP range (loads, distances). */
    public static final int MAX_RANGE_VALUES = 100_000;
    /** Work units (trials × points) of one sweep. */
    public static final long MAX_UNITS = 10_000_000L;
    /** Recall sweeps cap. */
    public static final int MAX_SWEEPS = 1_000_000;
    /** Worker threads. */
    public static final int MAX_THREADS = 1024;
    /** Runs estimated above this many seconds are refused: they would not end in a working day. */
    public static final double MAX_SECONDS = 24 * 3600;
    /** Runs estimated above this many seconds say so before they start. */
    public static final double NOTE_SECONDS = 30;
    /**
     * Simple operations per second (an add or multiply-add on bytes or floats), per core, that the estimates assume;
     * measured on the CLI's bench (Hebb recall at N = 10⁴: about 2·10⁹ per core) and rounded down.
     */
    static final double OPS_PER_SECOND = 1e9;

    private Limits() {
    }

    /**
     * {@code value} when it lies in [min, max].
     *
     * @param what the option or quantity as the user wrote it, e.g. "--trials"
     * @throws IllegalArgumentException "--trials must be at most 100000, got 2147483647"
     */
    public static int require(int value, String what, int min, int max) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
        }
        if (value > max) {
            throw new IllegalArgumentException(what + " must be at most " + max + ", got " + value);
        }
        return value;
    }

    /** {@code N·p} within {@link #MAX_CELLS}. */
    public static void requireCells(int neurons, int patterns, String what) {
        long cells = (long) neurons * patterns;
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException(what + ": N·p = " + neurons + "·" + patterns + " = " + cells
                    + " cells, more than the " + MAX_CELLS + " one experiment may hold");
        }
    }

    /**
     * p = max(1, round(load·N)), computed without int overflow.
     *
     * @throws IllegalArgumentException when load is not positive and finite or p exceeds {@link #MAX_PATTERNS}
     */
    public static int patternsAt(double load, int neurons) {
        if (!(load > 0) || Double.isInfinite(load)) {
            throw new IllegalArgumentException("loads must be positive, got " + load);
        }
        double p = Math.rint(load * neurons);
        if (p > MAX_PATTERNS) {
            throw new IllegalArgumentException("load " + fmt(load) + " at N = " + neurons + " means p = "
                    + (p < 1e15 ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.3g", p))
                    + " patterns; at most " + MAX_PATTERNS);
        }
        return Math.max(1, (int) p);
    }

    /** {@code units = points × trials} within {@link #MAX_UNITS}. */
    public static void requireUnits(long points, long trials, String what) {
        if (points * trials > MAX_UNITS) {
            throw new IllegalArgumentException(what + ": " + points + " points × " + trials + " trials = "
                    + (points * trials) + " runs, more than the " + MAX_UNITS + " one sweep may do");
        }
    }

    /**
     * Seconds that {@code ops} simple operations take on {@code threads} cores (a rough figure, ±×3).
     */
    public static double seconds(double ops, int threads) {
        return ops / (OPS_PER_SECOND * Math.max(1, Math.min(threads, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * Refuses a run estimated above {@link #MAX_SECONDS}, saying how long and what to reduce; returns a note for one
     * above {@link #NOTE_SECONDS} (null otherwise) that the caller shows before it starts.
     *
     * @param what   e.g. "capacity"
     * @param reduce what to make smaller, e.g. "--trials, --loads or --neurons"
     */
    public static String checkDuration(String what, double seconds, String reduce) {
        if (seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(what + " would take about " + duration(seconds)
                    + " on this machine; reduce " + reduce);
        }
        if (seconds > NOTE_SECONDS) {
            return what + " will take about " + duration(seconds) + " on this machine (a rough estimate)";
        }
        return null;
    }

    /** 45 → "45 s", 600 → "10 min", 7200 → "2.0 h", 3e5 → "3.5 days". */
    public static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 2 * 86400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        double days = seconds / 86400;
        return days < 1e6 ? String.format(Locale.ROOT, "%.1f days", days)
                : String.format(Locale.ROOT, "%.2g days", days);
    }

    /**
     * Rough cost of writing W with a protocol, in units of N²·p simple operations: Hebb 1; the iterative
     * protocols do many passes (MPF and Krauth–Mézard about a hundred, TRN's unrolled training a thousand).
     */
    public static double writeCost(String protocolId) {
        return switch (protocolId) {
            case "hebb" -> 1;
            case "pinv", "storkey" -> 3;
            case "mpf", "km" -> 100;
            case "trn" -> 1000;
            default -> 10;
        };
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : Double.toString(v);
    }
}
