package org.hopfieldstudio.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.concurrent.FxTaskRunner;
import org.hopfieldstudio.ui.library.IoPatternCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 3: TRN at N = 1024 runs with visible progress and can be cancelled at any moment, from the window, on
 * the real background runner (a javafx.concurrent.Task on a worker thread); W stays as it was.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingCancelFxTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-write");
        t.setDaemon(true);
        return t;
    });
    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = new StudioModel(new FxTaskRunner(worker), Runnable::run, Debouncer.IMMEDIATE, new IoPatternCatalog(),
                Protocols.all());
        TestStudio.show(stage, model, 1260, 780);
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private static void scrollToBottom(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                sp.setVvalue(sp.getVmax());
                sp.layout();
            }
        }
    }

    @Test
    void trnAtN1024ShowsProgressAndCancelKeepsThePreviousW(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.resizeGrid(32);
            model.library().replaceAll(PatternSet.random(32, 32, 10, Seeds.rng(4)));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.protocol().runningProperty().get()
                && model.protocol().network() != null && model.protocol().network().size() == 1024);
        Network hebb = model.protocol().network();
        robot.interact(() -> model.protocol().select("trn"));
        // N.B. the left column scrolls when the window is short (the status bar takes the bottom row): scroll to the
        // protocol's buttons as a user would
        robot.interact(() -> scrollToBottom(robot.lookup("#writeButton").query()));
        robot.clickOn("#writeButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.protocol().progressProperty().get() > 0);
        assertTrue(model.protocol().runningProperty().get(), "still training when progress shows");
        robot.clickOn("#cancelWriteButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.protocol().runningProperty().get());
        assertFalse(model.protocol().runningProperty().get());
        assertNotNull(model.protocol().network());
        assertSame(hebb, model.protocol().network(), "a cancelled write leaves W as it was");
        assertTrue(model.protocol().statusProperty().get().contains("cancelled"), model.protocol().statusProperty().get());
    }
}
