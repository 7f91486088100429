package org.hopfieldstudio.ui.crosstalk;

import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.figure.MathText;

/** Unstable-bit fraction vs p: the theory curve ½ erfc(√(N/2p)), measured points, the 0.138·N marker. */
final class ErrorCurvePlot extends PlotCanvas {
    static final Color THEORY = Color.rgb(230, 120, 20);
    static final Color MEASURED = Color.rgb(40, 90, 170);
    static final Color MARKER = Color.rgb(200, 30, 30);
    private int maxP = 2;
    private double capacity;
    private int currentP;
    private NavigableMap<Integer, Double> points = java.util.Collections.emptyNavigableMap();
    private IntToDoubleFunction theory = p -> 0;

    void setData(int maxP, double capacity, int currentP, NavigableMap<Integer, Double> points, IntToDoubleFunction theory) {
        this.maxP = maxP;
        this.capacity = capacity;
        this.currentP = currentP;
        this.points = points;
        this.theory = theory;
        redraw();
    }

    /** A figure for slides: at least half as high as wide, however flat the window made the chart. */
    @Override
    protected double minExportAspect() {
        return CrosstalkView.SLIDE_ASPECT;
    }

    @Override
    protected void draw(Sketch g, double w, double h) {
        double yMax = theory.applyAsDouble(maxP);
        for (double v : points.values()) {
            yMax = Math.max(yMax, v);
        }
        yMax = Math.max(0.005, yMax * 1.15);
        Axes a = new Axes(w, h, 0, maxP, 0, yMax);
        a.frame(g, MathText.text("One-step error vs number of patterns"), MathText.of("stored patterns $p$"),
                MathText.text("unstable-bit fraction"));
        a.clip(g);
        g.setStroke(MARKER);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(a.x(capacity), a.top, a.x(capacity), a.bottom);
        g.setLineDashes();
        // N.B. the marker line counts as data: a legend over it would hide where the capacity is
        occupyRect(a.x(capacity) - 1, a.top, 2, a.bottom - a.top);
        g.setStroke(THEORY);
        g.setLineWidth(3);
        g.beginPath();
        g.moveTo(a.x(0), a.y(0));
        int steps = Math.min(400, maxP);
        for (int k = 1; k <= steps; k++) {
            int p = Math.max(1, (int) Math.round((double) maxP * k / steps));
            g.lineTo(a.x(p), a.y(theory.applyAsDouble(p)));
            occupy(a.x(p), a.y(theory.applyAsDouble(p)));
        }
        g.stroke();
        g.setFill(MEASURED);
        for (Map.Entry<Integer, Double> e : points.entrySet()) {
            g.fillOval(a.x(e.getKey()) - 3.5, a.y(e.getValue()) - 3.5, 7, 7);
            occupyRect(a.x(e.getKey()) - 3.5, a.y(e.getValue()) - 3.5, 7, 7);
            hoverPoint(a.x(e.getKey()), a.y(e.getValue()),
                    a.readoutText("measured (as you drag p)", e.getKey(), e.getValue()), MEASURED);
        }
        Double cur = points.get(currentP);
        if (cur != null) {
            g.setStroke(ink());
            g.setLineWidth(2.5);
            g.strokeOval(a.x(currentP) - 7, a.y(cur) - 7, 14, 14);
            occupyRect(a.x(currentP) - 8, a.y(cur) - 8, 16, 16);
        }
        g.restore();
        g.setFont(legendFont());
        markerLabel(g, a, MathText.of(String.format(Locale.ROOT, "$0.138\\,N = %.0f$", capacity)));
        // N.B. short entries (issue 9): a long legend found no free corner in a projector's window and covered the curve,
        // or took a column that left the plot a third of the chart; the capacity's value is on its line's label, and
        // the measured points' read-out says they come from the slider
        a.legend(g, false, new Color[] {THEORY, MEASURED, MARKER}, new boolean[] {true, false, true},
                MathText.of("theory $\\frac{1}{2}\\,\\mathrm{erfc}\\,\\sqrt{N/2p}$"), MathText.text("measured"),
                MathText.text("Hebb capacity"));
    }

    /**
     * The capacity's value by its dashed line, at the top of the plot area (the curve is low there: it rises past the
     * capacity), right of the line or, where the plot ends first, left of it. Registered as data, so that the legend
     * keeps off it; left out if the plot is too narrow on both sides.
     */
    private void markerLabel(Sketch g, Axes a, MathText label) {
        double x = a.x(capacity);
        if (x < a.left || x > a.right) {
            return;
        }
        double pad = style().px(6);
        double tw = label.width(g);
        double th = g.textHeight() * 1.3;
        double y = a.top + style().px(4);
        double at;
        if (x + pad + tw <= a.right - style().px(2)) {
            at = x + pad;
        } else if (x - pad - tw >= a.left + style().px(2)) {
            at = x - pad - tw;
        } else {
            return;
        }
        label.draw(g, at, y, TextAlignment.LEFT, VPos.TOP, style().warning());
        occupyRect(at, y, tw, th);
    }
}
