package org.hopfieldstudio.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.InsufficientMemoryException;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.MemoryBudget;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.notify.NoticeBoard;
import org.hopfieldstudio.ui.protocol.ProtocolViewModel;
import org.hopfieldstudio.ui.recall.RecallViewModel;

/**
 * Compare writing protocols side by side on one cue.
 *
 * <p>Writes: every chosen protocol writes W from the stored patterns in its own background job (progress, Cancel),
 * all at once; a W already written for the same protocol, parameters, patterns and seed (here or in the Memory tab)
 * is reused. A W that does not fit in memory leaves its protocol out, with the reason.
 *
 * <p>Recall: the cue is the grid as the user left it (its state, its occlusion, the clamp setting of the Memory tab);
 * every panel recalls it with the same update order and the same seed, so all visit the neurons in the same order
 * ({@link org.hopfieldstudio.dynamics.Lockstep}). The run lives on the injected worker; {@link #onFrame(long)} pulls
 * the newest frame once per animation frame and, while playing, hands the worker the same number of steps for every
 * panel (STYLE 5, as in {@link RecallViewModel}). Play, Step, Sweep, Run, Reset and Replay act on all panels.
 *
 * <p>Basins: the same probes of the stored patterns under every panel's W ({@link BasinSweep#onPatterns}).
 */
public final class CompareViewModel {
    /** Chosen by default: the four protocols of the writing-protocols note. */
    static final List<String> DEFAULT_CHOICE = List.of("hebb", "pinv", "mpf", "trn");
    public static final int MIN_PANELS = 2;
    public static final int MAX_PANELS = 6;

    private final List<CompareSlot> slots = new ArrayList<>();
    private final ObservableList<ComparePanel> panels = FXCollections.observableArrayList();
    private final ObservableList<ComparePanel> panelsView = FXCollections.unmodifiableObservableList(panels);
    private final DoubleProperty speed = new SimpleDoubleProperty(0.55);
    private final IntegerProperty planeA = new SimpleIntegerProperty(-1);
    private final IntegerProperty planeB = new SimpleIntegerProperty(-1);

    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper chartVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper target = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper runs = new ReadOnlyIntegerWrapper();

    private final ReadOnlyBooleanWrapper basinRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper basinProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper basinStatus = new ReadOnlyStringWrapper(
            "Basins: press “Basins” to sweep the flipped bits from 0 to N/2, the same probes for every protocol.");
    private final ObservableList<BasinSweep.Point> basinPoints = FXCollections.observableArrayList();
    private JobHandle basinJob;
    private long basinGeneration;

    private final GridViewModel grid;
    private final ReadOnlyObjectProperty<PatternSet> stored;
    private final ObjectProperty<UpdateOrder> order;
    private final LongProperty seed;
    private final BooleanProperty clamp;
    private final IntegerProperty libraryTarget;
    private TaskRunner tasks;
    private final Executor worker;
    private final NoticeBoard notices;
    private final ProtocolViewModel memoryProtocol;
    private final Map<Key, Network> cache = new LinkedHashMap<>();

    // worker hand-over
    private final AtomicReference<CompareSession.Frame> latest = new AtomicReference<>();
    private final Queue<CompareSession.Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong current = new AtomicLong();
    /** Worker-confined. */
    private CompareSession session;

    // FX-side run bookkeeping
    private long generation;
    private CompareSession.Spec spec;
    private List<ComparePanel> running = List.of();
    private Comparison.Cue startCue;
    private boolean[] startOccluded;
    private Consumer<CompareSession> pending;
    private boolean pendingPlay;
    private final org.hopfieldstudio.ui.recall.FramePacer pacer = new org.hopfieldstudio.ui.recall.FramePacer();
    private boolean planeBChosen;

    /** What identifies a written W. */
    private record Key(String protocol, Map<String, Double> params, PatternSet patterns, long seed) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.protocol.equals(protocol) && k.params.equals(params)
                    && k.patterns == patterns && k.seed == seed;
        }

        @Override
        public int hashCode() {
            return protocol.hashCode() * 31 + params.hashCode() * 7 + System.identityHashCode(patterns)
                    + Long.hashCode(seed);
        }
    }

    /**
     * @param order, seed, clamp, libraryTarget  shared with the Memory tab's recall (one cue, one order, one seed)
     * @param memoryProtocol                     its W is reused when it matches a panel (may be null)
     */
    public CompareViewModel(GridViewModel grid, ReadOnlyObjectProperty<PatternSet> stored,
                            ObjectProperty<UpdateOrder> order, LongProperty seed, BooleanProperty clamp,
                            IntegerProperty libraryTarget, List<WritingProtocol> protocols, TaskRunner tasks,
                            Executor worker, NoticeBoard notices, ProtocolViewModel memoryProtocol) {
        this.grid = grid;
        this.stored = stored;
        this.order = order;
        this.seed = seed;
        this.clamp = clamp;
        this.libraryTarget = libraryTarget;
        this.tasks = tasks;
        this.worker = worker;
        this.notices = notices;
        this.memoryProtocol = memoryProtocol;
        for (WritingProtocol p : protocols) {
            CompareSlot s = new CompareSlot(p, DEFAULT_CHOICE.contains(p.id()));
            s.selectedProperty().addListener((o, a, b) -> rebuildPanels());
            for (var v : s.parameters()) {
                v.valueProperty().addListener((o, a, b) -> {
                    if (s.selectedProperty().get()) {
                        rebuildPanels();
                    }
                });
            }
            slots.add(s);
        }
        stored.addListener((o, a, b) -> {
            cache.clear();
            basinPoints.clear();
            cancelBasins();
            rebuildPanels();
        });
        grid.editVersionProperty().addListener((o, a, b) -> newRun(true));
        order.addListener((o, a, b) -> newRun(false));
        seed.addListener((o, a, b) -> newRun(false));
        clamp.addListener((o, a, b) -> newRun(false));
        libraryTarget.addListener((o, a, b) -> newRun(false));
        planeB.addListener((o, a, b) -> chartVersion.set(chartVersion.get() + 1));
        planeA.addListener((o, a, b) -> chartVersion.set(chartVersion.get() + 1));
        speed.addListener((o, a, b) -> updateSpeedText());
        if (memoryProtocol != null) {
            memoryProtocol.networkProperty().addListener((o, a, net) -> adoptMemoryNetwork(net));
        }
        updateSpeedText();
        rebuildPanels();
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public List<CompareSlot> slots() {
        return slots;
    }

    /** The chosen protocols' panels, in registry order. */
    public ObservableList<ComparePanel> panels() {
        return panelsView;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public ObjectProperty<UpdateOrder> orderProperty() {
        return order;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Stored pattern on the plane's horizontal axis. */
    public IntegerProperty planeAProperty() {
        return planeA;
    }

    /** Stored pattern on the plane's vertical axis. */
    public IntegerProperty planeBProperty() {
        return planeB;
    }

    /** Chooses the vertical axis of the plane (and keeps it when runs end). */
    public void choosePlaneB(int mu) {
        planeBChosen = true;
        planeB.set(mu);
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Every panel of the run has stopped. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Some panel's W is being written. */
    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /** Which protocols reached the target exactly, once all stopped. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What is happening or why nothing is: the guidance line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** Bumped when the traces, the plane or the basins have new data. */
    public ReadOnlyIntegerProperty chartVersionProperty() {
        return chartVersion.getReadOnlyProperty();
    }

    /** The stored pattern the cue is measured against, or −1. */
    public ReadOnlyIntegerProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public PatternSet stored() {
        PatternSet s = stored.get();
        return s != null && s.neurons() == grid.size() ? s : null;
    }

    public ReadOnlyBooleanProperty basinRunningProperty() {
        return basinRunning.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty basinProgressProperty() {
        return basinProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty basinStatusProperty() {
        return basinStatus.getReadOnlyProperty();
    }

    public ObservableList<BasinSweep.Point> basinPoints() {
        return basinPoints;
    }

    public int rows() {
        return grid.rows();
    }

    public int cols() {
        return grid.cols();
    }

    // ---- writes ----------------------------------------------------------------------------------------------

    /**
     * The runner of the writes and the basin sweep. The app passes one backed by a pool here, so the chosen protocols
     * write in parallel (the model is built with the single-thread runner of the other views).
     */
    public void setTaskRunner(TaskRunner runner) {
        this.tasks = java.util.Objects.requireNonNull(runner);
    }

    private long writeSeed() {
        return memoryProtocol == null ? 1 : memoryProtocol.writeSeed();
    }

    private void rebuildPanels() {
        for (ComparePanel p : panels) {
            p.cancel();
        }
        List<ComparePanel> next = new ArrayList<>();
        for (CompareSlot s : slots) {
            if (s.selectedProperty().get()) {
                next.add(new ComparePanel(s.protocol(), s.values()));
            }
        }
        // N.B. keep only the networks the chosen panels can use: at 100×100 each W is 400 MB
        PatternSet set = stored();
        cache.keySet().removeIf(k -> k.patterns != set || next.stream().noneMatch(p -> p.protocol().id().equals(k.protocol)
                && p.params().equals(k.params)));
        for (ComparePanel p : next) {
            Network net = cache.get(key(p, set));
            if (net != null) {
                p.ready(net, "W reused (already written for these patterns and parameters)");
            }
        }
        pending = null;
        pendingPlay = false;
        panels.setAll(next);
        if (memoryProtocol != null) {
            adoptMemoryNetwork(memoryProtocol.network());
        }
        updateWriting();
        newRun(true);
    }

    private Key key(ComparePanel p, PatternSet set) {
        return new Key(p.protocol().id(), p.params(), set, writeSeed());
    }

    private void adoptMemoryNetwork(Network net) {
        PatternSet set = stored();
        if (net == null || set == null || memoryProtocol.staleProperty().get()
                || memoryProtocol.writtenFromProperty().get() != set) {
            return;
        }
        WritingProtocol p = memoryProtocol.selectedProperty().get();
        Map<String, Double> values = new HashMap<>();
        for (var v : memoryProtocol.parameters()) {
            values.put(v.parameter().key(), v.value());
        }
        for (ComparePanel panel : panels) {
            if (panel.protocol() == p && panel.params().equals(values)
                    && panel.status() != ComparePanel.Status.READY) {
                panel.cancel();
                cache.put(key(panel, set), net);
                panel.ready(net, "W reused from the Memory tab");
                newRun(false);
            }
        }
        updateWriting();
    }

    /** Writes W for every chosen protocol that has none (in parallel jobs); reuses what is written. */
    public void write() {
        PatternSet set = stored();
        if (!checkChoice(set)) {
            return;
        }
        // N.B. the writes run at once: each is given what its write allocates (the protocol's own figure: O(N·p) for a
        // factored W, N² floats or more for a dense one) out of the free heap in turn, so that at 100×100 the
        // protocols that do not fit next to the others are left out with the reason instead of failing mid-write
        long free = MemoryBudget.freeBytes();
        List<String> fitted = new ArrayList<>();
        for (ComparePanel p : panels) {
            if (p.status() == ComparePanel.Status.READY || p.status() == ComparePanel.Status.WRITING) {
                continue;
            }
            long need = p.protocol().bytesToWrite(set.neurons(), set.count());
            Network cached = cache.get(key(p, set));
            if (cached != null) {
                p.ready(cached, "W reused (already written for these patterns and parameters)");
                continue;
            }
            if (need > free) {
                p.failed(ComparePanel.Status.LEFT_OUT, "Left out at N = " + set.neurons() + ": writing its W needs "
                        + MemoryBudget.human(need) + " and only " + MemoryBudget.human(Math.max(0, free))
                        + " of the Java heap is left" + (fitted.isEmpty() ? "" : " after " + String.join(", ", fitted))
                        + ". Choose fewer protocols, a smaller grid, or start Java with a larger heap (-Xmx).");
                continue;
            }
            free -= need;
            fitted.add(shortName(p));
            writeOne(p, set);
        }
        updateWriting();
        afterWrites();
    }

    private void writeOne(ComparePanel p, PatternSet set) {
        WritingProtocol protocol = p.protocol();
        int n = set.neurons();
        try {
            MemoryBudget.requireBytes(protocol.bytesToWrite(n, set.count()), shortName(p) + "'s W at N = " + n);
        } catch (InsufficientMemoryException e) {
            p.failed(ComparePanel.Status.LEFT_OUT, "Left out at N = " + n + ": " + e.getMessage());
            return;
        }
        long ws = writeSeed();
        Map<String, Double> values = p.params();
        long started = System.nanoTime();
        JobHandle[] handle = new JobHandle[1];
        handle[0] = tasks.submit("Compare: write W with " + protocol.displayName(), ctx -> {
                    try {
                        return protocol.write(new WriteRequest(set, values, ws,
                                (done, total, objective, message) -> ctx.progress(done, total, message),
                                ctx::isCancelled));
                    } catch (OutOfMemoryError e) {
                        throw new InsufficientMemoryException("W for N = " + n + " (" + MemoryBudget.human(
                                MemoryBudget.weightBytes(n)) + ") did not fit next to the other protocols' W. Choose "
                                + "fewer protocols, or start Java with a larger heap (-Xmx).");
                    }
                },
                net -> {
                    if (!panels.contains(p) || stored() != set) {
                        return;
                    }
                    cache.put(new Key(protocol.id(), values, set, ws), net);
                    p.ready(net, String.format(Locale.ROOT, "W written in %.0f ms%s", (System.nanoTime() - started) / 1e6,
                            net.isSymmetric() ? "" : " (asymmetric: energy may rise, recall may cycle)"));
                    updateWriting();
                    newRun(false);
                    afterWrites();
                },
                error -> {
                    if (!panels.contains(p)) {
                        return;
                    }
                    if (error instanceof CancellationException) {
                        p.failed(ComparePanel.Status.FAILED, "Write cancelled: press “Write W” or Play to write it again.");
                    } else if (error instanceof InsufficientMemoryException) {
                        p.failed(ComparePanel.Status.LEFT_OUT, "Left out at N = " + n + ": " + error.getMessage());
                    } else {
                        p.failed(ComparePanel.Status.FAILED, "Write failed: " + error.getMessage()
                                + " Change its parameters and press “Write W”.");
                        notices.error("Compare: writing W with " + protocol.displayName() + " failed", error);
                    }
                    updateWriting();
                    newRun(false);
                    afterWrites();
                });
        if (p.status() != ComparePanel.Status.READY && p.status() != ComparePanel.Status.FAILED
                && p.status() != ComparePanel.Status.LEFT_OUT) {
            p.writing(handle[0]);
        }
    }

    /** Cancels every write in progress. */
    public void cancelWrites() {
        for (ComparePanel p : panels) {
            p.cancel();
        }
        pending = null;
        pendingPlay = false;
    }

    private void updateWriting() {
        writing.set(panels.stream().anyMatch(p -> p.status() == ComparePanel.Status.WRITING));
        if (writing.get()) {
            status.set("Writing W: " + panels.stream().filter(p -> p.status() == ComparePanel.Status.WRITING)
                    .map(p -> p.protocol().displayName()).collect(Collectors.joining(", "))
                    + "… the recall starts when every W is ready.");
        }
    }

    /** After a write ends: once none is running, do what the user asked for (Play, Step, …). */
    private void afterWrites() {
        if (writing.get()) {
            return;
        }
        Consumer<CompareSession> action = pending;
        boolean play = pendingPlay;
        pending = null;
        pendingPlay = false;
        if (play) {
            play();
        } else if (action != null) {
            submit(action);
        }
    }

    private boolean checkChoice(PatternSet set) {
        if (set == null) {
            PatternSet s = stored.get();
            status.set(s == null ? "No stored patterns: load or store patterns in the Memory tab first."
                    : "The stored patterns are " + s.rows() + "×" + s.cols() + " but the grid is " + grid.rows() + "×"
                    + grid.cols() + ": show a stored pattern in the grid (Memory tab).");
            return false;
        }
        if (panels.size() < MIN_PANELS || panels.size() > MAX_PANELS) {
            status.set("Choose " + MIN_PANELS + " to " + MAX_PANELS + " protocols to compare (" + panels.size()
                    + " chosen).");
            return false;
        }
        return true;
    }

    // ---- commands ----------------------------------------------------------------------------------------

    public void play() {
        if (finished.get()) {
            return;
        }
        if (!prepare(null, true)) {
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

    /** One lockstep step: the same neuron updated in every panel. */
    public void step() {
        pause();
        act(s -> s.advance(1, samples, current));
    }

    /** To the end of the current sweep, in every panel. */
    public void sweep() {
        pause();
        act(s -> s.sweep(samples, current));
    }

    /** Every panel to its end (fixed point, 2-cycle or the sweep cap), still in lockstep. */
    public void runToEnd() {
        pause();
        act(s -> s.advance(Long.MAX_VALUE, samples, current));
    }

    /** Back to the cue in every panel. */
    public void reset() {
        pause();
        newRun(false);
    }

    /** Reset and play: the identical run again (same cue, order and seed). */
    public void replay() {
        reset();
        play();
    }

    private void act(Consumer<CompareSession> action) {
        if (prepare(action, false)) {
            submit(action);
        }
    }

    /**
     * Makes sure every chosen panel has its W; if some are being written, remembers the action for when they are.
     * True when the run can go ahead now.
     */
    private boolean prepare(Consumer<CompareSession> action, boolean play) {
        PatternSet set = stored();
        if (!checkChoice(set)) {
            return false;
        }
        if (panels.stream().anyMatch(p -> p.status() == ComparePanel.Status.WAITING)) {
            write();
        }
        if (writing.get()) {
            pending = action;
            pendingPlay = play;
            return false;
        }
        long ready = panels.stream().filter(p -> p.status() == ComparePanel.Status.READY).count();
        if (ready == 0) {
            status.set("No protocol has a W to recall with: " + panels.stream()
                    .map(p -> p.protocol().displayName() + " (" + p.reasonProperty().get() + ")")
                    .collect(Collectors.joining("; ")));
            return false;
        }
        return true;
    }

    // ---- frame pump ----------------------------------------------------------------------------------------

    /** Once per animation frame on the FX thread. */
    public void onFrame(long nowNanos) {
        Throwable t = failure.getAndSet(null);
        if (t != null) {
            playing.set(false);
            notices.error("Compare stopped", t);
        }
        CompareSession.Frame f = latest.getAndSet(null);
        if (f != null && f.generation() == generation) {
            apply(f);
        }
        drainSamples();
        if (playing.get()) {
            // N.B. the same pacing as the Memory tab; Lockstep counts a synchronous update as one step
            long units = pacer.next(nowNanos, speed.get(), grid.size(), order.get() == UpdateOrder.SYNCHRONOUS);
            if (units > 0 && !busy.get()) {
                long u = units;
                submit(s -> s.advance(u, samples, current));
            }
        }
    }

    private void apply(CompareSession.Frame f) {
        PatternSet set = spec == null ? null : spec.stored();
        int tg = target.get();
        boolean all = true;
        for (int k = 0; k < f.panels().length && k < running.size(); k++) {
            CompareSession.PanelFrame pf = f.panels()[k];
            ComparePanel panel = running.get(k);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "step %d · %d flips · E = %.2f", pf.steps(),
                    pf.flips(), pf.energy()));
            if (set != null && tg >= 0 && tg < pf.overlaps().length) {
                sb.append(String.format(Locale.ROOT, " · m(%s) = %+.2f", set.get(tg).name(), pf.overlaps()[tg]));
            }
            if (!pf.finished() && pf.lastNeuron() >= 0) {
                int i = pf.lastNeuron();
                sb.append(String.format(Locale.ROOT, "\nneuron (%d, %d): h = %+.2f → %s", i / grid.cols(),
                        i % grid.cols(), pf.lastField(), pf.lastFlipped() ? "flipped" : "kept"));
            }
            panel.show(pf.state(), pf.overlaps(), pf.steps(), pf.flips(), pf.lastNeuron(), pf.finished(), sb.toString());
            if (pf.finished() && panel.end() == null && pf.end() != null) {
                double m = tg >= 0 && tg < pf.overlaps().length ? pf.overlaps()[tg] : Double.NaN;
                panel.ended(pf.end(), m);
            }
            all &= pf.finished();
        }
        status.set(String.format(Locale.ROOT, "Lockstep: %d steps in every panel still running (t = %.2f sweeps).",
                f.clock(), (double) f.clock() / Math.max(1, grid.size())));
        if (all) {
            playing.set(false);
            finished.set(true);
            summarize();
            pickPlaneB();
        }
    }

    private void summarize() {
        PatternSet set = spec.stored();
        int tg = target.get();
        List<String> reached = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (ComparePanel p : running) {
            EndState e = p.end();
            if (tg >= 0 && e != null && e.kind() == EndState.Kind.STORED && e.patternIndex() == tg) {
                reached.add(shortName(p));
            } else {
                missed.add(shortName(p) + " → " + (e == null ? "?" : e.label()));
            }
        }
        String left = panels.stream().filter(p -> p.status() != ComparePanel.Status.READY)
                .map(CompareViewModel::shortName).collect(Collectors.joining(", "));
        if (tg < 0) {
            summary.set("End states: " + String.join("; ", missed) + (left.isEmpty() ? "" : " · left out: " + left));
            return;
        }
        String name = "'" + set.get(tg).name() + "'";
        summary.set((reached.isEmpty() ? "No protocol reached " + name + " exactly"
                : "Reached " + name + " exactly: " + String.join(", ", reached))
                + (missed.isEmpty() ? "." : ". Not: " + String.join("; ", missed) + ".")
                + (left.isEmpty() ? "" : " Left out: " + left + "."));
    }

    /** "Hebb", "pseudo-inverse", "MPF": the display name up to its bracket. */
    static String shortName(ComparePanel p) {
        String d = p.protocol().displayName();
        int k = d.indexOf(" (");
        return k > 0 ? d.substring(0, k) : d;
    }

    /** After a run: the plane's second axis goes to the pattern the strays came closest to, unless chosen by hand. */
    private void pickPlaneB() {
        if (planeBChosen || spec == null) {
            return;
        }
        int a = planeA.get();
        int best = -1;
        double bestM = -1;
        for (ComparePanel p : running) {
            if (p.end() != null && p.end().kind() == EndState.Kind.STORED && p.end().patternIndex() == a) {
                continue;
            }
            double[] m = p.overlaps();
            for (int mu = 0; mu < m.length; mu++) {
                if (mu != a && Math.abs(m[mu]) > bestM) {
                    bestM = Math.abs(m[mu]);
                    best = mu;
                }
            }
        }
        if (best >= 0) {
            planeB.set(best);
        }
    }

    private void drainSamples() {
        boolean any = false;
        CompareSession.Sample s;
        int tg = target.get();
        while ((s = samples.poll()) != null) {
            if (s.generation() != generation || s.panel() >= running.size()) {
                continue;
            }
            any = true;
            ComparePanel p = running.get(s.panel());
            p.energySeries().add(s.time(), s.energy());
            if (tg >= 0 && tg < s.overlaps().length) {
                p.overlapSeries().add(s.time(), s.overlaps()[tg]);
            }
            p.path().add(s.energy(), s.overlaps());
            p.touched();
        }
        if (any) {
            chartVersion.set(chartVersion.get() + 1);
        }
    }

    // ---- runs ----------------------------------------------------------------------------------------------

    /** The cue: what the grid shows now, with the clamp of the Memory tab's setting. */
    private Comparison.Cue cue() {
        byte[] s = grid.state();
        boolean[] occ = grid.occludedUnsafe();
        boolean[] mask = clamp.get() && occ != null ? Noise.clampVisible(occ) : null;
        PatternSet set = stored();
        int tg = -1;
        if (set != null) {
            int t = libraryTarget.get();
            if (t >= 0 && t < set.count()) {
                tg = t;
            } else {
                double best = Double.NEGATIVE_INFINITY;
                for (int mu = 0; mu < set.count(); mu++) {
                    double m = Measures.overlap(s, set.get(mu).toArray());
                    if (m > best) {
                        best = m;
                        tg = mu;
                    }
                }
            }
        }
        return new Comparison.Cue(s, mask, tg);
    }

    /** Supersedes the current run; every panel shows the cue again. */
    private void newRun(boolean stop) {
        if (stop) {
            playing.set(false);
        }
        generation++;
        current.set(generation);
        spec = null;
        finished.set(false);
        summary.set("");
        startCue = cue();
        startOccluded = grid.occludedUnsafe() == null ? null : grid.occludedUnsafe().clone();
        target.set(startCue.target());
        PatternSet set = stored();
        if (set != null && startCue.target() >= 0) {
            planeA.set(startCue.target());
            if (!planeBChosen || planeB.get() >= set.count() || planeB.get() == planeA.get()) {
                planeBChosen = false;
                planeB.set(closestOther(startCue.state(), set, startCue.target()));
            }
        } else {
            planeA.set(-1);
            planeB.set(-1);
        }
        byte[] s = startCue.state();
        double[] m = new double[set == null ? 0 : set.count()];
        for (int mu = 0; mu < m.length; mu++) {
            m[mu] = Measures.overlap(s, set.get(mu).toArray());
        }
        for (ComparePanel p : panels) {
            if (p.status() == ComparePanel.Status.READY) {
                double e = p.network().size() == s.length ? p.network().energy(s) : Double.NaN;
                p.reset(s, startOccluded, m, e, String.format(Locale.ROOT, "step 0 · E = %.2f", e));
            } else {
                p.clearRun();
            }
        }
        chartVersion.set(chartVersion.get() + 1);
        if (!writing.get()) {
            status.set(panels.isEmpty() ? "Choose " + MIN_PANELS + " to " + MAX_PANELS + " protocols to compare."
                    : "Press Play: the cue (the grid of the Memory tab) is recalled under every protocol, step for step.");
        }
    }

    private static int closestOther(byte[] s, PatternSet set, int a) {
        int best = -1;
        double bm = -2;
        for (int mu = 0; mu < set.count(); mu++) {
            if (mu == a) {
                continue;
            }
            double m = Math.abs(Measures.overlap(s, set.get(mu).toArray()));
            if (m > bm) {
                bm = m;
                best = mu;
            }
        }
        return best;
    }

    private void submit(Consumer<CompareSession> action) {
        PatternSet set = stored();
        if (set == null) {
            return;
        }
        if (spec == null) {
            running = panels.stream().filter(p -> p.status() == ComparePanel.Status.READY
                    && p.network().size() == set.neurons()).toList();
            if (running.isEmpty()) {
                return;
            }
            RecallConfig config = Comparison.config(startCue, order.get(), seed.get(), RecallConfig.DEFAULT_MAX_SWEEPS);
            int[] idx = running.stream().mapToInt(panels::indexOf).toArray();
            spec = new CompareSession.Spec(generation, running.stream().map(ComparePanel::network).toList(), idx,
                    startCue, set, config);
            runs.set(runs.get() + 1);
        }
        CompareSession.Spec sp = spec;
        busy.set(true);
        worker.execute(() -> {
            try {
                if (sp.generation() != current.get()) {
                    return;
                }
                if (session == null || session.generation() != sp.generation()) {
                    session = new CompareSession(sp, samples);
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
        int n = grid.size();
        double v = speed.get();
        if (v >= 0.999) {
            speedText.set("1 sweep per frame");
            return;
        }
        double r = RecallViewModel.neuronsPerSecond(v, n);
        speedText.set(r < 60 * 0.95 ? String.format(Locale.ROOT, "%.1f steps/s", r)
                : String.format(Locale.ROOT, "%.0f steps/s (%.2f sweeps/s)", r, r / n));
    }

    // ---- basins --------------------------------------------------------------------------------------------

    /**
     * Sweeps the flipped bits from 0 to N/2 on the stored patterns, the same probes for every panel that has a W
     * (writing the missing ones first is up to the user: panels without W are skipped and named).
     */
    public void runBasins() {
        PatternSet set = stored();
        if (!checkChoice(set)) {
            return;
        }
        List<ComparePanel> ready = panels.stream().filter(p -> p.status() == ComparePanel.Status.READY).toList();
        if (ready.isEmpty()) {
            basinStatus.set("Basins need a W: press “Write W” (or Play) first.");
            return;
        }
        cancelBasins();
        long gen = ++basinGeneration;
        int n = set.neurons();
        int[] ds = BasinSweep.halfRange(n, n <= 400 ? 26 : 21);
        int p = set.count();
        // N.B. a probe costs O(N²) to start: ~2·10⁸ operations of probes per protocol, at least one trial
        int trials = (int) Math.max(1, Math.min(10, Math.round(2e8 / ((double) n * n * p * ds.length))));
        long basinSeed = Seeds.derive(seed.get(), 4);
        List<String> names = ready.stream().map(c -> c.protocol().id()).toList();
        List<Network> nets = ready.stream().map(ComparePanel::network).toList();
        String skipped = panels.stream().filter(c -> c.status() != ComparePanel.Status.READY)
                .map(c -> c.protocol().displayName()).collect(Collectors.joining(", "));
        basinPoints.clear();
        basinRunning.set(true);
        basinStatus.set(String.format(Locale.ROOT, "Basins: %d distances × %d probes each, for %s…", ds.length,
                p * trials, String.join(", ", names)));
        JobHandle h = tasks.submit("Compare: basins", ctx -> {
                    List<BasinSweep.Point> all = new ArrayList<>();
                    for (int k = 0; k < nets.size(); k++) {
                        int kk = k;
                        all.addAll(BasinSweep.onPatterns(names.get(k), nets.get(k), set, ds, trials, basinSeed,
                                RecallConfig.DEFAULT_MAX_SWEEPS, (done, total, obj, msg) -> ctx.progress(
                                        kk * total + done, (long) nets.size() * total, names.get(kk) + ": " + msg),
                                ctx::isCancelled));
                    }
                    return all;
                },
                pts -> {
                    if (gen != basinGeneration) {
                        return;
                    }
                    finishBasins();
                    basinPoints.setAll(pts);
                    basinStatus.set(String.format(Locale.ROOT, "Basins: %d probes per distance (%d trials × p = %d), "
                                    + "the same for every protocol, seed %d.%s", p * trials, trials, p, seed.get(),
                            skipped.isEmpty() ? "" : " Without W (skipped): " + skipped + "."));
                    chartVersion.set(chartVersion.get() + 1);
                },
                error -> {
                    if (gen != basinGeneration) {
                        return;
                    }
                    finishBasins();
                    if (error instanceof CancellationException) {
                        basinStatus.set("Basins cancelled.");
                    } else {
                        basinStatus.set("Basins failed: " + error.getMessage());
                        notices.error("Compare: basins failed", error);
                    }
                });
        if (gen == basinGeneration && basinRunning.get()) {
            basinJob = h;
            basinProgress.bind(h.progressProperty());
        }
    }

    public void cancelBasins() {
        if (basinJob != null) {
            JobHandle h = basinJob;
            basinJob = null;
            h.cancel();
        }
    }

    private void finishBasins() {
        basinJob = null;
        basinProgress.unbind();
        basinProgress.set(0);
        basinRunning.set(false);
    }
}
