package org.hopfieldstudio.ui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Executors the views use when the main window does not inject its own.
 *
 * <p>Start-up (issue 12): the workers of the tabs not on show (crosstalk, weight heatmap, capacity lab) and the
 * autosave have nothing to do for the window's first frame, yet their first jobs (the first lesson's crosstalk
 * statistics, the heatmap, the look for recovered work) used to run while it was being built and took CPU from it on
 * a two-core machine. The real launch holds them ({@link #holdUntilFirstFrame}) and opens the gate once the first frame
 * is drawn ({@link #firstFrameDrawn}); their jobs queue meanwhile and then run in submission order. A gate never
 * opened (a start-up that failed before its first frame) opens by itself after {@link #HOLD_AT_MOST_MS}. Tests and
 * other programs never hold it.
 */
public final class UiExecutors {
    /** The longest a held worker waits for the first frame. */
    static final long HOLD_AT_MOST_MS = 10_000;
    private static volatile CountDownLatch firstFrame = new CountDownLatch(0);

    private UiExecutors() {
    }

    /** One daemon worker thread named {@code name}; jobs run in submission order, after the first frame when held. */
    public static ExecutorService singleDaemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(() -> {
                awaitFirstFrame();
                r.run();
            }, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Holds the workers made by {@link #singleDaemon} until {@link #firstFrameDrawn}; call before the window is built. */
    public static void holdUntilFirstFrame() {
        if (firstFrame.getCount() == 0) {
            firstFrame = new CountDownLatch(1);
        }
    }

    /** Lets held workers run (idempotent, any thread). */
    public static void firstFrameDrawn() {
        firstFrame.countDown();
    }

    /** Whether workers are held now. */
    public static boolean held() {
        return firstFrame.getCount() > 0;
    }

    /** Runs {@code job} on a daemon thread of its own once the gate is open (at once when it is not held). */
    public static void afterFirstFrame(String name, Runnable job) {
        Thread t = new Thread(() -> {
            awaitFirstFrame();
            job.run();
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private static void awaitFirstFrame() {
        try {
            firstFrame.await(HOLD_AT_MOST_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // N.B. an executor shut down while held: its worker ends with the interrupt, as a shut-down worker does
            Thread.currentThread().interrupt();
        }
    }
}
