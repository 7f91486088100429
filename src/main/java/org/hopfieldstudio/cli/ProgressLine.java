package org.hopfieldstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hopfieldstudio.protocol.ProgressListener;

/**
 * Progress of a long command as one line on stderr, rewritten in place with {@code \r} at most every
 * {@link #INTERVAL_NANOS} and ended with a newline by {@link #close()}. Never touches stdout.
 * Thread-safe: the sweeps report from their worker threads.
 */
final class ProgressLine implements ProgressListener, AutoCloseable {
    /** The text of the line for (done, total). */
    @FunctionalInterface
    interface Text {
        String of(long done, long total);
    }

    /** At most ten rewrites a second. */
    static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final Text text;
    private long lastNanos;
    private int lastLength;
    private boolean shown;
    private long done;
    private long total;
    private boolean pending;

    /** @param err where the line goes; null for a silent listener */
    ProgressLine(PrintWriter err, Text text) {
        this.err = err;
        this.text = text;
    }

    @Override
    public synchronized void progress(long done, long total, double objective, String message) {
        // N.B. worker threads may report out of order; the line never goes backwards.
        if (err == null || done < this.done) {
            return;
        }
        this.done = done;
        this.total = total;
        long now = System.nanoTime();
        if (!shown || now - lastNanos >= INTERVAL_NANOS) {
            lastNanos = now;
            show();
        } else {
            pending = true;
        }
    }

    private void show() {
        String s = text.of(done, total);
        // Blanks wipe the tail of a longer previous line.
        err.print("\r" + s + " ".repeat(Math.max(0, lastLength - s.length())));
        err.flush();
        lastLength = s.length();
        shown = true;
        pending = false;
    }

    /** Shows the last state and ends the line (nothing if nothing was reported). */
    @Override
    public synchronized void close() {
        if (pending) {
            show();
        }
        if (shown) {
            err.println();
            err.flush();
        }
    }

    /**
     * Whether this process's stderr is a terminal. On Linux from {@code /proc/self/fd/2}; elsewhere
     * {@code System.console() != null} (stdin and stdout are a terminal), the nearest Java 17 offers.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return System.console() != null;
    }
}
