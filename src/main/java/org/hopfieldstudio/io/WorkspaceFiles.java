package org.hopfieldstudio.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.hopfieldstudio.core.InsufficientMemoryException;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;

/**
 * Reads and writes {@code .hopfield} workspace files: a zip of {@code manifest.json}, {@code workspace.json},
 * {@code patterns.txt}, {@code weights.npy}, {@code thresholds.npy} and {@code thumbnail.png}
 * (format: {@code patterns/WORKSPACE-FORMAT.md}).
 *
 * <p>Reading is all or nothing: every entry is checked (names, sizes declared and actual, CRCs, JSON types, W's shape,
 * finiteness and checksum) before a {@link Workspace} is returned, so a bad file changes nothing. Writing is atomic:
 * a temporary file in the target's folder is written, forced to disk and moved over the target.
 *
 * <p>N.B. the {@code .npy} entries are STORED (not deflated): W of a 100×100 grid is 400 MB of noisy floats that
 * deflate hardly compresses, and storing it lets a save or an open run at disk speed.
 */
public final class WorkspaceFiles {
    /** The {@code format} value of every workspace manifest. */
    public static final String FORMAT = "hopfield-studio-workspace";
    /** The format version this code writes; older versions are migrated on load, newer ones refused. */
    public static final int FORMAT_VERSION = 1;
    /** The file extension, with its dot. */
    public static final String EXTENSION = ".hopfield";
    /** Version of the app written into manifests. */
    public static final String APP_VERSION = "0.1";
    /** Protocols whose W is cheap to rewrite exactly from the patterns: their W is stored only when asked. */
    public static final Set<String> REPRODUCIBLE = Set.of("hebb", "pinv", "storkey");

    static final String MANIFEST = "manifest.json";
    static final String WORKSPACE = "workspace.json";
    static final String PATTERNS = "patterns.txt";
    static final String WEIGHTS = "weights.npy";
    static final String THRESHOLDS = "thresholds.npy";
    static final String THUMBNAIL = "thumbnail.png";
    static final int MAX_ENTRIES = 64;
    static final long MAX_JSON_BYTES = 1L << 20;
    static final long MAX_THUMBNAIL_BYTES = 8L << 20;
    private static final int CHUNK = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1 << 20).maxNumberLength(64).build());
    }

    private WorkspaceFiles() {
    }

    /** The format version and origin of a file, from its manifest. */
    public record Manifest(int formatVersion, String appVersion, String created) {
    }

    /**
     * What {@code workspace.json} says about W, whether or not W itself is in the file.
     *
     * @param stored   whether {@code weights.npy} is in the file (otherwise W is rewritten from the patterns)
     * @param checksum {@code crc32c:…} of W (row-major float32 LE bytes), to check a rewritten W against
     */
    public record WeightsRecord(String protocol, Map<String, Double> parameters, long seed, boolean matchesPatterns,
                                boolean symmetric, boolean stored, String checksum) {
    }

    /**
     * An opened file: the workspace (with W when the file holds it and it was asked for), its manifest, and the
     * record of W (null when no W had been written).
     */
    public record Opened(Workspace workspace, Manifest manifest, WeightsRecord weights, int migratedFrom) {
    }

    // ---- writing -------------------------------------------------------------------------------------------

    /**
     * Writes {@code ws} to {@code file} atomically: W is stored when {@code withWeights}, or when it cannot be
     * rewritten cheaply and exactly (a trained protocol, or W out of date with the patterns).
     *
     * @throws IOException naming the file when it cannot be written; the previous file is then unchanged
     */
    public static void write(Workspace ws, Path file, boolean withWeights) throws IOException {
        write(ws, file, withWeights, Map.of());
    }

    /**
     * As {@link #write(Workspace, Path, boolean)}, with further entries of the caller's (e.g. {@code recovery.json} of
     * an autosave), deflated after the workspace's own; readers ignore entries they do not know.
     */
    public static void write(Workspace ws, Path file, boolean withWeights, Map<String, byte[]> extra)
            throws IOException {
        for (String name : extra.keySet()) {
            if (KNOWN.contains(name)) {
                throw new IllegalArgumentException(name + " is one of the workspace's own entries");
            }
        }
        if (ws.weights() != null && ws.weights().checksum() == null) {
            // N.B. snapshots taken on the FX thread may leave W's checksum to be computed here, off that thread
            Workspace.Weights w = ws.weights();
            ws = ws.withWeights(Workspace.Weights.of(w.network(), w.protocol(), w.parameters(), w.seed(),
                    w.matchesPatterns()));
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "folder does not exist");
        }
        boolean storeW = ws.weights() != null && (withWeights || mustStoreWeights(ws.weights()));
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(ch), CHUNK);
                ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8);
                writeTo(ws, storeW, zip);
                for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                    deflated(zip, e.getKey(), e.getValue());
                }
                zip.finish();
                raw.flush();
                ch.force(true);
            }
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Whether W must be in the file for the workspace to reopen with the same W. */
    public static boolean mustStoreWeights(Workspace.Weights w) {
        return !w.matchesPatterns() || !REPRODUCIBLE.contains(w.protocol().toLowerCase(Locale.ROOT));
    }

    /** Writes the entries of {@code ws} into {@code zip} (not finished or closed). */
    static void writeTo(Workspace ws, boolean storeW, ZipOutputStream zip) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("appVersion", APP_VERSION);
        manifest.put("created", Instant.now().toString());
        deflated(zip, MANIFEST, JSON.writeValueAsBytes(manifest));
        deflated(zip, WORKSPACE, JSON.writeValueAsBytes(toJson(ws, storeW)));
        if (ws.patterns() != null) {
            deflated(zip, PATTERNS, PatternFiles.format(ws.patterns()).getBytes(StandardCharsets.UTF_8));
        }
        if (storeW) {
            Network net = ws.weights().network();
            int n = net.size();
            float[] w = net.weightsUnsafe();
            // N.B. Network keeps W column-major; the file holds it row-major (W[i, j] at i·N + j), as `train` writes
            stored(zip, WEIGHTS, new int[]{n, n}, net.isSymmetric() ? k -> w[(int) k] : k -> w[(int) ((k % n) * n + k / n)], (long) n * n);
            float[] theta = net.thresholdsUnsafe();
            stored(zip, THRESHOLDS, new int[]{n}, k -> theta[(int) k], n);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        Pattern shown = new Pattern("grid", ws.rows(), ws.cols(), ws.grid());
        int cell = Math.max(1, Math.min(16, 160 / Math.max(ws.rows(), ws.cols())));
        ImageIO.write(PatternImages.toImage(shown, cell), "png", png);
        deflated(zip, THUMBNAIL, png.toByteArray());
    }

    static ObjectNode toJson(Workspace ws, boolean storeW) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode grid = root.putObject("grid");
        grid.put("rows", ws.rows());
        grid.put("cols", ws.cols());
        var cells = grid.putArray("cells");
        var mask = ws.mask() == null ? null : grid.putArray("mask");
        for (int r = 0; r < ws.rows(); r++) {
            StringBuilder line = new StringBuilder(ws.cols());
            StringBuilder m = new StringBuilder(ws.cols());
            for (int c = 0; c < ws.cols(); c++) {
                int i = r * ws.cols() + c;
                line.append(ws.grid()[i] > 0 ? '#' : '.');
                if (mask != null) {
                    m.append(ws.mask()[i] ? 'x' : '.');
                }
            }
            cells.add(line.toString());
            if (mask != null) {
                mask.add(m.toString());
            }
        }
        if (ws.patterns() == null) {
            root.putNull("patterns");
        } else {
            ObjectNode p = root.putObject("patterns");
            p.put("file", PATTERNS);
            p.put("set", ws.patterns().name());
            p.put("count", ws.patterns().count());
        }
        ObjectNode proto = root.putObject("protocol");
        proto.put("id", ws.protocol().id());
        ObjectNode params = proto.putObject("parameters");
        ws.protocol().parameters().forEach(params::put);
        proto.put("autoWrite", ws.protocol().autoWrite());
        Workspace.Weights w = ws.weights();
        if (w == null) {
            root.putNull("weights");
        } else {
            ObjectNode wj = root.putObject("weights");
            wj.put("stored", storeW);
            if (storeW) {
                wj.put("file", WEIGHTS);
                wj.put("thresholdsFile", THRESHOLDS);
            }
            wj.put("neurons", w.network().size());
            wj.put("protocol", w.protocol());
            ObjectNode wp = wj.putObject("parameters");
            w.parameters().forEach(wp::put);
            wj.put("seed", w.seed());
            wj.put("symmetric", w.network().isSymmetric());
            wj.put("matchesPatterns", w.matchesPatterns());
            wj.put("checksum", w.checksum());
        }
        ObjectNode recall = root.putObject("recall");
        Workspace.RecallSettings rs = ws.recall();
        recall.put("noise", rs.noise());
        recall.put("seed", rs.seed());
        recall.put("order", rs.order());
        recall.put("temperature", rs.temperature());
        recall.put("clamp", rs.clamp());
        recall.put("speed", rs.speed());
        recall.put("target", rs.target());
        ObjectNode view = root.putObject("view");
        if (ws.tab() == null) {
            view.putNull("tab");
        } else {
            view.put("tab", ws.tab());
        }
        Workspace.Panels panels = ws.panels();
        if (panels != null && panels.crosstalk() != null) {
            Workspace.CrosstalkSettings c = panels.crosstalk();
            ObjectNode cj = root.putObject("crosstalk");
            cj.put("rows", c.rows());
            cj.put("cols", c.cols());
            cj.put("patterns", c.patterns());
            cj.put("seed", c.seed());
            cj.put("useLibrary", c.useLibrary());
            cj.put("overlapCells", c.overlapCells());
        }
        if (panels != null && panels.capacity() != null) {
            Workspace.CapacitySettings c = panels.capacity();
            ObjectNode cj = root.putObject("capacityLab");
            cj.put("neurons", c.neurons());
            cj.put("overlayNeurons", c.overlayNeurons());
            cj.put("loads", c.loads());
            cj.put("trials", c.trials());
            cj.put("probes", c.probes());
            cj.put("noise", c.noise());
            cj.put("seed", c.seed());
            cj.put("basinPatterns", c.basinPatterns());
            cj.put("metric", c.metric());
            cj.put("panel", c.panel());
            var sel = cj.putArray("selected");
            c.selected().forEach(sel::add);
            ObjectNode ml = cj.putObject("maxLoads");
            c.maxLoads().forEach(ml::put);
        }
        if (ws.lesson() == null) {
            root.putNull("lesson");
        } else {
            ObjectNode l = root.putObject("lesson");
            l.put("track", ws.lesson().track());
            l.put("id", ws.lesson().id());
            l.put("step", ws.lesson().step());
            var ticks = l.putArray("ticks");
            ws.lesson().ticks().forEach(ticks::add);
        }
        return root;
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The k-th float of a row-major array. */
    @FunctionalInterface
    private interface FloatAt {
        float at(long k);
    }

    /** A STORED {@code .npy} entry: one pass for the CRC the local header needs, one pass to write. */
    private static void stored(ZipOutputStream zip, String name, int[] shape, FloatAt data, long count)
            throws IOException {
        byte[] header = Npy.header(shape, false);
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(Float.BYTES, count * Float.BYTES))];
        CRC32 crc = new CRC32();
        crc.update(header);
        for (long off = 0; off < count; ) {
            int len = fill(buf, data, off, count);
            crc.update(buf, 0, len * Float.BYTES);
            off += len;
        }
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(header.length + count * Float.BYTES);
        e.setCompressedSize(e.getSize());
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(header);
        for (long off = 0; off < count; ) {
            int len = fill(buf, data, off, count);
            zip.write(buf, 0, len * Float.BYTES);
            off += len;
        }
        zip.closeEntry();
    }

    private static int fill(byte[] buf, FloatAt data, long off, long count) {
        int len = (int) Math.min(buf.length / Float.BYTES, count - off);
        ByteBuffer bb = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < len; k++) {
            bb.putFloat(data.at(off + k));
        }
        return len;
    }

    /**
     * {@code crc32c:XXXXXXXX} over W's row-major little-endian float32 bytes: the bytes of {@code weights.npy}'s
     * data, so {@code numpy}/{@code crc32c} users can check it too.
     */
    public static String checksum(Network net) {
        int n = net.size();
        float[] w = net.weightsUnsafe();
        FloatAt at = net.isSymmetric() ? k -> w[(int) k] : k -> w[(int) ((k % n) * n + k / n)];
        return checksum(at, (long) n * n);
    }

    private static String checksum(FloatAt data, long count) {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(Float.BYTES, count * Float.BYTES))];
        for (long off = 0; off < count; ) {
            int len = fill(buf, data, off, count);
            crc.update(buf, 0, len * Float.BYTES);
            off += len;
        }
        return String.format(Locale.ROOT, "crc32c:%08x", crc.getValue());
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                var view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
                if (view != null) {
                    Files.setPosixFilePermissions(to, view.readAttributes().permissions());
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // N.B. keeping the old mode is a courtesy; the new file has the user's default mode anyway
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // N.B. not every platform can fsync a directory; the file itself is already on disk
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** Reads a whole workspace, W included when stored. */
    public static Opened read(Path file) throws IOException {
        return read(file, true);
    }

    /**
     * Reads a workspace; with {@code loadWeights} false W is not read (for {@code workspace info}) but its record is.
     *
     * @throws WorkspaceFormatException naming the file and entry when it is not a valid workspace
     * @throws IOException              when it cannot be read at all (missing, unreadable)
     */
    public static Opened read(Path file, boolean loadWeights) throws IOException {
        String src = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new WorkspaceFormatException(src + ": is a folder, not a workspace file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        ZipFile zf;
        try {
            zf = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceFormatException(src + ": not a workspace (not a readable zip archive: "
                    + describe(e) + ")", e);
        }
        try (zf) {
            return new Reader(zf, src, loadWeights).read();
        } catch (WorkspaceFormatException e) {
            throw e;
        } catch (InsufficientMemoryException e) {
            throw new WorkspaceFormatException(src + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceFormatException(src + ": damaged archive (" + describe(e) + ")", e);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** One pass over an archive: entries checked, JSON migrated and typed, W read and verified. */
    private static final class Reader {
        private final ZipFile zip;
        private final String src;
        private final boolean loadWeights;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

        Reader(ZipFile zip, String src, boolean loadWeights) {
            this.zip = zip;
            this.src = src;
            this.loadWeights = loadWeights;
        }

        Opened read() throws IOException {
            listEntries();
            JsonNode manifestJson = json(MANIFEST);
            Manifest manifest = manifest(manifestJson);
            JsonNode root = json(WORKSPACE);
            if (!root.isObject()) {
                throw bad(WORKSPACE, "must be a JSON object, got " + kind(root));
            }
            int from = manifest.formatVersion();
            root = WorkspaceMigrations.migrate((ObjectNode) root, from, this::bad);
            return new Opened(workspace(new Json(root, src + ": " + WORKSPACE)), manifest, weightsRecord, from);
        }

        private WeightsRecord weightsRecord;

        private void listEntries() throws WorkspaceFormatException {
            Enumeration<? extends ZipEntry> all = zip.entries();
            int count = 0;
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new WorkspaceFormatException(src + ": has more than " + MAX_ENTRIES
                            + " entries; a workspace has at most 6");
                }
                String name = e.getName();
                if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains("\\")
                        || name.contains(":") || name.chars().anyMatch(c -> c < 0x20)) {
                    throw new WorkspaceFormatException(src + ": entry name '" + printable(name)
                            + "' is not allowed (absolute, '..', '\\', ':' or control characters)");
                }
                if (entries.put(name, e) != null) {
                    throw new WorkspaceFormatException(src + ": entry '" + name + "' appears twice");
                }
            }
            if (count == 0) {
                throw new WorkspaceFormatException(src + ": empty archive, not a workspace");
            }
            if (!entries.containsKey(MANIFEST)) {
                throw new WorkspaceFormatException(src + ": not a Hopfield Studio workspace (no " + MANIFEST + ")");
            }
        }

        private static String printable(String s) {
            StringBuilder b = new StringBuilder();
            s.codePoints().limit(80).forEach(c -> b.append(c < 0x20 ? "\\u" + String.format("%04x", c) : Character.toString(c)));
            return b.toString();
        }

        WorkspaceFormatException bad(String entry, String detail) {
            return new WorkspaceFormatException(src + ": " + entry + ": " + detail);
        }

        /** The bytes of an entry, refused by declared size before reading and by actual size while reading. */
        private byte[] bytes(String name, long limit) throws IOException {
            ZipEntry e = entries.get(name);
            if (e == null) {
                throw new WorkspaceFormatException(src + ": missing entry " + name);
            }
            long declared = e.getSize();
            if (declared > limit) {
                throw bad(name, "declares " + declared + " bytes, at most " + limit + " are allowed");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, limit)));
            CRC32 crc = new CRC32();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            try (InputStream in = zip.getInputStream(e)) {
                for (int r; (r = in.read(buf)) >= 0; ) {
                    total += r;
                    if (total > limit || (declared >= 0 && total > declared)) {
                        throw bad(name, "inflates to more than its declared " + declared + " bytes (limit "
                                + limit + ")");
                    }
                    crc.update(buf, 0, r);
                    out.write(buf, 0, r);
                }
            }
            if (declared >= 0 && total != declared) {
                throw bad(name, "truncated: " + total + " of " + declared + " bytes");
            }
            if (e.getCrc() >= 0 && crc.getValue() != e.getCrc()) {
                throw bad(name, "damaged (CRC mismatch)");
            }
            return out.toByteArray();
        }

        private JsonNode json(String name) throws IOException {
            byte[] b = bytes(name, MAX_JSON_BYTES);
            if (b.length == 0) {
                throw bad(name, "is empty");
            }
            try {
                JsonNode n = JSON.readTree(b);
                if (n == null || n.isMissingNode()) {
                    throw bad(name, "is empty");
                }
                return n;
            } catch (JsonProcessingException ex) {
                throw bad(name, "not valid JSON: " + describe(new IOException(ex.getOriginalMessage()))
                        + (ex.getLocation() != null ? " (line " + ex.getLocation().getLineNr() + ")" : ""));
            }
        }

        private Manifest manifest(JsonNode m) throws WorkspaceFormatException {
            if (!m.isObject()) {
                throw bad(MANIFEST, "must be a JSON object, got " + kind(m));
            }
            Json j = new Json(m, src + ": " + MANIFEST);
            String format = j.text("format");
            if (!FORMAT.equals(format)) {
                throw bad(MANIFEST, "format is '" + format + "', expected '" + FORMAT + "'");
            }
            int version = j.integer("formatVersion", 0, Integer.MAX_VALUE);
            if (version > FORMAT_VERSION) {
                throw new WorkspaceFormatException(src + ": written in workspace format version " + version
                        + " by a newer Hopfield Studio (" + j.optText("appVersion", "unknown version")
                        + "); this one reads versions up to " + FORMAT_VERSION + ". Open it with a newer version.");
            }
            return new Manifest(version, j.optText("appVersion", null), j.optText("created", null));
        }

        private Workspace workspace(Json root) throws IOException {
            Json grid = root.object("grid");
            int rows = grid.integer("rows", 1, PatternFiles.MAX_SIDE);
            int cols = grid.integer("cols", 1, PatternFiles.MAX_SIDE);
            byte[] cells = new byte[rows * cols];
            List<String> lines = grid.lines("cells", rows, cols);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    char ch = lines.get(r).charAt(c);
                    if (ch != '#' && ch != '.') {
                        throw bad(WORKSPACE, "grid.cells row " + (r + 1) + " column " + (c + 1) + ": '" + ch
                                + "' is not a cell ('#' or '.')");
                    }
                    cells[r * cols + c] = (byte) (ch == '#' ? 1 : -1);
                }
            }
            boolean[] mask = null;
            if (grid.has("mask")) {
                List<String> m = grid.lines("mask", rows, cols);
                mask = new boolean[rows * cols];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        char ch = m.get(r).charAt(c);
                        if (ch != 'x' && ch != '.') {
                            throw bad(WORKSPACE, "grid.mask row " + (r + 1) + " column " + (c + 1) + ": '" + ch
                                    + "' is not 'x' (hidden) or '.'");
                        }
                        mask[r * cols + c] = ch == 'x';
                    }
                }
            }
            PatternSet patterns = null;
            if (root.has("patterns")) {
                Json p = root.object("patterns");
                int count = p.integer("count", 1, Integer.MAX_VALUE);
                byte[] text = bytes(PATTERNS, PatternFiles.MAX_FILE_BYTES);
                try {
                    patterns = PatternFiles.read(new java.io.ByteArrayInputStream(text), PATTERNS);
                } catch (PatternFormatException e) {
                    throw new WorkspaceFormatException(src + ": " + e.getMessage(), e);
                }
                if (patterns.count() != count) {
                    throw bad(WORKSPACE, "patterns.count is " + count + " but " + PATTERNS + " holds "
                            + patterns.count());
                }
                String set = p.optText("set", null);
                if (set != null && !set.equals(patterns.name())) {
                    patterns = patterns.withName(set);
                }
            }
            Json proto = root.object("protocol");
            Workspace.ProtocolChoice choice = new Workspace.ProtocolChoice(proto.text("id"),
                    proto.numbers("parameters"), proto.optBoolean("autoWrite", true));
            Workspace.Weights weights = null;
            if (root.has("weights")) {
                weights = weights(root.object("weights"), patterns, rows, rows * cols);
            }
            Workspace.RecallSettings d = Workspace.RecallSettings.DEFAULT;
            Workspace.RecallSettings rs = d;
            if (root.has("recall")) {
                Json r = root.object("recall");
                rs = new Workspace.RecallSettings(r.optNumber("noise", d.noise(), 0, 1), r.optLong("seed", d.seed()),
                        r.optText("order", d.order()), r.optNumber("temperature", d.temperature(), 0, 1e6),
                        r.optBoolean("clamp", d.clamp()), r.optNumber("speed", d.speed(), 0, 1),
                        (int) r.optLong("target", d.target()));
            }
            String tab = root.has("view") ? root.object("view").optText("tab", null) : null;
            Workspace.LessonPosition lesson = null;
            if (root.has("lesson")) {
                Json l = root.object("lesson");
                lesson = new Workspace.LessonPosition(l.optText("track", Workspace.LessonPosition.BUNDLED),
                        l.text("id"), l.integer("step", 0, Integer.MAX_VALUE),
                        l.booleans("ticks", Workspace.LessonPosition.MAX_TASKS));
            }
            Workspace.Panels panels = panels(root);
            try {
                return new Workspace(rows, cols, cells, mask, patterns, choice, weights, rs, tab, lesson, panels);
            } catch (IllegalArgumentException e) {
                throw bad(WORKSPACE, e.getMessage());
            }
        }

        /** The Crosstalk and Capacity lab settings (optional since format version 1; null when neither is there). */
        private Workspace.Panels panels(Json root) throws WorkspaceFormatException {
            Workspace.CrosstalkSettings crosstalk = null;
            if (root.has("crosstalk")) {
                Json c = root.object("crosstalk");
                crosstalk = new Workspace.CrosstalkSettings(c.integer("rows", 1, PatternFiles.MAX_SIDE),
                        c.integer("cols", 1, PatternFiles.MAX_SIDE), c.integer("patterns", 0, 1_000_000),
                        c.optLong("seed", 1), c.optBoolean("useLibrary", false),
                        c.integer("overlapCells", 1, 1_000_000));
            }
            Workspace.CapacitySettings capacity = null;
            if (root.has("capacityLab")) {
                Json c = root.object("capacityLab");
                capacity = new Workspace.CapacitySettings(c.integer("neurons", 1, MemoryBudget.MAX_NEURONS),
                        c.optString("overlayNeurons"), c.optString("loads"), c.optString("trials"),
                        c.has("probes") ? c.integer("probes", 0, 1_000_000) : 0, c.optString("noise"),
                        c.optString("seed"),
                        c.integer("basinPatterns", 1, 1_000_000), c.optText("metric", null), c.optText("panel", null),
                        c.texts("selected"), c.numbers("maxLoads"));
            }
            return crosstalk == null && capacity == null ? null : new Workspace.Panels(crosstalk, capacity);
        }

        private Workspace.Weights weights(Json w, PatternSet patterns, int gridRows, int gridN) throws IOException {
            int n = w.integer("neurons", 1, MemoryBudget.MAX_NEURONS);
            int expected = patterns != null ? patterns.neurons() : gridN;
            if (n != expected) {
                throw bad(WORKSPACE, "weights.neurons is " + n + " but the " + (patterns != null
                        ? "stored patterns have " : "grid has ") + expected + " cells");
            }
            String checksum = w.text("checksum");
            boolean symmetric = w.optBoolean("symmetric", true);
            weightsRecord = new WeightsRecord(w.text("protocol"), w.numbers("parameters"), w.optLong("seed", 1),
                    w.optBoolean("matchesPatterns", true), symmetric, w.bool("stored"), checksum);
            if (!weightsRecord.stored() || !loadWeights) {
                return null;
            }
            int rows = patterns != null ? patterns.rows() : gridRows;
            MemoryBudget.requireWeights(n);
            float[] rowMajor = npy(WEIGHTS, new int[]{n, n});
            float[] theta = npy(THRESHOLDS, new int[]{n});
            String actual = checksum(k -> rowMajor[(int) k], (long) n * n);
            if (!actual.equals(checksum)) {
                throw bad(WEIGHTS, "W's checksum is " + actual + " but workspace.json records " + checksum
                        + "; W was changed or damaged");
            }
            float[] colMajor = rowMajor;
            if (!symmetric) {
                colMajor = new float[rowMajor.length];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        colMajor[j * n + i] = rowMajor[i * n + j];
                    }
                }
            } else {
                checkSymmetric(rowMajor, n);
            }
            Network net;
            try {
                net = new Network(rows, n / rows, colMajor, theta, symmetric, weightsRecord.protocol());
            } catch (IllegalArgumentException e) {
                throw bad(THRESHOLDS, e.getMessage());
            }
            return new Workspace.Weights(net, weightsRecord.protocol(), weightsRecord.parameters(),
                    weightsRecord.seed(), weightsRecord.matchesPatterns(), checksum);
        }

        private void checkSymmetric(float[] w, int n) throws WorkspaceFormatException {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (w[i * n + j] != w[j * n + i]) {
                        throw bad(WEIGHTS, "workspace.json says W is symmetric but W[" + i + ", " + j + "] = "
                                + w[i * n + j] + " and W[" + j + ", " + i + "] = " + w[j * n + i]);
                    }
                }
            }
        }

        /** A float32 {@code .npy} entry of exactly {@code shape}, refused by declared size before allocating. */
        private float[] npy(String name, int[] shape) throws IOException {
            ZipEntry e = entries.get(name);
            if (e == null) {
                throw new WorkspaceFormatException(src + ": missing entry " + name + " (workspace.json says W is stored)");
            }
            long count = 1;
            for (int d : shape) {
                count *= d;
            }
            long data = count * Float.BYTES;
            long declared = e.getSize();
            if (declared < data + 16 || declared > data + 4096) {
                throw bad(name, "declares " + declared + " bytes; an array of shape " + java.util.Arrays.toString(shape)
                        + " takes " + data + " bytes plus a header");
            }
            CRC32 crc = new CRC32();
            try (InputStream in = new java.util.zip.CheckedInputStream(zip.getInputStream(e), crc)) {
                Npy.Float32Array a;
                try {
                    a = Npy.readFloat32(in, declared, name);
                } catch (IOException ex) {
                    throw new WorkspaceFormatException(src + ": " + ex.getMessage(), ex);
                }
                if (!java.util.Arrays.equals(a.shape(), shape)) {
                    throw bad(name, "has shape " + java.util.Arrays.toString(a.shape()) + ", expected "
                            + java.util.Arrays.toString(shape) + " (N = " + shape[0] + " neurons)");
                }
                if (a.fortranOrder() && shape.length > 1) {
                    throw bad(name, "is in Fortran (column-major) order; the format stores W row-major");
                }
                if (in.read() >= 0) {
                    throw bad(name, "has bytes after its data");
                }
                if (e.getCrc() >= 0 && crc.getValue() != e.getCrc()) {
                    throw bad(name, "damaged (CRC mismatch)");
                }
                float[] v = a.data();
                for (int k = 0; k < v.length; k++) {
                    if (!Float.isFinite(v[k])) {
                        int i = shape.length > 1 ? k / shape[1] : k;
                        int j = shape.length > 1 ? k % shape[1] : 0;
                        throw bad(name, "holds " + v[k] + " at " + (shape.length > 1 ? "[" + i + ", " + j + "]"
                                : "[" + i + "]") + "; weights and thresholds must be finite numbers");
                    }
                }
                return v;
            }
        }
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        JsonNodeType t = n.getNodeType();
        return switch (t) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "the text \"" + (n.asText().length() > 40 ? n.asText().substring(0, 40) + "…" : n.asText()) + "\"";
            case NUMBER -> "the number " + n.asText();
            case BOOLEAN -> n.asText();
            case NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Typed, path-naming access to one JSON object of an entry. */
    static final class Json {
        final JsonNode node;
        private final String entry;
        private final String path;

        Json(JsonNode node, String entry) {
            this(node, entry, "");
        }

        private Json(JsonNode node, String entry, String path) {
            this.node = node;
            this.entry = entry;
            this.path = path;
        }

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private WorkspaceFormatException wrong(String key, String expected) {
            return new WorkspaceFormatException(entry + ": " + at(key) + " must be " + expected + ", got "
                    + kind(node.get(key)));
        }

        /** Present and not null. */
        boolean has(String key) {
            JsonNode v = node.get(key);
            return v != null && !v.isNull();
        }

        Json object(String key) throws WorkspaceFormatException {
            JsonNode v = node.get(key);
            if (v == null || !v.isObject()) {
                throw wrong(key, "an object");
            }
            return new Json(v, entry, at(key));
        }

        String text(String key) throws WorkspaceFormatException {
            JsonNode v = node.get(key);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw wrong(key, "a non-empty text");
            }
            return v.asText();
        }

        /** Any text, empty included (a field as the user left it); "" when absent. */
        String optString(String key) throws WorkspaceFormatException {
            if (!has(key)) {
                return "";
            }
            JsonNode v = node.get(key);
            if (!v.isTextual() || v.asText().length() > 10_000) {
                throw wrong(key, "a text");
            }
            return v.asText();
        }

        String optText(String key, String fallback) throws WorkspaceFormatException {
            return has(key) ? text(key) : fallback;
        }

        int integer(String key, int min, int max) throws WorkspaceFormatException {
            JsonNode v = node.get(key);
            if (v == null || !v.canConvertToExactIntegral() || !v.isNumber() || !v.canConvertToLong()) {
                throw wrong(key, "an integer");
            }
            long x = v.asLong();
            if (x < min || x > max) {
                throw new WorkspaceFormatException(entry + ": " + at(key) + " must be " + min + " … " + max + ", got " + x);
            }
            return (int) x;
        }

        long optLong(String key, long fallback) throws WorkspaceFormatException {
            if (!has(key)) {
                return fallback;
            }
            JsonNode v = node.get(key);
            if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
                throw wrong(key, "an integer");
            }
            return v.asLong();
        }

        double optNumber(String key, double fallback, double min, double max) throws WorkspaceFormatException {
            if (!has(key)) {
                return fallback;
            }
            JsonNode v = node.get(key);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw wrong(key, "a number");
            }
            double x = v.asDouble();
            if (x < min || x > max) {
                throw new WorkspaceFormatException(entry + ": " + at(key) + " must be " + min + " … " + max + ", got " + x);
            }
            return x;
        }

        boolean bool(String key) throws WorkspaceFormatException {
            JsonNode v = node.get(key);
            if (v == null || !v.isBoolean()) {
                throw wrong(key, "true or false");
            }
            return v.asBoolean();
        }

        boolean optBoolean(String key, boolean fallback) throws WorkspaceFormatException {
            return has(key) ? bool(key) : fallback;
        }

        /** A list of at most {@code max} true/false values; empty when absent. */
        List<Boolean> booleans(String key, int max) throws WorkspaceFormatException {
            if (!has(key)) {
                return List.of();
            }
            JsonNode v = node.get(key);
            if (!v.isArray()) {
                throw wrong(key, "a list of true/false values");
            }
            if (v.size() > max) {
                throw new WorkspaceFormatException(entry + ": " + at(key) + " has " + v.size()
                        + " entries, at most " + max + " allowed");
            }
            List<Boolean> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isBoolean()) {
                    throw new WorkspaceFormatException(entry + ": " + at(key) + " entry " + (i + 1)
                            + " must be true or false, got " + kind(v.get(i)));
                }
                out.add(v.get(i).asBoolean());
            }
            return out;
        }

        /** An object of numbers (booleans count as 1/0), e.g. protocol parameters. */
        Map<String, Double> numbers(String key) throws WorkspaceFormatException {
            Map<String, Double> out = new LinkedHashMap<>();
            if (!has(key)) {
                return out;
            }
            JsonNode v = node.get(key);
            if (!v.isObject()) {
                throw wrong(key, "an object of numbers");
            }
            var it = v.fields();
            while (it.hasNext()) {
                var f = it.next();
                JsonNode x = f.getValue();
                if (x.isBoolean()) {
                    out.put(f.getKey(), x.asBoolean() ? 1.0 : 0.0);
                } else if (x.isNumber() && Double.isFinite(x.asDouble())) {
                    out.put(f.getKey(), x.asDouble());
                } else {
                    throw new WorkspaceFormatException(entry + ": " + at(key) + "." + f.getKey()
                            + " must be a number, got " + kind(x));
                }
            }
            return out;
        }

        /** A list of non-empty texts (empty when absent). */
        List<String> texts(String key) throws WorkspaceFormatException {
            List<String> out = new ArrayList<>();
            if (!has(key)) {
                return out;
            }
            JsonNode v = node.get(key);
            if (!v.isArray() || v.size() > 1000) {
                throw wrong(key, "a list of texts");
            }
            for (JsonNode x : v) {
                if (!x.isTextual() || x.asText().isBlank()) {
                    throw new WorkspaceFormatException(entry + ": " + at(key) + " must hold texts, got " + kind(x));
                }
                out.add(x.asText());
            }
            return out;
        }

        /** A list of {@code rows} texts of {@code cols} characters each. */
        List<String> lines(String key, int rows, int cols) throws WorkspaceFormatException {
            JsonNode v = node.get(key);
            if (v == null || !v.isArray()) {
                throw wrong(key, "a list of " + rows + " rows");
            }
            if (v.size() != rows) {
                throw new WorkspaceFormatException(entry + ": " + at(key) + " has " + v.size() + " rows, expected "
                        + rows);
            }
            List<String> out = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                JsonNode line = v.get(r);
                if (!line.isTextual() || line.asText().length() != cols) {
                    throw new WorkspaceFormatException(entry + ": " + at(key) + " row " + (r + 1) + " must be a text of "
                            + cols + " cells, got " + kind(line));
                }
                out.add(line.asText());
            }
            return out;
        }
    }

    /** Names of the entries a workspace may hold (others are ignored on read). */
    static final Set<String> KNOWN = new HashSet<>(List.of(MANIFEST, WORKSPACE, PATTERNS, WEIGHTS, THRESHOLDS, THUMBNAIL));
}
