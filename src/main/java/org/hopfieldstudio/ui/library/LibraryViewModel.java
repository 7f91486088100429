package org.hopfieldstudio.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.InputFiles;
import org.hopfieldstudio.io.Problems;
import org.hopfieldstudio.ui.concurrent.Job;
import org.hopfieldstudio.ui.concurrent.SameThreadTaskRunner;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * The stored patterns ξ^1 … ξ^p: one grid size at a time (W needs one N). Exposes them read-only together
 * with the load p/N against the Hebb capacity 0.138·N; changes go through the command methods.
 */
public final class LibraryViewModel {
    /** Hebb capacity α_c = p/N ≈ 0.138 (Amit–Gutfreund–Sompolinsky). */
    public static final double HEBB_ALPHA_C = 0.138;

    private final ObservableList<Pattern> patterns = FXCollections.observableArrayList();
    private final ObservableList<Pattern> readOnly = FXCollections.unmodifiableObservableList(patterns);
    private final ReadOnlyObjectWrapper<PatternSet> storedSet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper capacityText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper setName = new ReadOnlyStringWrapper("drawn");
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final GridViewModel grid;
    private final PatternCatalog catalog;
    private final NoticeBoard notices;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private EditListener editListener = EditListener.NONE;

    /**
     * Told before and after each command that changes the stored patterns, with the action's name ("Clear all"), so
     * the workspace can record an undo step. Calls nest: a command may call another (load → replace).
     */
    public interface EditListener {
        EditListener NONE = new EditListener() {
            @Override
            public void before(String action) {
            }

            @Override
            public void after(String action) {
            }
        };

        void before(String action);

        void after(String action);
    }

    /** Files are read on the calling thread: for tests and tools without a toolkit. */
    public LibraryViewModel(GridViewModel grid, PatternCatalog catalog, NoticeBoard notices) {
        this(grid, catalog, notices, new SameThreadTaskRunner());
    }

    /**
     * @param tasks where files and images are read (the app passes a background runner: reading never blocks the
     *              FX thread, whatever the file is)
     */
    public LibraryViewModel(GridViewModel grid, PatternCatalog catalog, NoticeBoard notices, TaskRunner tasks) {
        this.grid = grid;
        this.catalog = catalog;
        this.notices = notices;
        this.tasks = tasks;
        // N.B. with nothing stored, N is the grid's: keep "p = 0, N = …" in step with the grid size (defect 11)
        grid.rowsProperty().addListener(o -> {
            if (patterns.isEmpty()) {
                update();
            }
        });
        grid.colsProperty().addListener(o -> {
            if (patterns.isEmpty()) {
                update();
            }
        });
        update();
    }

    /** True while a pattern file or image is being read in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<Pattern> patterns() {
        return readOnly;
    }

    /** The stored patterns as a set, or null when none are stored. */
    public ReadOnlyObjectProperty<PatternSet> storedSetProperty() {
        return storedSet.getReadOnlyProperty();
    }

    public PatternSet storedSet() {
        return storedSet.get();
    }

    /** "p = 26, N = 100, α = p/N = 0.260 > 0.138 (Hebb limit 13.8 patterns)". */
    public ReadOnlyStringProperty capacityTextProperty() {
        return capacityText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty setNameProperty() {
        return setName.getReadOnlyProperty();
    }

    /** Index of the pattern last clicked (for remove/rename), or −1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    public List<String> builtInNames() {
        return catalog.builtInNames();
    }

    public int count() {
        return patterns.size();
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Adds the grid as a new pattern; returns false (with a notice) when its size differs from the set's. */
    public boolean storeCurrent() {
        String name = uniqueName("P" + (patterns.size() + 1));
        return store(grid.toPattern(name));
    }

    public boolean store(Pattern p) {
        editListener.before("Store '" + p.name() + "'");
        try {
            return storeUnrecorded(p);
        } finally {
            editListener.after("Store '" + p.name() + "'");
        }
    }

    private boolean storeUnrecorded(Pattern p) {
        if (!patterns.isEmpty() && !patterns.get(0).sameShape(p)) {
            Pattern first = patterns.get(0);
            notices.post(Notice.warning("Not stored", "The stored patterns are " + first.rows() + "×" + first.cols()
                    + " and this one is " + p.rows() + "×" + p.cols()
                    + ". One network has one size: remove the stored patterns or load a set of this size."));
            return false;
        }
        patterns.add(p.withName(uniqueName(p.name())));
        selected.set(patterns.size() - 1);
        update();
        return true;
    }

    public void remove(int index) {
        if (index < 0 || index >= patterns.size()) {
            return;
        }
        String action = "Remove '" + patterns.get(index).name() + "'";
        editListener.before(action);
        patterns.remove(index);
        selected.set(Math.min(selected.get(), patterns.size() - 1));
        update();
        editListener.after(action);
    }

    public void removeSelected() {
        remove(selected.get());
    }

    public void rename(int index, String newName) {
        if (index < 0 || index >= patterns.size() || newName == null || newName.isBlank()) {
            return;
        }
        String trimmed = newName.trim();
        if (trimmed.equals(patterns.get(index).name())) {
            return;
        }
        String action = "Rename '" + patterns.get(index).name() + "'";
        editListener.before(action);
        patterns.set(index, patterns.get(index).withName(uniqueName(trimmed)));
        update();
        editListener.after(action);
    }

    public void clear() {
        editListener.before("Clear all");
        patterns.clear();
        selected.set(-1);
        setName.set("drawn");
        update();
        editListener.after("Clear all");
    }

    /**
     * Replaces the stored patterns by {@code set} and shows its first pattern in the grid. A set whose size the grid
     * cannot show ({@link GridViewModel#MIN_SIDE} to {@link GridViewModel#MAX_SIDE} cells a side) is refused with a
     * notice, and nothing changes.
     *
     * @return whether the set was taken
     */
    public boolean replaceAll(PatternSet set) {
        return replaceAll(set, "the set '" + set.name() + "'");
    }

    private boolean replaceAll(PatternSet set, String source) {
        String problem = gridSizeProblem(set.rows(), set.cols());
        if (problem != null) {
            notices.post(Notice.error("Could not open " + source, "Its patterns are " + set.rows() + "×" + set.cols()
                    + " cells; " + problem + " Nothing was changed. (The command line reads pattern files up to "
                    + org.hopfieldstudio.io.PatternFiles.MAX_SIDE + "×" + org.hopfieldstudio.io.PatternFiles.MAX_SIDE
                    + ".)"));
            return false;
        }
        String action = "Load '" + set.name() + "'";
        editListener.before(action);
        try {
            patterns.setAll(set.patterns());
            setName.set(set.name());
            selected.set(0);
            update();
            grid.load(set.get(0));
        } finally {
            editListener.after(action);
        }
        return true;
    }

    /** Why the grid cannot show patterns of this size, or null when it can. */
    public static String gridSizeProblem(int rows, int cols) {
        if (GridViewModel.fits(rows, cols)) {
            return null;
        }
        return "the grid shows " + GridViewModel.MIN_SIDE + "×" + GridViewModel.MIN_SIDE + " to "
                + GridViewModel.MAX_SIDE + "×" + GridViewModel.MAX_SIDE + " cells.";
    }

    /**
     * Adds the patterns of {@code set} after the stored ones (names made unique) and shows the first added one;
     * refused with a notice when their size differs from the stored patterns'.
     */
    public boolean addAll(PatternSet set) {
        String problem = gridSizeProblem(set.rows(), set.cols());
        if (problem != null) {
            notices.post(Notice.error("Could not add the set '" + set.name() + "'", "Its patterns are " + set.rows()
                    + "×" + set.cols() + " cells; " + problem + " Nothing was changed."));
            return false;
        }
        if (!patterns.isEmpty() && !patterns.get(0).sameShape(set.get(0))) {
            Pattern first = patterns.get(0);
            notices.post(Notice.warning("Not added", "The stored patterns are " + first.rows() + "×" + first.cols()
                    + " and the set '" + set.name() + "' is " + set.rows() + "×" + set.cols()
                    + ". One network has one size: use Replace, or clear the stored patterns first."));
            return false;
        }
        String action = "Add '" + set.name() + "'";
        editListener.before(action);
        try {
            int first = patterns.size();
            for (Pattern p : set.patterns()) {
                patterns.add(p.withName(uniqueName(p.name())));
            }
            if (first == 0) {
                setName.set(set.name());
            }
            selected.set(first);
            update();
            grid.load(patterns.get(first));
        } finally {
            editListener.after(action);
        }
        return true;
    }

    /** Adds the bundled set {@code name} to the stored patterns (see {@link #addAll}). */
    public boolean addBuiltIn(String name) {
        try {
            return addAll(catalog.loadBuiltIn(name));
        } catch (IOException | RuntimeException e) {
            notices.error("Could not load the set '" + name + "'", e);
            return false;
        }
    }

    /** Adds the patterns of a pattern file to the stored ones (see {@link #addAll}), read as {@link #loadFile} reads. */
    public boolean addFile(Path file) {
        String name = InputFiles.displayName(file);
        return inBackground("Open " + name, ctx -> catalog.readFile(file), this::addAll, "Could not open " + name);
    }

    /**
     * Adds a PNG image, read at the grid's size in the background, as one more stored pattern named after the file
     * (undoable as Add); refused with a notice when it cannot be read.
     */
    public boolean addImage(Path file) {
        String name = InputFiles.displayName(file);
        int rows = grid.rows();
        int cols = grid.cols();
        return inBackground("Import " + name, ctx -> catalog.importImage(file, rows, cols),
                p -> addAll(new PatternSet(baseName(file), List.of(p.withName(baseName(file))))),
                "Could not add " + name);
    }

    /** Replaces the stored patterns by a PNG image read at the grid's size (undoable as Load). */
    public boolean replaceWithImage(Path file) {
        String name = InputFiles.displayName(file);
        int rows = grid.rows();
        int cols = grid.cols();
        return inBackground("Import " + name, ctx -> catalog.importImage(file, rows, cols),
                p -> replaceAll(new PatternSet(baseName(file), List.of(p.withName(baseName(file)))), name),
                "Could not open " + name);
    }

    /** Whether {@code file} is read as an image (by its extension) rather than as a pattern file. */
    public static boolean isImage(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".png");
    }

    private static String baseName(Path file) {
        String n = String.valueOf(file.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    public void setEditListener(EditListener listener) {
        this.editListener = listener == null ? EditListener.NONE : listener;
    }

    /** The stored set's name ("drawn" when the patterns were drawn). */
    public String setName() {
        return setName.get();
    }

    /**
     * Puts back stored patterns as they were (undo, opening a workspace): no edit is reported and the grid is left
     * alone.
     */
    public void restore(List<Pattern> stored, String name, int selectedIndex) {
        patterns.setAll(stored);
        setName.set(name == null ? "drawn" : name);
        selected.set(stored.isEmpty() ? -1 : Math.max(0, Math.min(selectedIndex, stored.size() - 1)));
        update();
    }

    /** Loads pattern {@code index} into the grid (a thumbnail click). */
    public void showInGrid(int index) {
        if (index >= 0 && index < patterns.size()) {
            selected.set(index);
            grid.load(patterns.get(index));
        }
    }

    public boolean loadBuiltIn(String name) {
        return loadBuiltIn(name, List.of());
    }

    /**
     * Stores the bundled set {@code name}, or only its patterns named in {@code only} (in the set's order) when
     * that list is not empty. Unknown names in {@code only} are reported and nothing changes.
     */
    public boolean loadBuiltIn(String name, List<String> only) {
        try {
            PatternSet set = catalog.loadBuiltIn(name);
            if (!only.isEmpty()) {
                List<Pattern> chosen = new java.util.ArrayList<>();
                for (Pattern p : set.patterns()) {
                    if (only.contains(p.name())) {
                        chosen.add(p);
                    }
                }
                if (chosen.size() != new HashSet<>(only).size()) {
                    throw new IllegalArgumentException("the set '" + name + "' has no pattern among " + only
                            + " for some of those names");
                }
                set = new PatternSet(name, chosen);
            }
            return replaceAll(set);
        } catch (IOException | RuntimeException e) {
            notices.error("Could not load the set '" + name + "'", e);
            return false;
        }
    }

    /**
     * Reads a pattern file in a background job through the injected runner and, when it is good and fits the grid,
     * replaces the stored patterns with it. A failure is a notice that names the file, the line and the problem;
     * nothing stored, selected or drawn changes.
     *
     * @return false when the load failed; with a background runner the result is not known yet, and true means
     *         it started (the outcome arrives as a notice or as the new patterns)
     */
    public boolean loadFile(Path file) {
        String name = InputFiles.displayName(file);
        return inBackground("Open " + name, ctx -> catalog.readFile(file),
                set -> replaceAll(set, name), "Could not open " + name);
    }

    /**
     * Runs {@code read} through the runner with {@link #loadingProperty()} set; {@code apply} takes its result on
     * the FX thread; any failure (an {@code Error} included: a file can be anything) becomes one notice.
     */
    private <T> boolean inBackground(String title, Job<T> read, java.util.function.Predicate<T> apply,
                                     String failureTitle) {
        boolean[] ok = {true};
        loading.set(true);
        tasks.submit(title, read, result -> {
            loading.set(false);
            ok[0] = apply.test(result);
        }, failure -> {
            loading.set(false);
            ok[0] = false;
            notices.post(Notice.error(failureTitle, Problems.describe(failure)));
        });
        return ok[0];
    }

    /** Saves the stored patterns as a pattern text file; says why when it cannot. Nothing stored is changed. */
    public boolean saveFile(Path file) {
        if (patterns.isEmpty()) {
            notices.post(Notice.warning("Nothing to save", "Store at least one pattern first."));
            return false;
        }
        try {
            catalog.writeFile(storedSet(), file);
            notices.post(Notice.info("Saved", patterns.size() + " patterns to " + file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            notices.error("Could not save " + file.getFileName(), e);
            return false;
        }
    }

    /** Exports the grid as it is now as a PNG (black = +1). */
    public boolean exportGridPng(Path file) {
        try {
            catalog.exportImage(grid.toPattern(file.getFileName().toString().replaceFirst("\\.png$", "")), file);
            return true;
        } catch (IOException | RuntimeException e) {
            notices.error("Could not export " + file.getFileName(), e);
            return false;
        }
    }

    /**
     * Imports a PNG at the current grid size in a background job and shows it in the grid (store it with "Store
     * current"). A grid resized while the image was read gets no stale picture: the import is refused with a notice.
     *
     * @return as {@link #loadFile(Path)}
     */
    public boolean importImage(Path file) {
        String name = InputFiles.displayName(file);
        int rows = grid.rows();
        int cols = grid.cols();
        return inBackground("Import " + name, ctx -> catalog.importImage(file, rows, cols), p -> {
            if (p.rows() != grid.rows() || p.cols() != grid.cols()) {
                notices.post(Notice.warning("Import of " + name + " dropped", "The grid changed size while the image "
                        + "was read; import it again."));
                return false;
            }
            grid.load(p);
            return true;
        }, "Could not import " + name);
    }

    /** 0.138·N as a count: "13.8", "138", "1380" (no ".0" on large ones; defect 16). */
    static String limitText(double limit) {
        return limit >= 100 ? String.format(Locale.ROOT, "%.0f", limit)
                : String.format(Locale.ROOT, "%.1f", limit).replaceAll("\\.0$", "");
    }

    private String uniqueName(String base) {
        Set<String> names = new HashSet<>();
        for (Pattern p : patterns) {
            names.add(p.name());
        }
        if (!names.contains(base)) {
            return base;
        }
        for (int k = 2; ; k++) {
            String candidate = base + " (" + k + ")";
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
    }

    private void update() {
        int p = patterns.size();
        int n = p == 0 ? grid.size() : patterns.get(0).size();
        double alpha = (double) p / n;
        double limit = HEBB_ALPHA_C * n;
        overLimit.set(alpha > HEBB_ALPHA_C);
        capacityText.set(String.format(Locale.ROOT, "p = %d, N = %d, α = p/N = %.3f %s 0.138 (Hebb limit %s patterns)",
                p, n, alpha, alpha > HEBB_ALPHA_C ? ">" : "≤", limitText(limit)));
        storedSet.set(p == 0 ? null : new PatternSet(setName.get(), List.copyOf(patterns)));
    }
}
