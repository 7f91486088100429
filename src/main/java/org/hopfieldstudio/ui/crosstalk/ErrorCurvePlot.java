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
            hoverPoint(a.x(e.getKey()), a.y(e.getValue()), a.readoutText("measured", e.getKey(), e.getValue()), MEASURED);
        }
        Double cur = points.get(currentP);
        if (cur != null) {
            g.setStroke(ink());
            g.setLineWidth(2.5);
            g.strokeOval(a.x(currentP) - 7, a.y(cur) - 7, 14, 14);
        }
        g.restore();
        g.setFont(legendFont());
        MathText.of(String.format(Locale.ROOT, "$0.138\\,N = %.0f$", capacity))
                .draw(g, a.x(capacity) + 6, a.top + 84, TextAlignment.LEFT, VPos.TOP, style().warning());
        a.legend(g, false, new Color[] {THEORY, MEASURED, MARKER}, new boolean[] {true, false, true},
                MathText.of("theory $\\frac{1}{2}\\,\\mathrm{erfc}\\left(\\sqrt{N/2p}\\right)$"),
                MathText.text("measured (as you drag)"), MathText.of("Hebb capacity $p = 0.138\\,N$"));
    }
}
