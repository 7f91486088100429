package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12: the window gets its icon in every size, decoded off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class AppIconsFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("icons"), 200, 100));
        AppIcons.addTo(stage);
        stage.show();
    }

    @Test
    void theStageGetsEveryIconSizeDecoded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == AppIcons.SIZES.length);
        for (int i = 0; i < AppIcons.SIZES.length; i++) {
            Image icon = stage.getIcons().get(i);
            assertTrue(!icon.isError(), "icon " + AppIcons.SIZES[i] + " decoded");
            assertEquals(AppIcons.SIZES[i], icon.getWidth(), 0.0, "width of the " + AppIcons.SIZES[i] + " px icon");
        }
    }
}
