package org.hopfieldstudio.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.ui.HopfieldStudioApp;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.StudioView;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare tab in the studio window, headless, with same-thread executors. */
@ExtendWith(ApplicationExtension.class)
class CompareViewFxTest {
    private static final PatternSet LETTERS = PatternLibrary.load("letters");
    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        StudioView view = new StudioView(model);
        Scene scene = new Scene(view, 1260, 780);
        scene.getStylesheets().add(HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hebbEndsInAMixtureWhileThePseudoInverseRepairsTheLetter(FxRobot robot) {
        robot.interact(() -> {
            model.library().loadBuiltIn("letters");
            int b = LETTERS.indexOf("B");
            model.library().showInGrid(b);
            model.recall().orderProperty().set(UpdateOrder.RANDOM_SWEEP);
            model.recall().seedProperty().set(2);
            model.grid().setState(Comparison.noisy(LETTERS, b, 0.15, 2).state(), null);
            model.compare().speedProperty().set(1.0);
        });
        robot.clickOn("#compareTab");
        robot.clickOn("#compareChoose-mpf");
        robot.clickOn("#compareChoose-trn");
        assertEquals(2, model.compare().panels().size(), "Hebb and the pseudo-inverse chosen");
        robot.clickOn("#comparePlay");
        for (int k = 0; k < 50 && !model.compare().finishedProperty().get(); k++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.compare().finishedProperty().get(), "both panels stopped");
        Label hebb = robot.lookup("#compareEnd-hebb").queryAs(Label.class);
        Label pinv = robot.lookup("#compareEnd-pinv").queryAs(Label.class);
        assertTrue(hebb.getText().startsWith("mixture of"), hebb.getText());
        assertEquals("stored pattern 'B'", pinv.getText());
        Label summary = robot.lookup("#compareSummary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Reached 'B' exactly: Pseudo"), summary.getText());
    }

    @Test
    void basinsDrawOneCurvePerProtocolWithProgressAndCancel(FxRobot robot) {
        robot.interact(() -> {
            model.library().replaceAll(TestStudio.axo());
            model.library().showInGrid(0);
        });
        robot.clickOn("#compareTab");
        robot.clickOn("#compareChoose-mpf");
        robot.clickOn("#compareChoose-trn");
        robot.clickOn("#compareWrite");
        robot.clickOn("#compareBasins");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#compareBasinsCancel").query().isDisabled(), "nothing left to cancel");
        long curves = model.compare().basinPoints().stream().map(p -> p.protocol()).distinct().count();
        assertEquals(2, curves);
    }
}
