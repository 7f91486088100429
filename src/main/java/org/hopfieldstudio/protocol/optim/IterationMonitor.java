package org.hopfieldstudio.protocol.optim;

/**
 * Called after every accepted iteration of an optimiser, on the optimising thread. It may throw (e.g.
 * {@link java.util.concurrent.CancellationException}) to stop the run; the exception propagates unchanged.
 */
@FunctionalInterface
public interface IterationMonitor {
    IterationMonitor NONE = (iteration, value, gradNorm) -> { };

    /**
     * @param iteration 1-based number of the completed iteration
     * @param value     objective after it
     * @param gradNorm  max-norm of the gradient after it
     */
    void iteration(int iteration, double value, double gradNorm);
}
