package org.hopfieldstudio.ui.diag;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame-time diagnostics: intervals between animation pulses, the time the studio's per-frame work takes
 * on the FX thread (the frame pump: recall, grid, charts) and the time of the scene's CSS and layout pass that
 * follows it, over a rolling window. Shown by F12 as an overlay; logged to stderr every 2 s with
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
    /** The scene's CSS and layout pass per pulse, ms (a ring of its own: pulses without an animation frame count). */
    private final double[] layout = new double[WINDOW];
    private int layoutCount;
    private int layoutCursor;

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

    /** Records how long one pulse's CSS and layout pass took on the FX thread, in nanoseconds. */
    public void recordLayout(long nanos) {
        layout[layoutCursor] = nanos / 1e6;
        layoutCursor = (layoutCursor + 1) % WINDOW;
        layoutCount = Math.min(WINDOW, layoutCount + 1);
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
        String s = String.format(Locale.ROOT, "%.1f fps · frame %.1f ms (p95 %.1f, max %.1f) · FX work %.2f ms (p95 %.2f, max %.2f)",
                1000 / meanI, meanI, iv[(int) (0.95 * (count - 1))], iv[count - 1], meanW, wk[(int) (0.95 * (count - 1))],
                wk[count - 1]);
        if (layoutCount > 0) {
            double[] ly = Arrays.copyOf(layout, layoutCount);
            Arrays.sort(ly);
            s += String.format(Locale.ROOT, " · CSS+layout %.2f ms (p95 %.2f)", Arrays.stream(ly).average().orElse(0),
                    ly[(int) (0.95 * (layoutCount - 1))]);
        }
        return s;
    }
}
