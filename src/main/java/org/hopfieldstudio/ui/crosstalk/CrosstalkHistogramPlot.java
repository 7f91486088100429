package org.hopfieldstudio.ui.crosstalk;

import java.util.Locale;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.figure.MathText;

/** Histogram of the crosstalk terms with the Normal(0, p/N) density and the shaded flip region. */
final class CrosstalkHistogramPlot extends PlotCanvas {
    static final Color BARS = Color.rgb(70, 118, 180);
    static final Color CURVE = Color.rgb(230, 120, 20);
    static final Color FLIP = Color.rgb(220, 40, 40, 0.16);
    static final MathText TITLE = MathText.of("Crosstalk terms $-\\xi_i^{\\nu} C_i^{\\nu}$ over all $i, \\nu$");
    static final MathText X_TITLE = MathText.of(
            "crosstalk term $-\\xi_i^{\\nu} C_i^{\\nu}$   (bit flips when $> (N-1)/N \\approx 1$)");
    private static final String X_TITLE_SHORT = "−ξᵢ^ν Cᵢ^ν";
    static final String FLIP_LABEL = "flip region";
    private CrosstalkSnapshot snap;
    private double[] flipLabel;

    void setData(CrosstalkSnapshot s) {
        this.snap = s;
        redraw();
    }

    /** A figure for slides: at least half as high as wide, however flat the window made the chart. */
    @Override
    protected double minExportAspect() {
        return CrosstalkView.SLIDE_ASPECT;
    }

    @Override
    protected void draw(Sketch g, double w, double h) {
        CrosstalkSnapshot s = snap;
        flipLabel = null;
        if (s == null) {
            return;
        }
        double[] d = s.density();
        double xLo = s.binLo();
        double xHi = s.binLo() + d.length * s.binWidth();
        double sigma = s.theoryStd();
        double peak = 1 / (sigma * Math.sqrt(2 * Math.PI));
        double maxD = 0;
        for (double v : d) {
            maxD = Math.max(maxD, v);
        }
        double yMax = Math.max(maxD, peak) * 1.9; // headroom so the legend does not cover the bars
        Axes a = new Axes(w, h, xLo, xHi, 0, yMax);
        double thr = Crosstalk.instabilityThreshold(s.neurons());
        // flip region
        g.setFill(FLIP);
        g.fillRect(a.x(thr), a.top, a.right - a.x(thr), a.bottom - a.top);
        a.frame(g, TITLE, X_TITLE, MathText.text("density"));
        a.clip(g);
        g.setFill(BARS);
        long total = (long) s.neurons() * s.patterns();
        for (int b = 0; b < d.length; b++) {
            double x0 = a.x(xLo + b * s.binWidth());
            double x1 = a.x(xLo + (b + 1) * s.binWidth());
            double y = a.y(d[b]);
            long count = Math.round(d[b] * total * s.binWidth());
            hoverBar(x0, x1, y, a.top, a.bottom, readout(xLo + b * s.binWidth(), xLo + (b + 1) * s.binWidth(),
                    s.binWidth(), count, total), BARS);
            if (d[b] <= 0) {
                continue;
            }
            g.fillRect(x0, y, Math.max(1, x1 - x0 - 1), a.bottom - y);
            occupyRect(x0, y, Math.max(1, x1 - x0 - 1), a.bottom - y);
        }
        g.setStroke(CURVE);
        g.setLineWidth(3);
        g.beginPath();
        int steps = 300;
        for (int k = 0; k <= steps; k++) {
            double x = xLo + (xHi - xLo) * k / steps;
            double y = Math.exp(-x * x / (2 * sigma * sigma)) * peak;
            occupy(a.x(x), a.y(y));
            if (k == 0) {
                g.moveTo(a.x(x), a.y(y));
            } else {
                g.lineTo(a.x(x), a.y(y));
            }
        }
        g.stroke();
        g.setLineWidth(2);
        g.setStroke(Color.rgb(200, 30, 30));
        g.setLineDashes(6, 4);
        g.strokeLine(a.x(thr), a.top, a.x(thr), a.bottom);
        g.setLineDashes();
        occupyRect(a.x(thr) - 1, a.top, 2, a.bottom - a.top);
        g.restore();
        flipLabel = flipLabel(g, a, a.x(thr));
        // N.B. short entries, so that the legend finds a free corner or one row above the plot at every window size
        // (issue 9): the numbers it carried (terms, measured and theory std, unstable bits) are in caption(), the
        // line under the chart; the flip region is named by its own label
        a.legend(g, false, new Color[] {BARS, CURVE}, new boolean[] {false, true}, MathText.text("measured"),
                MathText.of("Normal$(0, p/N)$"));
    }

    /**
     * The "flip region" label inside the shaded region at the plot's top (the curve's tail runs along the bottom, and
     * at a large p it is still a few pixels high at the threshold): level if the region is wide enough, else
     * upright along its dashed edge, set smaller if need be; never past the plot's right edge. Registered as data,
     * so that the legend keeps off it. Returns its box {x, y, width, height}, or null when the region is off the plot
     * or too small for it at any size.
     */
    private double[] flipLabel(Sketch g, Axes a, double xThr) {
        double pad = style().px(5);
        double roomW = a.right - xThr - 2 * pad;
        double roomH = a.bottom - a.top - 2 * pad;
        if (xThr >= a.right || roomW <= 0 || roomH <= 0) {
            return null;
        }
        Font base = legendFont();
        g.setFill(style().warning());
        for (double size = base.getSize(); size >= tickFont().getSize() * 0.7; size *= 0.9) {
            g.setFont(Font.font(base.getFamily(), size));
            double tw = g.textWidth(FLIP_LABEL);
            double th = g.textHeight();
            if (tw <= roomW && th <= roomH) {
                double x = xThr + pad;
                double y = a.top + pad;
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText(FLIP_LABEL, x, y);
                occupyRect(x, y, tw, th);
                return new double[] {x, y, tw, th};
            }
            if (th <= roomW && tw <= roomH) {
                // N.B. upright, reading upwards, its head at the plot's top just right of the dashed line
                double x = xThr + pad;
                double y = a.top + pad;
                g.save();
                g.translate(x, y + tw);
                g.rotate(-90);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText(FLIP_LABEL, 0, 0);
                g.restore();
                occupyRect(x, y, th, tw);
                return new double[] {x, y, th, tw};
            }
        }
        return null;
    }

    /** The flip region's label box {x, y, width, height} as last drawn, or null (for tests). */
    double[] flipLabelBounds() {
        return flipLabel == null ? null : flipLabel.clone();
    }

    /**
     * The numbers under the chart (once in its legend, which they made too wide for a projector's window): how many
     * terms, their measured and theoretical spread, how many fall in the flip region.
     */
    static String caption(CrosstalkSnapshot s) {
        long total = (long) s.neurons() * s.patterns();
        return String.format(Locale.ROOT, "%,d terms (N·p): measured std %.3f, theory σ = √(p/N) = %.3f; "
                + "%,d in the flip region (unstable bits)", total, s.std(), s.theoryStd(), s.unstable());
    }

    /** The read-out of one bar: its range of the crosstalk term and how many terms fall in it. */
    static String readout(double lo, double hi, double binWidth, long count, long total) {
        double step = binWidth / 2;
        return String.format(Locale.ROOT, "%s ≤ %s < %s%n%,d of %,d terms", tick(lo, step), X_TITLE_SHORT, tick(hi, step),
                count, total);
    }
}
