package org.hopfieldstudio.ui.workspace;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hopfieldstudio.io.Problems;
import org.hopfieldstudio.io.RecoveryStore;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * After a crash: the offer to restore the newest autosave snapshot (issue 8, point 4). {@link #check()} looks for
 * one off the FX thread ({@link RecoveryStore#findOffer()}); when there is one, {@link #showingProperty()} turns true
 * and {@link #textProperty()} says what it holds; the window shows it with Restore and Discard. Restore puts it into
 * the document (which counts as changed: it is not the saved file); both remove the crashed session's snapshots.
 */
public final class RecoveryOffer {
    private final WorkspaceDocument doc;
    private final RecoveryStore store;
    private final Executor background;
    private final Executor fx;
    private final NoticeBoard notices;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final java.util.function.Predicate<RecoveryStore.Info> alive;
    private RecoveryStore.Offer offer;

    public RecoveryOffer(WorkspaceDocument doc, RecoveryStore store, Executor background, Executor fx,
                         NoticeBoard notices) {
        this(doc, store, background, fx, notices, RecoveryStore::running);
    }

    /** @param alive tells a session whose app still runs (its snapshots are not offered) */
    public RecoveryOffer(WorkspaceDocument doc, RecoveryStore store, Executor background, Executor fx,
                         NoticeBoard notices, java.util.function.Predicate<RecoveryStore.Info> alive) {
        this.doc = doc;
        this.store = store;
        this.background = background;
        this.fx = fx;
        this.notices = notices;
        this.alive = alive;
    }

    /** Whether a snapshot is on offer. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** "Recovered work from a session that ended unexpectedly: autosaved …: p = 3, N = 100, protocol hebb, …". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public RecoveryStore.Offer offer() {
        return offer;
    }

    /** Looks for a snapshot to offer (start-up). */
    public void check() {
        background.execute(() -> {
            RecoveryStore.Offer found = null;
            Throwable error = null;
            try {
                found = store.findOffer(alive).orElse(null);
            } catch (Exception | OutOfMemoryError e) {
                error = e;
            }
            RecoveryStore.Offer f = found;
            Throwable err = error;
            fx.execute(() -> {
                if (err != null) {
                    notices.post(Notice.warning("Could not look for recovered work", "Reading " + store.folder()
                            + " failed: " + Problems.describe(err) + ". Autosave snapshots there are kept."));
                    return;
                }
                offer = f;
                if (f != null) {
                    text.set("Hopfield Studio did not close normally last time. Recovered work: "
                            + f.info().describe() + ".");
                    showing.set(true);
                }
            });
        });
    }

    /** Puts the snapshot into the window (unsaved: Save writes it to its file) and removes the old snapshots. */
    public void restore() {
        RecoveryStore.Offer o = offer;
        if (o == null) {
            return;
        }
        close();
        doc.restoreRecovered(o.opened(), o.info().source());
        notices.post(Notice.info("Recovered work restored", o.info().describe() + ". It is not saved yet: Save "
                + "(Ctrl+S) keeps it" + (o.info().source() == null ? "." : " in " + o.info().source().getFileName()
                + ".")));
        removeLater(o);
    }

    /** Drops the snapshot (and the crashed session's others). */
    public void discard() {
        RecoveryStore.Offer o = offer;
        if (o == null) {
            return;
        }
        close();
        notices.post(Notice.info("Recovered work discarded", o.info().describe() + "."));
        removeLater(o);
    }

    private void close() {
        offer = null;
        showing.set(false);
        text.set("");
    }

    private void removeLater(RecoveryStore.Offer o) {
        background.execute(() -> {
            try {
                RecoveryStore.discard(o);
            } catch (java.io.IOException | RuntimeException e) {
                fx.execute(() -> notices.post(Notice.warning("Old recovery snapshots not removed",
                        Problems.describe(e) + ". They may be offered again at the next start.")));
            }
        });
    }
}
