package org.hopfieldstudio.ui.recall;

import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.Step;
import org.hopfieldstudio.dynamics.UpdateOrder;

/**
 * One recall run, confined to the worker thread: steps the engine, samples charts and raster columns into a
 * queue, and builds the {@link RecallFrame} that is published for the next animation frame.
 */
final class RecallSession {
    /** Raster rows: one per neuron up to this many, otherwise neurons are averaged in equal bins. */
    static final int RASTER_MAX_ROWS = 400;

    /** Everything needed to start a run; immutable once built on the FX thread. */
    record Spec(long generation, Network network, byte[] initial, PatternSet stored, int target, RecallConfig config) {
    }

    private final Spec spec;
    private final Recall recall;
    private final int n;
    private final int sampleEvery;
    private final int rasterRows;
    private final byte[] scratch;
    private int lastNeuron = -1;
    private double lastField = Double.NaN;
    private boolean lastFlipped;
    private long lastSampledStep = -1;

    RecallSession(Spec spec, Queue<Sample> samples) {
        this.spec = spec;
        this.recall = new Recall(spec.network(), spec.initial(), spec.stored(), spec.config());
        this.n = spec.network().size();
        // N.B. one chart point per step for small grids (each neuron's decision visible), ~200 per sweep for large.
        this.sampleEvery = n <= 400 ? 1 : Math.max(1, n / 200);
        this.rasterRows = Math.min(n, RASTER_MAX_ROWS);
        this.scratch = new byte[n];
        sample(samples);
    }

    long generation() {
        return spec.generation();
    }

    int rasterRows() {
        return rasterRows;
    }

    boolean isFinished() {
        return recall.isFinished() || recall.hasReachedSweepCap();
    }

    /**
     * Advances by up to {@code units} neuron updates (a synchronous step costs N) or until finished or the
     * run is superseded ({@code current} moved on).
     */
    void advance(long units, Queue<Sample> samples, AtomicLong current) {
        boolean sync = spec.config().order() == UpdateOrder.SYNCHRONOUS;
        long done = 0;
        while (done < units && !isFinished()) {
            if ((done & 1023) == 0 && current.get() != spec.generation()) {
                return;
            }
            Step st = recall.step();
            if (sync) {
                done += n;
                lastNeuron = -1;
                lastField = Double.NaN;
                lastFlipped = st.flipped();
                sample(samples);
            } else {
                done++;
                lastNeuron = st.neuron();
                lastField = st.field();
                lastFlipped = st.flipped();
                if (recall.steps() % sampleEvery == 0) {
                    sample(samples);
                }
            }
        }
        if (isFinished()) {
            sample(samples);
        }
    }

    /** Runs a whole sweep (asynchronous: the rest of the current one). */
    void sweep(Queue<Sample> samples, AtomicLong current) {
        if (spec.config().order() == UpdateOrder.SYNCHRONOUS) {
            advance(n, samples, current);
            return;
        }
        long target = recall.sweeps() + 1;
        while (recall.sweeps() < target && !isFinished() && current.get() == spec.generation()) {
            advance(Math.min(1024, n), samples, current);
        }
    }

    RecallFrame frame() {
        Recall.Snapshot snap = recall.snapshot();
        boolean finished = isFinished();
        String end = finished ? EndStates.describe(snap.state(), spec.stored(), snap.overlaps(), snap.converged(),
                snap.twoCycle(), snap.sweeps()) : null;
        return new RecallFrame(spec.generation(), snap, lastNeuron, lastField, lastFlipped, finished, end);
    }

    private void sample(Queue<Sample> samples) {
        long steps = recall.steps();
        if (steps == lastSampledStep) {
            return;
        }
        lastSampledStep = steps;
        double[] m = recall.overlaps();
        float[] mf = new float[m.length];
        for (int mu = 0; mu < m.length; mu++) {
            mf[mu] = (float) m[mu];
        }
        int d = spec.target() >= 0 && spec.target() < m.length
                ? (int) Math.round(n * (1 - m[spec.target()]) / 2) : -1;
        recall.copyState(scratch);
        byte[] column = new byte[rasterRows];
        for (int r = 0; r < rasterRows; r++) {
            int from = (int) ((long) n * r / rasterRows);
            int to = (int) ((long) n * (r + 1) / rasterRows);
            int on = 0;
            for (int i = from; i < to; i++) {
                if (scratch[i] > 0) {
                    on++;
                }
            }
            column[r] = (byte) Math.round(255.0 * on / (to - from));
        }
        samples.add(new Sample(spec.generation(), (double) steps / n, recall.energy(), mf, d, column));
    }
}
