package org.hopfieldstudio.ui.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.figure.MathText;

/**
 * Basins of attraction: recall fraction (or mean overlap) against the initial Hamming distance d of the
 * probe, one curve per protocol at one p. A wide basin keeps the curve at 1 far to the right.
 */
public final class BasinChart extends PlotCanvas {
    private List<BasinSweep.Point> points = List.of();
    private boolean overlap;
    private int neurons = 100;
    private int patterns = 10;
    private String emptyText = "Press Run: one curve per selected protocol";

    /** What the empty chart says (how to fill it). */
    public void setEmptyText(String text) {
        this.emptyText = text;
        redraw();
    }

    public void setData(List<BasinSweep.Point> points, boolean overlap, int neurons, int patterns) {
        this.points = List.copyOf(points);
        this.overlap = overlap;
        this.neurons = neurons;
        this.patterns = patterns;
        redraw();
    }

    /**
     * A figure for slides: at least 0.6 as high as wide, whatever the window gives the chart (1280×720 at 175 %
     * gave it 610×212 px, and the exported plot area was 40 px high under the legend).
     */
    @Override
    protected double minExportAspect() {
        return 0.6;
    }

    @Override
    protected void draw(Sketch g, double w, double h) {
        Map<String, List<BasinSweep.Point>> series = new LinkedHashMap<>();
        double yMin = 0;
        for (BasinSweep.Point p : points) {
            series.computeIfAbsent(p.protocol(), k -> new ArrayList<>()).add(p);
            yMin = Math.min(yMin, value(p));
        }
        Axes a = new Axes(w, h, 0, Math.max(1, neurons / 2.0), yMin < 0 ? Math.floor(yMin * 10) / 10 : 0, 1.04);
        a.frame(g, MathText.of(String.format(Locale.ROOT, "Basins of attraction: $p = %d$ stored, $N = %d$ ($\\alpha = %s$)",
                        patterns, neurons, CapacityCsv.num((double) patterns / neurons))),
                MathText.of("initial Hamming distance $d$ of the probe (bits flipped)"),
                overlap ? MathText.of("mean final overlap $m$") : MathText.text("probes recalled exactly"));
        a.clip(g);
        for (Map.Entry<String, List<BasinSweep.Point>> e : series.entrySet()) {
            List<BasinSweep.Point> s = e.getValue();
            a.series(g, s.stream().mapToDouble(BasinSweep.Point::distance).toArray(),
                    s.stream().mapToDouble(this::value).toArray(), ProtocolStyle.color(e.getKey()),
                    ProtocolStyle.shortName(e.getKey()));
        }
        g.restore();
        if (points.isEmpty()) {
            a.message(g, emptyText, List.of(), java.util.List.of()); // N.B. inside the plot area, never over the axes
            return;
        }
        int n = series.size();
        Color[] colors = new Color[n];
        boolean[] lines = new boolean[n];
        String[] names = new String[n];
        int k = 0;
        for (String id : series.keySet()) {
            colors[k] = ProtocolStyle.color(id);
            lines[k] = true;
            names[k++] = ProtocolStyle.shortName(id);
        }
        a.legend(g, true, colors, lines, names);
    }

    private double value(BasinSweep.Point p) {
        return overlap ? p.meanOverlap() : p.recallFraction();
    }
}
