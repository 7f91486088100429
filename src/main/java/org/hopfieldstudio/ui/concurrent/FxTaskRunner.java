package org.hopfieldstudio.ui.concurrent;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/** Runs each job as a {@link Task} on the injected executor; handlers run on the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private final Executor executor;

    public FxTaskRunner(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    @Override
    public <T> JobHandle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(title, job);
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onFailure.accept(new CancellationException(title + " cancelled")));
        executor.execute(task);
        return new JobHandle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return task.messageProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return task.runningProperty();
            }

            @Override
            public void cancel() {
                task.cancel();
            }
        };
    }

    /** The Task is its own JobContext: FutureTask.isCancelled() satisfies the interface. */
    private static final class JobTask<T> extends Task<T> implements JobContext {
        private final Job<T> job;

        JobTask(String title, Job<T> job) {
            this.job = job;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void progress(double done, double total, String message) {
            updateProgress(done, total);
            if (message != null) {
                updateMessage(message);
            }
        }
    }
}
