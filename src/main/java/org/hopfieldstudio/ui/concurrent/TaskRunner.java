package org.hopfieldstudio.ui.concurrent;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and reports back on it (STYLE: long work is a cancellable task through an
 * injected executor). {@link FxTaskRunner} wraps each job in a {@code javafx.concurrent.Task}; the
 * {@link SameThreadTaskRunner} runs it at once, so view models are testable without a toolkit.
 */
public interface TaskRunner {
    /**
     * @param onSuccess called on the FX thread with the result
     * @param onFailure called on the FX thread with the failure; a cancelled job reports a
     *                  {@link java.util.concurrent.CancellationException}
     */
    <T> JobHandle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
