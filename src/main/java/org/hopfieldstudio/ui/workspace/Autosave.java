package org.hopfieldstudio.ui.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hopfieldstudio.io.Problems;
import org.hopfieldstudio.io.RecoveryStore;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * Autosave (issue 8, point 4): {@link #tick()} is called on the FX thread about once a second (the app uses a
 * {@code Timeline}); when the {@link AutosavePolicy} says so it takes a cheap snapshot of the document there (the grid
 * copied, W shared and its checksum left for later) and writes it through the {@link RecoveryStore} on the
 * {@code writer} executor, so serialising a 400 MB W never stalls the animation. Results come back through {@code fx}.
 * A failure says once why and that the work is not yet protected; the next success says nothing.
 */
public final class Autosave {
    /** The system property with the interval in seconds. */
    public static final String PROPERTY = "hopfield.autosaveSeconds";
    /** The interval when the property is not set. */
    public static final double DEFAULT_SECONDS = 30;

    private final WorkspaceDocument doc;
    private final RecoveryStore store;
    private final AutosavePolicy policy;
    private final Executor writer;
    private final Executor fx;
    private final LongSupplier clock;
    private final Supplier<Instant> wallClock;
    private final NoticeBoard notices;
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>();
    private boolean failing;
    private boolean stopped;

    public Autosave(WorkspaceDocument doc, RecoveryStore store, long intervalNanos, Executor writer, Executor fx,
                    LongSupplier clock, Supplier<Instant> wallClock, NoticeBoard notices) {
        this.doc = doc;
        this.store = store;
        this.writer = writer;
        this.fx = fx;
        this.clock = clock;
        this.wallClock = wallClock;
        this.notices = notices;
        this.policy = new AutosavePolicy(intervalNanos, clock.getAsLong(), doc.weightsVersion());
    }

    /**
     * The interval from {@code hopfield.autosaveSeconds} (default 30 s, at least 0.1 s); a value that is not a
     * positive number gives the default and is reported to {@code problem}.
     */
    public static long intervalNanos(String value, java.util.function.Consumer<String> problem) {
        double s = DEFAULT_SECONDS;
        if (value != null && !value.isBlank()) {
            try {
                s = Double.parseDouble(value.strip());
                if (!(s >= 0.1) || !Double.isFinite(s)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problem.accept("-D" + PROPERTY + "=" + value + " is not a number of seconds ≥ 0.1; autosaving every "
                        + (long) DEFAULT_SECONDS + " s");
                s = DEFAULT_SECONDS;
            }
        }
        return (long) (s * 1e9);
    }

    public AutosavePolicy policy() {
        return policy;
    }

    /** The snapshot last written (FX thread), or null. */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }

    /** Writes a snapshot if one is due (FX thread). Returns whether a write was started. */
    public boolean tick() {
        long now = clock.getAsLong();
        if (stopped || doc.busyProperty().get()
                || !policy.due(now, doc.isDirty(), doc.changeCount(), doc.weightsVersion())) {
            return false;
        }
        Workspace ws = doc.snapshotLight();
        Path source = doc.file();
        policy.started(now, doc.changeCount(), doc.weightsVersion());
        Instant at = wallClock.get();
        writer.execute(() -> {
            Path written = null;
            Throwable error = null;
            try {
                written = store.write(ws, source, at);
            } catch (Exception | OutOfMemoryError e) {
                error = e;
            }
            Path w = written;
            Throwable err = error;
            fx.execute(() -> finished(w, err));
        });
        return true;
    }

    private void finished(Path written, Throwable error) {
        policy.finished(error == null);
        if (error == null) {
            failing = false;
            lastWritten.set(written);
        } else if (!failing) {
            failing = true;
            notices.post(Notice.warning("Autosave failed", "Could not write a recovery snapshot to "
                    + store.folder() + ": " + Problems.describe(error) + ". Your work is not protected against a "
                    + "crash until this works again; save it with Ctrl+S (autosave tries again every "
                    + Math.round(policy.intervalNanos() / 1e9) + " s)."));
        }
    }

    /**
     * A clean exit: no more snapshots, and this session's are removed once the write under way (if any) is done.
     * Runs the removal on the writer, after any write already queued there.
     */
    public void stop() {
        stopped = true;
        writer.execute(() -> {
            try {
                store.removeSession();
            } catch (java.io.IOException | RuntimeException e) {
                // N.B. a snapshot left behind is offered at the next start: nothing is lost, at worst one question more
            }
        });
    }
}
