package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.hopfieldstudio.ui.common.Tips;

/** The studio window, headless (Monocle), with same-thread executors so every action completes at once. */
@ExtendWith(ApplicationExtension.class)
class StudioViewFxTest {
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1260, 780); // N.B. inside Monocle's default 1280×800 headless screen
        stage.setTitle(HopfieldStudioApp.TITLE);
    }

    private Point2D cell(int i) {
        double[] c = view.gridView().cellCentre(i);
        return view.gridView().canvas().localToScreen(c[0], c[1]);
    }

    private void frames() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void drawingByClickingCellsAndStoringGrowsTheLibrary(FxRobot robot) {
        robot.interact(() -> model.library().loadBuiltIn("letters"));
        robot.clickOn("#clearButton");
        int[] cells = {11, 22, 33, 44, 55};
        for (int i : cells) {
            robot.clickOn(cell(i));
        }
        for (int i : cells) {
            assertEquals(1, model.grid().get(i), "cell " + i + " drawn black");
        }
        assertEquals(-1, model.grid().get(12));
        robot.clickOn("#storeButton");
        assertEquals(27, model.library().count());
        assertEquals(1, model.library().patterns().get(26).get(33));
    }

    @Test
    void corruptAndRunToConvergenceShowsTheStoredLetter(FxRobot robot) {
        robot.interact(() -> {
            model.protocol().select("pinv");
            model.library().replaceAll(TestStudio.axo());
            model.library().showInGrid(0);
        });
        robot.clickOn("#corruptButton");
        byte[] letterA = TestStudio.axo().get(0).toArray();
        assertEquals(20, Measures.hamming(letterA, model.grid().state()));
        robot.clickOn("#runButton");
        frames();
        assertArrayEquals(letterA, model.grid().state());
        assertTrue(robot.lookup("#endState").queryLabeled().getText().contains("stored pattern 'A'"));
    }

    @Test
    void switchingProtocolRewritesW(FxRobot robot) {
        robot.interact(() -> model.library().loadBuiltIn("letters"));
        Network hebb = model.protocol().network();
        awaitHeatmapOf(hebb);
        Object hebbImage = view.heatmap().viewModel().imageProperty().get();
        robot.interact(() -> model.protocol().select("storkey"));
        frames();
        Network storkey = model.protocol().network();
        assertNotSame(hebb, storkey);
        assertEquals("storkey", storkey.protocol().toLowerCase());
        awaitHeatmapOf(storkey);
        assertNotSame(hebbImage, view.heatmap().viewModel().imageProperty().get(), "the heatmap was rebuilt");
    }

    private void awaitHeatmapOf(Network net) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () ->
                    view.heatmap().viewModel().imageProperty().get() != null
                            && !view.heatmap().viewModel().busyProperty().get()
                            && view.heatmap().networkProperty().get() == net);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("heatmap not rebuilt", e);
        }
    }

    @Test
    void keyboardShortcutsCorruptStepPlayAndReset(FxRobot robot) {
        robot.interact(() -> {
            model.protocol().select("pinv");
            model.library().replaceAll(TestStudio.axo());
            model.library().showInGrid(0);
        });
        byte[] clean = model.grid().state();
        robot.type(KeyCode.N);
        byte[] corrupted = model.grid().state();
        assertEquals(20, Measures.hamming(clean, corrupted));
        robot.type(KeyCode.S);
        frames();
        assertTrue(robot.lookup("#stepText").queryLabeled().getText().contains("step 1 "));
        robot.type(KeyCode.SPACE);
        assertTrue(model.recall().isPlaying() || model.recall().finishedProperty().get());
        robot.type(KeyCode.SPACE);
        frames();
        robot.type(KeyCode.R);
        assertFalse(model.recall().isPlaying());
        assertArrayEquals(corrupted, model.grid().state());
        assertNotEquals(0, model.recall().runsProperty().get());
    }

    @Test
    void playButtonIsTheHighlightedDefault(FxRobot robot) {
        assertTrue(robot.lookup("#playButton").queryButton().isDefaultButton());
        assertTrue(Tips.text(robot.lookup("#playButton").queryButton()).contains("[Space]"));
    }

    @Test
    void ctrlClickShowsTheReceptiveFieldWithoutTogglingTheCell(FxRobot robot) {
        robot.interact(() -> {
            model.library().replaceAll(TestStudio.axo());
            model.library().showInGrid(0);
        });
        frames();
        byte[] before = model.grid().state();
        robot.clickOn("#receptiveFieldPane");
        // N.B. the pane expands with an animation that shrinks the grid: let it finish before aiming at a cell
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        frames();
        robot.press(KeyCode.CONTROL).clickOn(cell(34)).release(KeyCode.CONTROL);
        frames();
        assertArrayEquals(before, model.grid().state(), "Ctrl+click must not toggle the cell");
        javafx.scene.control.Label title = robot.lookup("#memoryFieldTitle").queryAs(javafx.scene.control.Label.class);
        assertTrue(title.getText().startsWith("Receptive field of neuron 34 (3, 4)"), title.getText());
        javafx.scene.image.ImageView iv = robot.lookup("#memoryFieldImage").queryAs(
                org.hopfieldstudio.ui.common.PixelImagePane.class).imageView();
        assertTrue(iv.getImage() != null);
    }
}
