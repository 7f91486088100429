package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12: the first frame shows the selected tab only; the others join after it, or at once when selected. */
@ExtendWith(ApplicationExtension.class)
class StartupStagingFxTest {
    private Label memory;
    private Label weights;
    private Label capacity;
    private Tab memoryTab;
    private Tab weightsTab;
    private Tab capacityTab;
    private TabPane tabs;
    private StartupStaging staging;
    private java.util.concurrent.ExecutorService held;
    private volatile Instant firstFramePulse;
    private volatile Instant heldJobRanAt;

    @Start
    void start(Stage stage) {
        // N.B. built here, on the FX thread once the toolkit runs (a Label in a field initialiser needs it earlier)
        memory = new Label("memory");
        weights = new Label("weights");
        capacity = new Label("capacity");
        memoryTab = new Tab("Memory", memory);
        weightsTab = new Tab("Weights", weights);
        capacityTab = new Tab("Capacity", capacity);
        tabs = new TabPane(memoryTab, weightsTab, capacityTab);
        org.hopfieldstudio.ui.common.UiExecutors.holdUntilFirstFrame();
        held = org.hopfieldstudio.ui.common.UiExecutors.singleDaemon("held-worker");
        held.execute(() -> heldJobRanAt = firstFramePulse);
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    firstFramePulse = Instant.now();
                    stop();
                }
            }
        }.start(); // N.B. before the staging's timer: timers run in the order they started
        staging = StartupStaging.deferHiddenTabs(tabs);
        // N.B. checked before the stage is shown: no pulse has run yet
        assertSame(memory, memoryTab.getContent());
        assertNull(weightsTab.getContent());
        assertNull(capacityTab.getContent());
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void hiddenTabsJoinTheSceneAfterTheFirstFrame(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, staging::isDone);
        assertSame(memory, memoryTab.getContent());
        assertSame(weights, weightsTab.getContent());
        assertSame(capacity, capacityTab.getContent());
        assertNotNull(capacity.getScene(), "the capacity tab's content is in the scene");
        assertTrue(staging.doneProperty().get());
    }

    @Test
    void heldWorkersRunOnlyOnceTheFirstFrameIsDrawn() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, staging::isDone);
            held.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertTrue(!org.hopfieldstudio.ui.common.UiExecutors.held(), "the staging opened the gate");
            // N.B. the job was queued before the stage was shown; it ran after the second pulse had begun, i.e. it saw
            // that pulse's time already set
            assertNotNull(heldJobRanAt, "the held job ran only after the first frame was drawn");
        } finally {
            org.hopfieldstudio.ui.common.UiExecutors.firstFrameDrawn();
            held.shutdownNow();
        }
    }

    @Test
    void aTabSelectedBeforeItsTurnGetsItsContentAtOnce(FxRobot robot) {
        robot.interact(() -> {
            if (!staging.isDone()) {
                tabs.getSelectionModel().select(capacityTab);
                assertSame(capacity, capacityTab.getContent(), "attached in the same event, before any pulse");
            }
        });
        robot.interact(() -> tabs.getSelectionModel().select(capacityTab));
        assertSame(capacity, capacityTab.getContent());
    }

    /** The start the probe times from precedes the JVM's own start record by little (the launcher's time). */
    @Test
    void theProbeTimesFromTheProcessStartNotASecondLater() {
        Instant process = StartupProbe.processStart().orElseThrow();
        Instant jvm = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        assertTrue(!process.isAfter(jvm.plusMillis(30)), "process " + process + " before the JVM " + jvm);
        // N.B. ProcessHandle's start was 0.87 s before the JVM's here (Linux boot time in whole seconds)
        assertTrue(Duration.between(process, jvm).toMillis() < 500, "process " + process + ", JVM " + jvm);
    }

    @Test
    void theProbeNamesWhatItTimedAndThePhases() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        StartupProbe.report(new PrintStream(bytes, true, StandardCharsets.UTF_8), "ready", Optional.of(start),
                start.plusMillis(1234));
        assertEquals("hopfield: ready after 1234 ms", bytes.toString(StandardCharsets.UTF_8).strip());
        assertTrue(StartupProbe.cpu().matches(
                "FX thread \\d+ ms, process \\d+ ms \\(JIT compilers \\d+ ms\\); threads: .*\\d+ ms.*"),
                StartupProbe.cpu());
    }
}
