package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid's keyboard cell cursor (issue 9 point 6): arrow keys move it, Space / Enter toggle the cell as one
 * undoable edit (and Space then does not play), the cursor is drawn visibly in every palette, and F1 lists the keys.
 */
@ExtendWith(ApplicationExtension.class)
class GridKeyboardFxTest {
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1260, 780);
    }

    private void key(FxRobot robot, KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.press(k).release(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void arrowsMoveTheCursorAndSpaceOrEnterTogglesItsCellAsAnUndoableEdit(FxRobot robot) {
        robot.interact(() -> {
            model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb", 0.15, 2024);
            model.document().startFresh();
            view.gridView().canvasHolder().requestFocus();
        });
        GridViewModel grid = model.grid();
        assertTrue(view.gridView().canvasHolder().isFocused());
        assertEquals(0, grid.cursorProperty().get(), "the cursor starts on the top-left cell");
        key(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.LEFT, KeyCode.DOWN);
        int cell = grid.index(2, 1);
        assertEquals(cell, grid.cursorProperty().get());
        assertEquals(cell, grid.hoverProperty().get(), "the status line reads the cursor's cell");
        key(robot, KeyCode.UP, KeyCode.UP, KeyCode.UP, KeyCode.LEFT, KeyCode.LEFT);
        assertEquals(0, grid.cursorProperty().get(), "stops at the edges");
        key(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.LEFT, KeyCode.DOWN);

        byte[] before = grid.state();
        key(robot, KeyCode.SPACE);
        assertFalse(model.recall().isPlaying(), "Space on the focused grid toggles, it does not play");
        byte[] after = grid.state();
        for (int i = 0; i < before.length; i++) {
            assertEquals(i == cell ? -before[i] : before[i], after[i], "cell " + i);
        }
        assertTrue(model.document().history().canUndoProperty().get(), "a keyboard toggle is an undoable edit");
        robot.interact(() -> model.document().undo());
        assertEquals(before[cell], grid.get(cell), "undo restores the cell");
        key(robot, KeyCode.ENTER);
        assertEquals(-before[cell], grid.get(cell), "Enter toggles too");
        robot.press(KeyCode.SHIFT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(grid.index(2, 6), grid.cursorProperty().get(), "Shift+arrow moves five cells");
    }

    @Test
    void theCursorIsDrawnInEveryPaletteOnlyWhileTheGridHasTheFocus(FxRobot robot) {
        robot.interact(() -> model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb", 0.15,
                2024));
        for (Palette p : Palette.values()) {
            robot.interact(() -> {
                view.theme().paletteProperty().set(p);
                view.gridView().canvasHolder().requestFocus();
            });
            key(robot, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.DOWN);
            int focused = accentPixelsAroundCursor(robot);
            robot.interact(() -> view.lookup("#sizeBox").requestFocus());
            int unfocused = accentPixelsAroundCursor(robot);
            assertTrue(focused > 2 * Math.max(10, unfocused), p + ": cursor drawn while focused (" + focused
                    + " accent pixels) and not after (" + unfocused + ")");
            robot.interact(() -> view.gridView().canvasHolder().requestFocus());
        }
    }

    private int accentPixelsAroundCursor(FxRobot robot) {
        int[] count = new int[1];
        robot.interact(() -> {
            view.gridView().repaintIfDirty();
            PlotStyle style = PlotStyle.of(view);
            int cur = model.grid().cursorProperty().get();
            double[] c = view.gridView().cellCentre(cur);
            double[] next = view.gridView().cellCentre(cur + 1);
            double cs = next[0] - c[0];
            SnapshotParameters sp = new SnapshotParameters();
            WritableImage img = view.gridView().canvas().snapshot(sp, null);
            PixelReader r = img.getPixelReader();
            for (int y = (int) (c[1] - cs); y < c[1] + cs; y++) {
                for (int x = (int) (c[0] - cs); x < c[0] + cs; x++) {
                    if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()
                            && close(r.getColor(x, y), style.accent())) {
                        count[0]++;
                    }
                }
            }
        });
        return count[0];
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 0.15;
    }

    @Test
    void f1ListsTheGridKeys(FxRobot robot) {
        robot.interact(view::toggleShortcutHelp);
        List<String> texts = robot.lookup("#" + ShortcutHelp.ID + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Move the cell cursor (Shift: five cells; Home / End: row ends)"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Toggle the cell under the cursor")), texts.toString());
    }
}
