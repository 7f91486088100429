package org.hopfieldstudio.ui.compare;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.Lockstep;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.Step;
import org.hopfieldstudio.dynamics.UpdateOrder;

/**
 * The lockstep run, confined to the worker thread: steps every panel alike, samples the traces into a queue and
 * builds the {@link Frame} published for the next animation frame.
 */
final class CompareSession {
    /** Everything needed to start a run; immutable once built on the FX thread. */
    record Spec(long generation, List<Network> networks, int[] panelIndex, Comparison.Cue cue, PatternSet stored,
                RecallConfig config) {
    }

    /** One point of a panel's traces. */
    record Sample(long generation, int panel, double time, double energy, float[] overlaps) {
    }

    /** A panel as of the last batch. */
    record PanelFrame(byte[] state, double energy, double[] overlaps, long steps, long flips, int lastNeuron,
                      double lastField, boolean lastFlipped, boolean finished, EndState end) {
    }

    /** What the worker publishes after each batch. */
    record Frame(long generation, long clock, PanelFrame[] panels) {
    }

    private final Spec spec;
    private final Lockstep lockstep;
    private final int n;
    private final int sampleEvery;
    private final int[] lastNeuron;
    private final double[] lastField;
    private final boolean[] lastFlipped;
    private final boolean[] endSampled;

    CompareSession(Spec spec, Queue<Sample> samples) {
        this.spec = spec;
        this.lockstep = new Lockstep(spec.networks(), spec.cue().state(), spec.stored(), spec.config());
        this.n = spec.cue().state().length;
        this.sampleEvery = n <= 400 ? 1 : Math.max(1, n / 200);
        int k = spec.networks().size();
        lastNeuron = new int[k];
        lastField = new double[k];
        lastFlipped = new boolean[k];
        endSampled = new boolean[k];
        java.util.Arrays.fill(lastNeuron, -1);
        for (int p = 0; p < k; p++) {
            sample(p, samples);
        }
    }

    long generation() {
        return spec.generation();
    }

    boolean allFinished() {
        return lockstep.allFinished();
    }

    /** Up to {@code count} lockstep steps, stopping early when superseded ({@code current} moved on). */
    void advance(long count, Queue<Sample> samples, AtomicLong current) {
        for (long t = 0; t < count && !lockstep.allFinished(); t++) {
            if ((t & 1023) == 0 && current.get() != spec.generation()) {
                return;
            }
            Step[] steps = lockstep.step();
            boolean sampleNow = spec.config().order() == UpdateOrder.SYNCHRONOUS || lockstep.clock() % sampleEvery == 0;
            for (int p = 0; p < steps.length; p++) {
                Step st = steps[p];
                if (st == null) {
                    continue;
                }
                lastNeuron[p] = st.neuron();
                lastField[p] = st.field();
                lastFlipped[p] = st.flipped();
                if (sampleNow || lockstep.isFinished(p)) {
                    sample(p, samples);
                }
            }
        }
    }

    /** To the end of the slowest panel's current sweep. */
    void sweep(Queue<Sample> samples, AtomicLong current) {
        advance(lockstep.stepsToEndOfSweep(), samples, current);
    }

    private void sample(int p, Queue<Sample> samples) {
        Recall r = lockstep.recall(p);
        if (endSampled[p]) {
            return;
        }
        if (lockstep.isFinished(p)) {
            endSampled[p] = true;
        }
        double[] m = r.overlaps();
        float[] mf = new float[m.length];
        for (int mu = 0; mu < m.length; mu++) {
            mf[mu] = (float) m[mu];
        }
        samples.add(new Sample(spec.generation(), p, (double) r.steps() / n, r.energy(), mf));
    }

    Frame frame() {
        PanelFrame[] out = new PanelFrame[lockstep.panels()];
        for (int p = 0; p < out.length; p++) {
            Recall r = lockstep.recall(p);
            Recall.Snapshot s = r.snapshot();
            boolean done = lockstep.isFinished(p);
            EndState end = done ? EndState.classify(s.state(), spec.stored(), s.twoCycle(), s.converged()) : null;
            out[p] = new PanelFrame(s.state(), s.energy(), s.overlaps(), s.steps(), s.flips(), lastNeuron[p],
                    lastField[p], lastFlipped[p], done, end);
        }
        return new Frame(spec.generation(), lockstep.clock(), out);
    }
}
