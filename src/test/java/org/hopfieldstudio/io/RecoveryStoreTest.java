package org.hopfieldstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which recovery snapshot is offered after a crash, and which never is. */
class RecoveryStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    private static Workspace workspace(int p, boolean cell) {
        PatternSet set = PatternSet.random(10, 10, p, org.hopfieldstudio.core.Seeds.rng(p));
        byte[] grid = Pattern.blank("g", 10, 10).toArray();
        grid[0] = (byte) (cell ? 1 : -1);
        var hebb = Protocols.all().stream().filter(x -> x.id().equals("hebb")).findFirst().orElseThrow();
        return new Workspace(10, 10, grid, null, set, new Workspace.ProtocolChoice("hebb", Map.of(), true),
                Workspace.Weights.of(hebb.write(set, 1), "hebb", Map.of(), 1, true),
                Workspace.RecallSettings.DEFAULT, "memory", null);
    }

    private RecoveryStore session(String name) {
        return new RecoveryStore(dir, name, 1, T0);
    }

    private Optional<RecoveryStore.Offer> offerTo(RecoveryStore s) throws IOException {
        return s.findOffer(info -> false);
    }

    @Test
    void theNewestSnapshotOfADeadSessionIsOfferedWithWhatItHolds() throws IOException {
        RecoveryStore crashed = session("a");
        crashed.write(workspace(2, false), null, T0);
        Path newest = crashed.write(workspace(3, true), null, T0.plusSeconds(30));
        RecoveryStore.Offer o = offerTo(session("b")).orElseThrow();
        assertEquals(newest, o.file());
        assertEquals(3, o.info().patterns());
        assertEquals(100, o.info().neurons());
        assertEquals("hebb", o.info().protocol());
        assertEquals(T0.plusSeconds(30), o.info().time());
        assertTrue(o.info().describe().contains("p = 3, N = 100, protocol hebb, never saved"), o.info().describe());
        assertEquals(2, o.stale().size());
        assertEquals(workspace(3, true), o.opened().workspace());
    }

    @Test
    void ownAndRunningSessionsAreNotOffered() throws IOException {
        RecoveryStore mine = session("a");
        mine.write(workspace(2, true), null, T0);
        assertEquals(Optional.empty(), offerTo(mine), "this session's own snapshots");
        assertEquals(Optional.empty(), session("b").findOffer(info -> true), "a session that still runs");
        assertEquals(1, mine.files().size(), "and they are left alone");
        // this test's own process is alive: the real check sees it
        RecoveryStore live = RecoveryStore.forThisProcess(dir);
        live.write(workspace(2, true), null, T0);
        assertTrue(session("c").findOffer().stream().noneMatch(o -> o.info().session().equals(live.session())));
    }

    @Test
    void unreadableAndEmptySnapshotsAreNeverOfferedAndAnOlderGoodOneIs() throws IOException {
        RecoveryStore crashed = session("a");
        Path good = crashed.write(workspace(2, true), null, T0);
        Path truncated = crashed.write(workspace(3, true), null, T0.plusSeconds(30));
        byte[] all = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        Workspace empty = new Workspace(10, 10, Pattern.blank("g", 10, 10).toArray(), null, null,
                new Workspace.ProtocolChoice("hebb", Map.of(), true), null, Workspace.RecallSettings.DEFAULT, null,
                null);
        session("d").write(empty, null, T0.plusSeconds(60));
        Files.write(dir.resolve(RecoveryStore.FOLDER).resolve("e-000001.hopfield"), new byte[0]);
        RecoveryStore.Offer o = offerTo(session("b")).orElseThrow();
        assertEquals(good, o.file());
        assertEquals(4, o.stale().size(), "all crashed snapshots go when it is restored or discarded");
        RecoveryStore.discard(o);
        try (var left = Files.list(dir.resolve(RecoveryStore.FOLDER))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void offeredOnlyWhenNewerThanAndDifferentFromTheSavedFile() throws IOException {
        Path saved = dir.resolve("lesson.hopfield");
        Workspace ws = workspace(2, false);
        WorkspaceFiles.write(ws, saved, false);
        Files.setLastModifiedTime(saved, FileTime.from(T0));

        RecoveryStore same = session("a");
        same.write(ws, saved, T0.plusSeconds(30));
        assertEquals(Optional.empty(), offerTo(session("x")), "newer but the same workspace (W compared by checksum)");
        assertTrue(same.files().isEmpty(), "a snapshot not worth offering is removed");

        RecoveryStore older = session("b");
        older.write(workspace(2, true), saved, T0.minusSeconds(30));
        assertEquals(Optional.empty(), offerTo(session("x")), "different but older than the saved file");

        RecoveryStore changed = session("c");
        changed.write(workspace(2, true), saved, T0.plusSeconds(60));
        RecoveryStore.Offer o = offerTo(session("x")).orElseThrow();
        assertEquals(saved.toAbsolutePath().normalize(), o.info().source());
        assertTrue(o.info().describe().endsWith("of lesson.hopfield"), o.info().describe());

        Files.delete(saved);
        assertTrue(offerTo(session("x")).isPresent(), "a saved file gone: the snapshot is all there is");
    }

    @Test
    void aSnapshotIsAnOrdinaryWorkspaceFile() throws IOException {
        Path f = session("a").write(workspace(2, true), null, T0);
        assertTrue(f.getFileName().toString().matches("a-\\d{6}\\.hopfield"));
        WorkspaceFiles.Opened opened = WorkspaceFiles.read(f);
        assertTrue(opened.weights().stored(), "W is always in a snapshot");
        assertEquals(List.of(), List.of(Files.list(f.getParent()).filter(p -> p.toString().endsWith(".tmp"))
                .toArray()));
        assertFalse(RecoveryStore.isEmpty(opened.workspace()));
    }
}
