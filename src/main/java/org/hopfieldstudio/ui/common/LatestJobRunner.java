package org.hopfieldstudio.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hopfieldstudio.protocol.Cancellation;

/**
 * Runs background jobs where only the newest one matters (a render for the newest network, the crosstalk for
 * the newest slider value): submitting a job cancels the previous one, a queued job that is no longer the
 * newest never starts, and a result is delivered (on the {@code fx} executor) only when its job is still the
 * newest when it finishes. Stale results are dropped.
 *
 * <p>N.B. This is deliberately not a {@code javafx.concurrent.Task}: a Task needs the FX toolkit for its state
 * changes, and the view models must be testable without one (JabRef's BackgroundTask habit). Production code
 * passes a daemon executor and {@code Platform::runLater}; tests pass {@code Runnable::run} twice, which makes
 * everything synchronous and deterministic. Jobs poll their {@link Cancellation} in inner loops.
 */
public final class LatestJobRunner {

    /** The work of one job; polls {@code cancel} and returns a result (or throws). */
    @FunctionalInterface
    public interface Job<T> {
        T run(Cancellation cancel) throws Exception;
    }

    private final Executor background;
    private final Executor fx;
    private final AtomicReference<Ticket> latest = new AtomicReference<>();
    private final Consumer<Boolean> busyListener;

    /**
     * @param background where jobs run (a single daemon thread in the app, the calling thread in tests)
     * @param fx         where results are delivered (Platform::runLater in the app)
     * @param busy       told {@code true} when a job is submitted and {@code false} when the newest one is done;
     *                   called on the fx executor
     */
    public LatestJobRunner(Executor background, Executor fx, Consumer<Boolean> busy) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.busyListener = Objects.requireNonNull(busy, "busy");
    }

    /**
     * Cancels the running job (if any) and schedules {@code job}. {@code onResult} / {@code onError} run on the
     * fx executor and only if this job is still the newest one.
     */
    public <T> void submit(Job<T> job, Consumer<? super T> onResult, Consumer<? super Throwable> onError) {
        Ticket ticket = new Ticket();
        Ticket previous = latest.getAndSet(ticket);
        if (previous != null) {
            previous.cancelled.set(true);
        }
        fx.execute(() -> busyListener.accept(true));
        background.execute(() -> {
            if (latest.get() != ticket) {
                return; // superseded before it started: never computed
            }
            T result;
            try {
                result = job.run(ticket);
            } catch (Throwable t) {
                if (ticket.isCancelled()) {
                    return;
                }
                fx.execute(() -> {
                    if (latest.get() == ticket) {
                        busyListener.accept(false);
                        onError.accept(t);
                    }
                });
                return;
            }
            if (ticket.isCancelled()) {
                return;
            }
            fx.execute(() -> {
                if (latest.get() == ticket) {
                    busyListener.accept(false);
                    onResult.accept(result);
                }
            });
        });
    }

    /** Cancels whatever is running or queued; no result will be delivered. */
    public void cancel() {
        Ticket previous = latest.getAndSet(null);
        if (previous != null) {
            previous.cancelled.set(true);
            fx.execute(() -> busyListener.accept(false));
        }
    }

    private static final class Ticket implements Cancellation {
        final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
