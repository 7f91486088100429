package org.hopfieldstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hopfieldstudio.ui.concurrent.Job;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.concurrent.TaskRunner;

/** A runner whose jobs run only when the test says so: progress, success, failure and cancel driven by hand. */
public final class ManualTaskRunner implements TaskRunner {
    /** One submitted job. */
    public static final class Pending implements JobHandle {
        public final String title;
        final Consumer<Object> onSuccess;
        final Consumer<Throwable> onFailure;
        final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        public boolean cancelled;

        @SuppressWarnings("unchecked")
        Pending(String title, Consumer<?> onSuccess, Consumer<Throwable> onFailure) {
            this.title = title;
            this.onSuccess = (Consumer<Object>) onSuccess;
            this.onFailure = onFailure;
        }

        public void progress(double fraction, String msg) {
            message.set(msg);
            progress.set(fraction);
        }

        public void succeed(Object value) {
            running.set(false);
            onSuccess.accept(value);
        }

        public void fail(Throwable t) {
            running.set(false);
            onFailure.accept(t);
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            if (running.get()) {
                cancelled = true;
                fail(new CancellationException(title + " cancelled"));
            }
        }
    }

    public final List<Pending> jobs = new ArrayList<>();

    @Override
    public <T> JobHandle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Pending p = new Pending(title, onSuccess, onFailure);
        jobs.add(p);
        return p;
    }

    public Pending last() {
        return jobs.get(jobs.size() - 1);
    }
}
