package org.hopfieldstudio.ui.workspace;

/**
 * When to write an autosave snapshot (issue 8, point 4), as plain arithmetic on an injected clock: while there are
 * unsaved changes not yet in a snapshot, at most every {@code interval}, and after each new W (a training run may
 * have taken minutes) as soon as {@link #MIN_GAP_NANOS} has passed since the last snapshot, so a protocol that
 * rewrites W on every edit does not write a snapshot per edit. One write at a time; a failed write is retried after
 * the interval.
 */
public final class AutosavePolicy {
    /** The shortest gap between two snapshots, even after a new W. */
    public static final long MIN_GAP_NANOS = 2_000_000_000L;

    private final long interval;
    private long lastStart;
    private long writtenChange = -1;
    private long writtenWeights;
    private long pendingChange;
    private long pendingWeights;
    private boolean inFlight;

    /**
     * @param intervalNanos the autosave interval ({@code hopfield.autosaveSeconds})
     * @param now           the clock's time at start: the first snapshot is due one interval after it
     * @param weightsVersion the W count at start (a W already there is not "new")
     */
    public AutosavePolicy(long intervalNanos, long now, long weightsVersion) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("the autosave interval must be positive");
        }
        this.interval = intervalNanos;
        this.lastStart = now;
        this.writtenWeights = weightsVersion;
    }

    public long intervalNanos() {
        return interval;
    }

    /** Whether a snapshot should be written now. */
    public boolean due(long now, boolean dirty, long changeCount, long weightsVersion) {
        if (inFlight || !dirty || changeCount == writtenChange) {
            return false;
        }
        long since = now - lastStart;
        return since >= interval || (weightsVersion != writtenWeights && since >= Math.min(MIN_GAP_NANOS, interval));
    }

    /** A snapshot of {@code changeCount} / {@code weightsVersion} is being written. */
    public void started(long now, long changeCount, long weightsVersion) {
        inFlight = true;
        lastStart = now;
        pendingChange = changeCount;
        pendingWeights = weightsVersion;
    }

    /** The write ended; a failure leaves the changes due again after the interval. */
    public void finished(boolean ok) {
        inFlight = false;
        if (ok) {
            writtenChange = pendingChange;
            writtenWeights = pendingWeights;
        }
    }

    public boolean inFlight() {
        return inFlight;
    }
}
