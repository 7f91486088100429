package org.hopfieldstudio.ui.crosstalk;

import java.util.Locale;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.ui.common.PlotCanvas;

/** Histogram of the crosstalk terms with the Normal(0, p/N) density and the shaded flip region. */
final class CrosstalkHistogramPlot extends PlotCanvas {
    static final Color BARS = Color.rgb(70, 118, 180);
    static final Color CURVE = Color.rgb(230, 120, 20);
    static final Color FLIP = Color.rgb(220, 40, 40, 0.16);
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
        a.frame(g, "Crosstalk terms −ξᵢ^ν Cᵢ^ν over all i, ν",
                "crosstalk term −ξᵢ^ν Cᵢ^ν   (bit flips when > (N−1)/N ≈ 1)", "density");
        a.clip(g);
        g.setFill(BARS);
        for (int b = 0; b < d.length; b++) {
            if (d[b] <= 0) {
                continue;
            }
            double x0 = a.x(xLo + b * s.binWidth());
            double x1 = a.x(xLo + (b + 1) * s.binWidth());
            double y = a.y(d[b]);
            g.fillRect(x0, y, Math.max(1, x1 - x0 - 1), a.bottom - y);
            for (double yy = y; yy < a.bottom; yy += 12) {
                occupy((x0 + x1) / 2, yy);
            }
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
                String.format(Locale.ROOT, "measured, N·p = %,d terms (std %.3f)", (long) s.neurons() * s.patterns(), s.std()),
                String.format(Locale.ROOT, "Normal(0, p/N), σ = √(p/N) = %.3f", sigma),
                String.format(Locale.ROOT, "flip region: %,d unstable bits", s.unstable()));
    }
}
