package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.HopfieldStudioApp;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.common.OnScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 9: recall charts scrolled out of view (at 200 % they sit below the fold) are not drawn every frame; scrolled
 * into view they show the newest samples at once.
 */
@ExtendWith(ApplicationExtension.class)
class RecallChartsOffScreenFxTest {
    private StudioModel model;
    private RecallView view;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        model.protocol().select("pinv");
        model.library().replaceAll(TestStudio.axo());
        model.library().showInGrid(0);
        view = new RecallView(model.recall());
        scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        // N.B. short: the controls fill it, the charts are below the fold
        Scene scene = new Scene(scroll, 460, 260);
        scene.getStylesheets().add(HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private List<TimeSeriesPlot> plots() {
        return view.lookupAll(".plot").stream().filter(n -> n instanceof TimeSeriesPlot).map(n -> (TimeSeriesPlot) n)
                .toList();
    }

    private void frame() {
        model.recall().onFrame(0);
        view.repaintIfDirty();
        scroll.applyCss();
        scroll.layout();
    }

    @Test
    void chartsBelowTheFoldAreDrawnWhenScrolledIntoView(FxRobot robot) {
        robot.interact(() -> {
            scroll.setVvalue(0);
            frame();
            List<TimeSeriesPlot> plots = plots();
            assertEquals(3, plots.size());
            int[] before = plots.stream().mapToInt(TimeSeriesPlot::screenPaints).toArray();
            model.recall().noiseProperty().set(0.2);
            model.recall().corrupt();
            for (int k = 0; k < 50; k++) {
                model.recall().step();
                frame();
            }
            for (int i = 0; i < plots.size(); i++) {
                assertFalse(OnScreen.isShowing(plots.get(i)), "chart " + i + " is below the fold: "
                        + plots.get(i).localToScene(plots.get(i).getLayoutBounds()) + " view " + view.getHeight());
                assertEquals(before[i], plots.get(i).screenPaints(), "chart " + i + " not drawn while out of view");
            }
            scroll.setVvalue(1);
            scroll.layout();
            frame();
            int shown = 0;
            for (int i = 0; i < plots.size(); i++) {
                TimeSeriesPlot p = plots.get(i);
                if (OnScreen.isShowing(p)) {
                    shown++;
                    assertEquals(before[i] + 1, p.screenPaints(), "chart " + i + " drawn once it came into view");
                    assertTrue(p.hoverPointCount() > 0, "chart " + i + " shows the run's samples");
                }
            }
            assertTrue(shown > 0, "scrolled down, the charts are in view");
            // in view, each new sample is drawn at once
            int[] now = plots.stream().mapToInt(TimeSeriesPlot::screenPaints).toArray();
            model.recall().step();
            frame();
            for (int i = 0; i < plots.size(); i++) {
                if (OnScreen.isShowing(plots.get(i))) {
                    assertEquals(now[i] + 1, plots.get(i).screenPaints(), "chart " + i + " follows the run");
                }
            }
        });
    }
}
