package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 9 (frame rate at 200 %): a live plot draws its title, x unit and legend once into a cached image instead of
 * every frame, with the same pixels as drawing them directly, and its hover read-outs still name the right values.
 */
@ExtendWith(ApplicationExtension.class)
class LivePlotCacheFxTest {
    private static final double W = 460;
    private static final double H = 170;
    private TimeSeriesPlot overlap;
    private TimeSeriesPlot energy;

    @Start
    void start(Stage stage) {
        overlap = new TimeSeriesPlot(TimeSeriesPlot.OVERLAP, -1.0, 1.0);
        energy = new TimeSeriesPlot(TimeSeriesPlot.ENERGY, null, null);
        Pane root = new Pane(overlap, energy);
        stage.setScene(new Scene(root, 500, 400));
        stage.show();
    }

    /** Overlap lines as the recall view makes them: two labelled, one grey unlabelled. */
    private static List<TimeSeriesPlot.Line> lines(List<SeriesBuffer> s, String first, String second) {
        return List.of(new TimeSeriesPlot.Line(s.get(2), Color.rgb(150, 150, 150, 0.5), 0.7, null),
                new TimeSeriesPlot.Line(s.get(1), Color.web("#1f77b4"), 1.4, second),
                new TimeSeriesPlot.Line(s.get(0), Color.web("#d62728"), 2.2, first));
    }

    private static List<SeriesBuffer> buffers() {
        List<SeriesBuffer> s = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            s.add(new SeriesBuffer(2048));
        }
        return s;
    }

    /** Adds point {@code t} (x = t / 10 sweeps) to each series. */
    private static void add(List<SeriesBuffer> s, int t) {
        s.get(0).add(t / 10.0, Math.tanh(t / 30.0));
        s.get(1).add(t / 10.0, 0.3 * Math.sin(t / 7.0));
        s.get(2).add(t / 10.0, -0.2 + 0.01 * (t % 5));
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what + ": width");
        assertEquals(expected.getHeight(), actual.getHeight(), what + ": height");
        int differing = 0;
        String first = null;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    differing++;
                    if (first == null) {
                        first = String.format("(%d, %d): %08x instead of %08x", x, y, actual.getRGB(x, y),
                                expected.getRGB(x, y));
                    }
                }
            }
        }
        assertEquals(0, differing, what + ": pixels differ from the direct drawing, first at " + first);
    }

    @Test
    void chromeIsDrawnOnceWhileAHundredPointsStreamInAndLooksAsDrawnDirectly(FxRobot robot) {
        List<SeriesBuffer> s = buffers();
        AtomicReference<BufferedImage> screen = new AtomicReference<>();
        AtomicReference<BufferedImage> direct = new AtomicReference<>();
        robot.interact(() -> {
            overlap.resize(W, H);
            overlap.layout();
            int before = overlap.chromeBuilds();
            for (int t = 0; t < 100; t++) {
                add(s, t);
                overlap.setLines(lines(s, "A", "B"));
            }
            // N.B. the time axis grew every frame (its ticks moved), the title, x unit and legend did not
            assertEquals(1, overlap.chromeBuilds() - before, "chrome drawn once for 100 frames");
            screen.set(SwingFXUtils.fromFXImage(overlap.screenImage(), null));
            direct.set(overlap.renderPng(1));
        });
        assertSamePixels(direct.get(), screen.get(), "after 100 frames");
    }

    @Test
    void aNewLegendOrSizeDrawsTheChromeAgain(FxRobot robot) {
        List<SeriesBuffer> s = buffers();
        AtomicReference<BufferedImage> screen = new AtomicReference<>();
        AtomicReference<BufferedImage> direct = new AtomicReference<>();
        robot.interact(() -> {
            overlap.resize(W, H);
            overlap.layout();
            for (int t = 0; t < 20; t++) {
                add(s, t);
                overlap.setLines(lines(s, "A", "B"));
            }
            int before = overlap.chromeBuilds();
            // another pattern takes second place: the legend in the title row changes
            add(s, 20);
            overlap.setLines(lines(s, "A", "X"));
            assertEquals(before + 1, overlap.chromeBuilds(), "a new legend is drawn");
            screen.set(SwingFXUtils.fromFXImage(overlap.screenImage(), null));
            direct.set(overlap.renderPng(1));
        });
        assertSamePixels(direct.get(), screen.get(), "after the legend changed");
        robot.interact(() -> {
            int before = overlap.chromeBuilds();
            overlap.resize(W + 40, H);
            overlap.layout();
            assertEquals(before + 1, overlap.chromeBuilds(), "a new size is drawn");
            screen.set(SwingFXUtils.fromFXImage(overlap.screenImage(), null));
            direct.set(overlap.renderPng(1));
        });
        assertSamePixels(direct.get(), screen.get(), "after a resize");
    }

    @Test
    void anEnergyPlotWhoseRangeFollowsTheDataRedrawsItsChromeRarely(FxRobot robot) {
        SeriesBuffer e = new SeriesBuffer(2048);
        AtomicReference<BufferedImage> cached = new AtomicReference<>();
        AtomicReference<BufferedImage> uncached = new AtomicReference<>();
        robot.interact(() -> {
            energy.resize(W, H);
            energy.layout();
            int before = energy.chromeBuilds();
            for (int t = 0; t < 100; t++) {
                // a recall's energy: falls fast, then settles
                e.add(t / 10.0, -5000 + 4000 * Math.exp(-t / 15.0));
                energy.setLines(List.of(new TimeSeriesPlot.Line(e, Color.web("#1f77b4"), 1.5, null)));
            }
            int builds = energy.chromeBuilds() - before;
            // the plot area's left edge moves only when the widest value tick label changes width
            assertTrue(builds <= 5, "chrome drawn " + builds + " times in 100 frames");
            assertTrue(energy.chromeBuilds() >= 1, "the screen shows a cached chrome");
            cached.set(SwingFXUtils.fromFXImage(energy.screenImage(), null));
            energy.setChromeCached(false);
            energy.redraw();
            uncached.set(SwingFXUtils.fromFXImage(energy.screenImage(), null));
            energy.setChromeCached(true);
        });
        assertSamePixels(uncached.get(), cached.get(), "energy plot, cached against uncached screen drawing");
    }

    @Test
    void hoverReadsOutTheValuesThatWereDrawn(FxRobot robot) {
        List<SeriesBuffer> s = buffers();
        robot.interact(() -> {
            overlap.resize(W, H);
            overlap.layout();
            for (int t = 0; t <= 60; t++) {
                add(s, t);
                overlap.setLines(lines(s, "A", "B"));
            }
            assertTrue(overlap.hoverPointCount() > 0);
        });
        // the last point of "A": x = 6 sweeps, y = tanh(2); the plot area's right edge is where it is drawn
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            double best = Double.MAX_VALUE;
            String found = null;
            for (double x = W * 0.5; x < W; x += 1) {
                for (double y = 0; y < H; y += 1) {
                    overlap.hover(x, y);
                    String t = overlap.readoutText();
                    if (t != null && t.startsWith("A\n") && t.contains("t = 6\n")) {
                        found = t;
                        best = 0;
                        break;
                    }
                }
                if (best == 0) {
                    break;
                }
            }
            text.set(found);
        });
        assertNotNull(text.get(), "the last point of A reads out");
        assertTrue(text.get().endsWith(" = " + PlotCanvas.value((float) Math.tanh(2))), text.get());
    }
}
