package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test of the capacity lab, with the real background thread and Platform::runLater. */
@ExtendWith(ApplicationExtension.class)
class CapacityLabViewFxTest {
    private CapacityLabView view;

    @Start
    void start(Stage stage) {
        view = new CapacityLabView(new CapacityLabViewModel(UiExecutors.singleDaemon("capacity-test"), Platform::runLater));
        // N.B. smaller than Monocle's 1280×800 headless screen, else its framebuffer overflows
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private void tinyConfiguration(FxRobot robot) {
        robot.interact(() -> {
            view.viewModel().neuronsProperty().set(25);
            view.viewModel().select("hebb", "storkey");
        });
        for (String[] f : new String[][] {{"#capacityLoads", "0.08:0.24:0.08"}, {"#capacityTrials", "3"}}) {
            TextField field = robot.lookup(f[0]).queryAs(TextField.class);
            robot.interact(field::clear);
            robot.clickOn(field).write(f[1]);
        }
    }

    @Test
    void clickingRunOnATinyConfigurationFillsTheTable(FxRobot robot) throws Exception {
        tinyConfiguration(robot);
        TableView<?> table = robot.lookup("#capacityTable").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());
        robot.clickOn("#capacityRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 6
                && !view.viewModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#capacityStatus").queryAs(Label.class).getText().startsWith("Done: 6 points"));
        assertFalse(robot.lookup("#capacityExport").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#capacityCancel").queryAs(Button.class).isDisabled());
    }

    @Test
    void cancelStopsARunningSweepAndKeepsItsPoints(FxRobot robot) throws Exception {
        // the default configuration (N = 100, 20 trials, four protocols up to α = 1.2) runs for a minute
        robot.clickOn("#capacityRun");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !view.viewModel().results().isEmpty());
        robot.clickOn("#capacityCancel");
        WaitForAsyncUtils.waitForFxEvents();
        int kept = view.viewModel().results().size();
        assertFalse(view.viewModel().runningProperty().get());
        assertTrue(robot.lookup("#capacityStatus").queryAs(Label.class).getText().startsWith("Cancelled"));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kept, view.viewModel().results().size());
        assertFalse(robot.lookup("#capacityRun").queryAs(Button.class).isDisabled());
    }

    @Test
    void badRangeShowsTheMessageAndDisablesRun(FxRobot robot) {
        tinyConfiguration(robot);
        TextField loads = robot.lookup("#capacityLoads").queryAs(TextField.class);
        robot.interact(loads::clear);
        robot.clickOn(loads).write("0.5:0.1:0.1");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#capacityMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("FROM must not be above TO"), message.getText());
        assertTrue(robot.lookup("#capacityRun").queryAs(Button.class).isDisabled());
        assertEquals(0, view.viewModel().results().size());
    }
}
