package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.io.WorkspaceFormatException;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, point 1: W's recorded checksum is checked on open, whether W was stored or rewritten. */
class RewrittenChecksumTest {
    @TempDir
    Path dir;

    private static StudioModel lesson() {
        StudioModel m = TestStudio.model();
        assertTrue(m.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024));
        m.document().startFresh();
        return m;
    }

    /** Copies a workspace with workspace.json changed by {@code edit}. */
    private static void rewriteJson(Path from, Path to, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(from.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        String json = new String(entries.get("workspace.json"), StandardCharsets.UTF_8);
        entries.put("workspace.json", edit.apply(json).getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    private static List<Notice> warnings(StudioModel m) {
        return m.notices().notices().stream().filter(n -> n.level() == Notice.Level.WARNING).toList();
    }

    @Test
    void aRewrittenWWithAnotherChecksumIsReportedAndOneWithTheSameIsNot() throws IOException {
        StudioModel m = lesson();
        Path file = dir.resolve("hebb.hopfield");
        m.document().save(file, false, ok -> assertTrue(ok));
        String recorded = WorkspaceFiles.read(file).weights().checksum();

        StudioModel same = TestStudio.model();
        same.document().open(file, ok -> assertTrue(ok));
        assertEquals(List.of(), warnings(same), "the same W: nothing to say");

        Path other = dir.resolve("edited.hopfield");
        rewriteJson(file, other, json -> json.replace(recorded, "crc32c:0badf00d"));
        StudioModel m2 = TestStudio.model();
        m2.document().open(other, ok -> assertTrue(ok));
        assertNotNull(m2.protocol().network(), "W is rewritten all the same");
        List<Notice> w = warnings(m2);
        assertEquals(1, w.size(), String.valueOf(w));
        assertEquals("W differs from the saved one", w.get(0).title());
        assertTrue(w.get(0).text().contains(recorded) && w.get(0).text().contains("crc32c:0badf00d"), w.get(0).text());
        assertFalse(m2.document().isDirty());
    }

    @Test
    void aStoredWWithAnotherChecksumIsRefused() throws IOException {
        StudioModel m = lesson();
        Path file = dir.resolve("stored.hopfield");
        m.document().save(file, true, ok -> assertTrue(ok));
        String recorded = WorkspaceFiles.read(file).weights().checksum();
        Path bad = dir.resolve("bad.hopfield");
        rewriteJson(file, bad, json -> json.replace(recorded, "crc32c:0badf00d"));
        WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, () -> WorkspaceFiles.read(bad));
        assertTrue(e.getMessage().contains("changed or damaged"), e.getMessage());
    }
}
