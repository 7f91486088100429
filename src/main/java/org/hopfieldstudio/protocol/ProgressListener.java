package org.hopfieldstudio.protocol;

/** Receives progress from a running write; called on the writing thread, so it must be cheap. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, objective, message) -> { };

    /**
     * @param done      work done so far (e.g. iteration)
     * @param total     total work, or the cap on iterations
     * @param objective current objective (loss), or NaN when the rule has none
     * @param message   short status line, e.g. "L-BFGS iteration 42, K = 0.0123"
     */
    void progress(long done, long total, double objective, String message);
}
