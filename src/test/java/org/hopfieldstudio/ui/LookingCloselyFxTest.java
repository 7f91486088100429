package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.ui.heatmap.ColorBar;
import org.hopfieldstudio.ui.recall.RasterBuffer;
import org.hopfieldstudio.ui.recall.RasterView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 7, defect 16 ("looking closely"), the parts only the window shows. */
@ExtendWith(ApplicationExtension.class)
class LookingCloselyFxTest {
    private StudioModel model;
    private StudioView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1260, 780);
    }

    @Test
    void anEmptyColourBarShowsNoNumbers(FxRobot robot) {
        ColorBar bar = view.heatmap().fieldColorBar();
        assertEquals(0.0, bar.scale());
        assertTrue(bar.valueLabels().isEmpty(), "no '+0.000 / +0.000': " + bar.valueLabels());
    }

    @Test
    void theRasterHasNoCaptionDrawnOverIt(FxRobot robot) {
        RasterBuffer buffer = new RasterBuffer(200);
        buffer.reset(100);
        RasterView raster = new RasterView(buffer);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(raster), 300, 150));
            s.show();
            buffer.add(new byte[100]); // one column, all 0: no black pixel
            raster.repaintIfDirty();
            shot[0] = raster.snapshot(null, null);
            s.close();
        });
        var reader = shot[0].getPixelReader();
        int dark = 0;
        for (int y = 0; y < (int) shot[0].getHeight(); y++) {
            for (int x = 10; x < (int) shot[0].getWidth(); x++) { // N.B. past the first columns of data
                if (reader.getColor(x, y).getBrightness() < 0.6) {
                    dark++;
                }
            }
        }
        assertEquals(0, dark, "dark pixels (text) drawn over the raster");
    }

    @Test
    void theReceptiveFieldOfAWOfAnotherSizeIsNotDrawnOnTheGrid(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.resizeGrid(20);
            model.library().replaceAll(PatternSet.random(20, 20, 3, Seeds.rng(1)));
        });
        robot.interact(() -> {
            model.protocol().select("mpf"); // W stays the Hebb W of N = 400 (MPF writes only on demand)
            model.library().clear();
            model.resizeGrid(10);
            model.grid().selectedCellProperty().set(5);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.heatmap().viewModel().receptiveFieldProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#memoryFieldTitle").queryAs(Label.class);
        assertTrue(title.getText().startsWith("W is for N = 400 but the grid has N = 100"), title.getText());
    }

    @Test
    void aNewGridSizeEndsTheNeuronSelection(FxRobot robot) {
        robot.interact(() -> {
            model.grid().selectedCellProperty().set(7);
            model.resizeGrid(16);
        });
        assertEquals(-1, model.grid().selectedCellProperty().get());
        assertEquals(null, view.heatmap().selectedNeuronProperty().get());
    }
}
