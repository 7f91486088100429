package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.hopfieldstudio.ui.notify.Message;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.StatusBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Defect 13: wrong start-up switches open the window with one clear message (the real app's start). */
@ExtendWith(ApplicationExtension.class)
class StartupSwitchesFxTest {
    private final HopfieldStudioApp app = new HopfieldStudioApp();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("hopfield.noise", "2");
        System.setProperty("hopfield.protocol", "bogus");
        try {
            app.start(stage);
            stage.setWidth(1260); // N.B. inside Monocle's 1280×800 headless screen
            stage.setHeight(780);
        } finally {
            System.clearProperty("hopfield.noise");
            System.clearProperty("hopfield.protocol");
        }
    }

    @AfterAll
    static void clear() {
        System.clearProperty("hopfield.noise");
        System.clearProperty("hopfield.protocol");
    }

    @Test
    void wrongSwitchesOpenTheWindowWithOneMessageNamingThem(FxRobot robot) throws Exception {
        assertTrue(stage.isShowing());
        StudioView view = (StudioView) stage.getScene().getRoot();
        StatusBar bar = view.statusBar();
        String shown = bar.shownText();
        assertTrue(shown.contains("hopfield.noise=2 is outside 0 … 0.5"), shown);
        assertTrue(shown.contains("hopfield.protocol=bogus is not a protocol"), shown);
        var log = view.messageLog().table().getItems();
        assertEquals(1, log.size(), "one message: " + log);
        Message m = log.get(0);
        assertEquals(Notice.Level.WARNING, m.level());
        assertEquals("Start-up", m.source());
        robot.interact(() -> app.stop());
    }
}
