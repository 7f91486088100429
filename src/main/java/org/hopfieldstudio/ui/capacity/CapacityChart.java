package org.hopfieldstudio.ui.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.common.PlotCanvas;

/**
 * Recall fraction (or stable fraction, or mean overlap) against the load α = p/N, one curve per protocol in
 * its colour, with the theory of DESIGN §3 as dashed vertical markers in the colour of the protocol they
 * belong to. Points arrive while the sweep runs; {@link #setData} redraws.
 */
final class CapacityChart extends PlotCanvas {
    private List<CapacitySweep.Point> points = List.of();
    private Metric metric = Metric.RECALL;
    private int neurons = 100;
    private double maxLoad = 1;
    private List<String> order = List.of();
    private Set<String> failed = Set.of();

    /**
     * @param points  the results (any order)
     * @param order   protocol ids in legend order (the selected ones of the sweep)
     * @param failed  ids of protocols that failed (marked in the legend)
     */
    void setData(List<CapacitySweep.Point> points, Metric metric, int neurons, double maxLoad, List<String> order,
                 Set<String> failed) {
        this.points = List.copyOf(points);
        this.metric = metric;
        this.neurons = neurons;
        this.maxLoad = maxLoad;
        this.order = List.copyOf(order);
        this.failed = Set.copyOf(failed);
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        Map<String, List<CapacitySweep.Point>> series = new LinkedHashMap<>();
        for (String id : order) {
            series.put(id, new ArrayList<>());
        }
        double yMin = 0;
        for (CapacitySweep.Point p : points) {
            series.computeIfAbsent(p.protocol(), k -> new ArrayList<>()).add(p);
            yMin = Math.min(yMin, metric.of(p));
        }
        double xMax = Math.max(0.2, maxLoad * 1.03);
        Axes a = new Axes(w, h, 0, xMax, yMin < 0 ? Math.floor(yMin * 10) / 10 : 0, 1.04);
        a.frame(g, String.format(Locale.ROOT, "%s vs load, N = %d", capitalised(metric.label()), neurons),
                "load α = p/N", metric.axisLabel());

        a.clip(g);
        List<TheoryMarkers.Marker> offScale = new ArrayList<>();
        for (TheoryMarkers.Marker m : TheoryMarkers.forNeurons(neurons)) {
            if (m.load() > xMax) {
                offScale.add(m);
                continue;
            }
            double x = a.x(m.load());
            g.setStroke(ProtocolStyle.color(m.protocolId()).deriveColor(0, 1, 1, 0.85));
            g.setLineWidth(2);
            g.setLineDashes(7, 5);
            g.strokeLine(x, a.top, x, a.bottom);
            g.setLineDashes();
        }
        for (Map.Entry<String, List<CapacitySweep.Point>> e : series.entrySet()) {
            List<CapacitySweep.Point> s = new ArrayList<>(e.getValue());
            s.sort((p, q) -> Double.compare(p.load(), q.load()));
            Color c = ProtocolStyle.color(e.getKey());
            g.setStroke(c);
            g.setLineWidth(3);
            g.beginPath();
            for (int k = 0; k < s.size(); k++) {
                double x = a.x(s.get(k).load());
                double y = a.y(metric.of(s.get(k)));
                if (k == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
            g.setFill(c);
            for (CapacitySweep.Point p : s) {
                g.fillOval(a.x(p.load()) - 4, a.y(metric.of(p)) - 4, 8, 8);
            }
        }
        // marker labels last, over the curves, on a light box, reading upwards along their line
        g.setFont(TICK_FONT);
        for (TheoryMarkers.Marker m : TheoryMarkers.forNeurons(neurons)) {
            if (m.load() > xMax) {
                continue;
            }
            double x = a.x(m.load());
            double tw = textWidth(m.label());
            g.save();
            g.translate(x + 3, a.top + 6);
            g.rotate(-90);
            g.setFill(Color.rgb(255, 255, 255, 0.8));
            g.fillRect(-tw - 4, 0, tw + 6, 16);
            g.setFill(ProtocolStyle.color(m.protocolId()).darker());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(m.label(), 0, 1);
            g.restore();
        }
        g.restore();

        if (points.isEmpty()) {
            g.setFont(LABEL_FONT);
            g.setFill(Color.gray(0.45));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Press Run: curves fill in load by load", (a.left + a.right) / 2, (a.top + a.bottom) / 2);
        }
        if (!offScale.isEmpty()) {
            StringBuilder sb = new StringBuilder("beyond this axis: ");
            for (int k = 0; k < offScale.size(); k++) {
                TheoryMarkers.Marker m = offScale.get(k);
                sb.append(k > 0 ? ";  " : "").append(m.label()).append(" (α = ").append(CapacityCsv.num(m.load())).append(')');
            }
            g.setFont(TICK_FONT);
            g.setFill(Color.gray(0.35));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(sb.toString(), a.right - 6, a.bottom - 4);
        }
        if (!series.isEmpty()) {
            int n = series.size();
            Color[] colors = new Color[n + 1];
            boolean[] lines = new boolean[n + 1];
            String[] names = new String[n + 1];
            int k = 0;
            for (String id : series.keySet()) {
                colors[k] = ProtocolStyle.color(id);
                lines[k] = true;
                names[k] = ProtocolStyle.shortName(id) + (failed.contains(id) ? "  (failed, see left)" : "");
                k++;
            }
            colors[n] = Color.gray(0.45);
            lines[n] = true;
            names[n] = "theory (dashed)";
            a.legend(g, true, colors, lines, names);
        }
    }

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(TICK_FONT);
        return t.getLayoutBounds().getWidth();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
