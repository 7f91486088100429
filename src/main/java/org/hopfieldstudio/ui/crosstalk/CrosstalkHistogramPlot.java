package org.hopfieldstudio.ui.crosstalk;

import java.util.Locale;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
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
    private CrosstalkSnapshot snap;

    void setData(CrosstalkSnapshot s) {
        this.snap = s;
        redraw();
    }

    @Override
    protected void draw(Sketch g, double w, double h) {
        CrosstalkSnapshot s = snap;
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
        g.restore();
        g.setFill(style().warning());
        g.setFont(legendFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("flip region", a.x(thr) + 6, a.bottom - 6);
        a.legend(g, false, new Color[] {BARS, CURVE, FLIP.deriveColor(0, 1, 1, 4)}, new boolean[] {false, true, false},
                MathText.of(String.format(Locale.ROOT, "measured, $N\\cdot p$ = %,d terms (std %.3f)", total, s.std())),
                MathText.of(String.format(Locale.ROOT, "Normal$(0, p/N)$, $\\sigma = \\sqrt{p/N} = %.3f$", sigma)),
                MathText.text(String.format(Locale.ROOT, "flip region: %,d unstable bits", s.unstable())));
    }

    /** The read-out of one bar: its range of the crosstalk term and how many terms fall in it. */
    static String readout(double lo, double hi, double binWidth, long count, long total) {
        double step = binWidth / 2;
        return String.format(Locale.ROOT, "%s ≤ %s < %s%n%,d of %,d terms", tick(lo, step), X_TITLE_SHORT, tick(hi, step),
                count, total);
    }
}
