package org.hopfieldstudio.ui.concurrent;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Elapsed time and an estimate of the time left for a job, from the rate so far: after a fraction f of the work in
 * t seconds, the rest takes about t·(1 − f)/f. Pure: the clock is injected (System::nanoTime in the app).
 */
public final class ProgressClock {
    /** Work estimated above this many seconds is announced before the user waits for it (issue 7, point 3). */
    public static final double LONG_SECONDS = 30;

    private final LongSupplier nanos;
    private final long start;

    public ProgressClock(LongSupplier nanos) {
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    public double elapsedSeconds() {
        return (nanos.getAsLong() - start) / 1e9;
    }

    /** Estimated seconds left at {@code fraction} done (0 … 1), or NaN when nothing is done yet. */
    public double secondsLeft(double fraction) {
        if (!(fraction > 0) || fraction > 1) {
            return Double.NaN;
        }
        return elapsedSeconds() * (1 - fraction) / fraction;
    }

    /** Estimated total seconds at {@code fraction} done, or NaN. */
    public double totalSeconds(double fraction) {
        return fraction > 0 && fraction <= 1 ? elapsedSeconds() / fraction : Double.NaN;
    }

    /** "12 s elapsed · about 40 s left" (or only the elapsed time while no estimate exists). */
    public String text(double fraction) {
        return textLeft(secondsLeft(fraction));
    }

    /** The same with an estimate of the seconds left made elsewhere (NaN: none yet). */
    public String textLeft(double left) {
        return duration(elapsedSeconds()) + " elapsed" + (Double.isNaN(left) ? "" : " · about " + duration(left) + " left");
    }

    /** "0.4 s", "12 s", "3 min 05 s", "1 h 15 min". */
    public static String duration(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "?";
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        long min = Math.round(seconds / 60);
        return String.format(Locale.ROOT, "%d h %02d min", min / 60, min % 60);
    }
}
