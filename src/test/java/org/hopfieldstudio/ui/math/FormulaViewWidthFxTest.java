package org.hopfieldstudio.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A formula broken into lines never comes out wider than its box (issue 9, session 5): JLaTeXMath's line breaking
 * left Crosstalk's formula at 30 px (200 %) a glyph wider than 1248 px, and the tab cut it. Every width from that of
 * the formula's widest piece that cannot be broken (what a 50-px box gets) to 1400 px in steps of 7, at 100 %, 175 %
 * and 200 % text sizes.
 */
@ExtendWith(ApplicationExtension.class)
class FormulaViewWidthFxTest {
    private final FormulaView view = new FormulaView(Formulas.CROSSTALK);

    @Start
    void start(Stage stage) {
        Pane root = new Pane(view);
        stage.setScene(new Scene(root, 1500, 400));
        stage.show();
    }

    @Test
    void brokenLinesFitTheBox(FxRobot robot) {
        List<String> wider = new ArrayList<>();
        robot.interact(() -> {
            for (double px : new double[] {15, 26.25, 30}) {
                view.setStyle("-fx-font-size: " + px + "px;");
                view.applyCss();
                view.resize(50, view.prefHeight(50));
                view.layout();
                double piece = ((Canvas) view.getChildrenUnmodifiable().get(0)).getWidth() + view.snappedLeftInset()
                        + view.snappedRightInset();
                for (int w = 1400; w >= piece + 1; w -= 7) {
                    view.resize(w, view.prefHeight(w));
                    view.layout();
                    Canvas c = (Canvas) view.getChildrenUnmodifiable().get(0);
                    double right = c.getBoundsInParent().getMaxX() + view.snappedRightInset();
                    if (right > w + 1) {
                        wider.add(px + " px in " + w + ": " + Math.round(right));
                    }
                }
            }
        });
        assertEquals(List.of(), wider.stream().limit(10).toList());
    }
}
