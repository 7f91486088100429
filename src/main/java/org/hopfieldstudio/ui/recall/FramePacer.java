package org.hopfieldstudio.ui.recall;

/**
 * How much of a recall Play hands the worker at each animation frame, from the speed setting and the frame times: the
 * pacing shared by the Memory tab's recall and the Compare tab's lockstep.
 *
 * <p>Speed is a log scale from one neuron update per second to a sweep (N updates) per frame
 * ({@link RecallViewModel#neuronsPerSecond}); at the top of the scale exactly one sweep per frame, whatever the frame
 * time. A frame longer than 0.1 s counts as 0.1 s (a stalled window does not release a burst). Asynchronous orders get
 * whole neuron updates, the fractional rest carried to the next frame; a synchronous order gets one update of all
 * neurons once the budget holds N updates, at most one per frame. FX-thread confined.
 */
public final class FramePacer {
    private long lastFrameNanos = -1;
    private double budget;

    /** Forgets the previous frames: the next frame counts as 1/60 s (Play starts here). */
    public void restart() {
        lastFrameNanos = -1;
        budget = 0;
    }

    /**
     * The updates to hand out at this frame.
     *
     * @param speed the speed setting, 0 … 1
     * @param n     neurons
     * @param sync  whether the order is synchronous
     * @return asynchronous: neuron updates (a sweep at full speed); synchronous: 0 or 1 update of all neurons
     */
    public long next(long nowNanos, double speed, int n, boolean sync) {
        double dt = lastFrameNanos < 0 ? 1 / 60.0 : Math.min(0.1, (nowNanos - lastFrameNanos) / 1e9);
        lastFrameNanos = nowNanos;
        if (speed >= 0.999) {
            return sync ? 1 : n;
        }
        budget += RecallViewModel.neuronsPerSecond(speed, n) * dt;
        long neurons = (long) Math.floor(budget);
        if (sync) {
            long units = neurons >= n ? 1 : 0;
            budget -= units * (double) n;
            return units;
        }
        budget -= neurons;
        return neurons;
    }
}
