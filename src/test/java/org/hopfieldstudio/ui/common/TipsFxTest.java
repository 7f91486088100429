package org.hopfieldstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips made on first hover (issue 12, start-up) still show their text when the pointer rests on the node. */
@ExtendWith(ApplicationExtension.class)
class TipsFxTest {
    private final Button button = new Button("Play");
    private final Region plain = new Region();
    private final Label far = new Label("elsewhere");

    @Start
    void start(Stage stage) {
        plain.setPrefSize(80, 40);
        HBox root = new HBox(40, button, plain, far);
        stage.setScene(new Scene(root, 500, 200));
        stage.show();
    }

    @Test
    void theTooltipIsMadeOnFirstHoverAndShowsItsText(FxRobot robot) throws Exception {
        robot.interact(() -> Tips.set(button, "Play / pause  [Space]"));
        assertNull(button.getTooltip(), "no tooltip before the pointer comes");
        assertEquals("Play / pause  [Space]", Tips.text(button));
        robot.moveTo(far).moveTo(button).moveBy(2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> button.getTooltip() != null && button.getTooltip().isShowing());
        assertEquals("Play / pause  [Space]", button.getTooltip().getText());
        assertEquals("Play / pause  [Space]", Tips.text(button));
        robot.moveTo(far);
    }

    @Test
    void aBoundTextFollowsItsSourceBeforeAndAfterTheTooltipIsMadeAndOnAnyNode(FxRobot robot) {
        SimpleStringProperty text = new SimpleStringProperty("first");
        robot.interact(() -> Tips.bind(plain, text, t -> t.setShowDelay(Duration.millis(10))));
        assertEquals("first", Tips.text(plain));
        robot.interact(() -> text.set("second"));
        assertEquals("second", Tips.text(plain));
        robot.moveTo(plain).moveBy(3, 2);
        WaitForAsyncUtils.waitForFxEvents();
        var made = Tips.tooltip(plain);
        assertNotNull(made);
        assertEquals(Duration.millis(10), made.getShowDelay(), "configured when made");
        assertSame(made, Tips.tooltip(plain), "made once");
        robot.interact(() -> text.set("third"));
        assertEquals("third", made.getText());
        robot.interact(() -> Tips.remove(plain));
        assertNull(Tips.text(plain));
        robot.moveTo(far);
    }

    @Test
    void removingBeforeTheFirstHoverLeavesNoTooltip(FxRobot robot) {
        Button b = new Button("b");
        robot.interact(() -> {
            Tips.set(b, "x");
            Tips.remove(b);
        });
        assertNull(Tips.text(b));
        assertNull(b.getTooltip());
        assertTrue(b.getProperties().isEmpty());
    }
}
