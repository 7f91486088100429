package org.hopfieldstudio.ui;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.hopfieldstudio.ui.grid.GridView;

/**
 * Keyboard: Space play/pause, S step, R reset, N corrupt, F12 frame-time overlay. A scene-level filter, so the
 * keys work wherever the focus is, except while typing into a text field.
 */
final class Shortcuts {
    private Shortcuts() {
    }

    /** One row of the keyboard help (F1): which keys, what they do, under which heading. */
    record Entry(String group, String keys, String action) {
    }

    /**
     * Every shortcut that is not a menu accelerator (those are listed from the menu bar). N.B. when you add a key to
     * a filter below, add its row here, so the help overlay stays complete.
     */
    static final List<Entry> TABLE = List.of(
            new Entry("Recall", "Space", "Play / pause (on the focused grid: toggle the cell)"),
            new Entry("Recall", "S", "One step"),
            new Entry("Recall", "R", "Reset to the start state"),
            new Entry("Recall", "N", "Corrupt again (new noise)"),
            new Entry("Window", "F11", "Full screen on / off (Esc also leaves it)"),
            new Entry("Window", "Ctrl+=  or  Ctrl++", "Zoom in (up to 250 %)"),
            new Entry("Window", "Ctrl+−", "Zoom out (down to 75 %)"),
            new Entry("Window", "Ctrl+0", "Zoom 100 %"),
            new Entry("Window", "Ctrl+1 … Ctrl+5", "Memory, Weights, Crosstalk, Capacity lab, Compare tab"),
            new Entry("Window", "Ctrl+Tab / Ctrl+Shift+Tab", "Next / previous tab"),
            new Entry("Window", "F1  or  ?", "This list"),
            new Entry("Window", "F12", "Frame-time overlay"),
            new Entry("Focus", "Tab / Shift+Tab", "Move the focus (the focused control has a coloured ring)"),
            new Entry("Focus", "Enter", "Press the focused button"),
            new Entry("Focus", "Arrow keys", "Change the focused slider, list, table or choice box"),
            new Entry("Focus", "Alt or F10", "Open the menu bar; arrows and Enter choose"),
            new Entry("Focus", "Esc", "Close this list, a menu or a drop-down"),
            new Entry("Grid (keyboard)", "Tab to the grid", "Show the cell cursor (the grid gets a coloured ring)"),
            new Entry("Grid (keyboard)", "Arrow keys", "Move the cell cursor (Shift: five cells; Home / End: row ends)"),
            new Entry("Grid (keyboard)", "Space  or  Enter", "Toggle the cell under the cursor (Ctrl+Z undoes it)"),
            new Entry("Grid (keyboard)", "Ctrl+Space  or  Ctrl+Enter", "Show the cursor neuron's receptive field"),
            new Entry("Grid (mouse)", "Click", "Toggle a cell"),
            new Entry("Grid (mouse)", "Drag", "Paint: left button black (+1), right button white (−1)"),
            new Entry("Grid (mouse)", "Shift+drag", "Occlude a rectangle (free cells during a clamped recall)"),
            new Entry("Grid (mouse)", "Ctrl+click", "Show the neuron's receptive field"));

    /**
     * Presentation-mode keys: F11, zoom, F1 / ?, Ctrl+1…9 for the tabs, Enter on a focused button. Zoom and tab keys
     * work while typing too (they are no text edits); F1 too; ? only outside text fields.
     */
    static void installPresentation(Scene scene, StudioView view) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            boolean shortcut = e.isShortcutDown() && !e.isAltDown();
            Runnable action = null;
            if (shortcut) {
                action = switch (k) {
                    case EQUALS, PLUS, ADD -> view.theme()::zoomIn;
                    case MINUS, SUBTRACT -> view.theme()::zoomOut;
                    case DIGIT0, NUMPAD0 -> view.theme()::resetZoom;
                    case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9 -> {
                        int tab = k.ordinal() - KeyCode.DIGIT1.ordinal();
                        yield () -> view.selectTab(tab);
                    }
                    default -> null;
                };
            } else if (!e.isAltDown() && !e.isMetaDown() && !e.isControlDown()) {
                if (k == KeyCode.F11) {
                    action = view::toggleFullScreen;
                } else if (k == KeyCode.F1) {
                    action = view::toggleShortcutHelp;
                } else if (k == KeyCode.ENTER && !e.isShiftDown()
                        && scene.getFocusOwner() instanceof ButtonBase b && !b.isDisabled()) {
                    action = b::fire;
                }
            }
            if (action != null) {
                action.run();
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                view.toggleShortcutHelp();
                e.consume();
            }
        });
    }

    static void install(Scene scene, StudioModel model, Runnable toggleFps) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            KeyCode k = e.getCode();
            if (k == KeyCode.SPACE && scene.getFocusOwner() != null
                    && scene.getFocusOwner().getStyleClass().contains(GridView.CANVAS_HOLDER)) {
                return; // N.B. on the focused grid Space toggles the cell under the keyboard cursor
            }
            Runnable action = switch (k) {
                case SPACE -> model.recall()::togglePlay;
                case S -> model.recall()::step;
                case R -> model.recall()::reset;
                case N -> model.recall()::corrupt;
                case F12 -> toggleFps;
                default -> null;
            };
            if (action != null) {
                action.run();
                e.consume();
            }
        });
    }
}
