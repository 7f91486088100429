package org.hopfieldstudio.ui.concurrent;

/** What a background job may do while it runs: report progress and poll for cancellation. */
public interface JobContext {
    /** Cheap to call often: the FX implementation coalesces updates (Task.updateProgress). */
    void progress(double done, double total, String message);

    boolean isCancelled();
}
