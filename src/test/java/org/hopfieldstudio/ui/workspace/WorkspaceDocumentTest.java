package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.concurrent.SameThreadTaskRunner;
import org.hopfieldstudio.ui.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDocumentTest {
    @TempDir
    Path dir;

    private static StudioModel lesson() {
        StudioModel m = TestStudio.model();
        assertTrue(m.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024));
        m.document().startFresh();
        return m;
    }

    @Test
    void clearAllIsUndoneWithThePatternsAndTheSameW() {
        StudioModel m = lesson();
        List<Pattern> stored = List.copyOf(m.library().patterns());
        Network w = m.protocol().network();
        int writes = m.protocol().writesProperty().get();
        m.library().clear();
        assertEquals(0, m.library().count());
        assertEquals("Undo Clear all", m.document().history().undoTextProperty().get());
        assertTrue(m.document().isDirty());

        assertTrue(m.document().undo());
        assertEquals(stored, m.library().patterns());
        assertSame(w, m.protocol().network(), "W is put back, not rewritten");
        assertEquals(writes, m.protocol().writesProperty().get());
        assertFalse(m.protocol().staleProperty().get());
        assertEquals("Redo Clear all", m.document().history().redoTextProperty().get());

        assertTrue(m.document().redo());
        assertEquals(0, m.library().count());
    }

    @Test
    void loadingABundledSetOverDrawnPatternsIsUndoneAndAddKeepsThem() {
        StudioModel m = lesson();
        m.grid().clear();
        m.grid().paint(3, 1);
        m.library().storeCurrent();
        List<Pattern> mine = List.copyOf(m.library().patterns());
        m.library().loadBuiltIn("digits");
        assertEquals("Undo Load 'digits'", m.document().history().undoTextProperty().get());
        m.document().undo();
        assertEquals(mine, m.library().patterns());

        assertTrue(m.library().addBuiltIn("digits") || m.library().count() == mine.size(),
                "digits may differ in size; then nothing changes");
        if (m.library().count() > mine.size()) {
            assertEquals(mine, m.library().patterns().subList(0, mine.size()), "Add keeps the stored patterns");
            m.document().undo();
            assertEquals(mine, m.library().patterns());
        }
    }

    @Test
    void undoingAProtocolChangeRestoresTheTrainedWWithoutRewritingIt() {
        StudioModel m = lesson();
        m.protocol().select("mpf");
        m.protocol().write();
        Network trained = m.protocol().network();
        assertEquals("mpf", trained.protocol());
        int writes = m.protocol().writesProperty().get();
        m.protocol().select("storkey");
        assertEquals("storkey", m.protocol().network().protocol(), "Storkey rewrites at once");
        assertEquals("Undo Protocol Storkey", m.document().history().undoTextProperty().get().replace("’", ""));

        m.document().undo();
        assertEquals("mpf", m.protocol().selectedProperty().get().id());
        assertSame(trained, m.protocol().network());
        assertEquals(writes + 1, m.protocol().writesProperty().get(), "only Storkey's write; MPF was not retrained");
        assertFalse(m.protocol().staleProperty().get());
    }

    @Test
    void aDragStrokeIsOneUndoStepAndALaterClickAnother() {
        StudioModel m = lesson();
        AtomicLong now = new AtomicLong();
        WorkspaceDocument doc = new WorkspaceDocument(m.grid(), m.library(), m.protocol(), m.recall(), m.notices(),
                new SameThreadTaskRunner(), dir, now::get);
        byte[] start = m.grid().state();
        for (int i = 0; i < 10; i++) {
            now.addAndGet(50_000_000L);
            m.grid().paint(i, 1);
        }
        byte[] afterStroke = m.grid().state();
        now.addAndGet(2_000_000_000L);
        m.grid().toggle(50);
        doc.undo();
        assertArrayEquals(afterStroke, m.grid().state());
        doc.undo();
        assertArrayEquals(start, m.grid().state());
        assertFalse(doc.history().canUndoProperty().get());
        doc.redo();
        assertArrayEquals(afterStroke, m.grid().state());
    }

    @Test
    void gridSizeChangeIsUndone() {
        StudioModel m = lesson();
        m.library().clear();
        assertTrue(m.resizeGrid(20));
        assertEquals("Undo Grid size 20×20", m.document().history().undoTextProperty().get());
        m.document().undo();
        assertEquals(10, m.grid().rows());
    }

    @Test
    void savedSessionWithTrainedWReopensWithNothingRetrained() throws IOException {
        StudioModel m = lesson();
        m.protocol().select("mpf");
        m.protocol().write();
        m.grid().toggle(0);
        m.recall().seedProperty().set(77);
        m.document().selectedTabProperty().set("weights");
        Path file = dir.resolve("lesson.hopfield");
        AtomicBoolean ok = new AtomicBoolean();
        m.document().save(file, false, ok::set);
        assertTrue(ok.get());
        assertFalse(m.document().isDirty());
        assertEquals("lesson.hopfield — Hopfield Studio", m.document().titleProperty().get());

        StudioModel other = TestStudio.model();
        other.document().open(file, ok::set);
        assertTrue(ok.get());
        assertEquals(m.library().patterns(), other.library().patterns());
        assertArrayEquals(m.protocol().network().weightsUnsafe(), other.protocol().network().weightsUnsafe());
        assertEquals(0, other.protocol().writesProperty().get(), "nothing was retrained");
        assertFalse(other.protocol().staleProperty().get());
        assertEquals("mpf", other.protocol().selectedProperty().get().id());
        assertArrayEquals(m.grid().state(), other.grid().state());
        assertEquals(77, other.recall().seedProperty().get());
        assertEquals("weights", other.document().selectedTabProperty().get());
        assertEquals(file, other.document().file());
        assertFalse(other.document().isDirty());
        assertEquals(file.toAbsolutePath().normalize(), other.document().recentFiles().get(0));

        other.grid().toggle(5);
        assertTrue(other.document().isDirty());
        assertEquals("lesson.hopfield • — Hopfield Studio", other.document().titleProperty().get());
    }

    @Test
    void hebbWorkspaceSavedWithoutWIsRewrittenToTheSameChecksumOnOpen() throws IOException {
        StudioModel m = lesson();
        Path file = dir.resolve("hebb.hopfield");
        m.document().save(file, false, ok -> { });
        assertFalse(WorkspaceFiles.read(file).weights().stored());
        StudioModel other = TestStudio.model();
        other.document().open(file, ok -> { });
        assertNotNull(other.protocol().network());
        assertEquals(WorkspaceFiles.checksum(m.protocol().network()), WorkspaceFiles.checksum(other.protocol().network()));
        assertFalse(other.document().isDirty(), "the rewrite after opening is not a change");
    }

    @Test
    void openingAMalformedFileChangesNothingAndSaysWhy() throws IOException {
        StudioModel m = lesson();
        Workspace before = m.document().snapshot();
        Path bad = dir.resolve("broken.hopfield");
        Files.writeString(bad, "PK not really");
        AtomicBoolean ok = new AtomicBoolean(true);
        m.document().open(bad, ok::set);
        assertFalse(ok.get());
        assertEquals(before, m.document().snapshot());
        Notice last = m.notices().notices().get(m.notices().notices().size() - 1);
        assertEquals(Notice.Level.ERROR, last.level());
        assertTrue(last.text().contains("broken.hopfield"), last.text());
    }

    @Test
    void failedSaveSaysWhyAndKeepsTheChangesUnsaved() {
        StudioModel m = lesson();
        m.grid().toggle(1);
        AtomicBoolean ok = new AtomicBoolean(true);
        m.document().save(dir.resolve("missing/x.hopfield"), false, ok::set);
        assertFalse(ok.get());
        assertTrue(m.document().isDirty());
        assertNull(m.document().file());
    }

    @Test
    void newWorkspaceIsEmptyUntitledAndClean() {
        StudioModel m = lesson();
        m.document().newWorkspace();
        assertEquals(0, m.library().count());
        assertNull(m.protocol().network());
        assertFalse(m.document().isDirty());
        assertEquals("Untitled — Hopfield Studio", m.document().titleProperty().get());
    }
}
