package org.hopfieldstudio.protocol;

import java.util.concurrent.CancellationException;

/** Polled in inner loops; a UI task passes {@code task::isCancelled}. */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    /** @throws CancellationException when cancelled */
    default void check() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
