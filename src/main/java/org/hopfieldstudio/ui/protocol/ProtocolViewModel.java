package org.hopfieldstudio.ui.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * Chooses a writing protocol, holds its parameters, and writes W from the stored patterns off the FX thread.
 *
 * <p>Policy: the closed-form rules (Hebb, pseudo-inverse, Storkey) rewrite W automatically, debounced,
 * whenever the stored patterns, the protocol or a parameter change. The trained rules (MPF, TRN, Krauth–Mézard)
 * can take seconds to minutes, so by default they write only on "Write W"; until then {@link #staleProperty()}
 * says W no longer matches the stored patterns. "Rewrite automatically" can be switched either way.
 *
 * <p>On failure (bad parameters, divergence, not enough memory) a notice says why and W stays as it was.
 */
public final class ProtocolViewModel {
    /** Protocols cheap enough to rewrite on every change of the stored patterns. */
    static final Set<String> CLOSED_FORM = Set.of("hebb", "pinv", "storkey");

    private final List<WritingProtocol> protocols;
    private final ObjectProperty<WritingProtocol> selected = new SimpleObjectProperty<>();
    private final ObservableList<ParameterValue> parameters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.hopfieldstudio.ui.math.Tex> formulaTex =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper asymmetryWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PatternSet> writtenFrom = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No network written yet.");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper writes = new ReadOnlyIntegerWrapper();
    private final BooleanProperty autoWrite = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper("");
    private java.util.function.LongSupplier nanos = System::nanoTime;
    private final ReadOnlyObjectProperty<PatternSet> patterns;
    private final TaskRunner runner;
    private final Debouncer debouncer;
    private final NoticeBoard notices;
    private JobHandle current;
    private long generation;
    private long seed = 1;
    private boolean restoring;
    private long pendingWrite;

    public ProtocolViewModel(List<WritingProtocol> protocols, ReadOnlyObjectProperty<PatternSet> patterns,
                             TaskRunner runner, Debouncer debouncer, NoticeBoard notices) {
        this.protocols = List.copyOf(protocols);
        this.patterns = patterns;
        this.runner = runner;
        this.debouncer = debouncer;
        this.notices = notices;
        // N.B. "W is out of date" shows whenever the W in use does not match, also after a cancelled automatic
        // rewrite; only while a write runs or an automatic one is about to start is it hidden
        outOfDate.bind(stale.and(running.not()).and(pending.not()));
        selected.addListener((o, a, p) -> protocolChanged(p));
        patterns.addListener((o, a, b) -> inputsChanged());
        if (!this.protocols.isEmpty()) {
            selected.set(this.protocols.get(0));
        }
    }

    // ---- state -------------------------------------------------------------------------------------------

    public List<WritingProtocol> protocols() {
        return protocols;
    }

    public ObjectProperty<WritingProtocol> selectedProperty() {
        return selected;
    }

    public ObservableList<ParameterValue> parameters() {
        return parameters;
    }

    /** The selected protocol's rule as LaTeX with its plain form (null without a protocol). */
    public javafx.beans.property.ReadOnlyObjectProperty<org.hopfieldstudio.ui.math.Tex> formulaTexProperty() {
        return formulaTex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Non-empty for asymmetric protocols: energy is not guaranteed to fall and recall may cycle. */
    public ReadOnlyStringProperty asymmetryWarningProperty() {
        return asymmetryWarning.getReadOnlyProperty();
    }

    /** The current W (null until the first write). */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public Network network() {
        return network.get();
    }

    /** The patterns the current W stores. */
    public ReadOnlyObjectProperty<PatternSet> writtenFromProperty() {
        return writtenFrom.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** W does not match the stored patterns / protocol / parameters any more. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** W is in use but does not match the stored patterns / protocol / parameters, and no write is under way. */
    public ReadOnlyBooleanProperty outOfDateProperty() {
        return outOfDate.getReadOnlyProperty();
    }

    /** While writing: "12 s elapsed · about 40 s left"; after: how long the last write took; else empty. */
    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** The clock the elapsed time and estimates come from (tests pass a fake one). */
    public void setClock(java.util.function.LongSupplier nanos) {
        this.nanos = java.util.Objects.requireNonNull(nanos);
    }

    /** Number of successful writes (tests, diagnostics). */
    public ReadOnlyIntegerProperty writesProperty() {
        return writes.getReadOnlyProperty();
    }

    public BooleanProperty autoWriteProperty() {
        return autoWrite;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    /** The seed W is written with (the Compare view writes with the same one, so it can reuse this W). */
    public long writeSeed() {
        return seed;
    }

    /** The seed of the next write. */
    public long seed() {
        return seed;
    }

    /** The parameter values by key, as the next write would use them. */
    public Map<String, Double> parameterValues() {
        Map<String, Double> values = new java.util.TreeMap<>();
        for (ParameterValue v : parameters) {
            values.put(v.parameter().key(), v.value());
        }
        return values;
    }

    /**
     * Puts the protocol back as it was (undo, opening a workspace) without rewriting W: {@code inputs} changes the
     * inputs (stored patterns elsewhere; here the protocol and its parameters) with the automatic rewrite held
     * back, then W, the patterns it was written from and the stale flag are installed as given. A write in
     * progress or pending is dropped.
     *
     * @param inputs     changes of the inputs to make first (may be a no-op)
     * @param protocolId the protocol to select (null: keep)
     * @param values     parameter values by key (missing keys keep their defaults)
     * @param writtenFromAfter the patterns W was written from, asked once the inputs are changed
     */
    public void restore(Runnable inputs, String protocolId, Map<String, Double> values, boolean auto, Network net,
                        java.util.function.Supplier<PatternSet> writtenFromAfter, boolean isStale) {
        cancel();
        generation++;
        pendingWrite++;
        boolean was = restoring;
        restoring = true;
        try {
            inputs.run();
            if (protocolId != null) {
                select(protocolId);
            }
            for (ParameterValue v : parameters) {
                Double x = values.get(v.parameter().key());
                if (x != null) {
                    v.valueProperty().set(x);
                }
            }
            autoWrite.set(auto);
        } finally {
            restoring = was;
        }
        finish();
        pending.set(false);
        PatternSet from = writtenFromAfter.get();
        network.set(net);
        writtenFrom.set(from);
        stale.set(isStale);
        status.set(net == null ? "No network written yet." : String.format(java.util.Locale.ROOT,
                "W as it was: written by %s, p = %d, N = %d%s.", net.protocol(), from == null ? 0 : from.count(),
                net.size(), isStale ? " (out of date: press “Write W”)" : ""));
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Selects the protocol with that id; false when no such protocol is registered. */
    public boolean select(String id) {
        for (WritingProtocol p : protocols) {
            if (p.id().equalsIgnoreCase(id)) {
                selected.set(p);
                return true;
            }
        }
        return false;
    }

    /** Writes W now (cancelling a write in progress). */
    public void write() {
        WritingProtocol protocol = selected.get();
        PatternSet set = patterns.get();
        if (protocol == null) {
            status.set("No writing protocol is registered.");
            return;
        }
        if (set == null) {
            status.set("Store at least one pattern, then write W.");
            return;
        }
        cancel();
        pending.set(false);
        long gen = ++generation;
        Map<String, Double> values = new HashMap<>();
        for (ParameterValue v : parameters) {
            values.put(v.parameter().key(), v.value());
        }
        long writeSeed = seed;
        running.set(true);
        progress.unbind(); // N.B. still bound to the job just cancelled, whose failure handler returns early
        progress.set(-1);
        status.set("Writing W with " + protocol.displayName() + " (p = " + set.count() + ", N = " + set.neurons() + ")…");
        long started = nanos.getAsLong();
        org.hopfieldstudio.ui.concurrent.ProgressClock clock = new org.hopfieldstudio.ui.concurrent.ProgressClock(nanos);
        boolean[] announced = {false};
        timeText.set("");
        JobHandle handle = runner.submit("Write W: " + protocol.displayName(), ctx -> protocol.write(
                        new WriteRequest(set, values, writeSeed,
                                (done, total, objective, message) -> ctx.progress(done, total, message),
                                ctx::isCancelled)),
                net -> {
                    if (gen != generation) {
                        return;
                    }
                    finish();
                    network.set(net);
                    writtenFrom.set(set);
                    stale.set(false);
                    writes.set(writes.get() + 1);
                    status.set(String.format(java.util.Locale.ROOT, "W written by %s: p = %d, N = %d in %.0f ms%s.",
                            protocol.displayName(), set.count(), set.neurons(), (nanos.getAsLong() - started) / 1e6,
                            net.isSymmetric() ? "" : " (asymmetric)"));
                },
                error -> {
                    if (gen != generation) {
                        return;
                    }
                    finish();
                    if (error instanceof CancellationException) {
                        status.set("Write cancelled after " + org.hopfieldstudio.ui.concurrent.ProgressClock.duration(
                                clock.elapsedSeconds()) + "; W is unchanged.");
                    } else {
                        status.set("Write failed: " + NoticeBoard.reason(error) + " W is unchanged.");
                        notices.error("Writing W with " + protocol.displayName() + " failed", error);
                    }
                });
        if (gen == generation && running.get()) {
            current = handle;
            progress.bind(handle.progressProperty());
            handle.progressProperty().addListener((o, a, f) -> {
                if (gen != generation || !running.get()) {
                    return;
                }
                double fraction = f.doubleValue();
                timeText.set(clock.text(fraction));
                double total = clock.totalSeconds(fraction);
                // N.B. announce long work once the estimate has a basis (a second of work or 1 % done)
                if (!announced[0] && total > org.hopfieldstudio.ui.concurrent.ProgressClock.LONG_SECONDS
                        && (clock.elapsedSeconds() >= 1 || fraction >= 0.01)) {
                    announced[0] = true;
                    notices.post(org.hopfieldstudio.ui.notify.Notice.warning("Writing W will take about "
                            + org.hopfieldstudio.ui.concurrent.ProgressClock.duration(total),
                            protocol.displayName() + " on p = " + set.count() + ", N = " + set.neurons()
                            + " needs about " + org.hopfieldstudio.ui.concurrent.ProgressClock.duration(total)
                            + " at the rate so far. Cancel stops it and keeps the current W; fewer iterations, "
                            + "fewer patterns or a smaller grid are faster."));
                }
            });
            handle.messageProperty().addListener((o, a, msg) -> {
                if (gen == generation && running.get() && msg != null && !msg.isEmpty()) {
                    status.set(msg);
                }
            });
        }
    }

    public void cancel() {
        if (current != null) {
            JobHandle h = current;
            current = null;
            h.cancel();
        }
    }

    private void finish() {
        current = null;
        timeText.set("");
        progress.unbind();
        progress.set(0);
        running.set(false);
    }

    private void protocolChanged(WritingProtocol p) {
        parameters.clear();
        if (p == null) {
            formula.set("");
            formulaTex.set(null);
            description.set("");
            asymmetryWarning.set("");
            return;
        }
        for (var param : p.parameters()) {
            ParameterValue v = new ParameterValue(param);
            v.valueProperty().addListener((o, a, b) -> inputsChanged());
            parameters.add(v);
        }
        formula.set(p.formula());
        formulaTex.set(p.formulaLatex() == null ? new org.hopfieldstudio.ui.math.Tex("\\text{" + p.formula() + "}", p.formula())
                : new org.hopfieldstudio.ui.math.Tex(p.formulaLatex(), p.formula()));
        description.set(p.description());
        asymmetryWarning.set(p.writesSymmetric() ? ""
                : "⚠ " + p.displayName() + " writes an asymmetric W: energy is not guaranteed to fall, and recall may cycle.");
        autoWrite.set(CLOSED_FORM.contains(p.id().toLowerCase(java.util.Locale.ROOT)));
        inputsChanged();
    }

    private void inputsChanged() {
        if (restoring) {
            return;
        }
        if (network.get() != null || patterns.get() != null) {
            stale.set(true);
        }
        if (autoWrite.get() && patterns.get() != null) {
            pending.set(true);
            long token = ++pendingWrite;
            // N.B. a restore (undo, open) after this call drops the pending rewrite
            debouncer.run(() -> {
                if (token == pendingWrite) {
                    write();
                }
            });
        } else if (patterns.get() != null) {
            status.set("Stored patterns or settings changed: press “Write W” to update W.");
        }
    }
}
