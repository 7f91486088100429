package org.hopfieldstudio.ui.concurrent;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs jobs at once on the calling thread (tests; JabRef's CurrentThreadTaskExecutor). No toolkit needed. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> JobHandle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        T result;
        try {
            result = job.run(new JobContext() {
                @Override
                public void progress(double done, double total, String msg) {
                    progress.set(total > 0 ? done / total : -1);
                    if (msg != null) {
                        message.set(msg);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Throwable t) {
            running.set(false);
            onFailure.accept(t);
            return handle(progress, message, running);
        }
        running.set(false);
        progress.set(1);
        onSuccess.accept(result);
        return handle(progress, message, running);
    }

    private static JobHandle handle(ReadOnlyDoubleWrapper p, ReadOnlyStringWrapper m, ReadOnlyBooleanWrapper r) {
        return new JobHandle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return p.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return m.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyBooleanProperty runningProperty() {
                return r.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
            }
        };
    }
}
