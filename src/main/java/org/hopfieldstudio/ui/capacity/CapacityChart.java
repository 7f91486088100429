package org.hopfieldstudio.ui.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import org.hopfieldstudio.ui.figure.Sketch;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.figure.MathText;

/**
 * Recall fraction (or stable fraction, or mean overlap) against the load α = p/N, one curve per protocol in
 * its colour, with the theory of DESIGN §3 as dashed vertical markers in the colour of the protocol they
 * belong to. Points arrive while the sweep runs; {@link #setData} redraws.
 *
 * <p>Overlay (issue 13 point 5): when the points hold several sizes N, there is one curve per protocol and N, each
 * N in its colour of the plot palette (the same N, the same colour, in every protocol; protocols after the first
 * drawn dashed), a legend entry per curve, and only the markers that do not depend on N (Hebb's α_c ≈ 0.138, p = N,
 * the Gardner bound), so the finite-size transitions can be compared with the limit.
 */
final class CapacityChart extends PlotCanvas {
    /** The x-axis title. */
    static final MathText LOAD_TITLE = MathText.of("load $\\alpha = p/N$");
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

    /** The sizes N among the points, increasing. */
    static List<Integer> sizes(List<CapacitySweep.Point> points) {
        return points.stream().map(CapacitySweep.Point::neurons).distinct().sorted().toList();
    }

    /** The theory markers drawn: all for one N; with several N only those that do not depend on N. */
    private List<TheoryMarkers.Marker> markers(boolean overlay) {
        List<TheoryMarkers.Marker> all = TheoryMarkers.forNeurons(neurons);
        if (!overlay) {
            return all;
        }
        List<TheoryMarkers.Marker> out = new ArrayList<>();
        List<TheoryMarkers.Marker> other = TheoryMarkers.forNeurons(neurons == 1000 ? 10 : 1000);
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).load() == other.get(k).load()) {
                out.add(all.get(k));
            }
        }
        return out;
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
        List<Integer> sizes = sizes(points);
        boolean overlay = sizes.size() > 1;
        // N.B. the key of a curve: the protocol id, or "id@N" in an overlay
        Map<String, List<CapacitySweep.Point>> series = new LinkedHashMap<>();
        for (String id : order) {
            if (overlay) {
                for (int n : sizes) {
                    series.put(id + "@" + n, new ArrayList<>());
                }
            } else {
                series.put(id, new ArrayList<>());
            }
        }
        double yMin = 0;
        for (CapacitySweep.Point p : points) {
            series.computeIfAbsent(overlay ? p.protocol() + "@" + p.neurons() : p.protocol(), k -> new ArrayList<>()).add(p);
            yMin = Math.min(yMin, metric.of(p));
        }
        series.values().removeIf(list -> overlay && list.isEmpty());
        List<String> protocolsShown = new ArrayList<>();
        for (String key : series.keySet()) {
            String id = protocolOf(key);
            if (!protocolsShown.contains(id)) {
                protocolsShown.add(id);
            }
        }
        double xMax = Math.max(0.2, maxLoad * 1.03);
        Axes a = new Axes(w, h, 0, xMax, yMin < 0 ? Math.floor(yMin * 10) / 10 : 0, 1.04);
        String sizesText = overlay ? String.join(", ", sizes.stream().map(String::valueOf).toList())
                : Integer.toString(neurons);
        MathText title = MathText.of(String.format(Locale.ROOT, "%s vs load, $N = %s$  (dashed: theory)",
                capitalised(metric.label()), sizesText));
        // N.B. a title that would not fit even at the smallest size the frame shrinks it to (a 610-px chart at 175 %:
        // "… (das" cut by the edge) drops its note on the dashed lines, which name themselves
        g.setFont(javafx.scene.text.Font.font(titleFont().getFamily(), javafx.scene.text.FontWeight.BOLD,
                tickFont().getSize() * 0.85));
        if (title.width(g) > a.right + style().px(14) - a.left) {
            title = MathText.of(String.format(Locale.ROOT, "%s vs load, $N = %s$", capitalised(metric.label()),
                    sizesText));
        }
        a.frame(g, title, LOAD_TITLE, metric.axisTitle());

        a.clip(g);
        List<TheoryMarkers.Marker> offScale = new ArrayList<>();
        List<TheoryMarkers.Marker> markers = markers(overlay);
        for (TheoryMarkers.Marker m : markers) {
            if (m.load() > xMax) {
                offScale.add(m);
                continue;
            }
            double x = a.x(m.load());
            // N.B. in an overlay the colours belong to the sizes N: the markers are drawn in the muted ink
            g.setStroke((overlay ? style().muted() : ProtocolStyle.color(m.protocolId())).deriveColor(0, 1, 1, 0.85));
            g.setLineWidth(2);
            g.setLineDashes(7, 5);
            g.strokeLine(x, a.top, x, a.bottom);
            g.setLineDashes();
        }
        for (Map.Entry<String, List<CapacitySweep.Point>> e : series.entrySet()) {
            List<CapacitySweep.Point> s = new ArrayList<>(e.getValue());
            s.sort((p, q) -> Double.compare(p.load(), q.load()));
            int dash = protocolsShown.indexOf(protocolOf(e.getKey()));
            if (overlay && dash > 0) {
                g.setLineDashes(style().px(4 + 4 * dash), style().px(4));
            }
            a.series(g, s.stream().mapToDouble(CapacitySweep.Point::load).toArray(),
                    s.stream().mapToDouble(metric::of).toArray(), color(e.getKey(), sizes),
                    curveName(e.getKey(), true));
            g.setLineDashes();
        }
        // marker labels last, over the curves, on a light box, along their line
        g.setFont(tickFont());
        // N.B. close markers (Hebb's three at small N) would overprint: a label whose strip collides with an
        // earlier one starts below it
        List<double[]> placed = new ArrayList<>();
        List<MathText> legendNames = new ArrayList<>();
        for (String key : series.keySet()) {
            String id = protocolOf(key);
            int dash = protocolsShown.indexOf(id);
            legendNames.add(MathText.of(curveName(key, protocolsShown.size() > 1).replace("$", "\\$")
                    .replaceFirst("N = ([0-9]+)", "\\$N = $1\\$") + (overlay && dash > 0 ? " (dashed)" : "")
                    + (failed.contains(id) ? "  (failed, see left)" : "")));
        }
        double[] legendBox = null;
        if (!legendNames.isEmpty()) {
            // the legend's box as Axes.legend will draw it, so marker labels avoid it
            legendBox = a.legendBox(g, true, legendNames.toArray(MathText[]::new));
            placed.add(new double[] {legendBox[0], legendBox[0] + legendBox[2], legendBox[1], legendBox[1] + legendBox[3]});
        }
        g.setFont(tickFont());
        for (TheoryMarkers.Marker m : markers) {
            if (m.load() > xMax) {
                continue;
            }
            double x = a.x(m.load());
            MathText label = m.title();
            MathText.Metrics lm = label.measure(g);
            double tw = lm.width();
            double th = lm.height();
            double y0 = a.top + 6;
            for (boolean moved = true; moved; ) {
                moved = false;
                for (double[] r : placed) {
                    if (x + 1 < r[1] && x + th + 3 > r[0] && y0 < r[3] && y0 + tw + 6 > r[2]) {
                        y0 = r[3] + 10;
                        moved = true;
                    }
                }
            }
            // N.B. a label longer than the line below its place (a short chart, or one pushed below the legend) is
            // set smaller to fit; one that would still be cut by the plot's bottom is left out (the line stays)
            double room = a.bottom - y0 - 2;
            if (tw + 6 > room) {
                double size = tickFont().getSize() * room / (tw + 6);
                if (size < tickFont().getSize() * 0.6) {
                    continue;
                }
                g.setFont(style().font(size / style().fontSize()));
                lm = label.measure(g);
                tw = lm.width();
                th = lm.height();
            }
            placed.add(new double[] {x + 1, x + th + 3, y0, y0 + tw + 6});
            g.save();
            g.translate(x + 3, y0);
            // N.B. rotated by +90: the text reads top to bottom, starting at y0 just right of the line
            g.rotate(90);
            g.setFill(veil());
            g.fillRect(-2, -th, tw + 6, th);
            label.draw(g, 0, -2, TextAlignment.LEFT, VPos.BOTTOM,
                    overlay ? style().ink() : ProtocolStyle.color(m.protocolId()).darker());
            g.restore();
            g.setFont(tickFont());
        }
        g.restore();

        if (points.isEmpty()) {
            // N.B. inside the plot area, off the legend and the marker labels where there is room (at 200 % in a
            // 1024-px window it was drawn centred in a short plot, over the axes and the tick labels)
            List<double[]> labels = new ArrayList<>();
            for (double[] r : placed) {
                labels.add(new double[] {r[0], r[2], r[1] - r[0], r[3] - r[2]});
            }
            a.message(g, "Press Run: curves fill in load by load", labels, legendBox == null ? List.of()
                    : List.of(new double[] {legendBox[0], legendBox[1], legendBox[2], legendBox[3]}));
        }
        g.setFont(tickFont());
        if (!offScale.isEmpty()) {
            StringBuilder sb = new StringBuilder("beyond this axis: ");
            for (int k = 0; k < offScale.size(); k++) {
                TheoryMarkers.Marker m = offScale.get(k);
                sb.append(k > 0 ? ";  " : "").append(m.typeset()).append(" ($\\alpha = ")
                        .append(CapacityCsv.num(m.load())).append("$)");
            }
            // N.B. in the title row when it fits right of the title (longer with several N), else in the x-axis
            // title row, else smaller
            MathText note = MathText.of(sb.toString());
            g.setFont(titleFont());
            double titleEnd = a.left + title.width(g) + style().px(16);
            g.setFont(labelFont());
            double xTitleEnd = (a.left + a.right + LOAD_TITLE.width(g)) / 2 + style().px(16);
            g.setFont(tickFont());
            double nw = note.width(g);
            if (a.right - nw >= titleEnd) {
                note.draw(g, a.right, a.top - style().px(6), TextAlignment.RIGHT, VPos.BOTTOM, style().muted());
            } else if (a.right - nw >= xTitleEnd) {
                note.draw(g, a.right, h - style().px(4), TextAlignment.RIGHT, VPos.BOTTOM, style().muted());
            } else if (a.right - titleEnd > 0.6 * nw) {
                g.setFont(style().font((a.right - titleEnd) / nw));
                note.draw(g, a.right, a.top - style().px(6), TextAlignment.RIGHT, VPos.BOTTOM, style().muted());
            }
        }
        if (!series.isEmpty()) {
            int n = series.size();
            Color[] colors = new Color[n];
            boolean[] lines = new boolean[n];
            int k = 0;
            for (String key : series.keySet()) {
                colors[k] = color(key, sizes);
                lines[k] = true;
                k++;
            }
            a.legend(g, true, colors, lines, legendNames.toArray(MathText[]::new));
        }
    }

    private static String protocolOf(String key) {
        int at = key.indexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    /** "Hebb", or in an overlay "N = 400" (one protocol) or "Hebb, N = 400" (several). */
    private static String curveName(String key, boolean severalProtocols) {
        int at = key.indexOf('@');
        if (at < 0) {
            return ProtocolStyle.shortName(key);
        }
        String n = "N = " + key.substring(at + 1);
        return severalProtocols ? ProtocolStyle.shortName(key.substring(0, at)) + ", " + n : n;
    }

    /** The protocol's colour, or in an overlay the palette's colour of the curve's N. */
    private Color color(String key, List<Integer> sizes) {
        int at = key.indexOf('@');
        if (at < 0) {
            return ProtocolStyle.color(key);
        }
        return style().series(sizes.indexOf(Integer.parseInt(key.substring(at + 1))));
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
