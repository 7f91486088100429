package org.hopfieldstudio.analysis;

import java.util.Locale;

/**
 * Parses the {@code FROM:TO:STEP} ranges of the CLI and sweeps (inclusive of TO up to round-off); a single
 * number is a range of one value.
 */
public final class Range {
    private Range() {
    }

    /**
     * @param what name used in the message, e.g. "loads"
     * @throws IllegalArgumentException naming {@code what} and the expected form
     */
    public static double[] parse(String text, String what) {
        String[] parts = text.trim().split(":", -1);
        try {
            if (parts.length == 1) {
                return new double[]{finite(Double.parseDouble(parts[0]), what, text)};
            }
            if (parts.length != 3) {
                throw bad(what, text);
            }
            double from = finite(Double.parseDouble(parts[0]), what, text);
            double to = finite(Double.parseDouble(parts[1]), what, text);
            double step = finite(Double.parseDouble(parts[2]), what, text);
            if (!(step > 0)) {
                throw new IllegalArgumentException(what + ": STEP must be positive, got " + parts[2]);
            }
            if (to < from) {
                throw new IllegalArgumentException(what + ": TO must not be below FROM, got " + text);
            }
            // N.B. counted in double before any long or int conversion: 0:1e308:1 must not wrap around
            double span = Math.floor((to - from) / step + 1e-9) + 1;
            if (!(span <= Limits.MAX_RANGE_VALUES)) {
                throw new IllegalArgumentException(what + ": " + text.trim() + " has "
                        + (span < 1e15 ? String.valueOf((long) span) : String.format(Locale.ROOT, "%.3g", span))
                        + " values; at most " + Limits.MAX_RANGE_VALUES);
            }
            long count = (long) span;
            double[] out = new double[(int) count];
            for (int k = 0; k < count; k++) {
                // N.B. from + k·step, rounded to 12 digits, so 0.02:0.30:0.02 prints 0.3 and not 0.30000000000000004
                out[k] = Math.round((from + k * step) * 1e12) / 1e12;
            }
            return out;
        } catch (NumberFormatException e) {
            throw bad(what, text);
        }
    }

    /** Integer range {@code FROM:TO:STEP} (or one integer), at most {@link Limits#MAX_RANGE_VALUES} values. */
    public static int[] parseInts(String text, String what) {
        return parseInts(text, what, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Integer range {@code FROM:TO:STEP} (or one integer) whose values lie in [min, max]; the count and the bounds
     * are checked before the values are built.
     */
    public static int[] parseInts(String text, String what, int min, int max) {
        String[] parts = text.trim().split(":", -1);
        int from;
        int to;
        int step;
        try {
            if (parts.length == 1) {
                from = Integer.parseInt(parts[0].trim());
                to = from;
                step = 1;
            } else if (parts.length == 3) {
                from = Integer.parseInt(parts[0].trim());
                to = Integer.parseInt(parts[1].trim());
                step = Integer.parseInt(parts[2].trim());
            } else {
                throw badInt(what, text);
            }
        } catch (NumberFormatException e) {
            throw badInt(what, text);
        }
        if (step <= 0) {
            throw new IllegalArgumentException(what + ": STEP must be positive, got " + step);
        }
        if (to < from) {
            throw new IllegalArgumentException(what + ": TO must not be below FROM, got " + text.trim());
        }
        if (from < min || to > max) {
            throw new IllegalArgumentException(what + " must lie between " + min + " and " + max + ", got "
                    + text.trim());
        }
        long count = ((long) to - from) / step + 1;
        if (count > Limits.MAX_RANGE_VALUES) {
            throw new IllegalArgumentException(what + ": " + text.trim() + " has " + count + " values; at most "
                    + Limits.MAX_RANGE_VALUES);
        }
        int[] out = new int[(int) count];
        for (int k = 0; k < count; k++) {
            out[k] = (int) (from + (long) k * step);
        }
        return out;
    }

    private static double finite(double v, String what, String text) {
        if (!Double.isFinite(v)) {
            throw bad(what, text);
        }
        return v;
    }

    private static IllegalArgumentException bad(String what, String text) {
        return new IllegalArgumentException(what + " must be FROM:TO:STEP (e.g. 0.02:0.30:0.02) or one number, got '"
                + text + "'");
    }

    private static IllegalArgumentException badInt(String what, String text) {
        return new IllegalArgumentException(what + " must be FROM:TO:STEP of whole numbers (e.g. 0:40:5) or one "
                + "whole number, got '" + text + "'");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
