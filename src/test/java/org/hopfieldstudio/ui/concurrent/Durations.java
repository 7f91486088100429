package org.hopfieldstudio.ui.concurrent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back what {@link ProgressClock#duration} writes, for tests and benches that check estimates. */
public final class Durations {
    private Durations() {
    }

    /** "0.4 s", "12 s", "3 min 05 s", "1 h 15 min" back to seconds. */
    public static double seconds(String d) {
        double s = 0;
        Matcher m = Pattern.compile("([0-9.]+) (h|min|s)").matcher(d);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            s += switch (m.group(2)) {
                case "h" -> 3600 * v;
                case "min" -> 60 * v;
                default -> v;
            };
        }
        return s;
    }
}
