package org.hopfieldstudio.ui.crosstalk;

import java.util.Locale;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.figure.MathText;

/** Histograms of ξ·S for random pairs and pairs overlapping on k cells, with their normal densities. */
final class OrthogonalityPlot extends PlotCanvas {
    static final Color RANDOM = Color.rgb(70, 118, 180, 0.6);
    static final Color SHARED = Color.rgb(230, 120, 20, 0.6);
    static final MathText TITLE = MathText.of("Pseudo-orthogonality: $\\xi\\cdot S$ for pairs of patterns");
    static final MathText X_TITLE = MathText.of("$\\xi\\cdot S = \\sum_i \\xi_i S_i$");
    private OrthogonalitySnapshot snap;

    void setData(OrthogonalitySnapshot s) {
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
        OrthogonalitySnapshot s = snap;
        if (s == null) {
            return;
        }
        int n = s.neurons();
        int k = s.overlap();
        double sdR = Math.sqrt(n);
        double sdS = Math.sqrt(Math.max(1, n - k));
        double lo = Math.max(-n, -4.5 * sdR);
        double hi = Math.min(n, Math.max(4.5 * sdR, k + 4.5 * sdS));
        // ξ·S ≡ N (mod 2): bins an even number of units wide, edges on the other parity
        int width = 2 * Math.max(1, (int) Math.ceil((hi - lo) / 60 / 2));
        int loI = (int) Math.floor(lo);
        if (Math.floorMod(loI - n, 2) == 0) {
            loI--;
        }
        int nb = (int) Math.ceil((hi - loI) / width) + 1;
        double[] dr = density(s.random(), loI, width, nb);
        double[] ds = density(s.shared(), loI, width, nb);
        double peak = 1 / (sdS * Math.sqrt(2 * Math.PI)) * 1.15;
        for (int b = 0; b < nb; b++) {
            peak = Math.max(peak, Math.max(dr[b], ds[b]) * 1.1);
        }
        Axes a = new Axes(w, h, loI, loI + (double) nb * width, 0, peak);
        a.frame(g, TITLE, X_TITLE, MathText.text("density"));
        a.clip(g);
        bars(g, a, dr, loI, width, RANDOM);
        bars(g, a, ds, loI, width, SHARED);
        curve(g, a, 0, sdR, RANDOM.deriveColor(0, 1, 0.8, 1 / 0.6));
        curve(g, a, k, sdS, SHARED.deriveColor(0, 1, 0.8, 1 / 0.6));
        g.restore();
        for (int b = 0; b < nb; b++) {
            double from = loI + (double) b * width;
            int cr = (int) Math.round(dr[b] * s.random().length * width);
            int cs = (int) Math.round(ds[b] * s.shared().length * width);
            double top = a.y(Math.max(dr[b], ds[b]));
            hoverBar(a.x(from), a.x(from + width), top, a.top, a.bottom, readout(from, from + width, cr, cs, k),
                    cs > cr ? SHARED : RANDOM);
        }
        // N.B. short entries (issue 9): the means and spreads they carried made the legend wider than the chart in a
        // 1024-px window; they are in caption(), the line under the chart
        a.legend(g, true, new Color[] {RANDOM, SHARED}, new boolean[] {false, false}, MathText.text("random pairs"),
                MathText.of(String.format(Locale.ROOT, "pairs sharing $k = %d$ cells", k)));
    }

    /** The numbers under the chart: each sample's measured mean and spread beside what theory says. */
    static String caption(OrthogonalitySnapshot s) {
        int n = s.neurons();
        int k = s.overlap();
        return String.format(Locale.ROOT, "random pairs: mean %.1f (theory 0), std %.1f (√N = %.1f) · sharing k = %d "
                + "cells: mean %.1f (k), std %.1f (√(N−k) = %.1f)", OrthogonalitySnapshot.mean(s.random()),
                OrthogonalitySnapshot.std(s.random()), Math.sqrt(n), k, OrthogonalitySnapshot.mean(s.shared()),
                OrthogonalitySnapshot.std(s.shared()), Math.sqrt(n - k)).replace("-", "−");
    }

    /** The read-out of one bin: its range of ξ·S (integers lo &lt; ξ·S &lt; hi) and both counts. */
    static String readout(double lo, double hi, int random, int shared, int k) {
        return String.format(Locale.ROOT, "%s < ξ·S < %s%nrandom pairs: %,d%nsharing k = %d cells: %,d", tick(lo, 1),
                tick(hi, 1), random, k, shared);
    }

    private static double[] density(int[] v, int lo, int width, int nb) {
        double[] d = new double[nb];
        for (int x : v) {
            int b = Math.floorDiv(x - lo, width);
            if (b >= 0 && b < nb) {
                d[b]++;
            }
        }
        for (int b = 0; b < nb; b++) {
            d[b] /= (double) v.length * width;
        }
        return d;
    }

    private void bars(Sketch g, Axes a, double[] d, int lo, int width, Color c) {
        g.setFill(c);
        for (int b = 0; b < d.length; b++) {
            if (d[b] > 0) {
                double x0 = a.x(lo + (double) b * width);
                double x1 = a.x(lo + (double) (b + 1) * width);
                g.fillRect(x0, a.y(d[b]), Math.max(1, x1 - x0 - 1), a.bottom - a.y(d[b]));
                occupyRect(x0, a.y(d[b]), Math.max(1, x1 - x0 - 1), a.bottom - a.y(d[b]));
            }
        }
    }

    private void curve(Sketch g, Axes a, double mean, double sd, Color c) {
        if (sd < 1e-9) {
            return;
        }
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.beginPath();
        for (int k = 0; k <= 300; k++) {
            double x = a.x0 + (a.x1 - a.x0) * k / 300;
            double y = Math.exp(-(x - mean) * (x - mean) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));
            if (k == 0) {
                g.moveTo(a.x(x), a.y(y));
            } else {
                g.lineTo(a.x(x), a.y(y));
            }
            if (y >= a.y0 && y <= a.y1) {
                occupy(a.x(x), a.y(y));
            }
        }
        g.stroke();
    }
}
