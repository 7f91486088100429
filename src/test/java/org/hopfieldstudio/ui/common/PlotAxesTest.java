package org.hopfieldstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hopfieldstudio.ui.figure.FxSketch;
import org.hopfieldstudio.ui.figure.Sketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Axes always find a tick step with at least two labelled ticks, and always finish. A narrow range away from zero,
 * such as a density peak between 0.77 and 0.84, once cycled for ever (0.05 × 0.4 rounds just above 0.02, so
 * {@link PlotCanvas#niceStep} gave 0.05 back) and froze the window when a lesson opened.
 */
@ExtendWith(ApplicationExtension.class)
class PlotAxesTest {
    /** A chart that only lays out axes over the y ranges it is given and records the steps chosen. */
    private static final class Probe extends PlotCanvas {
        final List<double[]> ranges = new ArrayList<>();
        final List<Double> steps = new ArrayList<>();

        /** No legend: one pass per paint, so each range is laid out once per height. */
        @Override
        protected boolean placesLegend() {
            return false;
        }

        @Override
        protected void draw(Sketch g, double w, double h) {
            for (double[] r : ranges) {
                steps.add(new Axes(w, h, 0, 1, r[0], r[1]).yStep());
                steps.add(new Axes(w, h, 0, 1, r[0], r[1], true).yStep());
            }
        }
    }

    @Test
    void narrowRangesAwayFromZeroGetAStepWithTwoTicksAndDoNotHang() {
        Probe probe = new Probe();
        probe.ranges.add(new double[] {0.769575914756885, 0.8417504474712354});
        probe.ranges.add(new double[] {5.182323654328805, 5.222345501705817});
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double y0 = rng.nextDouble(-10, 10);
            probe.ranges.add(new double[] {y0, y0 + Math.pow(10, rng.nextDouble(-6, 3))});
        }
        // N.B. small plots (a live plot, a chart on a hidden tab) ask for two or three ticks: the case that hung
        int[] heights = {70, 120, 360};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int h : heights) {
                probe.paintTo(new FxSketch(new javafx.scene.canvas.Canvas(600, h).getGraphicsContext2D()), 600, h);
            }
        });
        assertTrue(probe.steps.size() == 2 * heights.length * probe.ranges.size(), "every range was laid out");
        for (int i = 0; i < probe.steps.size(); i++) {
            double[] r = probe.ranges.get(i / 2 % probe.ranges.size());
            double step = probe.steps.get(i);
            long ticks = (long) Math.floor(r[1] / step + 1e-9) - (long) Math.ceil(r[0] / step - 1e-9) + 1;
            assertTrue(ticks >= 2, "y " + r[0] + " … " + r[1] + ": step " + step + " gives " + ticks + " tick(s)");
        }
    }

    /** Records where the y tick labels (right-aligned, centred on their tick) are drawn. */
    private static final class LabelProbe extends PlotCanvas {
        final List<Double> labelYs = new ArrayList<>();
        double lineH;
        double y0;
        double y1;

        @Override
        protected boolean placesLegend() {
            return false;
        }

        @Override
        protected void draw(Sketch g, double w, double h) {
            lineH = textHeight(tickFont());
            Axes axes = new Axes(w, h, 0, 1, y0, y1);
            javafx.scene.text.TextAlignment[] align = {null};
            Sketch recorder = (Sketch) java.lang.reflect.Proxy.newProxyInstance(Sketch.class.getClassLoader(),
                    new Class<?>[] {Sketch.class}, (proxy, m, args) -> {
                        if (m.getName().equals("setTextAlign")) {
                            align[0] = (javafx.scene.text.TextAlignment) args[0];
                        }
                        if (m.getName().equals("fillText") && align[0] == javafx.scene.text.TextAlignment.RIGHT) {
                            labelYs.add((Double) args[2]);
                        }
                        try {
                            return m.invoke(g, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            axes.grid(recorder);
        }
    }

    @Test
    void yTickLabelsNeverOverprintOnShortPlots() {
        // N.B. the recall energy plot at 200 % is short and its ticks (two at least) came closer than a line of
        // text: "−10000" overprinted "0"
        SplittableRandom rng = new SplittableRandom(11);
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            LabelProbe probe = new LabelProbe();
            probe.y0 = -Math.pow(10, rng.nextDouble(0, 5));
            probe.y1 = probe.y0 + Math.pow(10, rng.nextDouble(-1, 5));
            int h = 70 + rng.nextInt(120);
            probe.paintTo(new FxSketch(new javafx.scene.canvas.Canvas(300, h).getGraphicsContext2D()), 300, h);
            List<Double> ys = probe.labelYs;
            assertTrue(!ys.isEmpty(), "at least one y label at height " + h);
            for (int k = 1; k < ys.size(); k++) {
                assertTrue(Math.abs(ys.get(k) - ys.get(k - 1)) >= probe.lineH,
                        "y labels " + ys + " closer than a line (" + probe.lineH + ") for " + probe.y0 + " … "
                                + probe.y1 + " at height " + h);
                checked++;
            }
        }
        assertTrue(checked > 0, "some plots have two labels or more");
    }
}
