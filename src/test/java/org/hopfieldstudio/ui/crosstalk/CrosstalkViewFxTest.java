package org.hopfieldstudio.ui.crosstalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test of the crosstalk view; computations run synchronously on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class CrosstalkViewFxTest {
    private CrosstalkView view;

    @Start
    void start(Stage stage) {
        view = new CrosstalkView(new CrosstalkViewModel(Runnable::run, Runnable::run));
        // N.B. smaller than Monocle's 1280×800 headless screen, else its framebuffer overflows
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @Test
    void movingTheSliderChangesTheDisplayedMeasuredError(FxRobot robot) {
        Label measured = robot.lookup("#measuredError").queryAs(Label.class);
        Slider slider = robot.lookup("#crosstalkSlider").queryAs(Slider.class);
        String before = measured.getText();
        assertFalse(before.isEmpty());
        robot.interact(() -> slider.setValue(260));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(260, view.viewModel().snapshotProperty().get().patterns());
        assertNotEquals(before, measured.getText());
    }

    @Test
    void arrowKeysMoveTheSliderOnePatternAtATime(FxRobot robot) {
        Label measured = robot.lookup("#measuredError").queryAs(Label.class);
        Slider slider = robot.lookup("#crosstalkSlider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(200));
        String before = measured.getText();
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.RIGHT, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(205, view.viewModel().patternsProperty().get());
        assertNotEquals(before, measured.getText());
        assertNotNull(robot.lookup("#patternThumbnails").query());
    }
}
