package org.hopfieldstudio.ui.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.library.LibraryViewModel;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;
import org.hopfieldstudio.ui.protocol.ParameterValue;
import org.hopfieldstudio.ui.protocol.ProtocolViewModel;
import org.hopfieldstudio.ui.recall.RecallViewModel;

/**
 * The open workspace as a document: the view models hold its parts (grid, stored patterns, protocol and W, recall
 * settings, tab), and this object observes them to know its file, whether it has unsaved changes, and the undo
 * history; it saves them as one {@link Workspace} and puts one back on open, undo and recovery.
 *
 * <p>Undo steps: stored-pattern commands (store, remove, rename, clear, load, add) with the grid and W as they were;
 * protocol changes with the previous W (restored, not rewritten); grid edits and resizes, a drag stroke being one step.
 *
 * <p>Saving and opening run off the FX thread through the injected {@link TaskRunner}; the snapshot to save is taken on
 * the FX thread (W is immutable and shared, the grid copied), so a save never sees a half-edited workspace.
 */
public final class WorkspaceDocument {
    /** Edits of the grid closer together than this are one undo step (a drag stroke). */
    static final long STROKE_NANOS = 700_000_000L;
    /** How many recent files the File menu lists. */
    public static final int RECENT_LIMIT = 8;

    private final GridViewModel grid;
    private final LibraryViewModel library;
    private final ProtocolViewModel protocol;
    private final RecallViewModel recall;
    private final NoticeBoard notices;
    private final TaskRunner tasks;
    private final Path dataDir;
    private final LongSupplier clock;
    private final UndoHistory history = new UndoHistory();
    private final StringProperty selectedTab = new SimpleStringProperty("memory");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Workspace.LessonPosition> lesson = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Runnable> afterChange = FXCollections.observableArrayList();
    private long changes;
    private long weightsVersion;

    // undo bookkeeping
    private int libraryDepth;
    private State libraryBefore;
    private GridState shadow;
    private ProtocolState lastProtocol;
    private boolean quiet;
    private boolean ignoreNextWrite;
    private String rewriteExpected;

    public WorkspaceDocument(GridViewModel grid, LibraryViewModel library, ProtocolViewModel protocol,
                             RecallViewModel recall, NoticeBoard notices, TaskRunner tasks, Path dataDir,
                             LongSupplier clock) {
        this.grid = grid;
        this.library = library;
        this.protocol = protocol;
        this.recall = recall;
        this.notices = notices;
        this.tasks = tasks;
        this.dataDir = dataDir;
        this.clock = clock;
        shadow = GridState.of(grid);
        lastProtocol = ProtocolState.of(protocol);
        library.setEditListener(new LibraryViewModel.EditListener() {
            @Override
            public void before(String action) {
                if (libraryDepth++ == 0) {
                    libraryBefore = captureState();
                }
            }

            @Override
            public void after(String action) {
                if (--libraryDepth == 0) {
                    libraryChanged(action);
                }
            }
        });
        grid.editVersionProperty().addListener((o, a, b) -> gridEdited());
        grid.versionProperty().addListener((o, a, b) -> {
            if (libraryDepth == 0) {
                shadow = GridState.of(grid);
            }
        });
        protocol.selectedProperty().addListener((o, a, b) -> protocolSelected(a, b));
        protocol.networkProperty().addListener((o, a, b) -> networkChanged());
        // N.B. a write sets W, then what it was written from, then clears stale: keep the last state of all three
        protocol.staleProperty().addListener((o, a, b) -> refreshProtocolState());
        protocol.writtenFromProperty().addListener((o, a, b) -> refreshProtocolState());
        protocol.parameters().addListener((ListChangeListener<ParameterValue>) c -> {
            while (c.next()) {
                for (ParameterValue v : c.getAddedSubList()) {
                    v.valueProperty().addListener((ob, x, y) -> parameterChanged());
                }
            }
        });
        for (ParameterValue v : protocol.parameters()) {
            v.valueProperty().addListener((ob, x, y) -> parameterChanged());
        }
        library.storedSetProperty().addListener((o, a, b) -> changed());
        recall.noiseProperty().addListener((o, a, b) -> changed());
        recall.seedProperty().addListener((o, a, b) -> changed());
        recall.orderProperty().addListener((o, a, b) -> changed());
        recall.temperatureProperty().addListener((o, a, b) -> changed());
        recall.clampProperty().addListener((o, a, b) -> changed());
        file.addListener((o, a, b) -> updateTitle());
        dirty.addListener((o, a, b) -> updateTitle());
        updateTitle();
        loadRecent();
    }

    // ---- state ---------------------------------------------------------------------------------------------

    public UndoHistory history() {
        return history;
    }

    /** The id of the tab on show ({@code memory}, {@code weights}, {@code crosstalk}, {@code capacity}). */
    public StringProperty selectedTabProperty() {
        return selectedTab;
    }

    /** The file the workspace was opened from or last saved to, or null for a new one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** Whether there are changes since the last save or open. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** True while a save or an open runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "lesson.hopfield • — Hopfield Studio" (• = unsaved changes), "Untitled — Hopfield Studio". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Recently opened or saved workspaces, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent;
    }

    /**
     * Where the Lessons drawer stands (lesson and ticked tasks), saved with the workspace; set by the drawer through
     * {@link #setLesson}, and by open, which the drawer follows.
     */
    public ReadOnlyObjectProperty<Workspace.LessonPosition> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** Records where the Lessons drawer stands (a change of the document, not an undo step). */
    public void setLesson(Workspace.LessonPosition position) {
        if (java.util.Objects.equals(lesson.get(), position)) {
            return;
        }
        lesson.set(position);
        changed();
    }

    /** Counts changes; autosave compares it with the count it last wrote. */
    public long changeCount() {
        return changes;
    }

    private java.util.function.Supplier<Workspace.Panels> panelsSource = () -> null;
    private java.util.function.Consumer<Workspace.Panels> panelsSink = p -> { };

    /**
     * Makes the Crosstalk and Capacity lab settings part of the document: {@code source} reads them for a save (FX
     * thread, cheap), {@code sink} puts them back on open or recovery (see {@link PanelSettings}).
     */
    public void setPanels(java.util.function.Supplier<Workspace.Panels> source,
                          java.util.function.Consumer<Workspace.Panels> sink) {
        this.panelsSource = source;
        this.panelsSink = sink;
    }

    /** Counts the W written or put back since start (autosave writes a snapshot after each). */
    public long weightsVersion() {
        return weightsVersion;
    }

    /**
     * Puts a recovered workspace (an autosave snapshot) into the window: {@code source} becomes the file again, but the
     * document counts as changed, since what is shown is not what that file holds. Not an undo step; the history
     * starts afresh.
     */
    public void restoreRecovered(WorkspaceFiles.Opened opened, Path source) {
        apply(opened.workspace(), opened.weights());
        history.clear();
        file.set(source);
        changed();
    }

    /** The data directory (recent files, recovery). */
    public Path dataDir() {
        return dataDir;
    }

    // ---- snapshot and apply --------------------------------------------------------------------------------

    /** The workspace as it is now (FX thread). W is shared, not copied: networks are immutable. */
    public Workspace snapshot() {
        return snapshot(true);
    }

    /**
     * The workspace as it is now, cheaply (FX thread): as {@link #snapshot()}, but W's checksum is left null when it
     * is not known yet ({@link WorkspaceFiles#write} computes it off the FX thread; for a 100×100 grid it reads 400 MB).
     */
    public Workspace snapshotLight() {
        return snapshot(false);
    }

    private Workspace snapshot(boolean checksumNow) {
        PatternSet stored = library.storedSet();
        WritingProtocol p = protocol.selectedProperty().get();
        Map<String, Double> params = protocol.parameterValues();
        Network net = protocol.network();
        Workspace.Weights weights = null;
        if (net != null && (stored == null || net.size() == stored.neurons())) {
            boolean matches = stored != null && !protocol.staleProperty().get()
                    && protocol.writtenFromProperty().get() != null
                    && protocol.writtenFromProperty().get().patterns().equals(stored.patterns());
            weights = new Workspace.Weights(net, net.protocol(), lastWriteParams(net, params), protocol.seed(), matches,
                    checksumNow || net == checksummed ? checksumOf(net) : null);
        }
        boolean[] mask = grid.occludedUnsafe();
        UpdateOrder order = recall.orderProperty().get();
        Workspace.RecallSettings rs = new Workspace.RecallSettings(recall.noiseProperty().get(),
                recall.seedProperty().get(), order == null ? "random" : order.cliName(),
                recall.temperatureProperty().get(), recall.clampProperty().get(), recall.speedProperty().get(),
                Math.max(0, recall.targetProperty().get()));
        return new Workspace(grid.rows(), grid.cols(), grid.state(), mask == null ? null : mask.clone(),
                stored == null || stored.rows() != grid.rows() || stored.cols() != grid.cols() ? null : stored,
                new Workspace.ProtocolChoice(p == null ? "hebb" : p.id(), params, protocol.autoWriteProperty().get()),
                weights, rs, selectedTab.get(), lesson.get(), panelsSource.get());
    }

    private Map<String, Double> lastWriteParams(Network net, Map<String, Double> current) {
        WritingProtocol p = protocol.selectedProperty().get();
        return p != null && p.id().equals(net.protocol()) ? current : Map.of();
    }

    // N.B. W is immutable, so its checksum is computed once per network
    private Network checksummed;
    private String checksum;

    private String checksumOf(Network net) {
        if (net != checksummed) {
            checksum = WorkspaceFiles.checksum(net);
            checksummed = net;
        }
        return checksum;
    }

    /**
     * Puts {@code ws} into the view models: grid, stored patterns, protocol and parameters, W as stored (or rewritten
     * when the file has none but records one), recall settings and tab. Not an undo step.
     */
    public void apply(Workspace ws, WorkspaceFiles.WeightsRecord record) {
        quiet = true;
        try {
            PatternSet set = ws.patterns();
            Network net = ws.weights() == null ? null : ws.weights().network();
            boolean matches = ws.weights() != null && ws.weights().matchesPatterns();
            protocol.restore(() -> {
                library.restore(set == null ? List.of() : set.patterns(), set == null ? null : set.name(),
                        ws.recall().target());
                if (grid.rows() != ws.rows() || grid.cols() != ws.cols()) {
                    grid.resize(ws.rows(), ws.cols());
                }
                grid.setState(ws.grid(), ws.mask());
            }, ws.protocol().id(), ws.protocol().parameters(), ws.protocol().autoWrite(), net,
                    matches ? library::storedSet : () -> null, net == null ? set != null : !matches);
            Workspace.RecallSettings rs = ws.recall();
            recall.noiseProperty().set(Math.min(RecallViewModel.MAX_NOISE, rs.noise()));
            recall.seedProperty().set(rs.seed());
            try {
                recall.orderProperty().set(UpdateOrder.parse(rs.order()));
            } catch (IllegalArgumentException e) {
                notices.post(Notice.warning("Update order not known", e.getMessage() + "; the order is unchanged."));
            }
            recall.temperatureProperty().set(rs.temperature());
            recall.clampProperty().set(rs.clamp());
            recall.speedProperty().set(rs.speed());
            if (set != null) {
                recall.targetProperty().set(Math.max(0, Math.min(rs.target(), set.count() - 1)));
            }
            if (ws.tab() != null) {
                selectedTab.set(ws.tab());
            }
            lesson.set(ws.lesson());
            if (ws.panels() != null) {
                panelsSink.accept(ws.panels());
            }
            shadow = GridState.of(grid);
            lastProtocol = ProtocolState.of(protocol);
            if (net == null && record != null && set != null && record.matchesPatterns()
                    && WorkspaceFiles.REPRODUCIBLE.contains(ws.protocol().id())) {
                // N.B. the file records a closed-form W it did not store: rewrite it (same patterns give the same W)
                ignoreNextWrite = true;
                rewriteExpected = record.checksum();
                protocol.write();
            }
        } finally {
            quiet = false;
        }
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Starts an empty workspace: blank 10×10 grid, nothing stored, the first protocol, no W, no file. */
    public void newWorkspace() {
        WritingProtocol first = protocol.protocols().isEmpty() ? null : protocol.protocols().get(0);
        Workspace blank = new Workspace(10, 10, Pattern.blank("grid", 10, 10).toArray(), null, null,
                new Workspace.ProtocolChoice(first == null ? "hebb" : first.id(), Map.of(), true), null,
                snapshot().recall(), "memory", null);
        apply(blank, null);
        history.clear();
        file.set(null);
        markSaved();
        notices.post(Notice.info("New workspace", "An empty 10×10 grid; nothing stored."));
    }

    /**
     * Saves to {@code target} in the background; {@code onDone} gets true on success (FX thread). A failure leaves
     * the previous file as it was and says why.
     */
    public void save(Path target, boolean withWeights, java.util.function.Consumer<Boolean> onDone) {
        Workspace ws = snapshotLight();
        long savedAt = changes;
        busy.set(true);
        tasks.submit("Save " + target.getFileName(), ctx -> {
            ctx.progress(-1, 1, "Saving " + target.getFileName() + "…");
            WorkspaceFiles.write(ws, target, withWeights);
            return target;
        }, path -> {
            busy.set(false);
            file.set(path);
            if (changes == savedAt) {
                markSaved();
            }
            remember(path);
            notices.post(Notice.info("Saved", path.getFileName() + " (p = " + ws.patternCount() + ", N = "
                    + ws.neurons() + (ws.weights() != null && (withWeights
                    || WorkspaceFiles.mustStoreWeights(ws.weights())) ? ", with W" : "") + ")"));
            onDone.accept(true);
        }, error -> {
            busy.set(false);
            notices.error("Could not save " + target.getFileName() + "; the previous file is unchanged", error);
            onDone.accept(false);
        });
    }

    /** Opens {@code source} in the background; on failure the open workspace stays as it was and a notice says why. */
    public void open(Path source, java.util.function.Consumer<Boolean> onDone) {
        busy.set(true);
        tasks.submit("Open " + source.getFileName(), ctx -> {
            ctx.progress(-1, 1, "Opening " + source.getFileName() + "…");
            return WorkspaceFiles.read(source);
        }, opened -> {
            busy.set(false);
            apply(opened.workspace(), opened.weights());
            history.clear();
            file.set(source);
            markSaved();
            remember(source);
            Workspace ws = opened.workspace();
            notices.post(Notice.info("Opened " + source.getFileName(), "p = " + ws.patternCount() + ", N = "
                    + ws.neurons() + ", " + ws.protocol().id() + (ws.weights() != null ? ", W as saved" : "")
                    + (opened.migratedFrom() < WorkspaceFiles.FORMAT_VERSION
                    ? " (converted from format version " + opened.migratedFrom() + ")" : "")));
            onDone.accept(true);
        }, error -> {
            busy.set(false);
            if (error instanceof java.nio.file.NoSuchFileException) {
                recent.remove(source);
                saveRecent();
            }
            notices.error("Could not open " + source.getFileName() + "; nothing was changed", error);
            onDone.accept(false);
        });
    }

    /** Forgets the undo history and counts the workspace as unchanged (after the start-up lesson is set up). */
    public void startFresh() {
        history.clear();
        markSaved();
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    /** Marks the workspace as having changes (e.g. after an edit the observers do not see). */
    public void changed() {
        if (quiet) {
            return;
        }
        changes++;
        dirty.set(true);
        for (Runnable r : List.copyOf(afterChange)) {
            r.run();
        }
    }

    /** Called after every change (autosave scheduling). */
    public void onChange(Runnable r) {
        afterChange.add(r);
    }

    private void markSaved() {
        dirty.set(false);
    }

    // ---- undo recording ------------------------------------------------------------------------------------

    /** Everything a stored-pattern command may change. */
    private record State(List<Pattern> patterns, String setName, int selected, GridState grid, ProtocolState proto) {
    }

    private record GridState(int rows, int cols, byte[] cells, boolean[] mask) {
        static GridState of(GridViewModel g) {
            boolean[] m = g.occludedUnsafe();
            return new GridState(g.rows(), g.cols(), g.state(), m == null ? null : m.clone());
        }

        boolean same(GridState o) {
            return rows == o.rows && cols == o.cols && Arrays.equals(cells, o.cells) && Arrays.equals(mask, o.mask);
        }

        void applyTo(GridViewModel g) {
            if (g.rows() != rows || g.cols() != cols) {
                g.resize(rows, cols);
            }
            g.setState(cells, mask);
        }
    }

    private record ProtocolState(String id, Map<String, Double> params, boolean auto, Network net, PatternSet from,
                                 boolean stale) {
        static ProtocolState of(ProtocolViewModel p) {
            WritingProtocol w = p.selectedProperty().get();
            return new ProtocolState(w == null ? null : w.id(), p.parameterValues(), p.autoWriteProperty().get(),
                    p.network(), p.writtenFromProperty().get(), p.staleProperty().get());
        }

        ProtocolState withParams(Map<String, Double> values) {
            return new ProtocolState(id, values, auto, net, from, stale);
        }
    }

    private State captureState() {
        return new State(List.copyOf(library.patterns()), library.setName(), library.selectedProperty().get(),
                GridState.of(grid), ProtocolState.of(protocol));
    }

    private void restoreState(State s, boolean withW) {
        if (withW) {
            ProtocolState p = s.proto();
            protocol.restore(() -> {
                library.restore(s.patterns(), s.setName(), s.selected());
                s.grid().applyTo(grid);
            }, p.id(), p.params(), p.auto(), p.net(), () -> sameAs(p.from(), library.storedSet()), p.stale());
        } else {
            library.restore(s.patterns(), s.setName(), s.selected());
            s.grid().applyTo(grid);
        }
        shadow = GridState.of(grid);
        lastProtocol = ProtocolState.of(protocol);
    }

    /** {@code now} when it holds the same patterns as {@code then} (so W counts as written from it), else then. */
    private static PatternSet sameAs(PatternSet then, PatternSet now) {
        return then != null && now != null && then.patterns().equals(now.patterns()) ? now : then;
    }

    private void libraryChanged(String action) {
        State before = libraryBefore;
        libraryBefore = null;
        shadow = GridState.of(grid);
        if (quiet || history.isApplying() || before == null) {
            return;
        }
        State after = captureState();
        if (before.patterns().equals(after.patterns()) && before.setName().equals(after.setName())) {
            return;
        }
        history.record(new UndoHistory.Edit() {
            @Override
            public String name() {
                return action;
            }

            @Override
            public void undo() {
                restoreState(before, true);
                changed();
            }

            @Override
            public void redo() {
                // N.B. redo puts the patterns back and lets the protocol's policy rewrite W (or mark it out of date)
                restoreState(after, false);
                changed();
            }
        });
    }

    private final class GridEdit implements UndoHistory.Edit {
        private final GridState before;
        private GridState after;
        private long at;

        GridEdit(GridState before, GridState after, long at) {
            this.before = before;
            this.after = after;
            this.at = at;
        }

        @Override
        public String name() {
            return before.rows() != after.rows() || before.cols() != after.cols()
                    ? "Grid size " + after.rows() + "×" + after.cols() : "Grid edit";
        }

        @Override
        public void undo() {
            before.applyTo(grid);
            shadow = GridState.of(grid);
            changed();
        }

        @Override
        public void redo() {
            after.applyTo(grid);
            shadow = GridState.of(grid);
            changed();
        }

        @Override
        public boolean absorb(UndoHistory.Edit next) {
            if (next instanceof GridEdit g && g.before.rows() == after.rows() && g.before.cols() == after.cols()
                    && g.after.rows() == after.rows() && g.after.cols() == after.cols() && g.at - at < STROKE_NANOS) {
                after = g.after;
                at = g.at;
                return true;
            }
            return false;
        }
    }

    private void gridEdited() {
        if (libraryDepth > 0) {
            return;
        }
        GridState now = GridState.of(grid);
        GridState before = shadow;
        shadow = now;
        if (quiet || history.isApplying()) {
            return;
        }
        if (!before.same(now)) {
            history.record(new GridEdit(before, now, clock.getAsLong()));
            changed();
        }
    }

    private void protocolSelected(WritingProtocol was, WritingProtocol now) {
        ProtocolState before = lastProtocol;
        lastProtocol = ProtocolState.of(protocol);
        if (quiet || history.isApplying() || was == null || now == null || before.id() == null
                || before.id().equals(now.id())) {
            return;
        }
        String to = now.displayName();
        history.record(new UndoHistory.Edit() {
            @Override
            public String name() {
                return "Protocol " + to;
            }

            @Override
            public void undo() {
                // N.B. the previous W comes back as it was: nothing is rewritten (a trained W may have taken minutes)
                protocol.restore(() -> { }, before.id(), before.params(), before.auto(), before.net(),
                        () -> sameAs(before.from(), library.storedSet()), before.stale());
                lastProtocol = ProtocolState.of(protocol);
                changed();
            }

            @Override
            public void redo() {
                protocol.select(now.id());
                lastProtocol = ProtocolState.of(protocol);
                changed();
            }
        });
        changed();
    }

    private void refreshProtocolState() {
        WritingProtocol sel = protocol.selectedProperty().get();
        if (sel != null && sel.id().equals(lastProtocol.id())) {
            lastProtocol = ProtocolState.of(protocol);
        }
    }

    private void networkChanged() {
        refreshProtocolState();
        if (protocol.network() != null) {
            weightsVersion++;
        }
        if (ignoreNextWrite) {
            ignoreNextWrite = false;
            checkRewritten(protocol.network(), rewriteExpected);
            return;
        }
        if (protocol.network() != null) {
            changed();
        }
    }

    /**
     * Compares the checksum of W rewritten on open with the one the file records (off the FX thread: W of a 100×100
     * grid is 400 MB), and says so when they differ: the patterns or the protocol's code changed since the save.
     */
    private void checkRewritten(Network net, String expected) {
        if (net == null || expected == null) {
            return;
        }
        tasks.submit("Check W", ctx -> WorkspaceFiles.checksum(net), actual -> {
            if (checksummed != net) {
                checksummed = net;
                checksum = actual;
            }
            if (!actual.equals(expected)) {
                notices.post(Notice.warning("W differs from the saved one",
                        "W was rewritten from the stored patterns by " + net.protocol() + ", but its checksum is "
                                + actual + " where the file records " + expected + ": the protocol's code or its "
                                + "parameters changed since the save. Recall uses the rewritten W; Save As with W… "
                                + "stores it, or reopen the file in the version that saved it."));
            }
        }, error -> notices.error("Could not check the rewritten W", error));
    }

    private void parameterChanged() {
        WritingProtocol sel = protocol.selectedProperty().get();
        if (sel != null && sel.id().equals(lastProtocol.id())) {
            lastProtocol = lastProtocol.withParams(protocol.parameterValues());
        }
        changed();
    }

    // ---- title and recent files ----------------------------------------------------------------------------

    private void updateTitle() {
        Path f = file.get();
        String name = f == null ? "Untitled" : String.valueOf(f.getFileName());
        title.set(name + (dirty.get() ? " •" : "") + " — Hopfield Studio");
    }

    private Path recentFile() {
        return dataDir.resolve("recent.txt");
    }

    private void loadRecent() {
        try {
            if (Files.isRegularFile(recentFile())) {
                List<Path> paths = new ArrayList<>();
                for (String line : Files.readAllLines(recentFile())) {
                    if (!line.isBlank() && paths.size() < RECENT_LIMIT) {
                        paths.add(Path.of(line.strip()));
                    }
                }
                recent.setAll(paths);
            }
        } catch (IOException | RuntimeException e) {
            // N.B. the recent list is a convenience: an unreadable one starts empty
        }
    }

    private void remember(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > RECENT_LIMIT) {
            recent.remove(recent.size() - 1);
        }
        saveRecent();
    }

    private void saveRecent() {
        try {
            Files.createDirectories(dataDir);
            Files.write(recentFile(), recent.stream().map(Path::toString).toList());
        } catch (IOException | RuntimeException e) {
            // N.B. not being able to remember recent files is not worth a message
        }
    }
}
