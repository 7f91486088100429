package org.hopfieldstudio.ui.capacity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.common.LatestJobRunner;
import org.hopfieldstudio.ui.common.UiExecutors;

/**
 * State of the capacity lab: compare writing protocols against the theory of DESIGN §3.
 *
 * <p>Inputs (as the user typed them, validated live into {@link #validationMessageProperty()}): N, the loads
 * {@code FROM:TO:STEP}, trials T, probe noise, seed, the protocols to compare (each with the largest load it
 * is swept to) and, for the basin panel, the number of stored patterns p.
 *
 * <p>{@link #run()} sweeps in the background (through the injected executor, a {@link LatestJobRunner}):
 * load by load in increasing α, and at each load every selected protocol, each point a
 * {@link CapacitySweep#run} of that single load. N.B. CapacitySweep seeds each load independently of the others
 * (and every protocol sees the same patterns and probes for one seed), so these points equal those of one
 * whole-range run, while the chart fills left to right for all protocols at once and a cancelled sweep
 * leaves comparable curves. Each finished point is published at once; progress and status are coalesced
 * (at most one pending update on the fx executor). A protocol that throws (a {@code ProtocolException},
 * e.g. Krauth–Mézard beyond the Gardner bound) is reported in its {@link ProtocolChoice#failureProperty()}
 * and skipped for the higher loads; the others continue.
 *
 * <p>Never touches a Node. Tests pass {@code Runnable::run} for both executors.
 */
public final class CapacityLabViewModel {
    /** The network sizes offered (any N from {@value #MIN_NEURONS} to {@value #MAX_NEURONS} is accepted). */
    public static final List<Integer> NEURON_CHOICES = List.of(64, 100, 144, 256);
    public static final int MIN_NEURONS = 4;
    /**
     * The largest N (issue 13): N² floats must index one Java array for the protocols that write W densely; with
     * factors, any N up to here runs when what its protocols write at its loads fits the heap (checked as typed).
     */
    public static final int MAX_NEURONS = org.hopfieldstudio.core.MemoryBudget.MAX_NEURONS;
    /** At most this many sizes N in one overlay (one colour of the plot palette each). */
    public static final int MAX_SIZES = 6;
    /** Largest number of probes per trial the probes field accepts (0 = every stored pattern). */
    public static final int MAX_PROBES = 100_000;
    public static final int MAX_TRIALS = 10_000;
    public static final int MAX_LOAD_POINTS = 500;
    /**
     * N.B. up to 2.2 so that Krauth–Mézard's default limit α ≤ 2.2 (past the Gardner bound 2) is reached; each
     * protocol still stops at its own limit (Hebb 0.4, pseudo-inverse and MPF 1.2), so the default sweep is no longer.
     */
    public static final String DEFAULT_LOADS = "0.02:2.20:0.02";

    /** What {@link #run()} sweeps. */
    public enum Panel {
        /** Recall/stability vs load α = p/N ({@link CapacitySweep}). */
        CAPACITY,
        /** Recall vs initial Hamming distance d at one p ({@link BasinSweep}). */
        BASINS
    }

    private final IntegerProperty neurons = new SimpleIntegerProperty(this, "neurons", 100);
    private final StringProperty loadsText = new SimpleStringProperty(this, "loadsText", DEFAULT_LOADS);
    private final StringProperty trialsText = new SimpleStringProperty(this, "trialsText", "20");
    private final StringProperty noiseText = new SimpleStringProperty(this, "noiseText", "0.1");
    private final StringProperty seedText = new SimpleStringProperty(this, "seedText", "1");
    private final IntegerProperty basinPatterns = new SimpleIntegerProperty(this, "basinPatterns", 10);
    private final StringProperty overlayNeuronsText = new SimpleStringProperty(this, "overlayNeuronsText", "");
    private final IntegerProperty probes = new SimpleIntegerProperty(this, "probes", 0);
    private java.util.function.LongSupplier heapBytes = () -> Runtime.getRuntime().maxMemory();
    private final javafx.beans.property.ReadOnlyObjectWrapper<List<Integer>> sweepSizes =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "sweepSizes", List.of(100));
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.RECALL);
    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(this, "panel", Panel.CAPACITY);
    private final List<ProtocolChoice> protocols;

    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper(this, "validationMessage", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready: press Run.");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyStringWrapper longWork = new ReadOnlyStringWrapper(this, "longWork", "");
    private java.util.function.LongSupplier nanos = System::nanoTime;
    private org.hopfieldstudio.ui.concurrent.ProgressClock clock;
    /** Points of the running capacity sweep finished (from the second on its estimate has a basis); FX thread. */
    private int pointsDone;
    private final ReadOnlyIntegerWrapper sweepNeurons = new ReadOnlyIntegerWrapper(this, "sweepNeurons", 100);
    private final ReadOnlyDoubleWrapper sweepMaxLoad = new ReadOnlyDoubleWrapper(this, "sweepMaxLoad", 1.2);
    private final ReadOnlyIntegerWrapper basinSweepPatterns = new ReadOnlyIntegerWrapper(this, "basinSweepPatterns", 10);
    private final ObservableList<CapacitySweep.Point> results = FXCollections.observableArrayList();
    private final ObservableList<CapacitySweep.Point> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<BasinSweep.Point> basinResults = FXCollections.observableArrayList();
    private final ObservableList<BasinSweep.Point> basinResultsView =
            FXCollections.unmodifiableObservableList(basinResults);

    private final LatestJobRunner jobs;
    private final Executor fx;
    private final int threads;

    /** For the app: one daemon worker thread (trials inside a point use all cores), results on the FX thread. */
    public CapacityLabViewModel() {
        this(UiExecutors.singleDaemon("capacity-lab"), Platform::runLater);
    }

    /**
     * @param background where sweeps run (tests: {@code Runnable::run})
     * @param fx         where results are published (app: {@code Platform::runLater})
     */
    public CapacityLabViewModel(Executor background, Executor fx) {
        this(background, fx, Protocols.all(), 0);
    }

    /**
     * @param protocols the protocols offered (the registry in the app; tests may add a failing one)
     * @param threads   worker threads per point, 0 for all cores
     */
    public CapacityLabViewModel(Executor background, Executor fx, List<WritingProtocol> protocols, int threads) {
        Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.threads = threads;
        List<ProtocolChoice> list = new ArrayList<>();
        for (WritingProtocol p : protocols) {
            list.add(new ProtocolChoice(p, defaultSelected(p.id()), defaultMaxLoad(p.id()), isSlow(p.id())));
        }
        this.protocols = List.copyOf(list);
        jobs = new LatestJobRunner(background, fx, running::set);
        List<Observable> inputs = new ArrayList<>(List.of(neurons, loadsText, trialsText, noiseText, seedText,
                basinPatterns, panel, overlayNeuronsText, probes));
        for (ProtocolChoice c : this.protocols) {
            inputs.add(c.selectedProperty());
            inputs.add(c.maxLoadProperty());
        }
        for (Observable o : inputs) {
            o.addListener(x -> revalidate());
        }
        revalidate();
    }

    private static boolean defaultSelected(String id) {
        return Set.of("hebb", "pinv", "storkey", "mpf").contains(id);
    }

    private static boolean isSlow(String id) {
        return Set.of("trn", "km").contains(id);
    }

    /**
     * The largest load swept per protocol by default: a little past where its curves reach zero (Hebb 0.138,
     * Storkey ≈ 0.33, pseudo-inverse 1) or, for the trained rules that store beyond p = N, up to 1.2 (MPF) or
     * past the Gardner bound 2 (Krauth–Mézard, where it fails by design).
     */
    static double defaultMaxLoad(String id) {
        return switch (id) {
            case "hebb", "trn" -> 0.4;
            case "storkey" -> 0.7;
            case "pinv", "mpf" -> 1.2;
            case "km" -> 2.2;
            default -> 1.0;
        };
    }

    // ---- inputs ----

    public IntegerProperty neuronsProperty() {
        return neurons;
    }

    /** Loads α = p/N as {@code FROM:TO:STEP} (or one number), as the CLI's {@code --loads}. */
    public StringProperty loadsTextProperty() {
        return loadsText;
    }

    public StringProperty trialsTextProperty() {
        return trialsText;
    }

    public StringProperty noiseTextProperty() {
        return noiseText;
    }

    /** The master seed: the same seed gives the same patterns and probes for every protocol. */
    public StringProperty seedTextProperty() {
        return seedText;
    }

    /** Stored patterns p of the basin panel. */
    public IntegerProperty basinPatternsProperty() {
        return basinPatterns;
    }

    /**
     * More network sizes N to sweep besides {@link #neuronsProperty()}, as whole numbers separated by commas or
     * spaces (e.g. "400, 1600, 6400"); "" for one N. The capacity chart overlays one curve per N and protocol, so a
     * Hebb sweep shows the recall transition sharpening towards α ≈ 0.138 as N grows (issue 13 point 5).
     */
    public StringProperty overlayNeuronsTextProperty() {
        return overlayNeuronsText;
    }

    /**
     * Stored patterns per trial checked for stability and recalled from noise, as the CLI's {@code --probes}:
     * 0 = every stored pattern; a few (e.g. 20) keep sweeps at large N fast (an unbiased estimate of both fractions).
     */
    public IntegerProperty probesProperty() {
        return probes;
    }

    /** The heap the memory check compares with (the JVM's max heap; tests pass a smaller one). */
    public void setHeapLimit(java.util.function.LongSupplier bytes) {
        this.heapBytes = Objects.requireNonNull(bytes);
        revalidate();
    }

    /** What the capacity chart plots. */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** Which sweep {@link #run()} starts. */
    public ObjectProperty<Panel> panelProperty() {
        return panel;
    }

    /** The protocols offered, in registry order. */
    public List<ProtocolChoice> protocols() {
        return protocols;
    }

    public ProtocolChoice protocol(String id) {
        for (ProtocolChoice c : protocols) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no protocol '" + id + "'");
    }

    /** Selects exactly the given protocols (by id). */
    public void select(String... ids) {
        Set<String> s = Set.of(ids);
        for (ProtocolChoice c : protocols) {
            c.selectedProperty().set(s.contains(c.id()));
        }
    }

    // ---- outputs ----

    /** Why the current inputs cannot run, or "" when they can. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of trials done in the running sweep, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** While a sweep runs: "12 s elapsed · about 40 s left"; after: how long it took. */
    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** Set (once per sweep) when the sweep is estimated to take over 30 s: how long, and that Cancel keeps the points. */
    public ReadOnlyStringProperty longWorkProperty() {
        return longWork.getReadOnlyProperty();
    }

    /** The clock for elapsed time and estimates (tests pass a fake one). */
    public void setClock(java.util.function.LongSupplier nanos) {
        this.nanos = Objects.requireNonNull(nanos);
    }

    private void startClock() {
        clock = new org.hopfieldstudio.ui.concurrent.ProgressClock(nanos);
        pointsDone = 0;
        timeText.set("");
        longWork.set("");
    }

    /**
     * @param secondsLeft the capacity sweep's calibrated estimate ({@link SweepEstimate}), or null for the rate of
     *                    the whole run (basin trials all cost the same)
     */
    private void tick(double fraction, java.util.function.DoubleSupplier secondsLeft) {
        if (clock == null) {
            return;
        }
        double left = secondsLeft == null ? clock.secondsLeft(fraction) : secondsLeft.getAsDouble();
        timeText.set(clock.textLeft(left));
        double total = clock.elapsedSeconds() + left;
        // N.B. announced once the estimate has a basis (a basin sweep: a second or 1 % of its trials; a capacity
        // sweep: two finished points, or five seconds), then kept up to date, and taken back under two thirds of the
        // limit: the first estimate of a sweep is its roughest (at N = 6400 the first point, run before the JIT has
        // compiled the recall, said 2-5 times the real time, and the notice kept that figure to the end)
        double elapsed = clock.elapsedSeconds();
        boolean basis = secondsLeft == null ? elapsed >= 1 || fraction >= 0.01 : pointsDone >= 2 || elapsed >= 5;
        if (Double.isNaN(total) || !basis) {
            return;
        }
        if (!longWork.get().isEmpty() && total < org.hopfieldstudio.ui.concurrent.ProgressClock.LONG_SECONDS * 2 / 3) {
            longWork.set("");
        } else if (total > org.hopfieldstudio.ui.concurrent.ProgressClock.LONG_SECONDS || !longWork.get().isEmpty()) {
            longWork.set("This sweep will take about " + org.hopfieldstudio.ui.concurrent.ProgressClock.duration(total)
                    + " at the rate so far. Cancel keeps the points finished so far; fewer trials, fewer loads, a "
                    + "smaller N or leaving out TRN and Krauth–Mézard are faster.");
        }
    }

    private void stopClock(boolean done) {
        timeText.set(done && clock != null ? "Took " + org.hopfieldstudio.ui.concurrent.ProgressClock.duration(
                clock.elapsedSeconds()) + "." : "");
        longWork.set("");
        clock = null;
    }

    /** Which protocol and which load is running, or the outcome of the last sweep. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** N of the sweep the results belong to (the chart's theory markers use it). */
    public ReadOnlyIntegerProperty sweepNeuronsProperty() {
        return sweepNeurons.getReadOnlyProperty();
    }

    /** The sizes N of the capacity sweep the results belong to, increasing (one for a sweep without overlay). */
    public javafx.beans.property.ReadOnlyObjectProperty<List<Integer>> sweepSizesProperty() {
        return sweepSizes.getReadOnlyProperty();
    }

    /** Largest load of the sweep the results belong to (the chart's x-range). */
    public ReadOnlyDoubleProperty sweepMaxLoadProperty() {
        return sweepMaxLoad.getReadOnlyProperty();
    }

    /** p of the basin sweep the basin results belong to. */
    public ReadOnlyIntegerProperty basinSweepPatternsProperty() {
        return basinSweepPatterns.getReadOnlyProperty();
    }

    /** Capacity points in the order they finished (read-only). */
    public ObservableList<CapacitySweep.Point> results() {
        return resultsView;
    }

    /** Basin points, one block of distances per protocol (read-only). */
    public ObservableList<BasinSweep.Point> basinResults() {
        return basinResultsView;
    }

    // ---- validation ----

    /** A validated capacity configuration. */
    record CapacityPlan(int neurons, double[] loads, int trials, double noise, long seed, List<ProtocolChoice> chosen,
                        List<Integer> sizes, int probes) {
    }

    /** A validated basin configuration. */
    record BasinPlan(int neurons, int patterns, int[] distances, int trials, long seed, List<ProtocolChoice> chosen) {
    }

    private void revalidate() {
        try {
            if (panel.get() == Panel.BASINS) {
                basinPlan();
            } else {
                capacityPlan();
            }
            validationMessage.set("");
        } catch (IllegalArgumentException e) {
            validationMessage.set(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException with the message the view shows */
    CapacityPlan capacityPlan() {
        int n = checkedNeurons();
        double[] loads;
        try {
            loads = Range.parse(loadsText.get() == null ? "" : loadsText.get(), "Loads");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("Loads: TO must not be below FROM",
                    "Loads: FROM must not be above TO"));
        }
        for (double a : loads) {
            if (!(a > 0)) {
                throw new IllegalArgumentException("Loads must be positive (α = p/N > 0), got " + fmt(a) + ".");
            }
        }
        if (loads.length > MAX_LOAD_POINTS) {
            throw new IllegalArgumentException("Loads: " + loads.length + " points; at most " + MAX_LOAD_POINTS
                    + ". Use a larger STEP.");
        }
        int trials = checkedTrials();
        double noise = checkedNoise();
        long seed = checkedSeed();
        List<ProtocolChoice> chosen = chosen();
        boolean any = false;
        for (ProtocolChoice c : chosen) {
            any |= loads[0] <= c.maxLoadProperty().get() + 1e-9;
        }
        if (!any) {
            throw new IllegalArgumentException("Every load is above the selected protocols' α limits: lower FROM "
                    + "or raise a limit.");
        }
        List<Integer> sizes = sizes(n);
        int k = checkedProbes();
        for (int size : sizes) {
            for (ProtocolChoice c : chosen) {
                double top = 0;
                for (double a : loads) {
                    if (a <= c.maxLoadProperty().get() + 1e-9) {
                        top = Math.max(top, a);
                    }
                }
                if (top > 0) {
                    checkFits(c, size, top);
                }
            }
        }
        return new CapacityPlan(n, loads, trials, noise, seed, chosen, sizes, k);
    }

    /** @throws IllegalArgumentException with the message the view shows */
    BasinPlan basinPlan() {
        int n = checkedNeurons();
        int p = basinPatterns.get();
        if (p < 1 || p > 3 * n) {
            throw new IllegalArgumentException("Stored patterns p must be between 1 and 3·N = " + 3 * n + ", got " + p + ".");
        }
        int trials = checkedTrials();
        long seed = checkedSeed();
        List<ProtocolChoice> chosen = chosen();
        for (ProtocolChoice c : chosen) {
            checkFitsPatterns(c, n, p, "p = " + p);
        }
        return new BasinPlan(n, p, basinDistances(n), trials, seed, chosen);
    }

    /** Initial distances of the basin panel: 0 to N/2 in about 25 steps. */
    static int[] basinDistances(int n) {
        int step = Math.max(1, Math.round(n / 50f));
        int count = n / 2 / step + 1;
        int[] d = new int[count];
        for (int k = 0; k < count; k++) {
            d[k] = k * step;
        }
        return d;
    }

    private int checkedNeurons() {
        int n = neurons.get();
        if (n < MIN_NEURONS || n > MAX_NEURONS) {
            throw new IllegalArgumentException("N must be between " + MIN_NEURONS + " and " + MAX_NEURONS + ", got " + n + ".");
        }
        return n;
    }

    /** N and the overlay sizes, distinct and increasing. */
    private List<Integer> sizes(int n) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        out.add(n);
        String text = trimmed(overlayNeuronsText.get());
        if (!text.isEmpty()) {
            for (String token : text.split("[,;\\s]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int size;
                try {
                    size = Integer.parseInt(token.replace("_", ""));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Overlay N: '" + token + "' is not a whole number. Type sizes "
                            + "separated by commas, e.g. 400, 1600, 6400.");
                }
                if (size < MIN_NEURONS || size > MAX_NEURONS) {
                    throw new IllegalArgumentException("Overlay N: " + size + " is out of range: N goes from "
                            + MIN_NEURONS + " to " + MAX_NEURONS + ".");
                }
                out.add(size);
            }
        }
        if (out.size() > MAX_SIZES) {
            throw new IllegalArgumentException("Overlay N: " + out.size() + " sizes with N; at most " + MAX_SIZES
                    + " curves per protocol. Leave some out.");
        }
        return List.copyOf(out);
    }

    private int checkedProbes() {
        int k = probes.get();
        if (k < 0 || k > MAX_PROBES) {
            throw new IllegalArgumentException("Probes per trial must be between 0 (all) and " + MAX_PROBES + ", got "
                    + k + ".");
        }
        return k;
    }

    /** Refuses, with the figure and the way out, a protocol whose largest write at N up to load α does not fit. */
    private void checkFits(ProtocolChoice c, int n, double load) {
        int p = org.hopfieldstudio.analysis.Limits.patternsAt(load, n);
        checkFitsPatterns(c, n, p, "α = " + fmt(load) + " (p = " + p + ")");
    }

    private void checkFitsPatterns(ProtocolChoice c, int n, int p, String where) {
        long heap = heapBytes.getAsLong();
        long need = c.protocol().bytesToWrite(n, p);
        if (need <= heap) {
            return;
        }
        String name = ProtocolStyle.shortName(c.id());
        // the way out: the largest p (so load) and the largest N that fit at this heap
        int lo = 0;
        int hi = p;
        while (lo < hi) {
            int mid = (int) (((long) lo + hi + 1) / 2);
            if (c.protocol().bytesToWrite(n, mid) <= heap) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int nLo = MIN_NEURONS - 1;
        int nHi = n;
        while (nLo < nHi) {
            int mid = (int) (((long) nLo + nHi + 1) / 2);
            if (c.protocol().bytesToWrite(mid, Math.max(1, (int) Math.round((double) p * mid / n))) <= heap) {
                nLo = mid;
            } else {
                nHi = mid - 1;
            }
        }
        StringBuilder way = new StringBuilder();
        if (lo >= 1) {
            // N.B. rounded down to three decimals: the loads typed then store at most lo patterns
            way.append("keep ").append(name).append("'s loads to α ≤ ").append(fmt(Math.floor(1000.0 * lo / n) / 1000))
                    .append(", ");
        }
        if (nLo >= MIN_NEURONS) {
            way.append("choose N ≤ ").append(nLo).append(", ");
        }
        way.append("leave ").append(name).append(" out, or start the app with a larger heap, e.g. -Xmx")
                .append(Math.max(1, (long) Math.ceil(need * 1.5 / (1L << 30)))).append("g");
        throw new IllegalArgumentException(name + " at N = " + n + ", " + where + " needs "
                + org.hopfieldstudio.core.MemoryBudget.human(need) + " per trial, more than the "
                + org.hopfieldstudio.core.MemoryBudget.human(heap) + " Java heap. " + capitalise(way.toString()) + ".");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private int checkedTrials() {
        String t = trimmed(trialsText.get());
        int trials;
        try {
            trials = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Trials must be a whole number ≥ 1, got '" + t + "'.");
        }
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("Trials must be between 1 and " + MAX_TRIALS + ", got " + trials + ".");
        }
        return trials;
    }

    private double checkedNoise() {
        String t = trimmed(noiseText.get());
        double noise;
        try {
            noise = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Probe noise must be a number between 0 and 1, got '" + t + "'.");
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("Probe noise must be between 0 and 1 (a fraction of flipped bits), got "
                    + t + ".");
        }
        return noise;
    }

    private long checkedSeed() {
        String t = trimmed(seedText.get());
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed must be a whole number, got '" + t + "'.");
        }
    }

    private List<ProtocolChoice> chosen() {
        List<ProtocolChoice> out = new ArrayList<>();
        for (ProtocolChoice c : protocols) {
            if (c.selectedProperty().get()) {
                out.add(c);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Select at least one protocol.");
        }
        return out;
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }

    // ---- commands ----

    /** Runs the sweep of the current {@link #panelProperty() panel}; false (and nothing runs) on bad input. */
    public boolean run() {
        return panel.get() == Panel.BASINS ? runBasins() : runCapacity();
    }

    /**
     * Starts the capacity sweep (cancelling a running one). Returns false and sets the validation message when the
     * inputs are bad; nothing is cleared or computed then.
     */
    public boolean runCapacity() {
        CapacityPlan plan;
        try {
            plan = capacityPlan();
        } catch (IllegalArgumentException e) {
            validationMessage.set(e.getMessage());
            status.set("Not started: " + e.getMessage());
            return false;
        }
        validationMessage.set("");
        results.clear();
        for (ProtocolChoice c : protocols) {
            c.failure.set("");
        }
        sweepNeurons.set(plan.neurons());
        sweepSizes.set(plan.sizes());
        double maxLoad = 0;
        double totalWork = 0;
        for (double a : plan.loads()) {
            for (ProtocolChoice c : plan.chosen()) {
                if (a <= c.maxLoadProperty().get() + 1e-9) {
                    maxLoad = Math.max(maxLoad, a);
                    for (int size : plan.sizes()) {
                        totalWork += work(plan, c.protocol(), size, a);
                    }
                }
            }
        }
        sweepMaxLoad.set(maxLoad);
        progress.set(0);
        status.set("Starting…");
        startClock();
        double total = totalWork;
        // N.B. copy the α limits now: the job must not read properties on the worker thread
        List<double[]> limits = new ArrayList<>();
        for (ProtocolChoice c : plan.chosen()) {
            limits.add(new double[] {c.maxLoadProperty().get()});
        }
        jobs.submit(cancel -> sweepCapacity(plan, limits, total, cancel),
                summary -> {
                    progress.set(1);
                    status.set(summary);
                    stopClock(true);
                },
                t -> {
                    status.set("Sweep failed: " + message(t));
                    stopClock(false);
                });
        return true;
    }

    /**
     * The relative cost of one point (T trials of one protocol at N and load α), for the progress bar and the shape of
     * the time estimate ({@link SweepEstimate} calibrates its scale from the points finished). Per trial: checking and
     * recalling the K probed patterns, about four passes of N visits, each O(r + 1) with W in factors of rank r
     * ({@link WritingProtocol#weightRank}) or, dense, a row of N weights (vectorised: counted N/5); and writing W, about
     * N·p·m operations, m the inner size of the write (r with factors, N dense; factored Hebb only copies the
     * patterns, m = 1; MPF optimises over factors of rank 2p up to 2p = N), each weighed against a recall visit's as
     * measured: BLAS writes (Hebb dense, pseudo-inverse) a hundredth, Storkey 1, MPF's L-BFGS 8.
     *
     * <p>N.B. measured at N = 6400 (Hebb, 2 trials, 20 probes): 0.8 s at α = 0.04, 2.4 s at α = 0.12 (factored),
     * 6.2 s at 0.14 and 7.1 s at 0.24 (dense); this model gives 0.8, 2.5, 6.3 and 7.9 s at the rate of α = 0.04. The
     * old one, N·min(N, p)·K, took the dense points for factored ones (and the factored for dense ones at N &lt; 8p).
     * Storkey at α = 0.04, 0.06 (factored) and 0.08 (dense): 4.3, 11.4 and 226 s; the model, at Hebb's rate: 6.8,
     * 14 and 133 s. MPF at α = 0.04 and 0.06: 42 and 89 s; the model: 43 and 95 s.
     */
    static double work(CapacityPlan plan, WritingProtocol protocol, int n, double load) {
        int p = org.hopfieldstudio.analysis.Limits.patternsAt(load, n);
        int probed = plan.probes() == 0 ? p : Math.min(p, plan.probes());
        int r = protocol.weightRank(n, p);
        boolean dense = r >= n;
        String id = protocol.id();
        double inner = switch (id) {
            case "hebb" -> dense ? n : 1;
            case "mpf" -> 2L * p <= n ? 2.0 * p : n;
            default -> dense ? n : r;
        };
        double weight = switch (id) {
            case "hebb" -> dense ? 0.01 : 1;
            case "pinv" -> 0.01 * org.hopfieldstudio.analysis.Limits.writeCost(id);
            case "storkey" -> 1;
            case "mpf" -> 8;
            default -> org.hopfieldstudio.analysis.Limits.writeCost(id);
        };
        double write = weight * n * (double) p * inner;
        double recall = 4.0 * probed * n * (dense ? n / 5.0 : r + 1.0);
        return plan.trials() * (write + recall);
    }

    /** The points of a capacity sweep in the order {@link #sweepCapacity} runs them, with their modelled cost. */
    private static List<SweepEstimate.Point> sweepPoints(CapacityPlan plan, List<double[]> limits) {
        boolean overlay = plan.sizes().size() > 1;
        List<SweepEstimate.Point> out = new ArrayList<>();
        for (double load : plan.loads()) {
            for (int size : plan.sizes()) {
                for (int k = 0; k < plan.chosen().size(); k++) {
                    if (load <= limits.get(k)[0] + 1e-9) {
                        ProtocolChoice choice = plan.chosen().get(k);
                        int p = org.hopfieldstudio.analysis.Limits.patternsAt(load, size);
                        out.add(new SweepEstimate.Point(choice.id() + (overlay ? "@" + size : ""),
                                choice.protocol().weightRank(size, p) >= size, work(plan, choice.protocol(), size, load)));
                    }
                }
            }
        }
        return out;
    }

    private String sweepCapacity(CapacityPlan plan, List<double[]> limits, double total, Cancellation cancel) {
        SweepEstimate estimate = new SweepEstimate(sweepPoints(plan, limits), nanos);
        Relay relay = new Relay(cancel);
        Set<String> failed = new HashSet<>();
        double done = 0;
        int points = 0;
        int index = -1;
        boolean overlay = plan.sizes().size() > 1;
        // N.B. load by load, and at each load every N and every protocol: the curves of all sizes fill left to right
        // together, so a cancelled sweep leaves comparable curves
        for (double load : plan.loads()) {
            for (int size : plan.sizes()) {
                for (int k = 0; k < plan.chosen().size(); k++) {
                    ProtocolChoice choice = plan.chosen().get(k);
                    String key = choice.id() + (overlay ? "@" + size : "");
                    if (load > limits.get(k)[0] + 1e-9) {
                        continue;
                    }
                    index++;
                    if (failed.contains(key)) {
                        continue;
                    }
                    cancel.check();
                    CapacitySweep.Config config = CapacitySweep.Config.of(choice.protocol(), size,
                            new double[] {load}, plan.trials(), plan.noise(), plan.seed()).withProbes(plan.probes());
                    if (threads > 0) {
                        config = config.withThreads(threads);
                    }
                    String where = String.format(Locale.ROOT, "%s at %sα = %s (p = %d)", ProtocolStyle.shortName(choice.id()),
                            overlay ? "N = " + size + ", " : "", fmt(load), config.patternsAt(load));
                    double before = done;
                    double weight = work(plan, choice.protocol(), size, load);
                    estimate.start(index);
                    relay.post(before / total, where + ": writing and recalling…", () -> estimate.secondsLeft(0));
                    try {
                        List<CapacitySweep.Point> pts = CapacitySweep.run(config, (d, t, o, m) ->
                                relay.post((before + weight * d / Math.max(1, t)) / total,
                                        where + ": trial " + d + " of " + t,
                                        () -> estimate.secondsLeft((double) d / Math.max(1, t))), cancel);
                        estimate.finish();
                        CapacitySweep.Point point = pts.get(0);
                        fx.execute(() -> {
                            if (!cancel.isCancelled()) {
                                pointsDone++;
                                results.add(point);
                            }
                        });
                        points++;
                    } catch (RuntimeException e) {
                        if (cancel.isCancelled() || e instanceof CancellationException) {
                            throw new CancellationException("cancelled");
                        }
                        failed.add(key);
                        estimate.drop(key);
                        String why = where + " failed: " + message(e) + " Skipped its higher loads"
                                + (overlay ? " at this N." : ".");
                        fx.execute(() -> {
                            if (!cancel.isCancelled()) {
                                choice.failure.set(why);
                            }
                        });
                    }
                    done += weight;
                }
            }
        }
        String sizes = String.join(", ", plan.sizes().stream().map(String::valueOf).toList());
        String summary = String.format(Locale.ROOT, "Done: %d points, N = %s, %d trials each%s, noise %s, seed %d.",
                points, sizes, plan.trials(), plan.probes() > 0 ? " (" + plan.probes() + " probes)" : "",
                fmt(plan.noise()), plan.seed());
        return failed.isEmpty() ? summary : summary + " Failed: " + String.join(", ", failed.stream()
                .map(f -> f.contains("@") ? ProtocolStyle.shortName(f.substring(0, f.indexOf('@'))) + " at N = "
                        + f.substring(f.indexOf('@') + 1) : ProtocolStyle.shortName(f)).sorted().toList())
                + " (see the protocol list).";
    }

    /** Starts the basin sweep (recall vs initial distance at p patterns) for the selected protocols. */
    public boolean runBasins() {
        BasinPlan plan;
        try {
            plan = basinPlan();
        } catch (IllegalArgumentException e) {
            validationMessage.set(e.getMessage());
            status.set("Not started: " + e.getMessage());
            return false;
        }
        validationMessage.set("");
        basinResults.clear();
        for (ProtocolChoice c : protocols) {
            c.failure.set("");
        }
        basinSweepPatterns.set(plan.patterns());
        sweepNeurons.set(plan.neurons());
        progress.set(0);
        status.set("Starting…");
        startClock();
        jobs.submit(cancel -> sweepBasins(plan, cancel),
                summary -> {
                    progress.set(1);
                    status.set(summary);
                    stopClock(true);
                },
                t -> {
                    status.set("Basin sweep failed: " + message(t));
                    stopClock(false);
                });
        return true;
    }

    private String sweepBasins(BasinPlan plan, Cancellation cancel) {
        Relay relay = new Relay(cancel);
        long total = (long) plan.trials() * plan.chosen().size();
        long done = 0;
        List<String> failed = new ArrayList<>();
        for (ProtocolChoice choice : plan.chosen()) {
            cancel.check();
            BasinSweep.Config config = BasinSweep.Config.of(choice.protocol(), plan.neurons(), plan.patterns(),
                    plan.distances(), plan.trials(), plan.seed());
            if (threads > 0) {
                config = config.withThreads(threads);
            }
            String where = String.format(Locale.ROOT, "%s basins at p = %d (α = %s)",
                    ProtocolStyle.shortName(choice.id()), plan.patterns(), fmt((double) plan.patterns() / plan.neurons()));
            long before = done;
            relay.post((double) before / total, where + "…");
            try {
                List<BasinSweep.Point> pts = BasinSweep.run(config, (d, t, o, m) ->
                        relay.post((double) (before + d) / total, where + ": trial " + d + " of " + t), cancel);
                fx.execute(() -> {
                    if (!cancel.isCancelled()) {
                        basinResults.addAll(pts);
                    }
                });
            } catch (RuntimeException e) {
                if (cancel.isCancelled() || e instanceof CancellationException) {
                    throw new CancellationException("cancelled");
                }
                failed.add(ProtocolStyle.shortName(choice.id()));
                String why = where + " failed: " + message(e);
                fx.execute(() -> {
                    if (!cancel.isCancelled()) {
                        choice.failure.set(why);
                    }
                });
            }
            done += plan.trials();
        }
        String summary = String.format(Locale.ROOT, "Done: basins of %d protocols at p = %d, N = %d, %d trials, seed %d.",
                plan.chosen().size() - failed.size(), plan.patterns(), plan.neurons(), plan.trials(), plan.seed());
        return failed.isEmpty() ? summary : summary + " Failed: " + String.join(", ", failed) + ".";
    }

    /** Stops the running sweep at once; the points finished so far stay. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        jobs.cancel();
        int n = panel.get() == Panel.BASINS ? basinResults.size() : results.size();
        status.set("Cancelled; " + n + " points kept.");
        stopClock(false);
    }

    /** A fresh random seed in the seed field. */
    public void newSeed() {
        seedText.set(Long.toString(Math.floorMod(new java.util.SplittableRandom().nextLong(), 1_000_000L)));
    }

    // ---- export ----

    /**
     * The capacity results in the CLI's order: protocol by protocol (registry order), then N increasing (as
     * {@code capacity --neurons 100,400}), loads increasing.
     */
    public List<CapacitySweep.Point> sortedResults() {
        List<String> order = protocols.stream().map(ProtocolChoice::id).toList();
        List<CapacitySweep.Point> out = new ArrayList<>(results);
        out.sort(Comparator.<CapacitySweep.Point>comparingInt(p -> order.indexOf(p.protocol()))
                .thenComparingInt(CapacitySweep.Point::neurons)
                .thenComparingDouble(CapacitySweep.Point::load));
        return out;
    }

    /** Writes {@link #sortedResults()} as CSV with the CLI's columns ({@link CapacityCsv}). */
    public void writeCsv(Appendable out) throws IOException {
        CapacityCsv.write(sortedResults(), out);
    }

    /** The basin results in the CLI's order: protocol by protocol (registry order), distances increasing. */
    public List<BasinSweep.Point> sortedBasinResults() {
        List<String> order = protocols.stream().map(ProtocolChoice::id).toList();
        List<BasinSweep.Point> out = new ArrayList<>(basinResults);
        out.sort(Comparator.<BasinSweep.Point>comparingInt(p -> order.indexOf(p.protocol()))
                .thenComparingInt(BasinSweep.Point::distance));
        return out;
    }

    /** Writes {@link #sortedBasinResults()} as CSV with the columns of the CLI's {@code basin} command. */
    public void writeBasinCsv(Appendable out) throws IOException {
        CapacityCsv.writeBasins(sortedBasinResults(), out);
    }

    /** True when the panel shown has results to export (defect 14: basin results could not be exported). */
    public javafx.beans.binding.BooleanBinding exportableBinding() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> panel.get() == Panel.BASINS
                ? !basinResults.isEmpty() : !results.isEmpty(), panel, results, basinResults);
    }

    /**
     * Writes the results of the panel shown (capacity or basins) as CSV to {@code file} (UTF-8); false, with the
     * reason in the status line, when it cannot.
     */
    public boolean exportCsv(Path file) {
        boolean basins = panel.get() == Panel.BASINS;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (basins) {
                writeBasinCsv(w);
            } else {
                writeCsv(w);
            }
        } catch (IOException e) {
            status.set("Could not write " + file + ": " + message(e));
            return false;
        }
        status.set("Exported " + (basins ? basinResults.size() : results.size()) + " rows to " + file.getFileName()
                + ".");
        return true;
    }

    /** A default file name for the export, e.g. {@code capacity-N100-seed1.csv} or {@code basins-N100-p10-seed1.csv}. */
    public String suggestedFileName() {
        if (panel.get() == Panel.BASINS) {
            return "basins-N" + sweepNeurons.get() + "-p" + basinSweepPatterns.get() + "-seed" + trimmed(seedText.get())
                    + ".csv";
        }
        return "capacity-N" + String.join("-", sweepSizes.get().stream().map(String::valueOf).toList()) + "-seed"
                + trimmed(seedText.get()) + ".csv";
    }

    // ---- helpers ----

    static String fmt(double v) {
        return CapacityCsv.num(v);
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /**
     * Progress and status from the worker, coalesced: the newest value wins and at most one update waits on
     * the fx executor, so a sweep of thousands of trials does not flood the FX thread.
     */
    private final class Relay {
        private final Cancellation cancel;
        private final AtomicReference<Object[]> latest = new AtomicReference<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Relay(Cancellation cancel) {
            this.cancel = cancel;
        }

        void post(double fraction, String text) {
            post(fraction, text, null);
        }

        /** @param secondsLeft read on the fx thread when the update is shown; null: from the rate of the whole run */
        void post(double fraction, String text, java.util.function.DoubleSupplier secondsLeft) {
            latest.set(new Object[] {fraction, text, secondsLeft});
            if (scheduled.compareAndSet(false, true)) {
                fx.execute(() -> {
                    // N.B. one at a time even where fx runs the update on the calling thread (tests: trials report
                    // from several threads at once, and the bar's max below would race)
                    synchronized (this) {
                        scheduled.set(false);
                        Object[] v = latest.get();
                        if (!cancel.isCancelled()) {
                            // N.B. never backwards: trials finish on several threads, so their reports can arrive
                            // out of order (the bar jittered back); a run starts the bar at 0
                            progress.set(Math.max(progress.get(), Math.max(0, Math.min(1, (Double) v[0]))));
                            status.set((String) v[1]);
                            tick(progress.get(), (java.util.function.DoubleSupplier) v[2]);
                        }
                    }
                });
            }
        }
    }
}
