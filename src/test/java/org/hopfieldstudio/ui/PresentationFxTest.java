package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.hopfieldstudio.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode: zoom keys, palettes, keyboard help, headless. */
@ExtendWith(ApplicationExtension.class)
class PresentationFxTest {
    private StudioModel model;
    private StudioView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1260, 780);
    }

    private double textHeight(FxRobot robot, String query) {
        Label l = robot.lookup(query).queryAs(Label.class);
        Text t = (Text) l.lookup(".text");
        return t.getLayoutBounds().getHeight();
    }

    @Test
    void ctrlPlusZoomsLabelsAndPlotTextByTheZoomFactor(FxRobot robot) {
        double before = robot.lookup("#gridStatus").queryAs(Label.class).getFont().getSize();
        double h0 = textHeight(robot, ".panel-title");
        double plot0 = PlotStyle.of(view).fontSize();
        // a slider's tick labels (JavaFX draws them 8 px at every zoom unless the CSS sizes them in em)
        robot.interact(() -> {
            view.selectTab(2);
            view.applyCss();
            view.layout();
        });
        javafx.scene.chart.Axis<?> sliderAxis = robot.lookup(".slider > .axis").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.chart.Axis<?> a && a.isTickLabelsVisible())
                .map(n -> (javafx.scene.chart.Axis<?>) n).findFirst().orElseThrow();
        double tick0 = sliderAxis.getTickLabelFont().getSize();
        robot.interact(() -> view.selectTab(0));
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        for (int k = 0; k < 4; k++) { // 110, 125, 150, 175, 200 %
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2.0, view.theme().zoom());
        double after = robot.lookup("#gridStatus").queryAs(Label.class).getFont().getSize();
        assertEquals(2.0, after / before, 0.02, "label font follows the zoom");
        assertEquals(2.0, textHeight(robot, ".panel-title") / h0, 0.15, "measured text height follows the zoom");
        assertEquals(2.0, PlotStyle.of(view).fontSize() / plot0, 1e-9, "plot text follows the zoom");
        assertEquals(2.0, sliderAxis.getTickLabelFont().getSize() / tick0, 0.05, "slider tick labels follow the zoom ("
                + tick0 + " px at 100 %)");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, view.theme().zoom());
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.9, view.theme().zoom());
    }

    @Test
    void paletteMenuSwitchesTheControlsAndThePlotStyle(FxRobot robot) {
        // N.B. the View ▸ Palette ▸ Dark item itself (TestFX cannot click into a sub-menu reliably headless)
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) view.window().getTop();
        javafx.scene.control.Menu viewMenu = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId()))
                .findFirst().orElseThrow();
        javafx.scene.control.Menu palettes = (javafx.scene.control.Menu) viewMenu.getItems().stream()
                .filter(i -> "paletteMenu".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> palettes.getItems().stream().filter(i -> "palette-dark".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        assertEquals(Palette.DARK, view.theme().palette());
        assertEquals(Palette.DARK.userAgentStylesheet(), view.getScene().getUserAgentStylesheet());
        assertTrue(view.getScene().getStylesheets().contains(Palette.DARK.stylesheet()));
        assertEquals(Palette.DARK, PlotStyle.of(view.gridView()).palette());
        Label title = (Label) view.lookup(".panel-title");
        assertTrue(((Color) title.getTextFill()).getBrightness() > 0.8, "light text on the dark palette");
        robot.interact(() -> view.theme().paletteProperty().set(Palette.PROJECTOR));
        assertEquals(Color.BLACK, title.getTextFill());
    }

    @Test
    void f1ListsEveryShortcutIncludingMenuAcceleratorsAndEscCloses(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isShortcutHelpShowing());
        List<String> texts = robot.lookup("#" + ShortcutHelp.ID + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        for (String expected : List.of("F11", "Ctrl+0", "Space", "Play / pause", "Quit", "F1  or  ?")) {
            assertTrue(texts.stream().anyMatch(t -> t.contains(expected)), expected + " in " + texts);
        }
        // the Ctrl+digit row covers every tab (it said "Ctrl+1 … Ctrl+4" and left out Compare, which Ctrl+5 selects)
        int tabs = view.tabs().getTabs().size();
        assertTrue(texts.contains("Ctrl+1 … Ctrl+" + tabs), "Ctrl+1 … Ctrl+" + tabs + " in " + texts);
        for (javafx.scene.control.Tab t : view.tabs().getTabs()) {
            assertTrue(texts.stream().anyMatch(x -> x.contains(t.getText()) && x.endsWith(" tab")), t.getText()
                    + " named in the Ctrl+digit row: " + texts);
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.isShortcutHelpShowing());
        robot.clickOn("#helpMenu").clickOn("#shortcutHelpItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isShortcutHelpShowing());
    }

    @Test
    void ctrlDigitSelectsTabsAndEnterPressesTheFocusedButton(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.tabs().getSelectionModel().getSelectedIndex());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.lookup("#invertButton").requestFocus());
        byte[] before = model.grid().state();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-before[0], model.grid().state()[0], "Enter pressed Invert");
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
    }

    @Test
    void themeIsFoundFromTheScene() {
        assertEquals(view.theme(), Theme.of(view.getScene()).orElseThrow());
    }
}
