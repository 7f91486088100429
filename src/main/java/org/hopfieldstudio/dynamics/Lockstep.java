package org.hopfieldstudio.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/**
 * Several recalls of one cue under different networks (one per writing protocol), advanced in lockstep: every
 * {@link #advance(long)} gives each panel that has not finished the same number of steps.
 *
 * <p>Same cue, same clamp, same {@link RecallConfig} (order, temperature, seed) for every panel. Because each
 * {@link Recall} draws from its own generator seeded alike, and every step consumes the same random numbers
 * whatever W is (the neuron choice, and at T &gt; 0 one Glauber coin per unclamped neuron), all panels visit
 * the neurons in the same order; they differ only in what W decides. A panel stops at a fixed point, a 2-cycle or
 * the sweep cap; the others go on. Not thread-safe: drive it from one thread.
 */
public final class Lockstep {
    private final List<Recall> panels;
    private final RecallConfig config;
    private final int n;
    private long clock;

    /**
     * @param nets    one network per panel, all of the cue's size (not modified)
     * @param cue     initial state, ±1 (not modified)
     * @param stored  patterns whose overlaps to track, or null
     * @param config  shared order, temperature, seed, clamp and sweep cap
     * @param traces  one trace per panel (entries may be null), or null for none
     */
    public Lockstep(List<Network> nets, byte[] cue, PatternSet stored, RecallConfig config, List<Trace> traces) {
        if (nets.isEmpty()) {
            throw new IllegalArgumentException("no networks to compare");
        }
        this.config = config;
        this.n = cue.length;
        this.panels = new ArrayList<>(nets.size());
        for (int k = 0; k < nets.size(); k++) {
            panels.add(new Recall(nets.get(k), cue, stored, config, traces == null ? null : traces.get(k)));
        }
    }

    public Lockstep(List<Network> nets, byte[] cue, PatternSet stored, RecallConfig config) {
        this(nets, cue, stored, config, null);
    }

    public int panels() {
        return panels.size();
    }

    /** The recall of panel k (read it; stepping it directly breaks the lockstep). */
    public Recall recall(int k) {
        return panels.get(k);
    }

    public RecallConfig config() {
        return config;
    }

    /** Panel k has stopped: a fixed point, a 2-cycle, or the sweep cap. */
    public boolean isFinished(int k) {
        Recall r = panels.get(k);
        return r.isFinished() || r.hasReachedSweepCap();
    }

    public boolean allFinished() {
        for (int k = 0; k < panels.size(); k++) {
            if (!isFinished(k)) {
                return false;
            }
        }
        return true;
    }

    /** Lockstep steps taken so far (each a neuron update, or N of them for a synchronous step). */
    public long clock() {
        return clock;
    }

    /**
     * One step for every panel that has not finished; returns what each did (null for a finished panel).
     */
    public Step[] step() {
        Step[] out = new Step[panels.size()];
        boolean any = false;
        for (int k = 0; k < panels.size(); k++) {
            if (!isFinished(k)) {
                out[k] = panels.get(k).step();
                any = true;
            }
        }
        if (any) {
            clock++;
        }
        return out;
    }

    /** Up to {@code count} lockstep steps, fewer when every panel finishes first. */
    public void advance(long count) {
        for (long t = 0; t < count && !allFinished(); t++) {
            step();
        }
    }

    /** Lockstep steps to the end of the current sweep of the slowest unfinished panel (synchronous: one). */
    public long stepsToEndOfSweep() {
        if (config.order() == UpdateOrder.SYNCHRONOUS) {
            return 1;
        }
        long left = 0;
        for (int k = 0; k < panels.size(); k++) {
            if (!isFinished(k)) {
                long s = panels.get(k).steps();
                left = Math.max(left, n - s % n);
            }
        }
        return left;
    }

    /** Runs every panel to its end (fixed point, 2-cycle or the sweep cap), still in lockstep. */
    public void run() {
        while (!allFinished()) {
            step();
        }
    }
}
