package org.hopfieldstudio.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.hopfieldstudio.core.InsufficientMemoryException;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;

/**
 * Runs independent work units (trials) on a few threads and returns their results in unit order, so a sweep
 * gives the same numbers on 1 or 8 cores as long as every unit seeds itself.
 */
final class Trials {
    private Trials() {
    }

    /** Default worker count: the machine's cores. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Evaluates {@code unit.apply(k)} for k = 0 … count−1.
     *
     * @param threads  1 runs everything on the calling thread
     * @param progress called after each unit with (done, count); may be called from worker threads
     * @throws CancellationException when {@code cancel} becomes true (checked before every unit)
     */
    static <T> List<T> run(int count, int threads, IntFunction<T> unit, ProgressListener progress,
                           Cancellation cancel, String what) {
        List<T> out = new ArrayList<>(count);
        AtomicLong done = new AtomicLong();
        if (threads <= 1 || count <= 1) {
            for (int k = 0; k < count; k++) {
                cancel.check();
                out.add(unit.apply(k));
                long d = done.incrementAndGet();
                progress.progress(d, count, Double.NaN, what + " " + d + " of " + count);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "hopfield-trials");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                final int unitIndex = k;
                futures.add(pool.submit(() -> {
                    cancel.check();
                    T r = unit.apply(unitIndex);
                    long d = done.incrementAndGet();
                    progress.progress(d, count, Double.NaN, what + " " + d + " of " + count);
                    return r;
                }));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The number of threads (at most {@code threads}) whose trials fit side by side, each needing
     * {@code bytesPerTrial} (with a margin of 2); throws when not even one fits.
     *
     * @throws InsufficientMemoryException when one trial does not fit
     */
    static int fitThreads(long bytesPerTrial, int threads, String what) {
        long free = org.hopfieldstudio.core.MemoryBudget.freeBytesFor(2L * Math.max(1, threads) * bytesPerTrial);
        for (int t = Math.max(1, threads); t > 1; t--) {
            if (2L * t * bytesPerTrial <= free) {
                return t;
            }
        }
        org.hopfieldstudio.core.MemoryBudget.requireBytes(bytesPerTrial, what);
        return 1;
    }

    /** Checks that {@code threads} copies of W of N neurons fit, with a margin, before starting. */
    static int fitThreads(int neurons, int threads) {
        for (int t = Math.max(1, threads); t > 1; t--) {
            try {
                org.hopfieldstudio.core.MemoryBudget.requireWeights(neurons, 2 * t);
                return t;
            } catch (InsufficientMemoryException e) {
                // fewer threads
            }
        }
        org.hopfieldstudio.core.MemoryBudget.requireWeights(neurons, 1);
        return 1;
    }
}
