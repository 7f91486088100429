package org.hopfieldstudio.ui.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.hopfieldstudio.ui.common.Tips;

@ExtendWith(ApplicationExtension.class)
class FormulaViewFxTest {
    private VBox root;
    private FormulaView view;

    @Start
    void start(Stage stage) {
        view = new FormulaView(new Tex(Protocols.byId("hebb").formulaLatex(), Protocols.byId("hebb").formula()));
        root = new VBox(view);
        stage.setScene(new Scene(root, 900, 300));
        stage.show();
    }

    @Test
    void sizeFollowsTheInheritedFontSizeSoZoomScalesFormulas(FxRobot robot) {
        robot.interact(() -> root.setStyle("-fx-font-size: 12px;"));
        robot.interact(() -> root.layout());
        double small = view.getHeight();
        double smallW = view.prefWidth(-1);
        robot.interact(() -> root.setStyle("-fx-font-size: 24px;"));
        robot.interact(() -> root.layout());
        assertEquals(24, view.fontSize(), 1e-9);
        assertEquals(2.0, view.getHeight() / small, 0.15);
        assertEquals(2.0, view.prefWidth(-1) / smallW, 0.15);
    }

    @Test
    void colourComesFromCssTextFill(FxRobot robot) {
        robot.interact(() -> view.setStyle("-fx-text-fill: #ff0000;"));
        assertEquals(Color.RED, view.textFill());
    }

    @Test
    void plainFormIsTheTooltipAndAccessibleText(FxRobot robot) {
        assertEquals(Protocols.byId("hebb").formula(), view.getAccessibleText());
        assertEquals(Protocols.byId("hebb").formula(), view.plainText());
        assertEquals(Protocols.byId("hebb").formula(), Tips.text(view));
    }

    @Test
    void aNarrowParentBreaksTheFormulaIntoLinesInsteadOfClipping(FxRobot robot) {
        robot.interact(() -> view.setTex(Tex.of(Protocols.byId("storkey").formulaLatex())));
        robot.interact(() -> root.layout());
        double wide = view.getHeight();
        double pref = view.prefWidth(-1);
        robot.interact(() -> {
            root.setMaxWidth(pref / 2);
            root.setPrefWidth(pref / 2);
            root.resize(pref / 2, 300);
            root.layout();
        });
        assertTrue(view.getWidth() <= pref / 2 + 1, "fits its parent: " + view.getWidth());
        assertTrue(view.getHeight() > wide * 1.3, "taller when broken: " + view.getHeight() + " vs " + wide);
    }
}
