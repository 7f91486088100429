package org.hopfieldstudio.ui.compare;

import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.recall.SeriesBuffer;

/**
 * One protocol's column of the comparison (FX thread): its W (being written, ready, failed or left out), the state its
 * recall shows, the neuron being updated, the counters, the end state, and the traces for the charts and the plane.
 */
public final class ComparePanel {
    /** Where the panel's W stands. */
    public enum Status {
        /** Not written yet; Play or "Write W" writes it. */
        WAITING,
        WRITING,
        READY,
        /** The write failed or was cancelled; the reason says which and what to do. */
        FAILED,
        /** Does not fit in memory at this N. */
        LEFT_OUT
    }

    static final int SERIES_CAPACITY = 2048;

    private final WritingProtocol protocol;
    private final Map<String, Double> params;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.WAITING);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endState = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper highlight = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final SeriesBuffer energySeries = new SeriesBuffer(SERIES_CAPACITY);
    private final SeriesBuffer overlapSeries = new SeriesBuffer(SERIES_CAPACITY);
    private final PathBuffer path = new PathBuffer(SERIES_CAPACITY);
    private Network network;
    private JobHandle job;
    private byte[] state;
    private boolean[] occluded;
    private long steps;
    private long flips;
    private boolean finished;
    private EndState end;
    private double finalOverlap = Double.NaN;
    private double[] overlaps = new double[0];

    ComparePanel(WritingProtocol protocol, Map<String, Double> params) {
        this.protocol = protocol;
        this.params = Map.copyOf(params);
    }

    public WritingProtocol protocol() {
        return protocol;
    }

    public Map<String, Double> params() {
        return params;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** Why the panel is failed or left out, or the write's progress message. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** Write progress, 0…1, or −1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "step 123 · 15 flips · E = −547.0 · m(B) = +0.960". */
    public ReadOnlyStringProperty statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** The end state by name once the recall stopped, else empty. */
    public ReadOnlyStringProperty endStateProperty() {
        return endState.getReadOnlyProperty();
    }

    /** Neuron being updated, or −1. */
    public ReadOnlyIntegerProperty highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** Bumped when the grid state or the traces changed (the view repaints on the next frame). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public Network network() {
        return network;
    }

    /** The state shown (FX thread; not modified by callers), or null before the first run. */
    public byte[] stateUnsafe() {
        return state;
    }

    public boolean[] occludedUnsafe() {
        return occluded;
    }

    public long steps() {
        return steps;
    }

    public long flips() {
        return flips;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The classified end state, or null while running. */
    public EndState end() {
        return end;
    }

    public double finalOverlap() {
        return finalOverlap;
    }

    /** Overlaps with the stored patterns as of the last frame. */
    public double[] overlaps() {
        return overlaps.clone();
    }

    public SeriesBuffer energySeries() {
        return energySeries;
    }

    public SeriesBuffer overlapSeries() {
        return overlapSeries;
    }

    public PathBuffer path() {
        return path;
    }

    // ---- package-private updates from the view model --------------------------------------------------------

    void writing(JobHandle handle) {
        job = handle;
        status.set(Status.WRITING);
        reason.set("writing W…");
        progress.unbind();
        progress.bind(handle.progressProperty());
        handle.messageProperty().addListener((o, a, m) -> {
            if (status.get() == Status.WRITING && m != null && !m.isEmpty()) {
                reason.set(m);
            }
        });
    }

    void ready(Network net, String how) {
        job = null;
        progress.unbind();
        progress.set(1);
        network = net;
        status.set(Status.READY);
        reason.set(how);
    }

    void failed(Status s, String why) {
        job = null;
        progress.unbind();
        progress.set(0);
        network = null;
        status.set(s);
        reason.set(why);
    }

    /** Cancels this panel's write, if one is running. */
    public void cancel() {
        JobHandle h = job;
        if (h != null) {
            job = null;
            h.cancel();
        }
    }

    void reset(byte[] cue, boolean[] occ, double[] m, double energy, String statsText) {
        state = cue.clone();
        occluded = occ == null ? null : occ.clone();
        steps = 0;
        flips = 0;
        finished = false;
        end = null;
        finalOverlap = Double.NaN;
        overlaps = m.clone();
        energySeries.clear();
        overlapSeries.clear();
        path.clear();
        highlight.set(-1);
        endState.set("");
        stats.set(statsText);
        version.set(version.get() + 1);
    }

    void clearRun() {
        state = null;
        steps = 0;
        flips = 0;
        finished = false;
        end = null;
        finalOverlap = Double.NaN;
        energySeries.clear();
        overlapSeries.clear();
        path.clear();
        highlight.set(-1);
        endState.set("");
        stats.set("");
        version.set(version.get() + 1);
    }

    void show(byte[] s, double[] m, long st, long fl, int neuron, boolean done, String statsText) {
        state = s;
        overlaps = m;
        steps = st;
        flips = fl;
        finished = done;
        highlight.set(done ? -1 : neuron);
        stats.set(statsText);
        version.set(version.get() + 1);
    }

    void ended(EndState e, double m) {
        end = e;
        finalOverlap = m;
        endState.set(e.label());
    }

    void touched() {
        version.set(version.get() + 1);
    }
}
