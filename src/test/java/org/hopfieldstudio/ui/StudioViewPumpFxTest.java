package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The frame pump runs only while the view's window shows: a view whose scene was replaced no longer pumps, and with
 * its model (networks included) can be collected. Before, every replaced studio window stayed alive in the toolkit's
 * timer list (later tests then found "only 342 MB of the heap is free").
 */
@ExtendWith(ApplicationExtension.class)
class StudioViewPumpFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aReplacedStudioWindowStopsPumpingAndIsCollected(FxRobot robot) {
        StudioView[] first = new StudioView[1];
        robot.interact(() -> first[0] = TestStudio.show(stage, TestStudio.model(), 900, 600));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first[0].isPumping(), "the shown view pumps its frames");
        robot.interact(() -> stage.setScene(new Scene(new Label("another window content"), 300, 200)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first[0].isPumping(), "the replaced view stopped pumping");
        WeakReference<StudioView> ref = new WeakReference<>(first[0]);
        first[0] = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(ref.get(), "nothing holds the replaced view any more");
    }

    @Test
    void aHiddenWindowStopsThePumpAndShowingItAgainRestartsIt(FxRobot robot) {
        StudioView[] view = new StudioView[1];
        robot.interact(() -> view[0] = TestStudio.show(stage, TestStudio.model(), 900, 600));
        robot.interact(stage::hide);
        assertFalse(view[0].isPumping());
        robot.interact(stage::show);
        assertTrue(view[0].isPumping());
    }
}
