package org.hopfieldstudio.io;

import java.util.Arrays;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/**
 * A whole session as saved in a {@code .hopfield} file (see {@code patterns/WORKSPACE-FORMAT.md}): the grid and its
 * occlusion mask, the stored patterns, the chosen protocol and its parameters, W and θ with what wrote them, the
 * recall settings, the tab on show and the lesson position. Immutable; the app's document model builds one to
 * save and applies one to open.
 *
 * @param rows      grid rows (5 … 100 in the app; 1 … 200 in the file)
 * @param cols      grid columns
 * @param grid      the state on the grid, ±1, row-major, length rows·cols (not copied: treat as read-only)
 * @param mask      occluded cells (true = hidden from recall), or null when none are
 * @param patterns  the stored patterns, or null when none are stored
 * @param protocol  the chosen protocol and its parameters
 * @param weights   W and θ with their provenance, or null when no W was written
 * @param recall    recall settings
 * @param tab       id of the tab on show (e.g. {@code memory}), or null
 * @param lesson    where the Lessons drawer stands, or null
 * @param panels    settings of the Crosstalk and Capacity lab tabs, or null (defaults)
 */
public record Workspace(int rows, int cols, byte[] grid, boolean[] mask, PatternSet patterns, ProtocolChoice protocol,
                        Weights weights, RecallSettings recall, String tab, LessonPosition lesson, Panels panels) {

    /** A workspace without tab settings (the Crosstalk and Capacity lab tabs keep theirs). */
    public Workspace(int rows, int cols, byte[] grid, boolean[] mask, PatternSet patterns, ProtocolChoice protocol,
                     Weights weights, RecallSettings recall, String tab, LessonPosition lesson) {
        this(rows, cols, grid, mask, patterns, protocol, weights, recall, tab, lesson, null);
    }

    public Workspace {
        if (rows < 1 || cols < 1 || rows > PatternFiles.MAX_SIDE || cols > PatternFiles.MAX_SIDE) {
            throw new IllegalArgumentException("grid must be 1×1 … " + PatternFiles.MAX_SIDE + "×"
                    + PatternFiles.MAX_SIDE + ", got " + rows + "×" + cols);
        }
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(recall, "recall");
        if (grid.length != rows * cols) {
            throw new IllegalArgumentException("grid has " + grid.length + " cells, " + rows + "×" + cols + " needs "
                    + rows * cols);
        }
        if (mask != null && mask.length != grid.length) {
            throw new IllegalArgumentException("mask has " + mask.length + " cells, grid has " + grid.length);
        }
        if (patterns != null && (patterns.rows() != rows || patterns.cols() != cols)) {
            throw new IllegalArgumentException("the stored patterns are " + patterns.rows() + "×" + patterns.cols()
                    + " but the grid is " + rows + "×" + cols);
        }
        if (patterns != null && weights != null && patterns.neurons() != weights.network().size()) {
            throw new IllegalArgumentException("W has N = " + weights.network().size() + " but the stored patterns have "
                    + patterns.neurons() + " cells");
        }
    }

    /** Number of neurons of the grid. */
    public int neurons() {
        return rows * cols;
    }

    /** Number of stored patterns p. */
    public int patternCount() {
        return patterns == null ? 0 : patterns.count();
    }

    /** This workspace with other weights (e.g. after W was rewritten from the patterns). */
    public Workspace withWeights(Weights w) {
        return new Workspace(rows, cols, grid, mask, patterns, protocol, w, recall, tab, lesson, panels);
    }

    /** This workspace with other tab settings. */
    public Workspace withPanels(Panels p) {
        return new Workspace(rows, cols, grid, mask, patterns, protocol, weights, recall, tab, lesson, p);
    }

    /** Settings of the Crosstalk and Capacity lab tabs; either may be null (that tab keeps its own). */
    public record Panels(CrosstalkSettings crosstalk, CapacitySettings capacity) {
    }

    /**
     * The Crosstalk tab: grid rows × cols, p on the slider, seed of the random patterns, whether the stored patterns
     * come first, and the cells of the pseudo-orthogonality sample.
     */
    public record CrosstalkSettings(int rows, int cols, int patterns, long seed, boolean useLibrary,
                                    int overlapCells) {
    }

    /**
     * The Capacity lab's inputs as typed (texts are kept verbatim: a half-typed value comes back as it was): N, the
     * further N overlaid, loads, trials, probes per trial, noise, seed, patterns of the basin sweep, the metric and
     * panel shown (enum names), the protocols ticked and each protocol's maximum load.
     */
    public record CapacitySettings(int neurons, String overlayNeurons, String loads, String trials, int probes,
                                   String noise, String seed, int basinPatterns, String metric, String panel,
                                   java.util.List<String> selected, Map<String, Double> maxLoads) {
        public CapacitySettings {
            selected = java.util.List.copyOf(selected);
            maxLoads = java.util.Collections.unmodifiableMap(new TreeMap<>(maxLoads));
        }
    }

    /** The protocol chosen in the window, its parameters by key, and whether it rewrites W on every change. */
    public record ProtocolChoice(String id, Map<String, Double> parameters, boolean autoWrite) {
        public ProtocolChoice {
            Objects.requireNonNull(id, "id");
            parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        }
    }

    /**
     * W and θ and what wrote them.
     *
     * @param network         W and θ (W exact, as the protocol wrote it)
     * @param protocol        id of the protocol that wrote W
     * @param parameters      its parameters at the time
     * @param seed            the seed of the write
     * @param matchesPatterns whether W was written from exactly the stored patterns (false: W is out of date)
     * @param checksum        {@code crc32c:XXXXXXXX} of W's row-major little-endian float32 bytes
     */
    public record Weights(Network network, String protocol, Map<String, Double> parameters, long seed,
                          boolean matchesPatterns, String checksum) {
        public Weights {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(protocol, "protocol");
            parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        }

        /** Weights with their checksum computed from W. */
        public static Weights of(Network network, String protocol, Map<String, Double> parameters, long seed,
                                 boolean matchesPatterns) {
            return new Weights(network, protocol, parameters, seed, matchesPatterns, WorkspaceFiles.checksum(network));
        }
    }

    /** Recall settings of the window: noise, seed, update order (CLI name), temperature, clamp, speed, target. */
    public record RecallSettings(double noise, long seed, String order, double temperature, boolean clamp,
                                 double speed, int target) {
        public static final RecallSettings DEFAULT = new RecallSettings(0.15, 2024, "random", 0, false, 0.5, 0);
    }

    /**
     * Where the Lessons drawer stands: which track ({@link #BUNDLED} or the lesson file or folder opened), the lesson
     * (its file name, e.g. {@code 04-recall-from-noise.md}), its place in the track, and which of its tasks are ticked.
     *
     * @param track the track: {@code bundled} or a path
     * @param id    the lesson's file name within the track
     * @param step  the lesson's index in the track (0-based; used when the id is not found)
     * @param ticks one entry per task, true when ticked
     */
    public record LessonPosition(String track, String id, int step, List<Boolean> ticks) {
        /** The track that ships with the app. */
        public static final String BUNDLED = "bundled";
        /** Most tasks a lesson position records (a lesson has two to four; the rest is refused as malformed). */
        public static final int MAX_TASKS = 64;

        public LessonPosition {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(id, "id");
            if (step < 0) {
                throw new IllegalArgumentException("lesson step must be at least 0, got " + step);
            }
            ticks = List.copyOf(ticks);
            if (ticks.size() > MAX_TASKS) {
                throw new IllegalArgumentException("a lesson has at most " + MAX_TASKS + " tasks, got " + ticks.size());
            }
        }

        /** A position in the bundled track with no task ticked (format version 1 files record only id and step). */
        public LessonPosition(String id, int step) {
            this(BUNDLED, id, step, List.of());
        }

        /** How many tasks are ticked. */
        public int done() {
            return (int) ticks.stream().filter(b -> b).count();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workspace w && rows == w.rows && cols == w.cols && Arrays.equals(grid, w.grid)
                && Arrays.equals(mask, w.mask) && samePatterns(patterns, w.patterns)
                && protocol.equals(w.protocol) && Objects.equals(weightsKey(), w.weightsKey())
                && recall.equals(w.recall) && Objects.equals(tab, w.tab) && Objects.equals(lesson, w.lesson)
                && Objects.equals(panels, w.panels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, cols, Arrays.hashCode(grid), patternCount(), protocol, recall, tab);
    }

    /** Same set name and the same patterns (names, sizes, cells) in the same order; null equals null. */
    public static boolean samePatterns(PatternSet a, PatternSet b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.name().equals(b.name()) && a.patterns().equals(b.patterns());
    }

    /** Weights compared by provenance and checksum (W itself by its checksum). */
    private Object weightsKey() {
        return weights == null ? null : java.util.List.of(weights.protocol, weights.parameters, weights.seed,
                weights.matchesPatterns, weights.checksum, weights.network.isSymmetric());
    }
}
