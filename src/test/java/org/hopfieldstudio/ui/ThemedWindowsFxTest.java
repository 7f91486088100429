package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every window the app opens over its main window (the animation export window, alerts) takes the main window's
 * palette and zoom, and follows them when they change (issue 9: the export window rendered unthemed in dark mode).
 */
@ExtendWith(ApplicationExtension.class)
class ThemedWindowsFxTest {
    private StudioView view;
    private Stage stage;
    private final List<Window> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.themeOwnedWindows();
        view = TestStudio.show(stage, TestStudio.model(), 1000, 700);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> opened.forEach(Window::hide));
    }

    @Test
    void theAnimationExportWindowHasTheWindowsPaletteAndZoom(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.theme().paletteProperty().set(Palette.DARK);
            view.theme().setZoom(2.0);
            view.showAnimationExport();
        });
        Stage export = org.testfx.util.WaitForAsyncUtils.asyncFx(this::newestOwnedStage).get();
        assertThemed(robot, export.getScene(), Palette.DARK, 2.0);
        robot.interact(() -> {
            view.theme().paletteProperty().set(Palette.PROJECTOR);
            view.theme().setZoom(1.25);
        });
        assertThemed(robot, export.getScene(), Palette.PROJECTOR, 1.25);
    }

    /**
     * Issue 9's lecture (projector, 175 %): the export window was 520 px wide at every zoom and cut its labels to
     * "Frames p…", "Width (pi…" and its content choice to "Grid with energy and over…".
     */
    @Test
    void theAnimationExportWindowShowsItsLabelsWholeAt175Percent(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.theme().paletteProperty().set(Palette.PROJECTOR);
            view.theme().setZoom(1.75);
            view.showAnimationExport();
        });
        Stage export = org.testfx.util.WaitForAsyncUtils.asyncFx(this::newestOwnedStage).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            export.getScene().getRoot().applyCss();
            export.getScene().getRoot().layout();
            LayoutFxTest.check(export.getScene().getRoot(), "export window", problems);
        });
        assertEquals(List.of(), problems);
        assertTrue(export.getWidth() <= 1280, "fits a 1280-px projector: " + export.getWidth());
    }

    @Test
    void anAlertOverTheWindowHasItsPaletteAndZoom(FxRobot robot) throws Exception {
        robot.interact(() -> {
            view.theme().paletteProperty().set(Palette.DARK);
            view.theme().setZoom(1.5);
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "A message");
            alert.initOwner(stage);
            alert.show();
        });
        Stage alert = org.testfx.util.WaitForAsyncUtils.asyncFx(this::newestOwnedStage).get();
        assertThemed(robot, alert.getScene(), Palette.DARK, 1.5);
    }

    private Stage newestOwnedStage() {
        Stage found = null;
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.getOwner() == stage) {
                found = s;
            }
        }
        assertTrue(found != null, "a window over the main window");
        opened.add(found);
        return found;
    }

    private static void assertThemed(FxRobot robot, Scene scene, Palette palette, double zoom) {
        robot.interact(() -> {
            assertTrue(Theme.of(scene).isPresent(), "the window has the theme");
            assertEquals(palette.userAgentStylesheet(), scene.getUserAgentStylesheet(), "the palette's base sheet");
            assertTrue(scene.getStylesheets().contains(palette.stylesheet()), "the palette's variables");
            scene.getRoot().applyCss();
            Label label = (Label) scene.getRoot().lookupAll(".label").stream().filter(n -> n instanceof Label)
                    .findFirst().orElseThrow();
            assertEquals(13 * zoom, label.getFont().getSize(), 0.01, "text at the zoom's size");
            // N.B. light text on the dark palette, dark text on the light ones
            double brightness = ((javafx.scene.paint.Color) label.getTextFill()).getBrightness();
            assertEquals(palette == Palette.DARK, brightness > 0.5, "text colour " + label.getTextFill());
        });
    }
}
