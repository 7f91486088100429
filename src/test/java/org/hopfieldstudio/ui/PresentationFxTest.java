package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    /**
     * Every menu accelerator is listed in the F1 overlay with its item's name, no two menu items share one, none takes a key of the presentation filter (zoom, tabs, F1, F11, F12), and "Save recall animation" has
     * one that opens its window (issue 9: every action reachable by keyboard in full screen).
     */
    @Test
    void everyMenuAcceleratorIsListedInTheHelpAndNoneClashes(FxRobot robot) {
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            menuItems(m, items);
        }
        // N.B. the scene's accelerator map holds the menu items' too (the menu bar puts them there), one action a
        // key: a clash shows only among the items themselves, and with the keys the scene filter takes first
        java.util.Map<javafx.scene.input.KeyCombination, String> taken = new java.util.HashMap<>();
        List<String[]> withKeys = new java.util.ArrayList<>();
        for (javafx.scene.control.MenuItem item : items) {
            javafx.scene.input.KeyCombination k = item.getAccelerator();
            if (k == null) {
                continue;
            }
            String name = item.getText().replace("_", "");
            String before = taken.put(k, name);
            assertTrue(before == null, k.getDisplayText() + " is both " + before + " and " + name);
            assertFalse(presentationKey(k), k.getDisplayText() + " (" + name + ") is a presentation key");
            withKeys.add(new String[] {k.getDisplayText(), name});
        }
        javafx.scene.control.MenuItem animation = items.stream().filter(i -> "saveAnimationItem".equals(i.getId()))
                .findFirst().orElseThrow();
        assertNotNull(animation.getAccelerator(), "Save recall animation has a shortcut");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup("#" + ShortcutHelp.ID + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        for (String[] kn : withKeys) {
            int at = texts.indexOf(kn[0]);
            assertTrue(at >= 0 && at + 1 < texts.size() && texts.get(at + 1).equals(kn[1]),
                    kn[0] + " " + kn[1] + " listed in " + texts);
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // the shortcut opens the animation window
        KeyCode[] keys = {KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A};
        assertEquals(new javafx.scene.input.KeyCodeCombination(KeyCode.A, javafx.scene.input.KeyCombination.SHORTCUT_DOWN,
                javafx.scene.input.KeyCombination.SHIFT_DOWN), animation.getAccelerator());
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.stage.Window> open = robot.listTargetWindows().stream().filter(w -> w.isShowing()
                && w.getScene() != null
                && w.getScene().getRoot() instanceof org.hopfieldstudio.ui.recall.AnimationExportDialog).toList();
        assertEquals(1, open.size(), "the animation window is open");
        robot.interact(() -> ((Stage) open.get(0)).close());
    }

    private static void menuItems(javafx.scene.control.Menu m, List<javafx.scene.control.MenuItem> out) {
        for (javafx.scene.control.MenuItem i : m.getItems()) {
            if (i instanceof javafx.scene.control.Menu sub) {
                menuItems(sub, out);
            } else {
                out.add(i);
            }
        }
    }

    /** A key the scene filter of {@link Shortcuts#installPresentation} takes before any accelerator sees it. */
    private static boolean presentationKey(javafx.scene.input.KeyCombination k) {
        if (!(k instanceof javafx.scene.input.KeyCodeCombination c)) {
            return false;
        }
        KeyCode code = c.getCode();
        boolean plain = c.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.UP
                && c.getControl() == javafx.scene.input.KeyCombination.ModifierValue.UP
                && c.getAlt() == javafx.scene.input.KeyCombination.ModifierValue.UP;
        boolean shortcut = (c.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN
                || c.getControl() == javafx.scene.input.KeyCombination.ModifierValue.DOWN)
                && c.getAlt() == javafx.scene.input.KeyCombination.ModifierValue.UP;
        return plain && (code == KeyCode.F1 || code == KeyCode.F11 || code == KeyCode.F12)
                || shortcut && (code.isDigitKey() || code == KeyCode.EQUALS || code == KeyCode.PLUS
                        || code == KeyCode.ADD || code == KeyCode.MINUS || code == KeyCode.SUBTRACT
                        || code == KeyCode.TAB);
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
