package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart's legend never covers its data: an empty corner when there is one, else above the plot area. */
@ExtendWith(ApplicationExtension.class)
class ChartLegendFxTest {
    private BasinChart basin;
    private CapacityChart capacity;

    @Start
    void start(Stage stage) {
        basin = new BasinChart();
        capacity = new CapacityChart();
        Pane root = new Pane(basin, capacity);
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private static void size(PlotCanvas c, double w, double h) {
        c.resize(w, h);
        c.layout();
    }

    /** The legend's box meets none of the data's rectangles (with a pixel to spare). */
    private static void assertLegendCoversNoData(PlotCanvas c, String what) {
        double[] box = c.legendBounds();
        assertNotNull(box, what + ": a legend");
        for (double[] d : c.dataBounds()) {
            if (d[0] <= box[0] + box[2] && d[2] >= box[0] && d[1] <= box[1] + box[3] && d[3] >= box[1]) {
                fail(what + ": the legend " + java.util.Arrays.toString(box) + " covers data at "
                        + java.util.Arrays.toString(d));
            }
        }
    }

    private static List<BasinSweep.Point> curve(String protocol, double[] ys) {
        List<BasinSweep.Point> pts = new ArrayList<>();
        for (int k = 0; k < ys.length; k++) {
            pts.add(new BasinSweep.Point(protocol, 100, 10, k * 50 / (ys.length - 1), 20, ys[k], ys[k]));
        }
        return pts;
    }

    @Test
    void dataInTheDefaultTopRightCornerMoveTheLegendToAnEmptyOne(FxRobot robot) {
        robot.interact(() -> {
            size(basin, 800, 420);
            // both curves stay at 1 over the whole axis: both top corners are full, the bottom is empty
            List<BasinSweep.Point> pts = new ArrayList<>(curve("hebb", new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
            pts.addAll(curve("pinv", new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.95}));
            basin.setData(pts, false, 100, 10);
            assertLegendCoversNoData(basin, "curves along the top");
            double[] box = basin.legendBounds();
            assertTrue(box[1] > 420 / 2.0, "the legend went to the bottom: " + java.util.Arrays.toString(box));
        });
    }

    @Test
    void dataInEveryCornerPutTheLegendAboveThePlotArea(FxRobot robot) {
        robot.interact(() -> {
            size(basin, 700, 420);
            List<BasinSweep.Point> pts = new ArrayList<>(curve("hebb", new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
            pts.addAll(curve("pinv", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
            pts.addAll(curve("storkey", new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}));
            basin.setData(pts, false, 100, 10);
            assertLegendCoversNoData(basin, "curves along the top, middle and bottom");
            double[] box = basin.legendBounds();
            double dataTop = basin.dataBounds().stream().mapToDouble(d -> d[1]).min().orElseThrow();
            assertTrue(box[1] + box[3] <= dataTop, "the legend sits above all data: " + java.util.Arrays.toString(box));
        });
    }

    @Test
    void seededRandomChartsNeverHideDataUnderTheLegend(FxRobot robot) {
        Random r = new Random(20261202L);
        String[] protocols = {"hebb", "pinv", "storkey", "km", "mpf"};
        robot.interact(() -> {
            for (int trial = 0; trial < 80; trial++) {
                // N.B. charts of a usable size; a very short one keeps its plot height instead (next test)
                size(basin, 450 + r.nextInt(550), 300 + r.nextInt(300));
                List<BasinSweep.Point> pts = new ArrayList<>();
                int n = 1 + r.nextInt(protocols.length);
                for (int k = 0; k < n; k++) {
                    double[] ys = new double[2 + r.nextInt(15)];
                    double y = r.nextDouble();
                    for (int j = 0; j < ys.length; j++) {
                        y = Math.max(0, Math.min(1, y + (r.nextDouble() - 0.5) * 0.6));
                        ys[j] = y;
                    }
                    pts.addAll(curve(protocols[k], ys));
                }
                basin.setData(pts, r.nextBoolean(), 100, 10);
                assertLegendCoversNoData(basin, "basin trial " + trial);

                size(capacity, 450 + r.nextInt(550), 300 + r.nextInt(300));
                List<CapacitySweep.Point> cps = new ArrayList<>();
                List<String> order = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    order.add(protocols[k]);
                    int loads = 2 + r.nextInt(12);
                    double y = r.nextDouble();
                    for (int j = 1; j <= loads; j++) {
                        y = Math.max(0, Math.min(1, y + (r.nextDouble() - 0.5) * 0.5));
                        cps.add(new CapacitySweep.Point(protocols[k], 100, j * 3, j * 0.03, 10, y, y, y));
                    }
                }
                capacity.setData(cps, Metric.values()[r.nextInt(3)], 100, 0.4, order, Set.of());
                assertLegendCoversNoData(capacity, "capacity trial " + trial);
            }
        });
    }

    @Test
    void aShortPlotWithDataInEveryCornerKeepsItsHeightAndPutsTheLegendRightOfThePlotArea(FxRobot robot) {
        robot.interact(() -> {
            size(basin, 700, 150);
            // curves along the top, middle and bottom over the whole axis: every corner and edge middle is full
            List<BasinSweep.Point> pts = new ArrayList<>(curve("hebb", new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
            pts.addAll(curve("pinv", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
            pts.addAll(curve("storkey", new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}));
            basin.setData(pts, false, 100, 10);
            assertLegendCoversNoData(basin, "a short plot with data in every corner");
            double[] box = basin.legendBounds();
            double top = basin.dataBounds().stream().mapToDouble(d -> d[1]).min().orElseThrow();
            double bottom = basin.dataBounds().stream().mapToDouble(d -> d[3]).max().orElseThrow();
            double dataRight = basin.dataBounds().stream().mapToDouble(d -> d[2]).max().orElseThrow();
            assertTrue(bottom - top > 150 * 0.3, "the data keep a usable height: " + top + ".." + bottom);
            assertTrue(box[0] >= dataRight, "the legend is right of all data: " + java.util.Arrays.toString(box));
            assertTrue(box[0] + box[2] <= 700, "the legend is inside the figure: " + java.util.Arrays.toString(box));
        });
    }
}
