package org.hopfieldstudio.ui.diag;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame-time diagnostics: intervals between animation pulses and the time the studio's per-frame work takes
 * on the FX thread, over a rolling window. Shown by F12 as an overlay; logged to stderr every 2 s with
 * {@code -Dhopfield.fps=true}.
 */
public final class FrameStats {
    private static final int WINDOW = 240;
    private final double[] intervals = new double[WINDOW];
    private final double[] work = new double[WINDOW];
    private int count;
    private int cursor;
    private long lastPulse = -1;
    private long lastLog;

    /** Records one frame: the pulse time and how long this frame's work took, both in nanoseconds. */
    public void record(long pulseNanos, long workNanos) {
        if (lastPulse >= 0) {
            intervals[cursor] = (pulseNanos - lastPulse) / 1e6;
            work[cursor] = workNanos / 1e6;
            cursor = (cursor + 1) % WINDOW;
            count = Math.min(WINDOW, count + 1);
        }
        lastPulse = pulseNanos;
    }

    /** True once every {@code periodNanos} (for logging). */
    public boolean logDue(long nowNanos, long periodNanos) {
        if (nowNanos - lastLog >= periodNanos) {
            lastLog = nowNanos;
            return count > 10;
        }
        return false;
    }

    public String summary() {
        if (count == 0) {
            return "no frames yet";
        }
        double[] iv = Arrays.copyOf(intervals, count);
        double[] wk = Arrays.copyOf(work, count);
        Arrays.sort(iv);
        Arrays.sort(wk);
        double meanI = Arrays.stream(iv).average().orElse(0);
        double meanW = Arrays.stream(wk).average().orElse(0);
        return String.format(Locale.ROOT, "%.1f fps · frame %.1f ms (p95 %.1f, max %.1f) · FX work %.2f ms (p95 %.2f, max %.2f)",
                1000 / meanI, meanI, iv[(int) (0.95 * (count - 1))], iv[count - 1], meanW, wk[(int) (0.95 * (count - 1))],
                wk[count - 1]);
    }
}
