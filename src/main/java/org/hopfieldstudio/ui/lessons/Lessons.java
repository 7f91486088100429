package org.hopfieldstudio.ui.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.io.WorkspaceFormatException;
import org.hopfieldstudio.ui.StudioModel;

/**
 * Lesson tracks: the bundled one (the top-level {@code lessons/} folder, copied into the jar and listed in
 * {@code lessons/index.txt}) and any folder or file a lecturer opens; and the prepared state of a lesson applied to
 * the model.
 */
public final class Lessons {
    /** Classpath folder of the bundled lessons. */
    public static final String RESOURCE_DIR = "lessons/";
    /** Controls a lesson may hide. */
    public static final List<String> HIDEABLE = List.of("library", "protocol", "census", "receptive-field",
            "weights-tab", "crosstalk-tab", "capacity-tab", "compare-tab");
    /** Header keys that describe the prepared state, in the order they are applied. */
    public static final List<String> PREPARE_KEYS = List.of("workspace", "set", "stored", "random", "grid", "protocol",
            "order",
            "temperature", "seed", "show", "blend", "noise", "occlude", "crosstalk-side", "crosstalk-p", "ortho-overlap");

    private Lessons() {
    }

    /** The bundled track, in index order. A broken bundled lesson is a build error (the tests check them all). */
    public static List<Lesson> bundled() {
        List<Lesson> track = new ArrayList<>();
        for (String name : bundledNames()) {
            try (InputStream in = resource(RESOURCE_DIR + name)) {
                track.add(LessonParser.parse(RESOURCE_DIR + name, in.readAllBytes()));
            } catch (IOException | LessonFormatException e) {
                throw new IllegalStateException("bundled lesson " + name + ": " + e.getMessage(), e);
            }
        }
        return track;
    }

    static List<String> bundledNames() {
        try (InputStream in = resource(RESOURCE_DIR + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith(";")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("lessons/index.txt cannot be read", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Lessons.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    /**
     * Reads a lesson file, or every lesson of a folder (in the order of its {@code index.txt} if it has one, else
     * by file name; {@code FORMAT.md} and {@code README.md} are not lessons).
     *
     * @throws LessonFormatException naming the file (and line) of the first problem; nothing is returned then
     */
    public static List<Lesson> read(Path path) throws LessonFormatException {
        List<Lesson> track = new ArrayList<>();
        for (Path f : files(path)) {
            track.add(readFile(f));
        }
        return track;
    }

    /**
     * The lesson files {@code path} names: itself, or the files of a folder in the order of its {@code index.txt}
     * if it has one, else by file name ({@code FORMAT.md} and {@code README.md} are not lessons).
     */
    public static List<Path> files(Path path) throws LessonFormatException {
        String name = path.toString();
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        Path index = path.resolve("index.txt");
        try {
            if (Files.isRegularFile(index)) {
                for (String l : new String(readCapped(index), StandardCharsets.UTF_8).lines().toList()) {
                    String s = l.strip();
                    if (!s.isEmpty() && !s.startsWith(";")) {
                        files.add(path.resolve(s));
                    }
                }
            } else {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                            .filter(p -> !Arrays.asList("format.md", "readme.md")
                                    .contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                            .sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new LessonFormatException(name, 0, "cannot read the folder: " + reason(e));
        }
        if (files.isEmpty()) {
            throw new LessonFormatException(name, 0, "the folder holds no lesson (*.md) files");
        }
        return files;
    }

    /** Reads one lesson file (a regular file of at most {@link LessonParser#MAX_BYTES}). */
    public static Lesson readFile(Path file) throws LessonFormatException {
        try {
            return LessonParser.parse(file.toString(), readCapped(file));
        } catch (IOException e) {
            throw new LessonFormatException(file.toString(), 0, "cannot read the file: " + reason(e));
        }
    }

    /** Reads a regular file, refusing special files and anything over the lesson size cap while reading. */
    private static byte[] readCapped(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? "not a regular file" : "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(LessonParser.MAX_BYTES + 1);
            return b;
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Splits a comma-separated list. */
    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static UpdateOrder order(String name) {
        return Arrays.stream(UpdateOrder.values()).filter(o -> o.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown update order '" + name
                        + "' (random, sweep, sequential, sync)"));
    }

    static Noise.Half half(String name) {
        try {
            return Noise.Half.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown half '" + name + "' (top, bottom, left, right)");
        }
    }

    /** Checks one prepared-state value's form when the file is read. */
    static void validateSetting(String key, String v) {
        String usage = "'" + key + "'";
        switch (key) {
            case "workspace" -> {
                if (v.isEmpty() || !v.toLowerCase(Locale.ROOT).endsWith(".hopfield")) {
                    throw new IllegalArgumentException(usage + " needs a workspace file name ending in .hopfield, "
                            + "next to the lesson file");
                }
                if (v.contains("..") || v.startsWith("/") || v.startsWith("\\") || v.contains(":")) {
                    throw new IllegalArgumentException(usage + " names a file next to the lesson, not a path: " + v);
                }
            }
            case "set", "protocol" -> {
                if (v.isEmpty()) {
                    throw new IllegalArgumentException(usage + " needs a name");
                }
            }
            case "stored" -> {
                if (list(v).isEmpty()) {
                    throw new IllegalArgumentException(usage + " needs pattern names, separated by commas");
                }
            }
            case "random" -> range(usage, Check.parseInt(v, usage), 1, 2000);
            case "grid", "crosstalk-side" -> range(usage, Check.parseInt(v, usage), 5, 100);
            case "crosstalk-p" -> range(usage, Check.parseInt(v, usage), 1, 1500);
            case "ortho-overlap" -> range(usage, Check.parseInt(v, usage), 0, 10_000);
            case "seed" -> {
                try {
                    Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(usage + " takes a whole number, got '" + v + "'");
                }
            }
            case "noise" -> {
                double x = Check.parseDouble(v, usage);
                if (x < 0 || x > 0.5) {
                    throw new IllegalArgumentException(usage + " takes a fraction from 0 to 0.5, got " + v);
                }
            }
            case "temperature" -> {
                double t = Check.parseDouble(v, usage);
                if (t < 0 || t > 2) {
                    throw new IllegalArgumentException(usage + " takes a temperature from 0 to 2, got " + v);
                }
            }
            case "order" -> order(v);
            case "blend" -> {
                List<String> b = list(v);
                if (b.size() != 3) {
                    throw new IllegalArgumentException(usage + " reads 'blend: FIRST, SECOND, FRACTION' (the first "
                            + "FRACTION of the cells from pattern FIRST, the rest from SECOND)");
                }
                double f = Check.parseDouble(b.get(2), usage);
                if (f <= 0 || f >= 1) {
                    throw new IllegalArgumentException(usage + " takes a fraction between 0 and 1, got " + b.get(2));
                }
            }
            case "occlude" -> half(v);
            case "show" -> {
                if (v.isEmpty()) {
                    throw new IllegalArgumentException(usage + " takes a pattern name, 'blank' or 'random'");
                }
            }
            default -> throw new IllegalArgumentException("unknown key " + usage);
        }
    }

    private static void range(String usage, int x, int lo, int hi) {
        if (x < lo || x > hi) {
            throw new IllegalArgumentException(usage + " goes from " + lo + " to " + hi + ", got " + x);
        }
    }

    /**
     * Puts the model into the lesson's prepared state: stored patterns, grid, protocol and W, recall settings, the
     * cue on the grid (seeded noise, occlusion), the crosstalk slider; then forgets the run history.
     *
     * @throws LessonFormatException naming the line of a setting that cannot be applied (unknown set, pattern or
     *                               protocol; a grid size the patterns do not allow)
     */
    public static void prepare(Lesson lesson, LessonContext context) throws LessonFormatException {
        StudioModel m = context.model();
        var p = lesson.prepare();
        long seed = p.containsKey("seed") ? Long.parseLong(p.get("seed").value()) : 1;
        m.recall().pause();
        boolean fromWorkspace = p.containsKey("workspace");
        if (fromWorkspace) {
            // the lecturer's saved state (patterns, grid, protocol, W as saved: a trained W is not rewritten); the
            // settings below change it only where the lesson names them
            Workspace ws = readWorkspace(lesson, p.get("workspace")).workspace();
            m.document().apply(new Workspace(ws.rows(), ws.cols(), ws.grid(), ws.mask(), ws.patterns(), ws.protocol(),
                    ws.weights(), ws.recall(), null, null), null);
        }
        if (!fromWorkspace || p.containsKey("temperature")) {
            m.recall().temperatureProperty().set(p.containsKey("temperature")
                    ? Double.parseDouble(p.get("temperature").value()) : 0);
        }
        if (!fromWorkspace || p.containsKey("order")) {
            m.recall().orderProperty().set(p.containsKey("order") ? order(p.get("order").value()) : UpdateOrder.RANDOM);
        }
        if (!fromWorkspace) {
            m.recall().clampProperty().set(true);
        }
        if (!fromWorkspace || p.containsKey("seed")) {
            m.recall().seedProperty().set(seed);
        }
        if (fromWorkspace) {
            prepareCue(lesson, context, seed, true);
            return;
        }
        if (p.containsKey("set")) {
            List<String> stored = p.containsKey("stored") ? list(p.get("stored").value()) : List.of();
            if (!m.library().loadBuiltIn(p.get("set").value(), stored)) {
                Lesson.Setting s = p.containsKey("stored") ? p.get("stored") : p.get("set");
                throw new LessonFormatException(lesson.source(), s.line(), "the bundled set '" + p.get("set").value()
                        + "'" + (stored.isEmpty() ? "" : " with " + stored) + " cannot be loaded (bundled sets: "
                        + String.join(", ", m.library().builtInNames()) + ")");
            }
        } else {
            m.library().clear();
            int side = p.containsKey("grid") ? Integer.parseInt(p.get("grid").value()) : m.grid().rows();
            if (!m.resizeGrid(side)) {
                throw new LessonFormatException(lesson.source(), p.get("grid").line(), "the grid cannot be made "
                        + side + "×" + side);
            }
            if (p.containsKey("random")) {
                int count = Integer.parseInt(p.get("random").value());
                m.library().replaceAll(PatternSet.random(side, side, count, Seeds.rng(Seeds.derive(seed, 3)))
                        .withName("random"));
            }
        }
        if (p.containsKey("grid") && p.containsKey("set") && m.grid().rows() != Integer.parseInt(p.get("grid").value())) {
            throw new LessonFormatException(lesson.source(), p.get("grid").line(), "the set '" + p.get("set").value()
                    + "' is " + m.grid().rows() + "×" + m.grid().cols() + ", not the 'grid' given");
        }
        String protocol = p.containsKey("protocol") ? p.get("protocol").value() : "hebb";
        if (!m.protocol().select(protocol)) {
            throw new LessonFormatException(lesson.source(), p.get("protocol").line(), "no protocol is called '"
                    + protocol + "' (known: " + String.join(", ", m.protocol().protocols().stream()
                    .map(x -> x.id()).toList()) + ")");
        }
        if (m.library().count() > 0) {
            m.protocol().write();
        }
        prepareCue(lesson, context, seed, false);
    }

    /**
     * The cue on the grid and the other settings applied after the stored patterns and W: show, blend, noise,
     * occlusion, the Crosstalk tab; then the run history is forgotten. From a workspace, the grid stays as saved
     * unless the lesson names {@code show}.
     */
    private static void prepareCue(Lesson lesson, LessonContext context, long seed, boolean keepGrid)
            throws LessonFormatException {
        StudioModel m = context.model();
        var p = lesson.prepare();
        String show = p.containsKey("show") ? p.get("show").value() : null;
        if (keepGrid && show == null) {
            // N.B. the workspace's grid is the cue
        } else if ("blank".equals(show) || (show == null && m.library().count() == 0)) {
            m.grid().clear();
        } else if ("random".equals(show)) {
            m.grid().randomize(Seeds.rng(Seeds.derive(seed, 2)));
        } else {
            int index = show == null ? 0 : m.library().storedSet().indexOf(show);
            if (index < 0) {
                throw new LessonFormatException(lesson.source(), p.get("show").line(), "no stored pattern is called '"
                        + show + "'");
            }
            m.library().showInGrid(index);
        }
        if (p.containsKey("blend")) {
            List<String> b = list(p.get("blend").value());
            PatternSet set = m.library().storedSet();
            int first = set == null ? -1 : set.indexOf(b.get(0));
            int second = set == null ? -1 : set.indexOf(b.get(1));
            if (first < 0 || second < 0) {
                throw new LessonFormatException(lesson.source(), p.get("blend").line(), "'blend' names patterns that "
                        + "are not stored: " + b.get(0) + ", " + b.get(1));
            }
            m.library().showInGrid(first);
            byte[] s = m.grid().state();
            byte[] other = set.get(second).toArray();
            int from = (int) Math.round(Double.parseDouble(b.get(2)) * s.length);
            System.arraycopy(other, from, s, from, s.length - from);
            m.grid().setState(s, null);
        }
        if (p.containsKey("noise")) {
            double noise = Double.parseDouble(p.get("noise").value());
            m.recall().noiseProperty().set(noise);
            byte[] s = m.grid().state();
            Noise.flipExactly(s, Noise.bitsFor(noise, s.length), Seeds.rng(Seeds.derive(seed, 1)));
            m.grid().setState(s, null);
        }
        if (p.containsKey("occlude")) {
            m.recall().occludeHalf(half(p.get("occlude").value()));
        }
        if (p.containsKey("crosstalk-side")) {
            int side = Integer.parseInt(p.get("crosstalk-side").value());
            context.crosstalk().useLibraryProperty().set(false);
            context.crosstalk().rowsProperty().set(side);
            context.crosstalk().colsProperty().set(side);
        }
        if (p.containsKey("crosstalk-p")) {
            context.crosstalk().patternsProperty().set(Integer.parseInt(p.get("crosstalk-p").value()));
        }
        if (p.containsKey("ortho-overlap")) {
            context.crosstalk().overlapCellsProperty().set(Integer.parseInt(p.get("ortho-overlap").value()));
        }
        context.restart();
    }

    /**
     * Reads the workspace a lesson names: a file next to the lesson file, or for a bundled lesson a resource next to
     * it. Small workspaces open at once; keep lesson workspaces small (a 100×100 W of 400 MB takes about a second).
     */
    private static WorkspaceFiles.Opened readWorkspace(Lesson lesson, Lesson.Setting s) throws LessonFormatException {
        String name = s.value();
        Path file = Path.of(lesson.source()).resolveSibling(name);
        try {
            if (Files.isRegularFile(file)) {
                return WorkspaceFiles.read(file);
            }
            if (lesson.source().startsWith(RESOURCE_DIR)) {
                try (InputStream in = Lessons.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in != null) {
                        Path tmp = Files.createTempFile("hopfield-lesson-", ".hopfield");
                        try {
                            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            return WorkspaceFiles.read(tmp);
                        } finally {
                            Files.deleteIfExists(tmp);
                        }
                    }
                }
            }
            throw new LessonFormatException(lesson.source(), s.line(), "the workspace " + name + " is not next to "
                    + "the lesson (looked for " + file + "); save it there from the app with File ▸ Save As…");
        } catch (WorkspaceFormatException e) {
            throw new LessonFormatException(lesson.source(), s.line(), "the workspace " + name + " cannot be read: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new LessonFormatException(lesson.source(), s.line(), "the workspace " + name + " cannot be read: "
                    + reason(e));
        }
    }
}
