package org.hopfieldstudio.analysis;

import java.util.ArrayList;
import java.util.List;
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
            long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
            if (count > 100_000) {
                throw new IllegalArgumentException(what + ": " + text + " has " + count + " values; at most 100000");
            }
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

    /** Integer range {@code FROM:TO:STEP} (or one integer). */
    public static int[] parseInts(String text, String what) {
        String[] parts = text.trim().split(":", -1);
        try {
            if (parts.length == 1) {
                return new int[]{Integer.parseInt(parts[0].trim())};
            }
            if (parts.length != 3) {
                throw badInt(what, text);
            }
            int from = Integer.parseInt(parts[0].trim());
            int to = Integer.parseInt(parts[1].trim());
            int step = Integer.parseInt(parts[2].trim());
            if (step <= 0) {
                throw new IllegalArgumentException(what + ": STEP must be positive, got " + step);
            }
            if (to < from) {
                throw new IllegalArgumentException(what + ": TO must not be below FROM, got " + text);
            }
            List<Integer> l = new ArrayList<>();
            for (long v = from; v <= to; v += step) {
                l.add((int) v);
            }
            return l.stream().mapToInt(Integer::intValue).toArray();
        } catch (NumberFormatException e) {
            throw badInt(what, text);
        }
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
