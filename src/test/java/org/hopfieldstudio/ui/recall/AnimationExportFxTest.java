package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The "Save recall animation" window: the first lesson's run saved as a GIF; a bad folder says why. */
@ExtendWith(ApplicationExtension.class)
class AnimationExportFxTest {
    private StudioModel model;
    private AnimationExportDialog dialog;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        assertTrue(model.startLesson("letters", java.util.List.of("A", "X"), "A", "hebb", 0.15, 2024));
        dialog = new AnimationExportDialog(model.animationExport());
        stage.setScene(new Scene(dialog));
        stage.show();
    }

    @Test
    void savesTheShownRunAsALoopingGifAndSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
        File gif = dir.resolve("lesson.gif").toFile();
        robot.interact(() -> {
            dialog.choose(RecallAnimation.Format.GIF, RecallAnimation.Content.GRID_AND_CHARTS, 10, 480, 0.5);
            assertTrue(dialog.start(gif));
        });
        String status = robot.lookup("#animStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Saved: "), status);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif)) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertTrue(r.getNumImages(true) >= 3);
            assertEquals(480, r.getWidth(0));
        }
    }

    @Test
    void aFolderThatCannotBeWrittenSaysWhyInTheWindow(FxRobot robot, @TempDir Path dir) throws Exception {
        File blocker = dir.resolve("file").toFile();
        assertTrue(blocker.createNewFile());
        File target = new File(blocker, "frames"); // a folder inside a file: cannot be made
        robot.interact(() -> {
            dialog.choose(RecallAnimation.Format.PNG_SEQUENCE, RecallAnimation.Content.GRID, 10, 200, 0.5);
            dialog.start(target);
        });
        String status = robot.lookup("#animStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Could not save the animation") && status.contains("Choose another folder"), status);
        assertFalse(model.notices().messages().isEmpty());
    }
}
