package org.hopfieldstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.hopfieldstudio.ui.figure.Sketch;
import org.hopfieldstudio.ui.figure.SvgSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A rotated y-axis title longer than the plot's height shrinks to fit it instead of running off the canvas, cut (the
 * Compare tab's basin chart, "fraction of probes recalled exactly", at 200 %); one that fits keeps the label size.
 * Checked in the SVG export, which comes from the same drawing code as the screen.
 */
@ExtendWith(ApplicationExtension.class)
class PlotAxisTitleTest {
    private static final String LONG = "fraction of probes recalled exactly after the network settles";

    private static final class Probe extends PlotCanvas {
        String yTitle = LONG;

        @Override
        protected boolean placesLegend() {
            return false;
        }

        @Override
        protected void draw(Sketch g, double w, double h) {
            new Axes(w, h, 0, 1, 0, 1).frame(g, "Basins", "bits flipped", yTitle);
        }
    }

    /** The font size and drawn width of the text element holding {@code title}. */
    private static double[] drawn(String svg, String title) {
        Matcher m = Pattern.compile("<text [^>]*font-size=\"([0-9.]+)\"[^>]*>" + Pattern.quote(title) + "</text>")
                .matcher(svg);
        assertTrue(m.find(), "the y title is in the SVG as text:\n" + svg);
        double size = Double.parseDouble(m.group(1));
        Text t = new Text(title);
        t.setFont(Font.font("System", size));
        return new double[] {size, t.getLayoutBounds().getWidth()};
    }

    @Test
    void aLongRotatedTitleShrinksToThePlotsHeightAndAShortOneKeepsItsSize() {
        Probe probe = new Probe();
        SvgSketch shortPlot = new SvgSketch(500, 160);
        probe.paintTo(shortPlot, 500, 160);
        double[] cut = drawn(shortPlot.toSvg(), LONG);
        assertTrue(cut[1] <= 160, "the title fits the canvas height: " + cut[1] + " px wide at " + cut[0] + " px");

        SvgSketch tallPlot = new SvgSketch(500, 900);
        probe.paintTo(tallPlot, 500, 900);
        double[] whole = drawn(tallPlot.toSvg(), LONG);
        assertTrue(whole[0] > cut[0], "shrunk only where it does not fit: " + whole[0] + " vs " + cut[0]);

        probe.yTitle = "recall";
        SvgSketch shortTitle = new SvgSketch(500, 160);
        probe.paintTo(shortTitle, 500, 160);
        assertEquals(whole[0], drawn(shortTitle.toSvg(), "recall")[0], 1e-6, "a title that fits keeps its size");
    }
}
