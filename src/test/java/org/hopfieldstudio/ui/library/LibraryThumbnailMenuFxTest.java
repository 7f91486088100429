package org.hopfieldstudio.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A library thumbnail's context menu: rename and remove, and the export items of every image. */
@ExtendWith(ApplicationExtension.class)
class LibraryThumbnailMenuFxTest {
    @Start
    void start(Stage stage) {
        StudioModel model = TestStudio.model();
        model.library().loadBuiltIn("letters", List.of("A", "X"));
        TestStudio.show(stage, model, 1260, 780);
    }

    @Test
    void rightClickOffersRenameRemoveAndTheImageExports(FxRobot robot) {
        // N.B. a thumbnail is a cell showing a pattern; its context menu is what a right-click opens
        javafx.scene.control.Control cell = robot.lookup("." + Styles.THUMB).queryAll().stream()
                .filter(n -> n instanceof org.controlsfx.control.GridCell<?> c && c.getItem() != null)
                .map(n -> (javafx.scene.control.Control) n).findFirst().orElseThrow();
        assertTrue(cell.getContextMenu() != null, "a context menu");
        List<MenuItem> items = cell.getContextMenu().getItems();
        assertTrue(items.stream().anyMatch(i -> "Rename…".equals(i.getText())), "rename kept");
        assertEquals(List.of("copyImage", "savePng1", "savePng2", "saveSvg"),
                items.stream().map(MenuItem::getId).filter(Objects::nonNull).toList());
    }
}
