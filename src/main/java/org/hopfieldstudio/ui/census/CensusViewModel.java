package org.hopfieldstudio.ui.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableLongValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hopfieldstudio.analysis.AttractorCensus;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * Attractor census of the current W: M uniformly random starts, each recalled (T = 0, the recall's update order
 * and seed) to its end, identical end states grouped ({@link AttractorCensus}). Runs as a cancellable job through
 * the injected {@link TaskRunner}; the job also builds the rows, so the FX thread only swaps a list of at most
 * {@link #MAX_ROWS} entries. No Nodes, no Images: the view draws the thumbnails.
 *
 * <p>N.B. the census shares the runner (one worker thread in the app) with the writing of W. A write that starts
 * while a census runs cancels the census, so the write is not queued behind it (the census would be of the old
 * W anyway).
 */
public final class CensusViewModel {
    public static final int DEFAULT_STARTS = 200;
    public static final int MAX_STARTS = 100_000;
    /** Distinct end states listed (with thumbnails); the rest are summed in {@link #othersTextProperty()}. */
    public static final int MAX_ROWS = 12;
    static final String IDLE_TEXT = "Recall from M random states and group identical end states: "
            + "which attractors does W really have?";

    private final IntegerProperty starts = new SimpleIntegerProperty(DEFAULT_STARTS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(IDLE_TEXT);
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper others = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AttractorCensus.Result> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CensusRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CensusRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final TaskRunner tasks;
    private final ReadOnlyObjectProperty<Network> network;
    private final ReadOnlyObjectProperty<PatternSet> stored;
    private final ObservableValue<UpdateOrder> order;
    private final ObservableLongValue seed;
    private final GridViewModel grid;
    private final NoticeBoard notices;

    private long generation;
    private JobHandle current;
    /** Non-null once Cancel was pressed for the running census: the message to show when it has stopped. */
    private String cancelReason;
    /** What the listed result was computed from; null when nothing is listed. */
    private Network censusOf;
    private String summary = "";

    /**
     * @param network the current W
     * @param stored  the patterns W stores (for the classification and the thumbnails' shape)
     * @param writing true while W is being written
     * @param order   the recall's update order
     * @param seed    the recall's seed (the census seed)
     * @param grid    where a clicked end state is shown
     */
    public CensusViewModel(TaskRunner tasks, ReadOnlyObjectProperty<Network> network,
                           ReadOnlyObjectProperty<PatternSet> stored, ReadOnlyBooleanProperty writing,
                           ObservableValue<UpdateOrder> order, ObservableLongValue seed, GridViewModel grid,
                           NoticeBoard notices) {
        this.tasks = tasks;
        this.network = network;
        this.stored = stored;
        this.order = order;
        this.seed = seed;
        this.grid = grid;
        this.notices = notices;
        writing.addListener((o, a, w) -> {
            if (w && running.get()) {
                cancel("Census cancelled: W is being rewritten. Run it again when W is written.");
            }
        });
        network.addListener((o, a, b) -> {
            if (!running.get() && censusOf != null && b != censusOf) {
                status.set(summary + "  ·  W has changed since: run the census again.");
            }
        });
    }

    // ---- properties --------------------------------------------------------------------------------------

    /** M, the number of random starts (1 … {@link #MAX_STARTS}). */
    public IntegerProperty startsProperty() {
        return starts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 … 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened: guidance, progress, the summary of the last census, or why it could not run. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Starts per kind of end state: "stored 61 % · inverse 12 % · mixture 20 % · spurious 7 %". */
    public ReadOnlyStringProperty totalsTextProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The distinct end states beyond the listed ones, e.g. "+ 37 more distinct states (45 starts · 22.5 %)". */
    public ReadOnlyStringProperty othersTextProperty() {
        return others.getReadOnlyProperty();
    }

    /** The top {@link #MAX_ROWS} end states by frequency. */
    public ObservableList<CensusRow> rows() {
        return rowsView;
    }

    /** The full result of the last census, or null. */
    public ReadOnlyObjectProperty<AttractorCensus.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Starts a census of the current W; refused with a message in the status line when it cannot run. */
    public void run() {
        if (running.get()) {
            return;
        }
        Network net = network.get();
        PatternSet set = stored.get();
        if (net == null) {
            status.set("No network yet: store patterns and write W first, then run the census.");
            return;
        }
        if (set == null || set.neurons() != net.size()) {
            status.set("W does not match the stored patterns: write W again, then run the census.");
            return;
        }
        int m = starts.get();
        if (m < 1 || m > MAX_STARTS) {
            status.set("The number of starts M must be between 1 and " + MAX_STARTS + ".");
            return;
        }
        UpdateOrder o = order.getValue() == null ? UpdateOrder.RANDOM : order.getValue();
        long s = seed.get();
        long gen = ++generation;
        cancelReason = null;
        running.set(true);
        progress.set(0);
        status.set(String.format(Locale.ROOT, "Census of W (N = %d, p = %d): %d random starts…", net.size(),
                set.count(), m));
        long started = System.nanoTime();
        JobHandle handle = tasks.submit("Attractor census", ctx -> {
                    AttractorCensus.Result r = AttractorCensus.run(net, set, m, o, s,
                            (done, total, objective, message) -> ctx.progress(done, total,
                                    "Census: start " + done + " of " + total + "…"),
                            ctx::isCancelled);
                    return new Outcome(r, rowsOf(r, set), totalsOf(r), othersOf(r));
                },
                out -> {
                    if (gen != generation) {
                        return;
                    }
                    finish();
                    censusOf = net;
                    result.set(out.result());
                    rows.setAll(out.rows());
                    totals.set(out.totals());
                    others.set(out.others());
                    summary = String.format(Locale.ROOT, "%d starts → %d distinct end state%s · %s · seed %d · %.1f s",
                            m, out.result().attractors().size(), out.result().attractors().size() == 1 ? "" : "s",
                            o.label().toLowerCase(Locale.ROOT), s, (System.nanoTime() - started) / 1e9);
                    status.set(summary);
                },
                error -> {
                    if (gen != generation) {
                        return;
                    }
                    finish();
                    if (error instanceof CancellationException) {
                        status.set(cancelReason == null ? "Census cancelled." : cancelReason);
                    } else {
                        status.set("Census failed: " + error.getMessage());
                        notices.error("Attractor census failed", error);
                    }
                });
        if (gen == generation && running.get()) {
            current = handle;
            progress.bind(handle.progressProperty());
            handle.messageProperty().addListener((ob, a, msg) -> {
                if (gen == generation && running.get() && cancelReason == null && msg != null && !msg.isEmpty()) {
                    status.set(msg);
                }
            });
        }
    }

    /** Stops the running census (between two starts); the list keeps the previous result. */
    public void cancel() {
        cancel("Census cancelled.");
    }

    private void cancel(String reason) {
        JobHandle h = current;
        if (h != null && running.get()) {
            cancelReason = reason;
            status.set("Cancelling the census…");
            h.cancel();
        }
    }

    /** Shows an end state in the grid (a user edit: the next recall starts from it). */
    public void show(CensusRow row) {
        if (row == null) {
            return;
        }
        if (row.state().length != grid.size()) {
            status.set("The grid has N = " + grid.size() + " but this end state has N = " + row.state().length
                    + ": resize the grid to " + row.rows() + " × " + row.cols() + " first.");
            return;
        }
        grid.setState(row.state().clone(), null);
        status.set("#" + row.rank() + " (" + row.label() + ") is in the grid"
                + (row.endState().kind() == EndState.Kind.TWO_CYCLE ? ": one of the two states of the cycle."
                : row.endState().kind() == EndState.Kind.NOT_CONVERGED ? "."
                : ": press Play, and it stays put."));
    }

    private void finish() {
        current = null;
        progress.unbind();
        progress.set(0);
        running.set(false);
    }

    // ---- formatting (on the worker) --------------------------------------------------------------------------

    private record Outcome(AttractorCensus.Result result, List<CensusRow> rows, String totals, String others) {
    }

    private static List<CensusRow> rowsOf(AttractorCensus.Result r, PatternSet set) {
        List<CensusRow> out = new ArrayList<>();
        List<AttractorCensus.Entry> entries = r.attractors();
        for (int k = 0; k < entries.size() && k < MAX_ROWS; k++) {
            AttractorCensus.Entry e = entries.get(k);
            out.add(new CensusRow(k + 1, e.endState(), e.state(), set.rows(), set.cols(), e.count(), e.fraction()));
        }
        return out;
    }

    /** "stored 61 % · inverse 12 % · …", kinds with no start left out. */
    static String totalsOf(AttractorCensus.Result r) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<EndState.Kind, Integer> e : r.byKind().entrySet()) {
            if (e.getValue() > 0) {
                parts.add(kindName(e.getKey()) + " " + percent((double) e.getValue() / r.starts()));
            }
        }
        return String.join("  ·  ", parts);
    }

    private static String othersOf(AttractorCensus.Result r) {
        List<AttractorCensus.Entry> entries = r.attractors();
        if (entries.size() <= MAX_ROWS) {
            return "";
        }
        int count = 0;
        for (int k = MAX_ROWS; k < entries.size(); k++) {
            count += entries.get(k).count();
        }
        int more = entries.size() - MAX_ROWS;
        return String.format(Locale.ROOT, "+ %d more distinct state%s (%d start%s · %s)", more, more == 1 ? "" : "s",
                count, count == 1 ? "" : "s", percent((double) count / r.starts()));
    }

    static String kindName(EndState.Kind kind) {
        return switch (kind) {
            case STORED -> "stored";
            case INVERSE -> "inverse";
            case MIXTURE -> "mixture";
            case OTHER_STABLE -> "spurious";
            case TWO_CYCLE -> "2-cycle";
            case NOT_CONVERGED -> "not converged";
        };
    }

    /**
     * A fraction as a percentage to 0.1 %, without the decimal when it is whole: "61 %", "25.5 %", "0.5 %". So the
     * shares of 200 starts (multiples of 0.5 %) are exact and add up to 100 %, and a few starts never read 0 %.
     */
    static String percent(double fraction) {
        double p = Math.round(1000 * fraction) / 10.0;
        if (p == 0 && fraction > 0) {
            return "< 0.1 %";
        }
        if (p == 100 && fraction < 1) {
            return "> 99.9 %";
        }
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f %%", p) : String.format(Locale.ROOT, "%.1f %%", p);
    }
}
