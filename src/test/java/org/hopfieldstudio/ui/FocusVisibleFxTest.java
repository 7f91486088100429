package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.Tab;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.theme.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Focus is visible in every palette (issue 9 point 6): on every tab, each focusable control (up to six per tab,
 * spread over the tab) looks different focused and unfocused: the picture of the control and its surroundings
 * changes in enough pixels, by a visible amount, to draw a ring around it.
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleFxTest {
    private static final int PER_TAB = 6;
    private StudioView view;

    @Start
    void start(Stage stage) {
        view = new StudioView(TestStudio.model());
        Group root = new Group(view);
        root.setAutoSizeChildren(false);
        Scene scene = new Scene(root, 800, 600); // N.B. within the headless screen; the view is laid out larger
        view.theme().install(scene, HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyFocusableControlShowsItsFocusInEveryPalette(FxRobot robot) {
        List<String> invisible = new ArrayList<>();
        int checked = 0;
        for (Palette palette : Palette.values()) {
            for (String tabId : List.of("memoryTab", "weightsTab", "crosstalkTab", "capacityTab", "compareTab")) {
                List<Control> controls = new ArrayList<>();
                robot.interact(() -> {
                    view.theme().paletteProperty().set(palette);
                    Tab tab = view.tabs().getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                            .orElseThrow();
                    view.tabs().getSelectionModel().select(tab);
                    LayoutFxTest.layout(view, 1400, 900);
                    List<Control> all = new ArrayList<>();
                    for (Node n : tab.getContent().lookupAll("*")) {
                        if (n instanceof Control c && c.isFocusTraversable() && !c.isDisabled() && shown(c)
                                && c.getWidth() > 4 && c.getHeight() > 4) {
                            all.add(c);
                        }
                    }
                    for (int i = 0; i < Math.min(PER_TAB, all.size()); i++) {
                        controls.add(all.get(i * all.size() / Math.min(PER_TAB, all.size())));
                    }
                });

                for (Control c : controls) {
                    String problem;
                    try {
                        problem = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> focusShows(c)).get();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    checked++;
                    if (problem != null) {
                        invisible.add(palette + " " + tabId + " " + c.getClass().getSimpleName()
                                + (c.getId() == null ? "" : "#" + c.getId()) + ": " + problem);
                    }
                }
            }
        }
        assertTrue(checked >= 30, "checked " + checked + " controls");
        assertEquals(List.of(), invisible);
    }

    /** Null if {@code c} looks clearly different focused; else what was seen. */
    private String focusShows(Control c) {
        view.tabs().requestFocus(); // N.B. away from the control
        view.applyCss();
        view.layout();
        Bounds b = c.localToScene(c.getLayoutBounds());
        double pad = 8;
        double x0 = Math.floor(Math.max(0, b.getMinX() - pad));
        double y0 = Math.floor(Math.max(0, b.getMinY() - pad));
        double x1 = Math.ceil(Math.min(1400, b.getMaxX() + pad));
        double y1 = Math.ceil(Math.min(900, b.getMaxY() + pad));
        if (x1 - x0 < 4 || y1 - y0 < 4) {
            return null; // N.B. scrolled out of the window
        }
        Rectangle2D area = new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
        WritableImage before = shot(area);
        // N.B. scrolled into view or not, the control is compared at the same place: focusing may scroll a pane
        Bounds was = c.localToScene(c.getLayoutBounds());
        c.requestFocus();
        if (!c.isFocused() && (c.getScene().getFocusOwner() == null
                || !isInside(c.getScene().getFocusOwner(), c))) {
            return null; // N.B. a control that hands its focus elsewhere (a skin's inner field) is not in question
        }
        view.applyCss();
        view.layout();
        Bounds now = c.localToScene(c.getLayoutBounds());
        if (Math.abs(now.getMinX() - was.getMinX()) > 0.5 || Math.abs(now.getMinY() - was.getMinY()) > 0.5) {
            return null; // N.B. focusing scrolled it: not comparable here
        }
        WritableImage after = shot(area);
        int changed = changedPixels(before, after);
        // N.B. a ring: at least a quarter of the control's perimeter changes visibly
        // (a slider shows its focus on its thumb, studio.css: the thumb's perimeter then)
        Node ring = c instanceof javafx.scene.control.Slider && c.lookup(".thumb") != null ? c.lookup(".thumb") : c;
        Bounds rb = ring.getLayoutBounds();
        double perimeter = 2 * (rb.getWidth() + rb.getHeight());
        return changed >= perimeter / 4 ? null : changed + " pixels changed of a perimeter of " + (int) perimeter;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private WritableImage shot(Rectangle2D area) {
        SnapshotParameters p = new SnapshotParameters();
        p.setViewport(area);
        return view.getScene().getRoot().snapshot(p, new WritableImage((int) area.getWidth(), (int) area.getHeight()));
    }

    private static int changedPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                Color p = ra.getColor(x, y);
                Color q = rb.getColor(x, y);
                double d = Math.max(Math.abs(p.getRed() - q.getRed()), Math.max(Math.abs(p.getGreen() - q.getGreen()),
                        Math.abs(p.getBlue() - q.getBlue())));
                if (d > 0.15) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
