package org.hopfieldstudio.ui.recall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * Corrupt, occlude and recall, animated.
 *
 * <p>Threading (STYLE 5): the engine ({@link RecallSession}) lives on the injected {@code worker} executor
 * (one thread in the app, the caller's thread in tests). Each animation frame calls {@link #onFrame(long)}
 * on the FX thread, which (1) pulls the newest {@link RecallFrame} the worker published in an
 * {@link AtomicReference}, (2) drains the chart samples from a queue, and (3) while playing, hands the worker
 * the next batch of steps (the speed times the frame time) unless the previous batch is still running, so
 * the simulation slows down rather than the frames. There is no {@code Platform.runLater} per flip.
 *
 * <p>Runs: a user edit of the grid (drawing, loading, corrupting, occluding) sets the <em>start state</em> and
 * begins a new run; Reset goes back to it; Replay resets and plays with the same seed, which repeats the run
 * exactly. A new W, update order, temperature or clamp setting continues from the current state as a new run.
 */
public final class RecallViewModel {
    public static final double MAX_NOISE = 0.5;
    /** Chart points kept per series (older ones are decimated). */
    static final int SERIES_CAPACITY = 2048;
    static final int RASTER_WIDTH = 600;

    // inputs
    private final DoubleProperty noise = new SimpleDoubleProperty(0.2);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final ObjectProperty<UpdateOrder> order = new SimpleObjectProperty<>(UpdateOrder.RANDOM);
    private final DoubleProperty temperature = new SimpleDoubleProperty(0);
    private final BooleanProperty clamp = new SimpleBooleanProperty(true);
    /** 0 … 1 on a log scale from 1 neuron per second to one sweep per frame. */
    private final DoubleProperty speed = new SimpleDoubleProperty(0.55);
    private final IntegerProperty target = new SimpleIntegerProperty(-1);

    // outputs
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    static final String READY_TEXT = "Press Play (Space) to start the recall.";
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(READY_TEXT);
    private final ReadOnlyStringWrapper measuresText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper chartVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper runs = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<EndState> endStateKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper steps = new ReadOnlyLongWrapper();

    private final SeriesBuffer energySeries = new SeriesBuffer(SERIES_CAPACITY);
    private final SeriesBuffer hammingSeries = new SeriesBuffer(SERIES_CAPACITY);
    private final List<SeriesBuffer> overlapSeries = new ArrayList<>();
    private final List<String> seriesNames = new ArrayList<>();
    private final RasterBuffer raster = new RasterBuffer(RASTER_WIDTH);
    private double[] lastOverlaps = new double[0];

    private final GridViewModel grid;
    private final ReadOnlyObjectProperty<Network> network;
    private final ReadOnlyObjectProperty<PatternSet> stored;
    private final Executor worker;
    private final NoticeBoard notices;

    // worker hand-over
    private final AtomicReference<RecallFrame> latest = new AtomicReference<>();
    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong current = new AtomicLong();
    /** Worker-confined. */
    private RecallSession session;

    // FX-side run bookkeeping
    private long generation;
    private RecallSession.Spec spec;
    private byte[] startState;
    private boolean[] startOccluded;
    private boolean showingOwnState;
    private final FramePacer pacer = new FramePacer();
    private boolean applyingFrame;
    /** The step line shows a run's step (not a hint): a new run clears it. */
    private boolean stepTextFromRun;

    public RecallViewModel(GridViewModel grid, ReadOnlyObjectProperty<Network> network,
                           ReadOnlyObjectProperty<PatternSet> stored, Executor worker, NoticeBoard notices) {
        this.grid = grid;
        this.network = network;
        this.stored = stored;
        this.worker = worker;
        this.notices = notices;
        this.startState = grid.state();
        grid.editVersionProperty().addListener((o, a, b) -> userEdited());
        network.addListener((o, a, b) -> newRun(false));
        stored.addListener((o, a, b) -> newRun(false));
        order.addListener((o, a, b) -> newRun(false));
        temperature.addListener((o, a, b) -> newRun(false));
        clamp.addListener((o, a, b) -> newRun(false));
        seed.addListener((o, a, b) -> newRun(false));
        target.addListener((o, a, b) -> newRun(false));
        speed.addListener((o, a, b) -> updateSpeedText());
        // N.B. the rate depends on N: recompute it when the grid changes size (defect 8)
        grid.rowsProperty().addListener(o -> updateSpeedText());
        grid.colsProperty().addListener(o -> updateSpeedText());
        updateSpeedText();
    }

    // ---- properties --------------------------------------------------------------------------------------

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<UpdateOrder> orderProperty() {
        return order;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    /** With occluded cells: those are free and all others clamped. */
    public BooleanProperty clampProperty() {
        return clamp;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Index of the stored pattern the Hamming distance is measured to, or −1. */
    public IntegerProperty targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty measuresTextProperty() {
        return measuresText.getReadOnlyProperty();
    }

    /** Named when the recall stops: stored pattern, inverse, mixture, spurious, 2-cycle. */
    public ReadOnlyStringProperty endStateProperty() {
        return endState.getReadOnlyProperty();
    }

    /**
     * The class of the state the last run ended in (stored pattern, inverse, mixture, spurious, 2-cycle, not
     * converged), set just before {@link #finishedProperty()} turns true; null while a run is under way or when no
     * patterns are stored to compare with.
     */
    public ReadOnlyObjectProperty<EndState> endStateKindProperty() {
        return endStateKind.getReadOnlyProperty();
    }

    /** Single-neuron steps (or synchronous updates) the current run has taken so far. */
    public ReadOnlyLongProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** Bumped once per frame in which the charts or the raster got new points. */
    public ReadOnlyIntegerProperty chartVersionProperty() {
        return chartVersion.getReadOnlyProperty();
    }

    /** Runs started so far (tests). */
    public ReadOnlyIntegerProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public SeriesBuffer energySeries() {
        return energySeries;
    }

    public SeriesBuffer hammingSeries() {
        return hammingSeries;
    }

    public List<SeriesBuffer> overlapSeries() {
        return overlapSeries;
    }

    public List<String> seriesNames() {
        return seriesNames;
    }

    /** Current overlaps m^μ (as of the last frame). */
    public double[] lastOverlaps() {
        return lastOverlaps.clone();
    }

    public RasterBuffer raster() {
        return raster;
    }

    /** The state the current run started from (Reset returns here). */
    public byte[] startState() {
        return startState.clone();
    }

    /** Neuron updates per second for a speed setting, on a log scale from 1 to 60·N (a sweep per frame). */
    public static double neuronsPerSecond(double speed, int n) {
        return Math.pow(60.0 * n, Math.max(0, Math.min(1, speed)));
    }

    // ---- commands ----------------------------------------------------------------------------------------

    public void play() {
        if (!ready()) {
            return;
        }
        if (finished.get()) {
            return;
        }
        pacer.restart();
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One neuron (asynchronous) or one synchronous update. */
    public void step() {
        pause();
        submit(s -> s.advance(1, samples, current));
    }

    public void sweep() {
        pause();
        submit(s -> s.sweep(samples, current));
    }

    /** Runs on the worker until a fixed point, a 2-cycle or the sweep cap, then shows the end. */
    public void runToConvergence() {
        pause();
        submit(s -> s.advance(Long.MAX_VALUE, samples, current));
    }

    /** Back to the start state of this run (the corrupted pattern). */
    public void reset() {
        pause();
        byte[] s = startState.clone();
        boolean[] occ = startOccluded;
        grid.setState(s, occ);
    }

    /** Reset and play with the same seed: the identical run again. */
    public void replay() {
        reset();
        play();
    }

    /**
     * Flips exactly round(noise·N) cells of the grid, chosen with a fresh seed (shown in the seed field, so
     * the corruption and the run that follows can be replayed).
     */
    public void corrupt() {
        pause();
        long newSeed = Seeds.derive(seed.get(), runs.get() + 7919) & 0xFFFF_FFFFL;
        seed.set(newSeed % 1_000_000);
        byte[] s = grid.state();
        Noise.flipExactly(s, Noise.bitsFor(noise.get(), s.length), Seeds.rng(Seeds.derive(seed.get(), 1)));
        grid.setState(s, grid.occludedUnsafe());
    }

    /** Hides one half (set to −1); with "clamp" on, the other half stays fixed during recall. */
    public void occludeHalf(Noise.Half half) {
        pause();
        byte[] s = grid.state();
        boolean[] mask = grid.occludedUnsafe() == null ? new boolean[s.length] : grid.occludedUnsafe().clone();
        Noise.occludeHalf(s, grid.rows(), grid.cols(), half, Noise.Fill.OFF, Seeds.rng(seed.get()), mask);
        grid.setState(s, mask);
    }

    /** Hides rows [r0, r1) × cols [c0, c1). */
    public void occludeRect(int r0, int c0, int r1, int c1) {
        pause();
        byte[] s = grid.state();
        boolean[] mask = grid.occludedUnsafe() == null ? new boolean[s.length] : grid.occludedUnsafe().clone();
        Noise.occludeRect(s, grid.rows(), grid.cols(), r0, c0, r1, c1, Noise.Fill.OFF, Seeds.rng(seed.get()), mask);
        grid.setState(s, mask);
    }

    // ---- frame pump ----------------------------------------------------------------------------------------

    /** Once per animation frame on the FX thread (see class javadoc). */
    public void onFrame(long nowNanos) {
        Throwable t = failure.getAndSet(null);
        if (t != null) {
            playing.set(false);
            notices.error("Recall stopped", t);
        }
        RecallFrame f = latest.getAndSet(null);
        if (f != null && f.generation() == generation) {
            apply(f);
        }
        drainSamples();
        if (playing.get()) {
            int n = grid.size();
            boolean sync = order.get() == UpdateOrder.SYNCHRONOUS;
            // N.B. the session counts a synchronous update as N neuron updates
            long units = pacer.next(nowNanos, speed.get(), n, sync) * (sync ? n : 1);
            if (units > 0 && !busy.get()) {
                long u = units;
                submit(s -> s.advance(u, samples, current));
            }
        }
    }

    private void apply(RecallFrame f) {
        Recall.Snapshot snap = f.snapshot();
        if (snap.state().length == grid.size()) {
            applyingFrame = true;
            grid.showState(snap.state());
            applyingFrame = false;
            showingOwnState = true;
        }
        lastOverlaps = snap.overlaps();
        int n = snap.state().length;
        stepTextFromRun = true;
        if (f.lastNeuron() >= 0) {
            grid.highlightProperty().set(f.finished() ? -1 : f.lastNeuron());
            int i = f.lastNeuron();
            stepText.set(String.format(Locale.ROOT, "t = %.2f sweeps · step %d · neuron %d (%d, %d): h = %+.3f → %s",
                    (double) snap.steps() / n, snap.steps(), i, i / grid.cols(), i % grid.cols(), f.lastField(),
                    f.lastFlipped() ? "flipped to " + (grid.get(i) > 0 ? "+1" : "−1") : "kept " + (grid.get(i) > 0 ? "+1" : "−1")));
        } else {
            grid.highlightProperty().set(-1);
            stepText.set(String.format(Locale.ROOT, "t = %d synchronous steps · %d flips so far", snap.sweeps(), snap.flips()));
        }
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT, "E = %.3f", snap.energy()));
        PatternSet set = spec == null ? null : spec.stored();
        int tg = spec == null ? -1 : spec.target();
        if (set != null && tg >= 0 && tg < snap.overlaps().length) {
            double mt = snap.overlaps()[tg];
            m.append(String.format(Locale.ROOT, "  ·  m(%s) = %+.3f  ·  d(%s) = %d", set.get(tg).name(), mt,
                    set.get(tg).name(), Math.round(n * (1 - mt) / 2)));
        }
        m.append(String.format(Locale.ROOT, "  ·  %d flips", snap.flips()));
        measuresText.set(m.toString());
        steps.set(snap.steps());
        if (f.finished()) {
            endStateKind.set(set != null && set.neurons() == n
                    ? EndState.classify(snap.state(), set, snap.twoCycle(), snap.converged()) : null);
            playing.set(false);
            finished.set(true);
            endState.set("End state: " + f.endState());
        }
    }

    private void drainSamples() {
        boolean any = false;
        Sample s;
        while ((s = samples.poll()) != null) {
            if (s.generation() != generation) {
                continue;
            }
            any = true;
            energySeries.add(s.time(), s.energy());
            if (s.hamming() >= 0) {
                hammingSeries.add(s.time(), s.hamming());
            }
            float[] m = s.overlaps();
            for (int mu = 0; mu < m.length && mu < overlapSeries.size(); mu++) {
                overlapSeries.get(mu).add(s.time(), m[mu]);
            }
            raster.add(s.column());
        }
        if (any) {
            chartVersion.set(chartVersion.get() + 1);
        }
    }

    // ---- runs ----------------------------------------------------------------------------------------------

    private void userEdited() {
        if (applyingFrame) {
            return;
        }
        startState = grid.state();
        startOccluded = grid.occludedUnsafe() == null ? null : grid.occludedUnsafe().clone();
        newRun(true);
    }

    /** Supersedes the current run; the next command starts a new one from what the grid shows. */
    private void newRun(boolean stop) {
        if (stop) {
            playing.set(false);
        }
        generation++;
        current.set(generation);
        spec = null;
        finished.set(false);
        endState.set("");
        endStateKind.set(null);
        steps.set(0);
        // N.B. the figures of the previous run go with it (defect 7: "d(A) = 81" stayed on a 5×5 grid); a hint
        // (the lesson, "No network yet") stays until the next step replaces it
        measuresText.set("");
        if (stepTextFromRun) {
            stepText.set(READY_TEXT);
            stepTextFromRun = false;
        }
        grid.highlightProperty().set(-1);
        clearCharts();
    }

    private void clearCharts() {
        energySeries.clear();
        hammingSeries.clear();
        overlapSeries.clear();
        seriesNames.clear();
        PatternSet set = stored.get();
        if (set != null && set.neurons() == grid.size()) {
            for (int mu = 0; mu < set.count(); mu++) {
                overlapSeries.add(new SeriesBuffer(SERIES_CAPACITY));
                seriesNames.add(set.get(mu).name());
            }
        }
        raster.reset(Math.min(grid.size(), RecallSession.RASTER_MAX_ROWS));
        chartVersion.set(chartVersion.get() + 1);
    }

    /** Shows a line of guidance in the status line until the next step replaces it (e.g. the lesson). */
    public void showHint(String text) {
        stepText.set(text);
        stepTextFromRun = false;
    }

    private boolean ready() {
        Network net = network.get();
        if (net == null) {
            stepText.set("No network yet: store patterns and write W first.");
            return false;
        }
        if (net.size() != grid.size()) {
            stepText.set("W is for N = " + net.size() + " but the grid has N = " + grid.size()
                    + ": write W for the stored patterns of this size.");
            return false;
        }
        return true;
    }

    private RecallSession.Spec newSpec() {
        PatternSet set = stored.get();
        if (set != null && set.neurons() != grid.size()) {
            set = null;
        }
        int tg = set != null && target.get() < set.count() ? target.get() : -1;
        boolean[] occ = grid.occludedUnsafe();
        boolean[] mask = clamp.get() && occ != null ? Noise.clampVisible(occ) : null;
        RecallConfig config = new RecallConfig(order.get(), temperature.get(), Seeds.derive(seed.get(), 2), mask,
                temperature.get() > 0 ? 50 : RecallConfig.DEFAULT_MAX_SWEEPS);
        return new RecallSession.Spec(generation, network.get(), grid.state(), set, tg, config);
    }

    /**
     * The run now shown, or the one Play would start (same seed, so the same run), for the animation export; null
     * (with the reason in the status line) when no network fits the grid.
     */
    RecallSession.Spec animationSpec() {
        if (!ready()) {
            return null;
        }
        return spec != null ? spec : newSpec();
    }

    /** Names of the stored patterns (for chart legends). */
    List<String> patternNames() {
        PatternSet set = stored.get();
        List<String> names = new ArrayList<>();
        if (set != null) {
            for (int mu = 0; mu < set.count(); mu++) {
                names.add(set.get(mu).name());
            }
        }
        return names;
    }

    GridViewModel gridModel() {
        return grid;
    }

    private void submit(Consumer<RecallSession> action) {
        if (!ready()) {
            return;
        }
        if (spec == null) {
            spec = newSpec();
            runs.set(runs.get() + 1);
        }
        RecallSession.Spec sp = spec;
        busy.set(true);
        worker.execute(() -> {
            try {
                if (sp.generation() != current.get()) {
                    return;
                }
                if (session == null || session.generation() != sp.generation()) {
                    session = new RecallSession(sp, samples);
                }
                action.accept(session);
                latest.set(session.frame());
            } catch (RuntimeException | OutOfMemoryError e) {
                failure.set(e);
            } finally {
                busy.set(false);
            }
        });
    }

    private void updateSpeedText() {
        int n = grid.rows() * grid.cols(); // N.B. not size(): load() sets the sides before the state
        double v = speed.get();
        if (v >= 0.999) {
            speedText.set("1 sweep per frame");
            return;
        }
        double r = neuronsPerSecond(v, n);
        speedText.set(r < 60 * 0.95 ? String.format(Locale.ROOT, "%.1f neurons/s", r)
                : String.format(Locale.ROOT, "%.0f neurons/s (%.2f sweeps/s)", r, r / n));
    }
}
