package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.io.RecoveryStore;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, point 8: a separate JVM autosaves ({@link AutosaveCrashMain}, the real autosave code, 0.3 s interval) and
 * is killed with {@code destroyForcibly()} (SIGKILL on Linux) while it keeps editing and writing; the snapshot it left
 * loads completely, holds what the session held, and is what a new start offers.
 */
class AutosaveCrashTest {
    @TempDir
    Path dataDir;

    @Test
    void aKilledSessionLeavesASnapshotThatLoadsAndIsOffered() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Djava.awt.headless=true",
                "-Dhopfield.dataDir=" + dataDir, "-D" + Autosave.PROPERTY + "=0.3",
                "-cp", System.getProperty("java.class.path"), AutosaveCrashMain.class.getName()));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> written = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // N.B. kill it after its third snapshot, while it goes on editing and writing
            for (String line; written.size() < 3 && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
                if (line.startsWith("autosaved ")) {
                    written.add(line.substring("autosaved ".length()));
                }
            }
            assertEquals(3, written.size(), "the child wrote three snapshots within a minute");
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertFalse(child.isAlive());

        // the snapshot it announced last loads completely, W included and checked
        Path last = Path.of(written.get(2));
        WorkspaceFiles.Opened opened = WorkspaceFiles.read(last);
        Workspace ws = opened.workspace();
        PatternSet letters = PatternLibrary.load("letters");
        assertEquals(letters.patterns().stream().filter(p -> List.of("A", "X", "O").contains(p.name())).toList(),
                ws.patterns().patterns(), "A, X and O in the set's order");
        assertEquals("hebb", ws.protocol().id());
        assertEquals(4242, ws.recall().seed());
        assertNotNull(ws.weights(), "a snapshot always holds W");
        var hebb = Protocols.all().stream().filter(p -> p.id().equals("hebb")).findFirst().orElseThrow();
        assertEquals(WorkspaceFiles.checksum(hebb.write(ws.patterns(), 1)), ws.weights().checksum());
        assertTrue(ws.weights().matchesPatterns());

        // a new start (another session) offers the newest readable snapshot of the dead one
        RecoveryStore next = RecoveryStore.forThisProcess(dataDir);
        Optional<RecoveryStore.Offer> offer = next.findOffer();
        assertTrue(offer.isPresent(), "the crashed session is offered");
        assertEquals(3, offer.get().info().patterns());
        assertEquals(100, offer.get().info().neurons());
        assertEquals("hebb", offer.get().info().protocol());
        assertTrue(offer.get().info().time().isBefore(Instant.now()));
        assertTrue(offer.get().stale().size() <= RecoveryStore.KEEP + 1, "old snapshots were pruned while it ran");
        assertTrue(Files.isRegularFile(offer.get().file()));
        assertTrue(offer.get().file().getFileName().toString().compareTo(last.getFileName().toString()) >= 0,
                "the newest snapshot is offered");
    }
}
