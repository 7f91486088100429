package org.hopfieldstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A tab's page that scrolls only downwards: it fills the viewport where there is room, and keeps its minimum height
 * and scrolls where there is not (layouts that reflow at 200 %, issue 9).
 */
public final class PageScroll {
    private PageScroll() {
    }

    /** The page in a vertical, edge-to-edge scroll pane with the given id, its viewport uncached. */
    public static ScrollPane vertical(Node page, String id) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // N.B. fills the viewport, or keeps its minimum and scrolls
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        scroll.getStyleClass().add("edge-to-edge");
        uncacheViewport(scroll);
        return scroll;
    }

    /** N.B. the viewport's bitmap cache showed stale canvases (Compare's live charts): drawn afresh instead. */
    public static void uncacheViewport(ScrollPane pane) {
        pane.skinProperty().addListener((o, a, skin) -> {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }
}
