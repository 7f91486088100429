package org.hopfieldstudio.ui.census;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The census pane in the studio window, headless (Monocle), with same-thread executors. */
@ExtendWith(ApplicationExtension.class)
class CensusViewFxTest {
    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        model.protocol().select("hebb");
        model.library().loadBuiltIn("letters", List.of("A", "X"));
        model.protocol().write();
        TestStudio.show(stage, model, 1260, 780); // N.B. inside Monocle's default 1280×800 headless screen
    }

    @SuppressWarnings("unchecked")
    private ListView<CensusRow> list(FxRobot robot) {
        return robot.lookup("#censusList").queryAs(ListView.class);
    }

    private void expand(FxRobot robot) {
        TitledPane pane = robot.lookup("#censusPane").queryAs(TitledPane.class);
        assertFalse(pane.isExpanded(), "collapsed at first: the grid keeps its room");
        robot.clickOn("Attractor census");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isExpanded());
    }

    @Test
    void clickingTheCensusButtonFillsTheList(FxRobot robot) {
        expand(robot);
        assertTrue(list(robot).getItems().isEmpty());
        robot.clickOn("#censusButton");
        WaitForAsyncUtils.waitForFxEvents();
        List<CensusRow> rows = list(robot).getItems();
        assertFalse(rows.isEmpty());
        assertEquals(CensusViewModel.DEFAULT_STARTS, model.census().resultProperty().get().starts());
        assertTrue(robot.lookup("#censusTotals").queryLabeled().getText().contains("%"));
        assertTrue(robot.lookup("#censusStatus").queryLabeled().getText().startsWith("200 starts"),
                robot.lookup("#censusStatus").queryLabeled().getText());
    }

    @Test
    void clickingAListedEndStateLoadsItIntoTheGrid(FxRobot robot) {
        expand(robot);
        robot.clickOn("#censusButton");
        WaitForAsyncUtils.waitForFxEvents();
        CensusRow first = list(robot).getItems().get(0);
        robot.clickOn(robot.lookup("#censusList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(first.state(), model.grid().state());
    }

    @Test
    void theStartsFieldSetsM(FxRobot robot) {
        expand(robot);
        robot.doubleClickOn("#censusStarts").eraseText(6).write("50");
        robot.clickOn("#censusButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(50, model.census().resultProperty().get().starts());
    }

    @Test
    void aListedEndStateHasTheExportMenuOfEveryImage(FxRobot robot) {
        expand(robot);
        robot.clickOn("#censusButton");
        WaitForAsyncUtils.waitForFxEvents();
        requestMenu(robot, robot.lookup("#censusList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        List<String> ids = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .map(javafx.scene.control.MenuItem::getId).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of("copyImage", "savePng1", "savePng2", "saveSvg"), ids);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** What a right-click (or the menu key) asks for; Monocle's robot does not synthesise it. */
    private static void requestMenu(FxRobot robot, javafx.scene.Node n) {
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        robot.interact(() -> n.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, n.getLayoutBounds().getWidth() / 2,
                n.getLayoutBounds().getHeight() / 2, b.getCenterX(), b.getCenterY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
