package org.hopfieldstudio.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Whether a node can be seen now: in a showing window, inside the scene, visible with all its ancestors, and not
 * clipped away by any of them (a scroll pane's viewport, a tab that is not selected). Live views skip drawing what
 * nobody sees (issue 9: at 200 % the recall charts sit below the fold of their scroll pane and were still drawn
 * every frame) and draw it when it comes into view.
 */
public final class OnScreen {
    private OnScreen() {
    }

    public static boolean isShowing(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || !b.intersects(0, 0, scene.getWidth(), scene.getHeight())) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            Node clip = n.getClip();
            // N.B. a clip is in the clipped node's coordinates
            if (clip != null && !n.localToScene(clip.getBoundsInParent()).intersects(b)) {
                return false;
            }
        }
        return true;
    }
}
