package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.io.RecoveryStore;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave with the real document and store, a fake clock and executors the test runs by hand. */
class AutosaveTest {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final List<Runnable> writer = new ArrayList<>();

    private static StudioModel lesson() {
        StudioModel m = TestStudio.model();
        assertTrue(m.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024));
        m.document().startFresh();
        return m;
    }

    private Autosave autosave(StudioModel m, RecoveryStore store) {
        return new Autosave(m.document(), store, 30 * S, writer::add, Runnable::run, now::get,
                () -> Instant.ofEpochSecond(1_800_000_000L + now.get() / S), m.notices());
    }

    private void runWriter() {
        List<Runnable> jobs = List.copyOf(writer);
        writer.clear();
        jobs.forEach(Runnable::run);
    }

    @Test
    void unsavedChangesAreWrittenOffTheFxThreadAtTheIntervalAndTheLastFewKept() throws IOException {
        StudioModel m = lesson();
        RecoveryStore store = new RecoveryStore(dir, "test-1", 1, Instant.EPOCH);
        now.set(60 * S);
        Autosave a = autosave(m, store);
        now.set(120 * S);
        assertFalse(a.tick(), "no unsaved changes");
        m.grid().toggle(3);
        a.policy().started(100 * S, -1, m.document().weightsVersion()); // as if a snapshot had been written at 100 s
        a.policy().finished(true);
        now.set(129 * S);
        assertFalse(a.tick(), "at most every 30 s");
        now.set(130 * S);
        assertTrue(a.tick());
        assertTrue(store.files().isEmpty(), "the snapshot is taken here but written on the writer");
        m.grid().toggle(4); // an edit while the snapshot is written does not leak into it
        runWriter();
        assertEquals(1, store.files().size());
        Workspace ws = WorkspaceFiles.read(store.files().get(0)).workspace();
        assertEquals(m.grid().state()[3], ws.grid()[3]);
        assertEquals(-m.grid().state()[4], ws.grid()[4], "the edit after the snapshot is not in it");
        assertEquals(store.files().get(0), a.lastWrittenProperty().get());
        assertNotNull(ws.weights(), "W is in the snapshot");
        assertEquals(WorkspaceFiles.checksum(m.protocol().network()), ws.weights().checksum());

        for (int k = 0; k < 5; k++) {
            m.grid().toggle(10 + k);
            now.addAndGet(30 * S);
            assertTrue(a.tick());
            runWriter();
        }
        assertEquals(RecoveryStore.KEEP, store.files().size(), "the last few are kept");
        a.stop();
        runWriter();
        assertTrue(store.files().isEmpty(), "a clean exit removes this session's snapshots");
        m.grid().toggle(30);
        now.addAndGet(60 * S);
        assertFalse(a.tick(), "stopped");
    }

    @Test
    void aNewWIsWrittenAfterTheShortGap() throws IOException {
        StudioModel m = lesson();
        RecoveryStore store = new RecoveryStore(dir, "test-2", 1, Instant.EPOCH);
        Autosave a = autosave(m, store);
        m.protocol().select("mpf");
        m.protocol().write();
        Network trained = m.protocol().network();
        now.set(AutosavePolicy.MIN_GAP_NANOS);
        assertTrue(a.tick(), "a trained W is protected without waiting the interval");
        runWriter();
        Workspace ws = WorkspaceFiles.read(store.files().get(0)).workspace();
        assertEquals(WorkspaceFiles.checksum(trained), ws.weights().checksum());
        assertEquals("mpf", ws.weights().protocol());
    }

    @Test
    void aFailingWriteSaysWhyOnceAndKeepsTrying() throws IOException {
        StudioModel m = lesson();
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");
        RecoveryStore store = new RecoveryStore(blocker, "test-3", 1, Instant.EPOCH);
        Autosave a = autosave(m, store);
        m.grid().toggle(1);
        int before = m.notices().notices().size();
        for (int k = 1; k <= 3; k++) {
            now.set(30 * S * k);
            assertTrue(a.tick());
            runWriter();
        }
        List<Notice> posted = m.notices().notices().subList(before, m.notices().notices().size());
        assertEquals(1, posted.size(), "said once: " + posted);
        assertEquals("Autosave failed", posted.get(0).title());
        assertTrue(posted.get(0).text().contains("Ctrl+S"), posted.get(0).text());
        assertNull(a.lastWrittenProperty().get());
    }

    @Test
    void restoringTheOfferMarksTheDocumentChangedAndNamesItsFile() throws IOException {
        StudioModel crashed = lesson();
        Path saved = dir.resolve("lesson.hopfield");
        crashed.document().save(saved, false, ok -> assertTrue(ok));
        Files.setLastModifiedTime(saved, java.nio.file.attribute.FileTime.from(Instant.ofEpochSecond(1_700_000_000L)));
        crashed.library().clear();
        crashed.grid().toggle(7);
        RecoveryStore old = new RecoveryStore(dir, "old-1", 1, Instant.EPOCH);
        Autosave a = autosave(crashed, old);
        now.set(30 * S);
        assertTrue(a.tick());
        runWriter();

        StudioModel next = lesson();
        RecoveryStore mine = new RecoveryStore(dir, "new-1", 2, Instant.EPOCH);
        RecoveryOffer offer = new RecoveryOffer(next.document(), mine, Runnable::run, Runnable::run, next.notices(),
                info -> false);
        offer.check();
        assertTrue(offer.showingProperty().get());
        String text = offer.textProperty().get();
        assertTrue(text.contains("p = 0") && text.contains("N = 100") && text.contains("hebb")
                && text.contains("lesson.hopfield"), text);
        offer.restore();
        assertFalse(offer.showingProperty().get());
        assertEquals(0, next.library().count(), "Clear all of the crashed session is back");
        assertEquals(crashed.grid().state()[7], next.grid().state()[7]);
        assertEquals(saved, next.document().file());
        assertTrue(next.document().isDirty(), "restored work is not the saved file");
        assertTrue(next.document().titleProperty().get().startsWith("lesson.hopfield •"));
        assertTrue(old.files().isEmpty(), "the crashed session's snapshots are removed");
        assertEquals(Optional.empty(), mine.findOffer(info -> false));
    }

    @Test
    void discardRemovesTheSnapshotsAndChangesNothing() throws IOException {
        StudioModel crashed = lesson();
        crashed.grid().toggle(2);
        RecoveryStore old = new RecoveryStore(dir, "old-2", 1, Instant.EPOCH);
        Autosave a = autosave(crashed, old);
        now.set(30 * S);
        a.tick();
        runWriter();
        StudioModel next = lesson();
        Workspace before = next.document().snapshot();
        RecoveryOffer offer = new RecoveryOffer(next.document(), new RecoveryStore(dir, "new-2", 2, Instant.EPOCH),
                Runnable::run, Runnable::run, next.notices(), info -> false);
        offer.check();
        assertTrue(offer.showingProperty().get());
        assertTrue(offer.textProperty().get().contains("never saved"), offer.textProperty().get());
        offer.discard();
        assertEquals(before, next.document().snapshot());
        assertFalse(next.document().isDirty());
        assertTrue(old.files().isEmpty());
        assertNotNull(next.notices().notices().get(next.notices().notices().size() - 1));
    }
}
