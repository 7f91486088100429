package org.hopfieldstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 12: the workers of hidden views wait for the first frame when the launch holds them, and only then. */
class UiExecutorsTest {
    @Test
    void aWorkerRunsAtOnceWhenNothingHoldsIt() throws Exception {
        ExecutorService worker = UiExecutors.singleDaemon("test-worker");
        try {
            assertFalse(UiExecutors.held());
            assertEquals("ran", worker.submit(() -> "ran").get(5, TimeUnit.SECONDS));
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void heldJobsQueueUntilTheFirstFrameAndThenRunInOrder() throws Exception {
        UiExecutors.holdUntilFirstFrame();
        ExecutorService worker = UiExecutors.singleDaemon("test-held");
        CountDownLatch later = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        try {
            assertTrue(UiExecutors.held());
            worker.execute(() -> order.add(1));
            worker.execute(() -> order.add(2));
            UiExecutors.afterFirstFrame("test-once", () -> {
                order.add(3);
                later.countDown();
            });
            Thread.sleep(300);
            assertEquals(List.of(), order, "nothing runs before the first frame");
        } finally {
            UiExecutors.firstFrameDrawn();
        }
        assertTrue(later.await(5, TimeUnit.SECONDS));
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(3, order.size());
        assertTrue(order.indexOf(1) < order.indexOf(2), "a worker's jobs keep their order: " + order);
        assertFalse(UiExecutors.held());
        worker.shutdownNow();
    }
}
