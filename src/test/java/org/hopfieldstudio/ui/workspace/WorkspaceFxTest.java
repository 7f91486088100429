package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.StudioView;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Undo and the workspace's tab in the real window (headless). */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFxTest {
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        model.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024);
        model.document().startFresh();
        view = TestStudio.show(stage, model, 1260, 780);
    }

    private MenuItem editItem(String id) {
        MenuBar bar = (MenuBar) view.lookup("#menuBar");
        return bar.getMenus().stream().filter(m -> "editMenu".equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void clearAllIsUndoneWithCtrlZAndTheMenuNamesTheAction(FxRobot robot) {
        List<Pattern> stored = List.copyOf(model.library().patterns());
        Network w = model.protocol().network();
        assertTrue(editItem("undoItem").isDisable(), "nothing to undo yet");
        robot.interact(() -> model.library().clear());
        assertEquals(0, model.library().count());
        assertEquals("Undo Clear all", editItem("undoItem").getText());
        robot.clickOn("#playButton"); // focus off any text field
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(stored, model.library().patterns());
        assertSame(w, model.protocol().network());
        assertEquals("Redo Clear all", editItem("redoItem").getText());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals(0, model.library().count());
    }

    @Test
    void theTabOnShowIsPartOfTheWorkspace(FxRobot robot) {
        robot.clickOn("#weightsTab");
        assertEquals("weights", model.document().selectedTabProperty().get());
        robot.interact(() -> model.document().selectedTabProperty().set("crosstalk"));
        assertEquals("crosstalkTab", view.tabs().getSelectionModel().getSelectedItem().getId());
    }
}
