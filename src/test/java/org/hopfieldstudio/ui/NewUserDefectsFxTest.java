package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.common.NumberField;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.library.IoPatternCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.hopfieldstudio.ui.common.Tips;

/** Issue 7: defects a test can only see in the window (headless), with a runner the test drives by hand. */
@ExtendWith(ApplicationExtension.class)
class NewUserDefectsFxTest {
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = new StudioModel(runner, Runnable::run, Debouncer.IMMEDIATE, new IoPatternCatalog(), Protocols.all());
        view = TestStudio.show(stage, model, 1260, 780);
    }

    private static void scrollToBottom(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                sp.setVvalue(sp.getVmax());
                sp.layout();
            }
        }
    }

    @Test
    void choosingTheSameBundledSetAgainAfterClearAllLoadsItAgain(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#builtInBox").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select("letters"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(26, model.library().count());
        robot.interact(() -> model.library().clear());
        assertEquals(0, model.library().count());
        robot.interact(() -> box.getSelectionModel().select("letters"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(26, model.library().count(), "the letters load again");
    }

    @Test
    void cancelStaysUnderThePointerWhileTheStatusLinesChange(FxRobot robot) {
        robot.interact(() -> {
            model.protocol().select("trn");
            model.library().replaceAll(TestStudio.axo());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scrollToBottom(robot.lookup("#cancelWriteButton").query()));
        WaitForAsyncUtils.waitForFxEvents();
        Node cancel = robot.lookup("#cancelWriteButton").query();
        double y0 = cancel.localToScene(cancel.getBoundsInLocal()).getMinY();
        robot.interact(() -> model.protocol().write());
        double y1 = cancel.localToScene(cancel.getBoundsInLocal()).getMinY();
        robot.interact(() -> runner.last().progress(0.01, "TRN iteration 15/1500, loss D = 0.12345"));
        double y2 = cancel.localToScene(cancel.getBoundsInLocal()).getMinY();
        robot.clickOn("#cancelWriteButton");
        assertTrue(runner.last().cancelled, "the click reached Cancel");
        assertTrue(robot.lookup("#staleWarning").query().isVisible(), "W is out of date after the cancel");
        double y3 = cancel.localToScene(cancel.getBoundsInLocal()).getMinY();
        assertEquals(y0, y1, 0.5, "write started");
        assertEquals(y0, y2, 0.5, "progress message");
        assertEquals(y0, y3, 0.5, "cancelled, banner shown");
    }

    @Test
    void parameterFieldsRefuseBadTextAsTypedAndShowTheRange(FxRobot robot) {
        robot.interact(() -> {
            model.protocol().select("trn");
        });
        WaitForAsyncUtils.waitForFxEvents();
        NumberField lr = robot.lookup("#param-lr").queryAs(NumberField.class);
        var value = model.protocol().parameters().stream().filter(v -> v.parameter().key().equals("lr")).findFirst()
                .orElseThrow();
        assertTrue(Tips.text(lr).contains("Allowed: a number from 0.000000001 to 1000000")
                || Tips.text(lr).contains("Allowed: a number from 1.0E-9 to 1000000"), Tips.text(lr));
        robot.interact(() -> lr.setText("abc"));
        assertFalse(lr.validProperty().get());
        assertTrue(lr.getStyleClass().contains("invalid"));
        assertTrue(Tips.text(lr).startsWith("'abc' is not a number"), Tips.text(lr));
        assertEquals(0.01, value.value(), "the model keeps its value");
        robot.interact(() -> lr.setText("5e7"));
        assertTrue(Tips.text(lr).startsWith("5e7 is out of range"));
        assertEquals(0.01, value.value());
        robot.interact(() -> lr.setText("0.05"));
        assertTrue(lr.validProperty().get());
        assertFalse(lr.getStyleClass().contains("invalid"));
        assertEquals(0.05, value.value(), 1e-12);
        robot.interact(() -> {
            lr.requestFocus();
            lr.setText("-");
        });
        robot.interact(() -> robot.lookup("#writeButton").query().requestFocus());
        assertEquals("0.05", lr.getText(), "leaving a field with bad text puts the value back");
        NumberField iterations = robot.lookup("#param-iterations").queryAs(NumberField.class);
        robot.interact(() -> iterations.setText("12.5"));
        assertTrue(Tips.text(iterations).startsWith("12.5 is not a whole number"));
    }

    /** Issue 7 point 4: the recall seed and the census's M are validating number fields too. */
    @Test
    void recallSeedAndCensusStartsRefuseBadTextAsTypedAndKeepTheLastValidValue(FxRobot robot) {
        NumberField seed = robot.lookup("#recallSeedField").queryAs(NumberField.class);
        long before = model.recall().seedProperty().get();
        assertTrue(Tips.text(seed).contains("Allowed: a whole number from 0 to"), Tips.text(seed));
        robot.interact(() -> seed.setText("12a"));
        assertTrue(seed.getStyleClass().contains("invalid"));
        assertTrue(Tips.text(seed).startsWith("'12a' is not a number"), Tips.text(seed));
        assertEquals(before, model.recall().seedProperty().get(), "the model keeps its seed");
        robot.interact(() -> seed.setText("-3"));
        assertTrue(seed.getStyleClass().contains("invalid"));
        assertEquals(before, model.recall().seedProperty().get());
        robot.interact(() -> seed.setText("777"));
        assertFalse(seed.getStyleClass().contains("invalid"));
        assertEquals(777, model.recall().seedProperty().get());
        robot.interact(() -> model.recall().seedProperty().set(31));
        assertEquals("31", seed.getText(), "the field follows the model (New seed, Corrupt)");

        NumberField starts = robot.lookup("#censusStarts").queryAs(NumberField.class);
        int m = model.census().startsProperty().get();
        robot.interact(() -> starts.setText("0"));
        assertTrue(starts.getStyleClass().contains("invalid"));
        assertTrue(Tips.text(starts).contains("Allowed: a whole number from 1 to 100000"),
                Tips.text(starts));
        assertEquals(m, model.census().startsProperty().get());
        robot.interact(() -> starts.setText("1000001"));
        assertEquals(m, model.census().startsProperty().get());
        robot.interact(() -> starts.setText("50"));
        assertFalse(starts.getStyleClass().contains("invalid"));
        assertEquals(50, model.census().startsProperty().get());
    }
}
