package org.hopfieldstudio.ui.crosstalk;

import java.util.Collections;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.ui.common.LatestJobRunner;
import org.hopfieldstudio.ui.common.UiExecutors;

/**
 * State of the crosstalk lesson: a grid size, a seed and the number p of stored patterns in; the crosstalk
 * histogram, measured vs. theoretical error, thumbnails and pseudo-orthogonality samples out.
 *
 * <p>Patterns for p are the first p of a fixed sequence (the library patterns when "start from the library" is
 * on and their grid matches, then random patterns from the seed), so moving the slider only adds or removes
 * patterns: {@link IncrementalCrosstalk} updates in O(N·p) per pattern. Every change submits a job to the
 * background executor through a {@link LatestJobRunner}: only the newest slider value is computed, stale
 * results are dropped. Measured points (p, error) are collected as the user drags, for the error-vs-p chart,
 * and cleared when the pattern sequence changes. Never touches a Node.
 */
public final class CrosstalkViewModel {
    public static final int MIN_SIDE = 5;
    public static final int MAX_SIDE = 100;
    /** Slider range: p up to 0.3·N (capped, so that N = 10⁴ stays interactive). */
    public static final double MAX_LOAD = 0.3;
    public static final int MAX_PATTERNS = 1500;
    public static final double HEBB_CAPACITY = 0.138;
    public static final int HISTOGRAM_BINS = 70;
    public static final int ORTHOGONALITY_SAMPLES = 4000;

    private final IntegerProperty rows = new SimpleIntegerProperty(this, "rows", 25);
    private final IntegerProperty cols = new SimpleIntegerProperty(this, "cols", 40);
    private final IntegerProperty patterns = new SimpleIntegerProperty(this, "patterns", 50);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final BooleanProperty useLibrary = new SimpleBooleanProperty(this, "useLibrary", false);
    private final ObjectProperty<PatternSet> library = new SimpleObjectProperty<>(this, "library");
    private final IntegerProperty overlapCells = new SimpleIntegerProperty(this, "overlapCells", 500);

    private final ReadOnlyIntegerWrapper maxPatterns = new ReadOnlyIntegerWrapper(this, "maxPatterns");
    private final ReadOnlyObjectWrapper<CrosstalkSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<OrthogonalitySnapshot> orthogonality =
            new ReadOnlyObjectWrapper<>(this, "orthogonality");
    private final ReadOnlyObjectWrapper<NavigableMap<Integer, Double>> measuredPoints =
            new ReadOnlyObjectWrapper<>(this, "measuredPoints", Collections.emptyNavigableMap());
    private final ReadOnlyStringWrapper measuredErrorText = new ReadOnlyStringWrapper(this, "measuredErrorText", "");
    private final ReadOnlyStringWrapper theoryErrorText = new ReadOnlyStringWrapper(this, "theoryErrorText", "");
    private final ReadOnlyStringWrapper loadText = new ReadOnlyStringWrapper(this, "loadText", "");
    private final ReadOnlyStringWrapper libraryNote = new ReadOnlyStringWrapper(this, "libraryNote", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final LatestJobRunner crosstalkJobs;
    private final LatestJobRunner orthogonalityJobs;
    private final Object cacheLock = new Object();
    private IncrementalCrosstalk cache; // guarded by cacheLock; only touched inside jobs
    private final TreeMap<Integer, Double> points = new TreeMap<>();

    /** For the app: one daemon worker thread, results on the FX thread. */
    public CrosstalkViewModel() {
        this(UiExecutors.singleDaemon("crosstalk"), Platform::runLater);
    }

    /**
     * @param background where computations run (tests: {@code Runnable::run})
     * @param fx         where results are published (app: {@code Platform::runLater})
     */
    public CrosstalkViewModel(Executor background, Executor fx) {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        crosstalkJobs = new LatestJobRunner(background, fx, busy::set);
        orthogonalityJobs = new LatestJobRunner(background, fx, b -> { });
        updateRange();
        for (ObservableValue<?> o : new ObservableValue<?>[] {rows, cols, seed, useLibrary, library}) {
            o.addListener((obs, a, b) -> {
                updateRange();
                clearPoints();
                recompute();
            });
        }
        rows.addListener((obs, a, b) -> recomputeOrthogonality());
        cols.addListener((obs, a, b) -> recomputeOrthogonality());
        seed.addListener((obs, a, b) -> recomputeOrthogonality());
        patterns.addListener((obs, a, b) -> recompute());
        overlapCells.addListener((obs, a, b) -> recomputeOrthogonality());
        recompute();
        recomputeOrthogonality();
    }

    /** N = rows·cols. */
    public int neurons() {
        return rows.get() * cols.get();
    }

    /** Slider maximum for the current N: ⌊0.3·N⌋, at least 2, at most {@value #MAX_PATTERNS}. */
    public static int maxPatternsFor(int n) {
        return Math.max(2, Math.min(MAX_PATTERNS, (int) Math.floor(MAX_LOAD * n)));
    }

    /** The Hebb capacity 0.138·N, where the slider and the chart put their marker. */
    public double capacity() {
        return HEBB_CAPACITY * neurons();
    }

    private void updateRange() {
        int max = maxPatternsFor(neurons());
        maxPatterns.set(max);
        if (patterns.get() > max) {
            patterns.set(max);
        }
        if (patterns.get() < 1) {
            patterns.set(1);
        }
        if (overlapCells.get() > neurons()) {
            overlapCells.set(neurons());
        }
        PatternSet lib = library.get();
        if (!useLibrary.get()) {
            libraryNote.set("");
        } else if (lib == null) {
            libraryNote.set("No library patterns: all patterns are random.");
        } else if (lib.rows() != rows.get() || lib.cols() != cols.get()) {
            libraryNote.set("Library patterns are " + lib.rows() + "×" + lib.cols() + ", the grid is " + rows.get()
                    + "×" + cols.get() + ": not used. Set the grid to " + lib.rows() + "×" + lib.cols() + ".");
        } else {
            libraryNote.set("Patterns 1–" + lib.count() + " are the library '" + lib.name() + "', then random.");
        }
    }

    /** The library set the sequence starts with, or null (option off, none given, or another grid size). */
    private PatternSet effectiveLibrary() {
        PatternSet lib = library.get();
        return useLibrary.get() && lib != null && lib.rows() == rows.get() && lib.cols() == cols.get() ? lib : null;
    }

    private void clearPoints() {
        points.clear();
        measuredPoints.set(Collections.unmodifiableNavigableMap(new TreeMap<>(points)));
    }

    private void recompute() {
        int r = rows.get();
        int c = cols.get();
        long s = seed.get();
        PatternSet lib = effectiveLibrary();
        int p = Math.max(1, Math.min(patterns.get(), maxPatternsFor(r * c)));
        crosstalkJobs.submit(cancel -> {
            synchronized (cacheLock) {
                if (cache == null || !cache.serves(r, c, s, lib)) {
                    cache = new IncrementalCrosstalk(r, c, s, lib);
                }
                cache.setPatterns(p, cancel);
                return CrosstalkSnapshot.of(cache, HISTOGRAM_BINS, 2.6);
            }
        }, this::publish, t -> error.set("Crosstalk failed: " + t.getMessage()));
    }

    private void publish(CrosstalkSnapshot snap) {
        error.set("");
        snapshot.set(snap);
        if (snap.neurons() == neurons()) {
            points.put(snap.patterns(), snap.measuredError());
            measuredPoints.set(Collections.unmodifiableNavigableMap(new TreeMap<>(points)));
        }
        measuredErrorText.set(String.format(Locale.ROOT, "%.4f  (%d of %d bits)", snap.measuredError(),
                snap.unstable(), (long) snap.neurons() * snap.patterns()));
        theoryErrorText.set(String.format(Locale.ROOT, "%.4f", snap.theoryError()));
        loadText.set(String.format(Locale.ROOT, "p = %d,  N = %d,  α = p/N = %.3f  (Hebb limit 0.138·N = %.0f)",
                snap.patterns(), snap.neurons(), snap.load(), HEBB_CAPACITY * snap.neurons()));
    }

    private void recomputeOrthogonality() {
        int n = neurons();
        int k = Math.max(0, Math.min(overlapCells.get(), n));
        long s = seed.get();
        orthogonalityJobs.submit(cancel -> OrthogonalitySnapshot.of(n, k, ORTHOGONALITY_SAMPLES, s),
                orthogonality::set, t -> error.set("Pseudo-orthogonality failed: " + t.getMessage()));
    }

    /** The theoretical error at p for the current N (for the chart's curve). */
    public double theoryError(int p) {
        return Crosstalk.theoryError(neurons(), p);
    }

    public IntegerProperty rowsProperty() {
        return rows;
    }

    public IntegerProperty colsProperty() {
        return cols;
    }

    /** Number of stored patterns p (the slider). */
    public IntegerProperty patternsProperty() {
        return patterns;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** "Start from the library": use the library patterns first when their grid matches. */
    public BooleanProperty useLibraryProperty() {
        return useLibrary;
    }

    /** The library patterns from the main window (may be null). */
    public ObjectProperty<PatternSet> libraryProperty() {
        return library;
    }

    /** k, the number of cells on which the pairs of the second orthogonality histogram agree. */
    public IntegerProperty overlapCellsProperty() {
        return overlapCells;
    }

    public ReadOnlyIntegerProperty maxPatternsProperty() {
        return maxPatterns.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CrosstalkSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrthogonalitySnapshot> orthogonalityProperty() {
        return orthogonality.getReadOnlyProperty();
    }

    /** Measured error by p, collected as the slider moves (unmodifiable, replaced on every change). */
    public ReadOnlyObjectProperty<NavigableMap<Integer, Double>> measuredPointsProperty() {
        return measuredPoints.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty measuredErrorTextProperty() {
        return measuredErrorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty theoryErrorTextProperty() {
        return theoryErrorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadTextProperty() {
        return loadText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty libraryNoteProperty() {
        return libraryNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
