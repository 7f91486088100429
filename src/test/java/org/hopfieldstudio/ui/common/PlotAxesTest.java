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
}
