package org.hopfieldstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Autosave snapshots in {@code <data dir>/recovery/} (issue 8, point 4). Each running app is one <em>session</em>; its
 * snapshots are ordinary workspace files ({@code <session>-<seq>.hopfield}, W always stored, written atomically as Save
 * writes) with one more entry, {@code recovery.json}: the session, its process id and start, the time of the snapshot
 * and the file the workspace was opened from or saved to. The newest {@link #KEEP} of a session are kept; a clean exit
 * removes them all ({@link #removeSession()}), so snapshots of another session whose process is gone are what a crash
 * left behind. {@link #findOffer} picks the newest of those worth restoring.
 *
 * <p>Plain Java (no JavaFX): the app calls it from a background thread.
 */
public final class RecoveryStore {
    /** Folder under the data directory. */
    public static final String FOLDER = "recovery";
    /** Snapshots kept per session. */
    public static final int KEEP = 3;
    /** The extra entry of a recovery snapshot. */
    public static final String INFO_ENTRY = "recovery.json";
    private static final long MAX_INFO_BYTES = 64 * 1024;
    /**
     * N.B. created on first use, not with the class: the window makes its store on the FX thread before its first
     * frame, and an ObjectMapper costs about 0.3 s of class loading there (issue 12, start-up); a first launch with no
     * snapshots never needs it.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private final Path dir;
    private final String session;
    private final long pid;
    private final Instant started;
    private final AtomicInteger seq = new AtomicInteger();

    /**
     * @param dataDir the app's data directory ({@link DataDir#resolve()}); snapshots go to its {@code recovery} folder
     * @param session a name unique to this run (letters, digits, '-')
     * @param pid     this process's id (recorded so a later start can tell a crashed session from a running one)
     * @param started when this session started
     */
    public RecoveryStore(Path dataDir, String session, long pid, Instant started) {
        if (!session.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("session name '" + session + "' must be letters, digits and '-'");
        }
        this.dir = dataDir.resolve(FOLDER);
        this.session = session;
        this.pid = pid;
        this.started = started;
    }

    /** A store for this process: session {@code p<pid>-<start millis>-<k>}. */
    public static RecoveryStore forThisProcess(Path dataDir) {
        ProcessHandle me = ProcessHandle.current();
        Instant start = me.info().startInstant().orElse(Instant.now());
        return new RecoveryStore(dataDir, "p" + me.pid() + "-" + start.toEpochMilli() + "-"
                + SESSIONS.incrementAndGet(), me.pid(), start);
    }

    public Path folder() {
        return dir;
    }

    public String session() {
        return session;
    }

    /** What a snapshot holds, from its {@code recovery.json} and workspace. */
    public record Info(String session, long pid, Instant sessionStart, Instant time, Path source, int patterns,
                       int neurons, String protocol) {
        /** "autosaved 16:42:05 UTC: p = 3, N = 100, Hebb, of lesson.hopfield". */
        public String describe() {
            return "autosaved " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(java.time.ZoneId.systemDefault()).format(time) + ": p = " + patterns + ", N = " + neurons
                    + ", protocol " + protocol + (source == null ? ", never saved" : ", of " + source.getFileName());
        }
    }

    /**
     * A snapshot worth offering: the newest readable one of a crashed session that is newer than and different from
     * its saved file. {@code stale} are all the crashed sessions' snapshots (removed on restore or discard).
     */
    public record Offer(Path file, Info info, WorkspaceFiles.Opened opened, List<Path> stale) {
    }

    /**
     * Writes {@code ws} as this session's next snapshot (W always stored, atomically), then removes all but the newest
     * {@link #KEEP} of this session.
     *
     * @param source the workspace's file, or null when it was never saved
     * @return the snapshot written
     */
    public Path write(Workspace ws, Path source, Instant at) throws IOException {
        Files.createDirectories(dir);
        ObjectNode info = Json.MAPPER.createObjectNode();
        info.put("session", session);
        info.put("pid", pid);
        info.put("sessionStart", started.toString());
        info.put("time", at.toString());
        if (source == null) {
            info.putNull("source");
        } else {
            info.put("source", source.toAbsolutePath().normalize().toString());
        }
        Path file = dir.resolve(String.format(Locale.ROOT, "%s-%06d%s", session, seq.incrementAndGet(),
                WorkspaceFiles.EXTENSION));
        WorkspaceFiles.write(ws, file, true, Map.of(INFO_ENTRY, Json.MAPPER.writeValueAsBytes(info)));
        List<Path> mine = sessionFiles(session);
        for (int k = 0; k < mine.size() - KEEP; k++) {
            Files.deleteIfExists(mine.get(k));
        }
        return file;
    }

    /** This session's snapshots, oldest first. */
    public List<Path> files() throws IOException {
        return sessionFiles(session);
    }

    /** Removes this session's snapshots (a clean exit). */
    public void removeSession() throws IOException {
        for (Path p : sessionFiles(session)) {
            Files.deleteIfExists(p);
        }
    }

    private List<Path> sessionFiles(String s) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : snapshots()) {
            if (p.getFileName().toString().startsWith(s + "-")
                    && p.getFileName().toString().substring(s.length() + 1).matches("\\d+\\.hopfield")) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    private List<Path> snapshots() throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + WorkspaceFiles.EXTENSION)) {
            for (Path p : ds) {
                if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Whether the process that wrote a session still runs (same pid, started no later than the session). */
    public static boolean running(Info info) {
        return ProcessHandle.of(info.pid()).filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(s -> !s.isAfter(info.sessionStart().plusSeconds(2)))
                        .orElse(true))
                .orElse(false);
    }

    /** {@link #findOffer(Predicate)} with {@link #running} telling live sessions. */
    public Optional<Offer> findOffer() throws IOException {
        return findOffer(RecoveryStore::running);
    }

    /**
     * The snapshot to offer after a crash, if any: among the snapshots of other sessions whose process is not
     * {@code alive}, the newest that reads completely (W included) and is not empty, offered only when its saved file
     * is missing, older than it, or holds a different workspace. Snapshots that are unreadable or not worth offering
     * are never offered; when nothing is worth offering, the crashed sessions' snapshots are removed.
     */
    public Optional<Offer> findOffer(Predicate<Info> alive) throws IOException {
        record Candidate(Path file, Info info) {
        }
        List<Candidate> crashed = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        for (Path p : snapshots()) {
            if (p.getFileName().toString().startsWith(session + "-")) {
                continue;
            }
            Info info = readInfo(p);
            if (info == null) {
                stale.add(p); // N.B. unreadable (empty, truncated, not ours): never offered
                continue;
            }
            if (alive.test(info)) {
                continue;
            }
            crashed.add(new Candidate(p, info));
            stale.add(p);
        }
        crashed.sort(Comparator.comparing((Candidate c) -> c.info().time())
                .thenComparing(c -> c.file().getFileName().toString()).reversed());
        for (Candidate c : crashed) {
            WorkspaceFiles.Opened opened;
            try {
                opened = WorkspaceFiles.read(c.file());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            Workspace ws = opened.workspace();
            if (isEmpty(ws)) {
                continue;
            }
            Info info = new Info(c.info().session(), c.info().pid(), c.info().sessionStart(), c.info().time(),
                    c.info().source(), ws.patternCount(), ws.neurons(), ws.protocol().id());
            if (!newerAndDifferent(info, ws)) {
                // N.B. the newest snapshot is what was saved: nothing was lost, and older ones are older still
                break;
            }
            return Optional.of(new Offer(c.file(), info, opened, List.copyOf(stale)));
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
        return Optional.empty();
    }

    /** Removes every snapshot of crashed sessions (after the user restored or discarded the offer). */
    public static void discard(Offer offer) throws IOException {
        for (Path p : offer.stale()) {
            Files.deleteIfExists(p);
        }
    }

    /** Nothing stored, no W and a blank grid: nothing to recover. */
    static boolean isEmpty(Workspace ws) {
        if (ws.patternCount() > 0 || ws.weights() != null) {
            return false;
        }
        for (byte b : ws.grid()) {
            if (b > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean newerAndDifferent(Info info, Workspace recovered) {
        Path source = info.source();
        if (source == null || !Files.isRegularFile(source)) {
            return true;
        }
        try {
            if (!Files.getLastModifiedTime(source).toInstant().isBefore(info.time())) {
                return false;
            }
            WorkspaceFiles.Opened saved = WorkspaceFiles.read(source, false);
            return !sameContent(recovered, saved);
        } catch (IOException | RuntimeException e) {
            return true; // N.B. a saved file that cannot be read any more is no reason to drop the snapshot
        }
    }

    /** Same workspace, W compared by checksum (a saved file may hold W or only record it). */
    static boolean sameContent(Workspace recovered, WorkspaceFiles.Opened saved) {
        String w1 = recovered.weights() == null ? null : recovered.weights().checksum();
        String w2 = saved.weights() == null ? null : saved.weights().checksum();
        return Objects.equals(w1, w2) && recovered.withWeights(null).equals(saved.workspace().withWeights(null));
    }

    /** The {@code recovery.json} of a snapshot, or null when it is missing or malformed. */
    static Info readInfo(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = zip.getEntry(INFO_ENTRY);
            if (e == null || e.getSize() > MAX_INFO_BYTES) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(e)) {
                bytes = in.readNBytes((int) MAX_INFO_BYTES + 1);
            }
            if (bytes.length > MAX_INFO_BYTES) {
                return null;
            }
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (n == null || !n.isObject() || !n.path("session").isTextual() || !n.path("pid").canConvertToLong()
                    || !n.path("time").isTextual() || !n.path("sessionStart").isTextual()) {
                return null;
            }
            JsonNode src = n.get("source");
            Path source = src == null || src.isNull() || !src.isTextual() ? null : Path.of(src.asText());
            return new Info(n.get("session").asText(), n.get("pid").asLong(),
                    Instant.parse(n.get("sessionStart").asText()), Instant.parse(n.get("time").asText()), source, 0, 0,
                    "");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
