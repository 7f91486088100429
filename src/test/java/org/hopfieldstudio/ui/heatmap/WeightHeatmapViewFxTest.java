package org.hopfieldstudio.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.DemoNetworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test of the heatmap view; renders run synchronously. */
@ExtendWith(ApplicationExtension.class)
class WeightHeatmapViewFxTest {
    private WeightHeatmapView view;

    @Start
    void start(Stage stage) {
        view = new WeightHeatmapView(new WeightHeatmapViewModel(Runnable::run, Runnable::run, 1000));
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
    }

    private static int[] pixels(Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }

    @Test
    void settingANewNetworkRebuildsTheHeatmapImage(FxRobot robot) {
        ImageView iv = robot.lookup("#heatmapImageView").queryAs(ImageView.class);
        robot.interact(() -> view.networkProperty().set(DemoNetworks.hebb(DemoNetworks.shapes(12))));
        WaitForAsyncUtils.waitForFxEvents();
        Image first = iv.getImage();
        assertNotNull(first);
        assertEquals(0, first.getWidth() % 144, "one whole block of screen pixels per weight");
        int[] a = pixels(first);
        robot.interact(() -> view.networkProperty().set(DemoNetworks.hebb(DemoNetworks.random(12, 12, 4, 3))));
        WaitForAsyncUtils.waitForFxEvents();
        int[] b = pixels(iv.getImage());
        assertFalse(Arrays.equals(a, b));
        assertFalse(iv.isSmooth(), "pixels stay crisp");
        assertEquals(0xffffffff, b[0], "zero diagonal W_00 is white");
    }

    @Test
    void hoverShowsTheWeightUnderTheMouse(FxRobot robot) {
        robot.interact(() -> view.networkProperty().set(DemoNetworks.hebb(DemoNetworks.shapes(12))));
        WaitForAsyncUtils.waitForFxEvents();
        ImageView iv = robot.lookup("#heatmapImageView").queryAs(ImageView.class);
        robot.moveTo(iv);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#heatmapHover").queryAs(Label.class).getText();
        assertTrue(text.startsWith("i = 72 (6, 0),  j = 72 (6, 0):  w_ij = "), text);
    }

    @Test
    void selectingANeuronShowsItsReceptiveField(FxRobot robot) {
        robot.interact(() -> {
            view.networkProperty().set(DemoNetworks.hebb(DemoNetworks.shapes(12)));
            view.selectedNeuronProperty().set(13);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Receptive field of neuron 13 (1, 1)",
                robot.lookup("#receptiveFieldTitle").queryAs(Label.class).getText());
    }

    /**
     * Issue 9's typeset mathematics on the Weights tab: the heading and the colour bars showed "W_ij" in ASCII-LaTeX;
     * the symbol is now a typeset formula (the heading's graphic, the bars' titles between {@code $…$}).
     */
    @Test
    void theWeightSymbolIsTypesetNotAsciiLatex(FxRobot robot) {
        robot.interact(() -> view.networkProperty().set(DemoNetworks.hebb(DemoNetworks.shapes(12))));
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.Node n : robot.lookup(".label").queryAll()) {
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                assertFalse(l.getText().matches(".*\\b[A-Za-z]_[A-Za-z0-9{].*"), "ASCII-LaTeX in \"" + l.getText() + "\"");
            }
        }
        javafx.scene.control.Label title = robot.lookup("#heatmapTitle").queryAs(javafx.scene.control.Label.class);
        assertTrue(title.getGraphic() instanceof org.hopfieldstudio.ui.math.FormulaView f
                && f.getTex().latex().equals("W_{ij}"), "heading's symbol typeset: " + title.getGraphic());
        ColorBar bar = robot.lookup("#heatmapColorBar").queryAs(ColorBar.class);
        assertEquals("$W_{ij}$", bar.title());
    }
}
