package org.hopfieldstudio.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.StudioView;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.math.FormulaView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons drawer in the real window (headless): lesson 1 followed by clicks and keys, ticks seen. */
@ExtendWith(ApplicationExtension.class)
class LessonsPanelFxTest {
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1270, 790);
    }

    private void frames() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean ticked(FxRobot robot, int task) {
        return robot.lookup("#lessonTask" + task).query().getStyleClass().contains(LessonsPanel.TASK_DONE);
    }

    @Test
    void lessonOneFollowedByClicksTicksItsTasks(FxRobot robot) {
        robot.interact(() -> {
            view.lessons().loadBundled();
            view.lessons().open(0);
        });
        assertFalse(view.isLessonsShowing());
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL); // the Lessons menu's accelerator
        frames();
        assertTrue(view.isLessonsShowing());
        assertEquals("A network that remembers", robot.lookup("#lessonTitle").queryAs(Label.class).getText());
        assertFalse(ticked(robot, 0));
        // the text's formulas are typeset, not shown as LaTeX source
        assertTrue(robot.lookup("#lessonBody").lookup(".formula-view").queryAll().size() >= 3);
        robot.clickOn("#runButton");
        frames();
        assertTrue(ticked(robot, 0), "task 1 ticks when the run ends in the stored A");
        assertFalse(ticked(robot, 1));
        robot.type(KeyCode.N);
        robot.clickOn("#runButton");
        frames();
        assertTrue(ticked(robot, 1), "task 2 ticks after a second run");
        robot.clickOn("#clearButton");
        for (int i = 0; i < 20; i++) {
            double[] c = view.gridView().cellCentre(11 + i % 5 + 10 * (i / 5));
            Point2D p = view.gridView().canvas().localToScreen(c[0], c[1]);
            robot.clickOn(p);
        }
        // N.B. with the drawer open the Memory tab may use its narrow layout, where Store current sits on a side tab
        robot.interact(() -> model.library().storeCurrent());
        frames();
        assertTrue(ticked(robot, 2), "task 3 ticks when a third pattern is stored");
        assertTrue(robot.lookup("#lessonAllDone").tryQuery().isPresent());
        assertEquals("Lesson 1 of " + view.lessons().track().size() + " · 3 of 3 tasks done",
                robot.lookup("#lessonPosition").queryAs(Label.class).getText());
    }

    @Test
    void nextOpensLessonTwoAndResetClearsTheTicks(FxRobot robot) {
        robot.interact(() -> {
            view.lessons().loadBundled();
            view.lessons().open(0);
            view.toggleLessons();
        });
        robot.clickOn("#runButton");
        frames();
        assertTrue(ticked(robot, 0));
        robot.clickOn("#lessonReset");
        frames();
        assertFalse(ticked(robot, 0));
        robot.clickOn("#lessonNext");
        frames();
        assertEquals("One neuron at a time", robot.lookup("#lessonTitle").queryAs(Label.class).getText());
        assertEquals(25, model.grid().size());
    }

    @Test
    void aLessonThatHidesControlsHidesThemAndTheNextShowsThemAgain(FxRobot robot) {
        robot.interact(() -> {
            view.lessons().loadBundled();
            view.toggleLessons();
            view.lessons().open(2); // "Wiring one memory" hides the census
        });
        frames();
        Node census = robot.lookup("#censusPane").query();
        assertFalse(census.isVisible());
        assertFalse(census.isManaged());
        robot.interact(() -> view.lessons().open(3));
        frames();
        assertTrue(census.isVisible());
        assertTrue(robot.lookup(".formula-view").queryAllAs(FormulaView.class).stream()
                .anyMatch(f -> f.getTex() != null && f.getTex().latex().contains("\\frac")));
    }
}
