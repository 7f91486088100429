package org.hopfieldstudio.ui.crosstalk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Crosstalk tab's three charts (issue 9 point 4) keep their legends off the data, and the histogram its plot width
 * and its "flip region" label inside its plot area, at the sizes the tab gives them in the windows (1024×768 to 1920×1080, 100 % to
 * 200 %, the projector palette at 175 %) and for every number of stored patterns and shared cells the sliders reach.
 * LayoutFxTest checks the same in the whole window, but only for the start-up state.
 */
@ExtendWith(ApplicationExtension.class)
class CrosstalkLegendFxTest {
    private CrosstalkHistogramPlot histogram;
    private ErrorCurvePlot errorChart;
    private OrthogonalityPlot orthogonality;

    /** A chart's size in the window and the style it has there. */
    private record Size(double w, double h, PlotStyle style) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f×%.0f at %.0f %% (%s)", w, h, style.zoom() * 100, style.palette());
        }
    }

    // N.B. measured in the app (the tab's charts in the windows): two columns at 100 % (charts 441-1036 px wide,
    // 234-334 tall), one column at 1024×768 at 200 % (996 × 381), two at 1920×1080 at 200 % (844-1032 × 468-542),
    // one column at 1280×720 at 175 % in the projector palette (1248 × 400); and a few sizes between them
    private static final List<Size> SIZES = sizes();

    private static List<Size> sizes() {
        List<Size> sizes = new ArrayList<>(List.of(
                new Size(441, 234, Palette.NORMAL.plotStyle(1)),
                new Size(539, 234, Palette.NORMAL.plotStyle(1)),
                new Size(441, 274, Palette.NORMAL.plotStyle(1)),
                new Size(556, 274, Palette.NORMAL.plotStyle(1)),
                new Size(680, 234, Palette.NORMAL.plotStyle(1)),
                new Size(1036, 312, Palette.NORMAL.plotStyle(1)),
                new Size(996, 381, Palette.NORMAL.plotStyle(2)),
                new Size(844, 468, Palette.NORMAL.plotStyle(2)),
                new Size(1032, 468, Palette.DARK.plotStyle(2)),
                new Size(1248, 400, Palette.PROJECTOR.plotStyle(1.75)),
                new Size(1100, 400, Palette.PROJECTOR.plotStyle(1.75))));
        // N.B. and seeded sizes in the range the tab gives its charts: a column at least 32 em wide (CrosstalkView's
        // TWO_COLUMNS_EM), at least the tab's minimum chart height (room for the charts' text)
        java.util.Random r = new java.util.Random(20261203L);
        double[] zooms = {1, 1.25, 1.5, 1.75, 2, 2.5};
        for (int i = 0; i < 12; i++) {
            double zoom = zooms[r.nextInt(zooms.length)];
            Palette palette = i % 3 == 0 ? Palette.PROJECTOR : Palette.NORMAL;
            PlotStyle style = palette.plotStyle(zoom);
            double minW = 32 * org.hopfieldstudio.ui.theme.Theme.BASE_FONT_PX * zoom;
            double minH = Math.max(style.px(170), 8 * style.fontSize() + style.px(40));
            sizes.add(new Size(minW + r.nextInt(900), minH + r.nextInt(300), style));
        }
        return sizes;
    }

    @Start
    void start(Stage stage) {
        histogram = new CrosstalkHistogramPlot();
        errorChart = new ErrorCurvePlot();
        orthogonality = new OrthogonalityPlot();
        stage.setScene(new Scene(new Pane(histogram, errorChart, orthogonality), 900, 700));
        stage.show();
    }

    private static void show(PlotCanvas c, Size s) {
        c.usePlotStyle(s.style());
        c.resize(s.w(), s.h());
        c.layout();
        c.redraw();
    }

    private static boolean meet(double[] box, double[] d) {
        return d[0] <= box[0] + box[2] && d[2] >= box[0] && d[1] <= box[1] + box[3] && d[3] >= box[1];
    }

    /** Problems of the chart as last drawn: a legend over data, or none at all. */
    private static void checkLegend(PlotCanvas c, String what, List<String> problems) {
        double[] box = c.legendBounds();
        if (box == null) {
            problems.add(what + ": no legend");
            return;
        }
        for (double[] d : c.dataBounds()) {
            if (meet(box, d)) {
                problems.add(what + ": legend " + Arrays.toString(box) + " covers data at " + Arrays.toString(d));
                return;
            }
        }
    }

    @Test
    void legendsCoverNoDataAtAnySizeOrLoadAndTheFlipLabelStaysInsideThePlot(FxRobot robot) {
        int rows = 25;
        int cols = 40;
        int n = rows * cols;
        IncrementalCrosstalk cache = new IncrementalCrosstalk(rows, cols, 1, null);
        int maxP = CrosstalkViewModel.maxPatternsFor(n);
        double capacity = 0.138 * n;
        NavigableMap<Integer, Double> measured = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int p : new int[] {1, 5, 50, 138, 200, maxP}) {
            cache.setPatterns(p, Cancellation.NEVER);
            CrosstalkSnapshot snap = CrosstalkSnapshot.of(cache, CrosstalkViewModel.HISTOGRAM_BINS, 2.6);
            measured.put(p, snap.measuredError());
            NavigableMap<Integer, Double> points = new TreeMap<>(measured);
            robot.interact(() -> {
                histogram.setData(snap);
                errorChart.setData(maxP, capacity, p, points, q -> Crosstalk.theoryError(n, q));
                for (Size s : SIZES) {
                    String where = "p = " + p + ", " + s;
                    show(histogram, s);
                    checkLegend(histogram, "histogram, " + where, problems);
                    double[] label = histogram.flipLabelBounds();
                    double[] area = histogram.plotAreaBounds();
                    assertNotNull(area, where);
                    // N.B. its legend not in a column at the right that left the plot a third of the chart (session 5)
                    if (area[2] - area[0] < 0.6 * s.w()) {
                        problems.add(String.format(Locale.ROOT, "histogram, %s: the plot area is %.0f px of %.0f wide",
                                where, area[2] - area[0], s.w()));
                    }
                    if (label == null) {
                        problems.add("histogram, " + where + ": no flip region label");
                    } else {
                        if (label[0] < area[0] || label[1] < area[1] || label[0] + label[2] > area[2]
                                || label[1] + label[3] > area[3]) {
                            problems.add(String.format(Locale.ROOT, "histogram, %s: the flip label %s runs out of "
                                    + "the plot area %s", where, Arrays.toString(label), Arrays.toString(area)));
                        }
                        if (meet(histogram.legendBounds(), new double[] {label[0], label[1], label[0] + label[2],
                                label[1] + label[3]})) {
                            problems.add("histogram, " + where + ": the legend covers the flip label");
                        }
                    }
                    show(errorChart, s);
                    checkLegend(errorChart, "error curve, " + where, problems);
                }
            });
        }
        for (int k : new int[] {0, 30, 200, 500, 900, n}) {
            OrthogonalitySnapshot o = OrthogonalitySnapshot.of(n, k, CrosstalkViewModel.ORTHOGONALITY_SAMPLES, 7);
            robot.interact(() -> {
                orthogonality.setData(o);
                for (Size s : SIZES) {
                    show(orthogonality, s);
                    checkLegend(orthogonality, "orthogonality, k = " + k + ", " + s, problems);
                }
            });
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void exportsAreSlideShapedAndTheirLegendsCoverNoData(FxRobot robot) {
        IncrementalCrosstalk cache = new IncrementalCrosstalk(25, 40, 1, null);
        cache.setPatterns(120, Cancellation.NEVER);
        CrosstalkSnapshot snap = CrosstalkSnapshot.of(cache, CrosstalkViewModel.HISTOGRAM_BINS, 2.6);
        OrthogonalitySnapshot o = OrthogonalitySnapshot.of(1000, 300, CrosstalkViewModel.ORTHOGONALITY_SAMPLES, 7);
        NavigableMap<Integer, Double> points = new TreeMap<>(java.util.Map.of(50, 0.0, 120, snap.measuredError()));
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            histogram.setData(snap);
            errorChart.setData(300, 138, 120, points, q -> Crosstalk.theoryError(1000, q));
            orthogonality.setData(o);
            // N.B. the flat chart 1280×720 at 175 % gives (1248 × 375 px): its slide is half as high as wide
            Size flat = new Size(1248, 375, Palette.PROJECTOR.plotStyle(1.75));
            for (PlotCanvas c : new PlotCanvas[] {histogram, errorChart, orthogonality}) {
                show(c, flat);
                java.awt.image.BufferedImage png = c.renderPng(2);
                if (png.getWidth() != 2 * 1248 || png.getHeight() != 2 * 624) {
                    problems.add(c.getId() + ": a PNG at 2× of " + png.getWidth() + "×" + png.getHeight());
                }
                checkLegend(c, c.getClass().getSimpleName() + " as exported to PNG", problems);
                String svg = c.renderSvg();
                if (!svg.contains("viewBox=\"0 0 1248 624\"")) {
                    problems.add(c.getClass().getSimpleName() + ": SVG " + svg.substring(0, Math.min(300, svg.length())));
                }
                checkLegend(c, c.getClass().getSimpleName() + " as exported to SVG", problems);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theNumbersLeftOutOfTheLegendsAreInTheCaptions() {
        // N = 100, p = 10: 1000 terms, std 0.3 measured, σ = √(10/100) = 0.316 in theory, 12 unstable bits
        CrosstalkSnapshot s = new CrosstalkSnapshot(100, 10, 10, 10, -1, 0.05, new double[40], 0, 0, 12, 0.012, 0, 0,
                0.3, null);
        String c = CrosstalkHistogramPlot.caption(s);
        for (String part : new String[] {"1,000 terms", "0.300", "0.316", "12 in the flip region"}) {
            assertTrue(c.contains(part), c + " has " + part);
        }
        OrthogonalitySnapshot o = new OrthogonalitySnapshot(100, 36, new int[] {-4, 4}, new int[] {30, 42});
        String oc = OrthogonalityPlot.caption(o);
        // random: mean 0, std 4 (√N = 10); sharing 36: mean 36, std 6 (√(N−k) = 8)
        for (String part : new String[] {"mean 0.0", "std 4.0", "√N = 10.0", "k = 36", "mean 36.0", "std 6.0",
                "√(N−k) = 8.0"}) {
            assertTrue(oc.contains(part), oc + " has " + part);
        }
        assertFalse(oc.contains("-"), "true minus signs: " + oc);
    }
}
