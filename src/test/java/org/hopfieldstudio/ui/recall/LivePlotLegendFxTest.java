package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 9 point 4, the live plots: the legend of the labelled lines names every one of them (the title row dropped
 * those it had no room for), never covers the data (it sits outside the plot area: in the title row, in rows above
 * the plot area or in a column beside it) and stays where it is while the lines move. Checked on the SVG the plot
 * exports (the same drawing as the screen), at the recall panel's sizes from 100 % to 200 %.
 */
@ExtendWith(ApplicationExtension.class)
class LivePlotLegendFxTest {
    /** The recall panel's legend: the target and the three next-largest overlaps (long names: drawn patterns). */
    private static final String[] PANEL = {"target A", "pattern X", "pattern O", "ξ4"};
    /** An animation frame's: the target and the first six patterns. */
    private static final String[] FRAME = {"ξ3", "ξ1", "ξ2", "ξ4", "ξ5", "ξ6", "ξ7"};

    @Start
    void start(Stage stage) {
        // N.B. the plots here are in no scene: the toolkit is all they need
    }

    /** Four labelled lines and a grey one that together cover the whole plot area, corners included. */
    private static List<TimeSeriesPlot.Line> lines(String[] names, double phase) {
        List<TimeSeriesPlot.Line> l = new ArrayList<>();
        for (int k = 0; k <= names.length; k++) {
            SeriesBuffer s = new SeriesBuffer(1024);
            for (int t = 0; t <= 300; t++) {
                // N.B. sweeps from −1 to 1 and back at different rates: every corner of the plot area has data
                s.add(t / 100.0, Math.cos(phase + (k + 1) * t * Math.PI / 300.0));
            }
            // N.B. as the recall panel draws them: the grey line first, the target last (on top)
            l.add(new TimeSeriesPlot.Line(s, k == 0 ? Color.GRAY : PlotStyle.DEFAULT.series(k), 1.5,
                    k == 0 ? null : names[names.length - k]));
        }
        return l;
    }

    @ParameterizedTest(name = "{0}×{1} at {2} ({3})")
    @CsvSource({"450, 130, 1.0, NORMAL, PANEL", "330, 130, 1.0, NORMAL, PANEL", "700, 284, 1.75, PROJECTOR, PANEL",
            "560, 284, 1.75, PROJECTOR, PANEL", "430, 260, 2.0, NORMAL, PANEL", "741, 260, 2.0, NORMAL, PANEL",
            "1200, 325, 2.5, PROJECTOR, PANEL", "330, 120, 1.0, NORMAL, FRAME", "300, 116, 0.9, DARK, FRAME"})
    void theLegendNamesEveryLabelledLineOutsideThePlotArea(double w, double h, double zoom, Palette palette,
            String which, FxRobot robot) {
        String[] names = which.equals("PANEL") ? PANEL : FRAME;
        robot.interact(() -> {
            TimeSeriesPlot plot = new TimeSeriesPlot(TimeSeriesPlot.OVERLAP, -1.0, 1.0);
            plot.usePlotStyle(palette.plotStyle(zoom));
            plot.resize(w, h);
            plot.setLinesQuietly(lines(names, 0));
            String svg = plot.renderSvg();
            double[] legend = plot.legendBounds();
            double[] area = plot.plotAreaBounds();
            assertNotNull(legend, "a legend");
            assertNotNull(area);
            // every labelled line is named, as text in the picture, the target first
            List<String> texts = texts(svg);
            for (String name : names) {
                assertTrue(texts.contains(name), name + " is not in the legend: " + texts);
            }
            assertEquals(List.of(names), plot.legendLabels());
            // outside the plot area, inside the picture
            boolean apart = legend[0] >= area[2] - 0.5 || legend[0] + legend[2] <= area[0] + 0.5
                    || legend[1] + legend[3] <= area[1] + 0.5 || legend[1] >= area[3] - 0.5;
            assertTrue(apart, String.format("legend %s meets the plot area %s", java.util.Arrays.toString(legend),
                    java.util.Arrays.toString(area)));
            assertTrue(legend[0] >= 0 && legend[1] >= 0 && legend[0] + legend[2] <= w + 0.5
                    && legend[1] + legend[3] <= h + 0.5, "legend " + java.util.Arrays.toString(legend) + " in " + w
                    + "×" + h);
            // the data were drawn and recorded, all inside the plot area, none under the legend
            assertFalse(plot.dataBounds().isEmpty());
            for (double[] d : plot.dataBounds()) {
                assertTrue(d[0] >= area[0] - 0.5 && d[2] <= area[2] + 0.5 && d[1] >= area[1] - 0.5
                        && d[3] <= area[3] + 0.5, java.util.Arrays.toString(d));
                assertFalse(d[0] <= legend[0] + legend[2] && d[2] >= legend[0] && d[1] <= legend[1] + legend[3]
                        && d[3] >= legend[1], "data " + java.util.Arrays.toString(d) + " under the legend");
            }
            // the plot keeps room for its y tick labels: at least two lines of its tick text (the legend took no more)
            PlotStyle style = palette.plotStyle(zoom);
            javafx.scene.text.Text tick = new javafx.scene.text.Text("Ag");
            tick.setFont(style.font(1.0));
            assertTrue(area[3] - area[1] >= 2 * tick.getLayoutBounds().getHeight(),
                    "plot area " + (area[3] - area[1]) + " px tall");
            // the lines move (the next frames): the legend stays where it was
            for (double phase : new double[] {1.0, 2.5, 4.0}) {
                plot.setLinesQuietly(lines(names, phase));
                plot.renderSvg();
                assertArrayEquals(legend, plot.legendBounds(), 1e-9, "the legend moved with the data");
            }
        });
    }

    private static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }
}
