package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tab;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.heatmap.ColorBar;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every plot and colour bar follows the palette (issue 9 point 1): on every tab of the window, each chart is drawn
 * on the palette's plot background with its text and axes in the palette's ink, and the heatmap's colour bars write
 * their values in that ink. Read from the rendered pixels, so a chart that kept the light palette's white background
 * or dark text in the dark palette fails.
 */
@ExtendWith(ApplicationExtension.class)
class PlotPaletteFxTest {
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        view = new StudioView(model);
        Scene scene = new Scene(view, 1260, 780);
        view.theme().install(scene, HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @EnumSource(value = Palette.class, names = {"DARK", "PROJECTOR"})
    void everyPlotAndColourBarIsDrawnInThePalette(Palette palette, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb", 0.15, 2024);
            view.theme().paletteProperty().set(palette);
        });
        PlotStyle[] styleBox = new PlotStyle[1];
        robot.interact(() -> styleBox[0] = PlotStyle.of(view));
        PlotStyle style = styleBox[0];
        assertEquals(palette, style.palette());
        List<String> tabIds = new ArrayList<>();
        robot.interact(() -> view.tabs().getTabs().forEach(t -> tabIds.add(t.getId())));
        for (String id : tabIds) {
            robot.interact(() -> {
                Tab tab = view.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
                view.tabs().getSelectionModel().select(tab);
                view.applyCss();
                view.layout();
            });
            robot.interact(() -> {
                List<Node> all = new ArrayList<>();
                collect(view, all);
                for (Node n : all) {
                    if (!(n instanceof Canvas c) || !showing(c) || c.getWidth() < 60 || c.getHeight() < 60) {
                        continue;
                    }
                    String where = id + " " + c.getParent().getClass().getSimpleName();
                    if (c.getParent() instanceof PlotCanvas) {
                        seen.add(where);
                        checkPlot(c, style, where, problems);
                    } else if (c.getParent() instanceof ColorBar bar) {
                        seen.add(where);
                        checkColorBar(c, bar, style, where, problems);
                    }
                }
            });
        }
        assertTrue(seen.stream().anyMatch(s -> s.contains("ColorBar")), "a colour bar was checked: " + seen);
        assertTrue(seen.stream().filter(s -> !s.contains("ColorBar")).count() >= 6, "charts were checked: " + seen);
        assertEquals(List.of(), problems, palette + " (checked " + seen + ")");
    }

    /** The most frequent opaque colour is the palette's plot background, and some pixels are in the palette's ink. */
    private static void checkPlot(Canvas c, PlotStyle style, String where, List<String> problems) {
        PixelReader r = shot(c).getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        int ink = 0;
        for (int y = 0; y < (int) c.getHeight(); y++) {
            for (int x = 0; x < (int) c.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (p.getOpacity() < 0.99) {
                    continue;
                }
                counts.merge(r.getArgb(x, y), 1, Integer::sum);
                if (distance(p, style.ink()) < 0.08) {
                    ink++;
                }
            }
        }
        int mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        Color bg = Color.rgb((mode >> 16) & 0xff, (mode >> 8) & 0xff, mode & 0xff);
        if (distance(bg, style.background()) > 0.03) {
            problems.add(String.format(Locale.ROOT, "%s: background %s, palette's %s", where, bg, style.background()));
        }
        if (ink < 20) {
            problems.add(where + ": only " + ink + " pixels in the palette's ink " + style.ink());
        }
    }

    /** The values beside the bar (right of the bar itself) are written in the palette's ink. */
    private static void checkColorBar(Canvas c, ColorBar bar, PlotStyle style, String where, List<String> problems) {
        PixelReader r = shot(c).getPixelReader();
        int ink = 0;
        int x0 = (int) Math.ceil(style.px(4) + style.px(22) + 2);
        for (int y = 0; y < (int) c.getHeight(); y++) {
            for (int x = 0; x < (int) c.getWidth(); x++) {
                boolean titleRow = y < style.px(7) + style.fontSize();
                if ((x >= x0 || titleRow) && distance(r.getColor(x, y), style.ink()) < 0.08) {
                    ink++;
                }
            }
        }
        if (ink < 15) {
            problems.add(where + " " + bar.getId() + ": only " + ink + " text pixels in the palette's ink "
                    + style.ink());
        }
    }

    private static WritableImage shot(Canvas c) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }

    private static double distance(Color a, Color b) {
        double dr = a.getRed() - b.getRed();
        double dg = a.getGreen() - b.getGreen();
        double db = a.getBlue() - b.getBlue();
        return Math.sqrt((dr * dr + dg * dg + db * db) / 3);
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static boolean showing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
