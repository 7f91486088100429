package org.hopfieldstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkspaceFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void savedAndReopenedWorkspaceHasSamePatternsBitIdenticalWSettingsAndGrid() throws IOException {
        Workspace ws = WorkspaceFixtures.small("mpf", Map.of("maxIterations", 50.0), true);
        Path file = dir.resolve("lesson.hopfield");
        WorkspaceFiles.write(ws, file, false);
        WorkspaceFiles.Opened opened = WorkspaceFiles.read(file);
        Workspace back = opened.workspace();
        assertEquals(ws, back);
        assertEquals(ws.patterns().patterns(), back.patterns().patterns());
        assertEquals("three", back.patterns().name());
        assertArrayEquals(ws.grid(), back.grid());
        assertArrayEquals(ws.mask(), back.mask());
        assertArrayEquals(ws.weights().network().weightsUnsafe(), back.weights().network().weightsUnsafe());
        assertArrayEquals(ws.weights().network().thresholdsUnsafe(), back.weights().network().thresholdsUnsafe());
        assertEquals(ws.recall(), back.recall());
        assertEquals("weights", back.tab());
        assertEquals(new Workspace.LessonPosition("/home/lecturer/lessons", "first-lesson.md", 2,
                java.util.List.of(true, false, true)), back.lesson());
        assertEquals(WorkspaceFiles.FORMAT_VERSION, opened.manifest().formatVersion());
        assertTrue(opened.weights().stored(), "a trained W is stored without being asked");
    }

    @Test
    void asymmetricWIsStoredRowMajorAndComesBackBitIdentical() throws IOException {
        Workspace ws = WorkspaceFixtures.small("km", Map.of(), false);
        Network net = ws.weights().network();
        assertFalse(net.isSymmetric(), "Krauth–Mézard writes an asymmetric W");
        Path file = dir.resolve("km.hopfield");
        WorkspaceFiles.write(ws, file, false);
        float[] rowMajor = WorkspaceFixtures.floats(WorkspaceFixtures.entries(file).get("weights.npy"));
        int n = net.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(net.weight(i, j), rowMajor[i * n + j], "W[" + i + ", " + j + "] at i·N + j");
            }
        }
        Network back = WorkspaceFiles.read(file).workspace().weights().network();
        assertArrayEquals(net.weightsUnsafe(), back.weightsUnsafe());
        assertFalse(back.isSymmetric());
    }

    @Test
    void hebbWIsNotStoredUnlessAskedButItsChecksumIs() throws IOException {
        Workspace ws = WorkspaceFixtures.small("hebb", Map.of(), false);
        Path plain = dir.resolve("plain.hopfield");
        Path full = dir.resolve("full.hopfield");
        WorkspaceFiles.write(ws, plain, false);
        WorkspaceFiles.write(ws, full, true);
        assertFalse(WorkspaceFixtures.entries(plain).containsKey("weights.npy"));
        WorkspaceFiles.Opened a = WorkspaceFiles.read(plain);
        assertNull(a.workspace().weights());
        assertFalse(a.weights().stored());
        assertEquals(WorkspaceFiles.checksum(ws.weights().network()), a.weights().checksum());
        assertNotNull(WorkspaceFiles.read(full).workspace().weights());
        assertTrue(WorkspaceFixtures.entries(full).containsKey("thumbnail.png"));
    }

    @Test
    void workspaceWithoutPatternsOrWeightsRoundTrips() throws IOException {
        Workspace ws = new Workspace(7, 9, Pattern.blank("g", 7, 9).toArray(), null, null,
                new Workspace.ProtocolChoice("hebb", Map.of(), true), null, Workspace.RecallSettings.DEFAULT, null, null);
        Path file = dir.resolve("empty.hopfield");
        WorkspaceFiles.write(ws, file, true);
        assertEquals(ws, WorkspaceFiles.read(file).workspace());
    }

    @Test
    void weightsEntryIsStoredUncompressed() throws IOException {
        Path file = dir.resolve("w.hopfield");
        WorkspaceFiles.write(WorkspaceFixtures.small("mpf", Map.of("maxIterations", 20.0), false), file, true);
        try (var zf = new java.util.zip.ZipFile(file.toFile())) {
            assertEquals(java.util.zip.ZipEntry.STORED, zf.getEntry("weights.npy").getMethod());
            assertEquals(java.util.zip.ZipEntry.DEFLATED, zf.getEntry("workspace.json").getMethod());
        }
    }

    @Test
    void saveInterruptedByAnExceptionLeavesThePreviousFileByteIdentical() throws IOException {
        Path file = dir.resolve("keep.hopfield");
        WorkspaceFiles.write(WorkspaceFixtures.small("hebb", Map.of(), false), file, true);
        byte[] before = Files.readAllBytes(file);
        // a pattern name that cannot be written fails half-way, after the manifest and workspace.json
        PatternSet bad = new PatternSet("bad", List.of(Pattern.blank("line\nbreak", 5, 5)));
        Workspace ws = new Workspace(5, 5, new byte[25], null, bad, new Workspace.ProtocolChoice("hebb", Map.of(), true),
                null, Workspace.RecallSettings.DEFAULT, null, null);
        assertThrows(IllegalArgumentException.class, () -> WorkspaceFiles.write(ws, file, true));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void saveIntoMissingFolderSaysSoAndWritesNothing() {
        Path file = dir.resolve("no/such/folder/x.hopfield");
        IOException e = assertThrows(IOException.class,
                () -> WorkspaceFiles.write(WorkspaceFixtures.small("hebb", Map.of(), false), file, false));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void newFileGetsTheUsersNormalPermissionsAndAnOverwrittenOneKeepsItsMode() throws IOException {
        Path file = dir.resolve("mode.hopfield");
        Workspace ws = WorkspaceFixtures.small("hebb", Map.of(), false);
        WorkspaceFiles.write(ws, file, false);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        assertTrue(perms.contains(PosixFilePermission.OWNER_READ) && perms.contains(PosixFilePermission.OWNER_WRITE));
        Path reference = Files.createFile(dir.resolve("reference"));
        assertEquals(Files.getPosixFilePermissions(reference), perms, "same mode as any new file (the umask)");
        Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE));
        WorkspaceFiles.write(ws, file, false);
        assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.GROUP_WRITE));
    }

    @Test
    void versionZeroFileIsMigratedOnOpen() throws IOException {
        String v0 = """
                {"rows": 5, "cols": 5,
                 "cells": "#....#....#....#....#....",
                 "protocol": "storkey", "parameters": {},
                 "set": "old", "patternCount": 1,
                 "recall": {"noise": 0.3, "seed": 5, "order": "random", "temperature": 0, "clamp": false,
                            "speed": 0.5, "target": 0}}
                """;
        PatternSet set = new PatternSet("old", List.of(new Pattern("diag", 5, 5, gridOf("#....#....#....#....#...."))));
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("manifest.json", "{\"format\": \"hopfield-studio-workspace\", \"formatVersion\": 0}".getBytes(StandardCharsets.UTF_8));
        e.put("workspace.json", v0.getBytes(StandardCharsets.UTF_8));
        e.put("patterns.txt", PatternFiles.format(set).getBytes(StandardCharsets.UTF_8));
        Path file = WorkspaceFixtures.write(dir, "v0.hopfield", WorkspaceFixtures.zip(e));
        WorkspaceFiles.Opened o = WorkspaceFiles.read(file);
        assertEquals(0, o.migratedFrom());
        Workspace ws = o.workspace();
        assertEquals(5, ws.rows());
        assertArrayEquals(gridOf("#....#....#....#....#...."), ws.grid());
        assertEquals("storkey", ws.protocol().id());
        assertEquals(set.patterns(), ws.patterns().patterns());
        assertEquals(0.3, ws.recall().noise());
        assertNull(o.weights());
    }

    private static byte[] gridOf(String cells) {
        byte[] g = new byte[cells.length()];
        for (int i = 0; i < g.length; i++) {
            g[i] = (byte) (cells.charAt(i) == '#' ? 1 : -1);
        }
        return g;
    }

    // ---- malformed files ---------------------------------------------------------------------------------

    /** One malformed file: how to make it from the entries of a valid one, and a fragment the message must hold. */
    record Bad(String label, Maker make, String expected) {
        @Override
        public String toString() {
            return label;
        }
    }

    @FunctionalInterface
    interface Maker {
        byte[] make(LinkedHashMap<String, byte[]> valid) throws IOException;
    }

    private static LinkedHashMap<String, byte[]> validEntries;

    private static synchronized LinkedHashMap<String, byte[]> valid() throws IOException {
        if (validEntries == null) {
            Path tmp = Files.createTempFile("valid", ".hopfield");
            try {
                WorkspaceFiles.write(WorkspaceFixtures.small("mpf", Map.of("maxIterations", 30.0), true), tmp, true);
                validEntries = WorkspaceFixtures.entries(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        LinkedHashMap<String, byte[]> copy = new LinkedHashMap<>();
        validEntries.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    interface JsonEdit {
        void edit(ObjectNode root);
    }

    private static Maker json(String entry, JsonEdit edit) {
        return v -> {
            ObjectNode root = (ObjectNode) JSON.readTree(v.get(entry));
            edit.edit(root);
            v.put(entry, JSON.writeValueAsBytes(root));
            return WorkspaceFixtures.zip(v);
        };
    }

    private static Maker entry(String name, byte[] bytes) {
        return v -> {
            v.put(name, bytes);
            return WorkspaceFixtures.zip(v);
        };
    }

    private static Maker without(String name) {
        return v -> {
            v.remove(name);
            return WorkspaceFixtures.zip(v);
        };
    }

    private static Maker weights(java.util.function.UnaryOperator<float[]> change, boolean fixChecksum) {
        return v -> {
            float[] w = change.apply(WorkspaceFixtures.floats(v.get("weights.npy")));
            v.put("weights.npy", WorkspaceFixtures.npy(new int[]{25, 25}, w));
            if (fixChecksum) {
                ObjectNode root = (ObjectNode) JSON.readTree(v.get("workspace.json"));
                CrcOf c = new CrcOf(w);
                ((ObjectNode) root.get("weights")).put("checksum", c.value);
                v.put("workspace.json", JSON.writeValueAsBytes(root));
            }
            return WorkspaceFixtures.zip(v);
        };
    }

    /** The checksum the format defines, computed independently of the code under test. */
    private static final class CrcOf {
        final String value;

        CrcOf(float[] rowMajor) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(rowMajor.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (float f : rowMajor) {
                b.putFloat(f);
            }
            java.util.zip.CRC32C c = new java.util.zip.CRC32C();
            c.update(b.array());
            value = String.format("crc32c:%08x", c.getValue());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Bad> malformed() {
        return Stream.of(
                new Bad("empty file", v -> new byte[0], "not a workspace"),
                new Bad("random bytes", v -> {
                    byte[] b = new byte[3000];
                    new java.util.Random(3).nextBytes(b);
                    return b;
                }, "not a workspace"),
                new Bad("a pattern text file", v -> v.get("patterns.txt"), "not a workspace"),
                new Bad("zip cut in half", v -> {
                    byte[] z = WorkspaceFixtures.zip(v);
                    return java.util.Arrays.copyOf(z, z.length / 2);
                }, "not a workspace"),
                new Bad("zip without its last 10 bytes", v -> {
                    byte[] z = WorkspaceFixtures.zip(v);
                    return java.util.Arrays.copyOf(z, z.length - 10);
                }, "not a workspace"),
                new Bad("zip with no entries", v -> WorkspaceFixtures.zip(Map.of()), "not a workspace"),
                new Bad("no manifest", without("manifest.json"), "no manifest.json"),
                new Bad("empty manifest", entry("manifest.json", new byte[0]), "manifest.json: is empty"),
                new Bad("manifest not JSON", entry("manifest.json", utf8("format: workspace")), "not valid JSON"),
                new Bad("manifest is a list", entry("manifest.json", utf8("[1, 2]")), "must be a JSON object"),
                new Bad("unknown format", json("manifest.json", m -> m.put("format", "zip-of-cats")),
                        "expected 'hopfield-studio-workspace'"),
                new Bad("format version as text", json("manifest.json", m -> m.put("formatVersion", "1")),
                        "formatVersion must be an integer"),
                new Bad("newer format version", json("manifest.json", m -> m.put("formatVersion", 7)),
                        "version 7"),
                new Bad("negative format version", json("manifest.json", m -> m.put("formatVersion", -1)),
                        "formatVersion must be 0"),
                new Bad("no workspace.json", without("workspace.json"), "missing entry workspace.json"),
                new Bad("workspace.json a number", entry("workspace.json", utf8("42")), "must be a JSON object"),
                new Bad("rows as text", json("workspace.json", r -> ((ObjectNode) r.get("grid")).put("rows", "five")),
                        "grid.rows must be an integer, got the text \"five\""),
                new Bad("rows zero", json("workspace.json", r -> ((ObjectNode) r.get("grid")).put("rows", 0)),
                        "grid.rows must be 1"),
                new Bad("rows 1000", json("workspace.json", r -> ((ObjectNode) r.get("grid")).put("rows", 1000)),
                        "grid.rows must be 1 … 200"),
                new Bad("grid missing", json("workspace.json", r -> r.remove("grid")), "grid must be an object"),
                new Bad("cells one row short", json("workspace.json",
                        r -> ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("grid").get("cells")).remove(0)),
                        "grid.cells has 4 rows, expected 5"),
                new Bad("cell not # or .", json("workspace.json", r -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                        r.get("grid").get("cells")).set(2, "#?#.#")), "'?' is not a cell"),
                new Bad("mask of wrong kind", json("workspace.json", r -> ((ObjectNode) r.get("grid")).put("mask", true)),
                        "grid.mask must be a list"),
                new Bad("pattern count disagrees", json("workspace.json",
                        r -> ((ObjectNode) r.get("patterns")).put("count", 9)), "patterns.count is 9"),
                new Bad("patterns.txt missing", without("patterns.txt"), "missing entry patterns.txt"),
                new Bad("patterns.txt fails to parse", v -> {
                    String t = new String(v.get("patterns.txt"), StandardCharsets.UTF_8);
                    v.put("patterns.txt", utf8(t.replaceFirst("(?m)^([#.]{5})$", "#.?")));
                    return WorkspaceFixtures.zip(v);
                }, "patterns.txt line"),
                new Bad("patterns 6×6 on a 5×5 grid", v -> {
                    PatternSet six = PatternSet.random(6, 6, 3, org.hopfieldstudio.core.Seeds.rng(1)).withName("three");
                    v.put("patterns.txt", utf8(PatternFiles.format(six)));
                    return WorkspaceFixtures.zip(v);
                }, "stored patterns have 36 cells"),
                new Bad("protocol id missing", json("workspace.json", r -> ((ObjectNode) r.get("protocol")).remove("id")),
                        "protocol.id must be a non-empty text"),
                new Bad("parameter as text", json("workspace.json", r -> ((ObjectNode) r.get("protocol").get("parameters"))
                        .put("maxIterations", "many")), "protocol.parameters.maxIterations must be a number"),
                new Bad("W for another N", json("workspace.json", r -> ((ObjectNode) r.get("weights")).put("neurons", 36)),
                        "weights.neurons is 36"),
                new Bad("stored W missing", without("weights.npy"), "missing entry weights.npy"),
                new Bad("W of the wrong shape", v -> {
                    v.put("weights.npy", WorkspaceFixtures.npy(new int[]{24, 24}, new float[576]));
                    return WorkspaceFixtures.zip(v);
                }, "weights.npy: declares"),
                new Bad("W 1-D of the right byte count", v -> {
                    v.put("weights.npy", WorkspaceFixtures.npy(new int[]{625}, new float[625]));
                    return WorkspaceFixtures.zip(v);
                }, "has shape [625], expected [25, 25]"),
                new Bad("NaN in W", weights(w -> {
                    w[30] = Float.NaN;
                    return w;
                }, true), "NaN at [1, 5]"),
                new Bad("Inf in W", weights(w -> {
                    w[3] = Float.POSITIVE_INFINITY;
                    return w;
                }, true), "Infinity at [0, 3]"),
                new Bad("W changed, checksum kept", weights(w -> {
                    w[1] += 0.5f;
                    w[25] += 0.5f;
                    return w;
                }, false), "checksum"),
                new Bad("W asymmetric though marked symmetric", weights(w -> {
                    w[1] += 0.5f;
                    return w;
                }, true), "says W is symmetric"),
                new Bad("thresholds of the wrong length", entry("thresholds.npy",
                        WorkspaceFixtures.npy(new int[]{24}, new float[24])), "thresholds.npy: has shape [24], expected [25]"),
                new Bad("W as float64", v -> {
                    byte[] w = v.get("weights.npy");
                    v.put("weights.npy", WorkspaceFixtures.replaceBytes(w, "'<f4'", "'<f8'"));
                    return WorkspaceFixtures.zip(v);
                }, "expected little-endian float32"),
                new Bad("entry with ../", v -> {
                    v.put("../evil.txt", utf8("x"));
                    return WorkspaceFixtures.zip(v);
                }, "'../evil.txt' is not allowed"),
                new Bad("absolute entry", v -> {
                    v.put("/etc/evil", utf8("x"));
                    return WorkspaceFixtures.zip(v);
                }, "'/etc/evil' is not allowed"),
                new Bad("duplicate entries", v -> {
                    v.put("manifest.jsoX", v.get("manifest.json"));
                    return WorkspaceFixtures.replaceBytes(WorkspaceFixtures.zip(v), "manifest.jsoX", "manifest.json");
                }, "appears twice"),
                new Bad("patterns.txt declares 4 GB", v -> WorkspaceFixtures.patchCentralSize(WorkspaceFixtures.zip(v),
                        "patterns.txt", 0xFFFF_FFF0L), "declares"),
                new Bad("workspace.json inflates past its declared size", v -> {
                    ObjectNode root = (ObjectNode) JSON.readTree(v.get("workspace.json"));
                    v.put("workspace.json", utf8(" ".repeat(900_000) + JSON.writeValueAsString(root)));
                    return WorkspaceFixtures.patchCentralSize(WorkspaceFixtures.zip(v), "workspace.json", 2000);
                }, "inflates to more than its declared 2000 bytes"),
                new Bad("deflate bomb in workspace.json", v -> {
                    v.put("workspace.json", new byte[3 << 20]);
                    return WorkspaceFixtures.zip(v);
                }, "at most 1048576"),
                new Bad("thousands of entries", v -> {
                    for (int k = 0; k < 5000; k++) {
                        v.put("junk/" + k, new byte[0]);
                    }
                    return WorkspaceFixtures.zip(v);
                }, "more than 64 entries"),
                new Bad("damaged stored entry", v -> {
                    byte[] z = WorkspaceFixtures.zip(v);
                    byte[] t = v.get("thresholds.npy");
                    // flip one byte inside the stored thresholds (found by its header, which is unique)
                    byte[] probe = java.util.Arrays.copyOf(t, 128);
                    for (int i = 0; i + probe.length <= z.length; i++) {
                        if (java.util.Arrays.equals(z, i, i + probe.length, probe, 0, probe.length)) {
                            z[i + 130] ^= 0x40;
                            return z;
                        }
                    }
                    throw new AssertionError("thresholds not found");
                }, "thresholds.npy: damaged"),
                new Bad("noise 3", json("workspace.json", r -> ((ObjectNode) r.get("recall")).put("noise", 3)),
                        "recall.noise must be 0.0 … 1.0"),
                new Bad("seed 1.5", json("workspace.json", r -> ((ObjectNode) r.get("recall")).put("seed", 1.5)),
                        "recall.seed must be an integer"),
                new Bad("lesson step -1", json("workspace.json", r -> ((ObjectNode) r.get("lesson")).put("step", -1)),
                        "lesson.step must be 0"),
                new Bad("lesson ticks not a list", json("workspace.json",
                        r -> ((ObjectNode) r.get("lesson")).put("ticks", "yes")),
                        "lesson.ticks must be a list of true/false values"),
                new Bad("lesson tick a number", json("workspace.json",
                        r -> ((ObjectNode) r.get("lesson")).putArray("ticks").add(true).add(1)),
                        "lesson.ticks entry 2 must be true or false"),
                new Bad("lesson with 65 ticks", json("workspace.json", r -> {
                    var a = ((ObjectNode) r.get("lesson")).putArray("ticks");
                    for (int i = 0; i < 65; i++) {
                        a.add(false);
                    }
                }), "lesson.ticks has 65 entries, at most 64"),
                new Bad("lesson track empty", json("workspace.json",
                        r -> ((ObjectNode) r.get("lesson")).put("track", "")),
                        "lesson.track must be a non-empty text"),
                new Bad("weights.stored missing", json("workspace.json", r -> ((ObjectNode) r.get("weights")).remove("stored")),
                        "weights.stored must be true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFileIsRefusedWithItsReason(Bad bad) throws IOException {
        Path file = WorkspaceFixtures.write(dir, "bad.hopfield", bad.make().make(valid()));
        WorkspaceFormatException e = assertThrows(WorkspaceFormatException.class, () -> WorkspaceFiles.read(file));
        assertTrue(e.getMessage().startsWith("bad.hopfield: "), e.getMessage());
        assertTrue(e.getMessage().contains(bad.expected()), "message was: " + e.getMessage());
    }

    @Test
    void lessonWithOnlyIdAndStepIsAPositionInTheBundledTrackWithNoTicks() throws IOException {
        Path file = WorkspaceFixtures.write(dir, "old-lesson.hopfield", json("workspace.json", r -> {
            ((ObjectNode) r.get("lesson")).remove("track");
            ((ObjectNode) r.get("lesson")).remove("ticks");
        }).make(valid()));
        assertEquals(new Workspace.LessonPosition(Workspace.LessonPosition.BUNDLED, "first-lesson.md", 2,
                java.util.List.of()), WorkspaceFiles.read(file).workspace().lesson());
    }

    @Test
    void thereAreAtLeastThirtyMalformedCases() {
        assertTrue(malformed().count() >= 30);
    }

    @Test
    void newerVersionMessageNamesBothVersions() throws IOException {
        Path file = WorkspaceFixtures.write(dir, "new.hopfield",
                json("manifest.json", m -> m.put("formatVersion", 9)).make(valid()));
        String m = assertThrows(WorkspaceFormatException.class, () -> WorkspaceFiles.read(file)).getMessage();
        assertTrue(m.contains("version 9") && m.contains("up to " + WorkspaceFiles.FORMAT_VERSION), m);
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError() {
        IOException e = assertThrows(IOException.class, () -> WorkspaceFiles.read(dir.resolve("none.hopfield")));
        assertFalse(e instanceof WorkspaceFormatException);
    }

    @Test
    void fuzzedWorkspacesFailOnlyWithTheProjectsException() throws IOException {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20261202);
        List<byte[]> seeds = List.of(WorkspaceFixtures.zip(valid()), zipOf(WorkspaceFixtures.small("km", Map.of(), false)),
                zipOf(WorkspaceFixtures.small("hebb", Map.of(), true)));
        // N.B. thousands of small files: in memory (/dev/shm) where there is one, the disk is much slower
        Path shm = Path.of("/dev/shm");
        Path fuzzDir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "fuzz") : dir;
        Path file = fuzzDir.resolve("fuzz.hopfield");
        int opened = 0;
        int refused = 0;
        for (int c = 0; c < 1500; c++) {
            byte[] b = mutate(seeds.get(rng.nextInt(seeds.size())), rng);
            Files.write(file, b);
            try {
                WorkspaceFiles.read(file);
                opened++;
            } catch (WorkspaceFormatException e) {
                assertNotNull(e.getMessage());
                assertTrue(e.getMessage().startsWith("fuzz.hopfield: "), e.getMessage());
                refused++;
            } catch (Throwable t) {
                throw new AssertionError("case " + c + " threw " + t, t);
            }
        }
        Files.deleteIfExists(file);
        if (!fuzzDir.equals(dir)) {
            Files.delete(fuzzDir);
        }
        assertTrue(refused > 700, "most mutations are refused: " + refused);
        assertTrue(opened > 0, "some mutations (e.g. in the thumbnail) still open: " + opened);
    }

    private byte[] zipOf(Workspace ws) throws IOException {
        Path f = dir.resolve("seed.hopfield");
        WorkspaceFiles.write(ws, f, true);
        return Files.readAllBytes(f);
    }

    private static byte[] mutate(byte[] in, java.util.SplittableRandom rng) {
        byte[] b = in.clone();
        switch (rng.nextInt(5)) {
            case 0 -> {
                int flips = 1 + rng.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    b[rng.nextInt(b.length)] ^= (byte) (1 << rng.nextInt(8));
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, rng.nextInt(b.length));
            case 2 -> {
                int at = rng.nextInt(b.length);
                b[at] = (byte) rng.nextInt(256);
                if (at + 1 < b.length) {
                    b[at + 1] = (byte) rng.nextInt(256);
                }
            }
            case 3 -> {
                int from = rng.nextInt(b.length);
                int to = rng.nextInt(b.length);
                int len = Math.min(rng.nextInt(64), Math.min(b.length - from, b.length - to));
                System.arraycopy(in, from, b, to, len);
            }
            default -> {
                // a plausible field value: patch a 4-byte little-endian integer with a boundary value
                int at = rng.nextInt(Math.max(1, b.length - 4));
                int[] values = {0, -1, Integer.MAX_VALUE, 0xFFFF, 1, 64, 1 << 30};
                int v = values[rng.nextInt(values.length)];
                for (int k = 0; k < 4 && at + k < b.length; k++) {
                    b[at + k] = (byte) (v >>> (8 * k));
                }
            }
        }
        return b;
    }
}
