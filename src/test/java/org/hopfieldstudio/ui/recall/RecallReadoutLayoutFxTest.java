package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.HopfieldStudioApp;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 9 (frame rate at 200 %): the recall's step line and measures change every frame without laying out the
 * panels around them again, unless the new text needs another line.
 */
@ExtendWith(ApplicationExtension.class)
class RecallReadoutLayoutFxTest {
    private StudioModel model;
    private RecallView view;
    private CountingPane root;

    /** The recall view's parent, counting its layouts (each one means the view asked for a layout). */
    static final class CountingPane extends StackPane {
        int layouts;

        CountingPane(RecallView v) {
            super(v);
        }

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        model.protocol().select("pinv");
        model.library().replaceAll(TestStudio.axo());
        model.library().showInGrid(0);
        view = new RecallView(model.recall());
        root = new CountingPane(view);
        Scene scene = new Scene(root, 460, 1100);
        scene.getStylesheets().add(HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** One frame as the studio's pump and the next pulse run it. */
    private void frame() {
        model.recall().onFrame(0);
        view.repaintIfDirty();
        root.applyCss();
        root.layout();
    }

    @Test
    void aHundredStepsChangeTheReadoutsButNotTheLayoutAroundThem(FxRobot robot) {
        Set<String> texts = new HashSet<>();
        int[] layouts = new int[1];
        robot.interact(() -> {
            model.recall().noiseProperty().set(0.2);
            model.recall().corrupt();
            model.recall().step();
            frame();
            layouts[0] = root.layouts;
            for (int k = 0; k < 100; k++) {
                model.recall().step();
                frame();
                Label step = (Label) view.lookup("#stepText");
                Label measures = (Label) view.lookup("#measures");
                assertEquals(model.recall().stepTextProperty().get(), step.getText());
                assertEquals(model.recall().measuresTextProperty().get(), measures.getText());
                // the label shows its whole new text (laid out at its width, nothing cut)
                assertTrue(step.getHeight() >= step.prefHeight(step.getWidth()) - 0.5, "step line tall enough");
                texts.add(step.getText());
            }
            layouts[0] = root.layouts - layouts[0];
        });
        assertEquals(100, texts.size(), "the step line changed every frame");
        // N.B. a bare label asked for a layout of every ancestor each frame (100 here); only a text that needs
        // another line does now
        assertTrue(layouts[0] <= 5, "the recall view's parent was laid out " + layouts[0] + " times in 100 frames");
    }

    @Test
    void aTextThatNeedsMoreLinesStillMakesRoom(FxRobot robot) {
        robot.interact(() -> {
            model.recall().showHint("short");
            frame();
            Label step = (Label) view.lookup("#stepText");
            double oneLine = step.getHeight();
            int before = root.layouts;
            model.recall().showHint("A hint long enough to need several lines in a column of this width: "
                    + "it wraps, and the labels below it move down to make room for every one of its words.");
            frame();
            assertTrue(root.layouts > before, "the column was laid out again");
            assertTrue(step.getHeight() > 2 * oneLine, "the step line grew: " + oneLine + " → " + step.getHeight());
            assertEquals(step.prefHeight(step.getWidth()), step.getHeight(), 0.5);
            Label measures = (Label) view.lookup("#measures");
            assertTrue(measures.localToScene(0, 0).getY() >= step.localToScene(0, step.getHeight()).getY() - 0.5,
                    "the measures line moved below the longer step line");
        });
    }
}
