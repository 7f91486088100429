package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hopfieldstudio.io.RecoveryStore;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.StudioView;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The recovery offer in the real window (headless): what it says, Restore and Discard. */
@ExtendWith(ApplicationExtension.class)
class RecoveryFxTest {
    @TempDir
    Path dir;

    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        model.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024);
        model.document().startFresh();
        view = TestStudio.show(stage, model, 1260, 780);
    }

    /** A crashed session whose snapshot holds the lesson with 'A' cleared from the grid and 'X' removed. */
    private RecoveryOffer crashAndOffer(FxRobot robot) throws Exception {
        StudioModel crashed = TestStudio.model();
        crashed.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024);
        crashed.library().remove(1);
        crashed.grid().clear();
        new RecoveryStore(dir, "crashed", 1, Instant.EPOCH).write(crashed.document().snapshot(), null, Instant.now());
        RecoveryOffer[] offer = new RecoveryOffer[1];
        robot.interact(() -> {
            offer[0] = new RecoveryOffer(model.document(), new RecoveryStore(dir, "now", 2, Instant.EPOCH),
                    Runnable::run, Runnable::run, model.notices(), info -> false);
            view.installRecovery(offer[0]);
            offer[0].check();
        });
        return offer[0];
    }

    @Test
    void restoreFromTheBarPutsTheRecoveredWorkInTheWindowUnsaved(FxRobot robot) throws Exception {
        Node bar = robot.lookup("#recoveryBar").tryQuery().orElse(null);
        assertTrue(bar == null || !bar.isVisible(), "nothing on offer before the check");
        crashAndOffer(robot);
        bar = robot.lookup("#recoveryBar").query();
        assertTrue(bar.isVisible() && bar.isManaged());
        String text = robot.lookup("#recoveryText").queryAs(Label.class).getText();
        assertTrue(text.contains("did not close normally") && text.contains("p = 1") && text.contains("N = 100")
                && text.contains("hebb"), text);
        robot.clickOn("#restoreRecoveryButton");
        assertFalse(bar.isVisible());
        assertEquals(1, model.library().count());
        assertEquals(-100, sum(model.grid().state()), "the cleared grid is back");
        assertTrue(model.document().isDirty());
        String shown = model.status().shownProperty().get().text();
        assertTrue(shown.contains("not saved yet"), shown);
    }

    @Test
    void discardFromTheBarKeepsWhatIsShown(FxRobot robot) throws Exception {
        crashAndOffer(robot);
        robot.clickOn("#discardRecoveryButton");
        assertFalse(robot.lookup("#recoveryBar").query().isVisible());
        assertEquals(2, model.library().count());
        assertFalse(model.document().isDirty());
    }

    private static int sum(byte[] s) {
        int t = 0;
        for (byte b : s) {
            t += b;
        }
        return t;
    }
}
