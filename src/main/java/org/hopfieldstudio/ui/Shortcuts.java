package org.hopfieldstudio.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard: Space play/pause, S step, R reset, N corrupt, F12 frame-time overlay. A scene-level filter, so the
 * keys work wherever the focus is, except while typing into a text field.
 */
final class Shortcuts {
    private Shortcuts() {
    }

    static void install(Scene scene, StudioModel model, Runnable toggleFps) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            KeyCode k = e.getCode();
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
