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
            placeMarkerLabel(g, a, m, x, placed, overlay ? style().ink() : ProtocolStyle.color(m.protocolId()).darker());
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

    /**
     * A theory marker's label along its dashed line, reading downwards just right of it, on a light box, off the
     * labels and the legend already {@code placed} (strips {x0, x1, y0, y1}; the label's is added): at the top of
     * the line or below an obstacle, wherever it fits first: in one line, else broken into two or three lines at
     * the spaces between words and formulas, at the tick text's size, else smaller down to 0.6 of it. A label that
     * fits nowhere so is set in the longest free stretch of its line at the size that fits there: never left out
     * (issue 9: at 175 % the SVG for slides lost Hebb's long labels, pushed below the legend and then dropped).
     */
    private void placeMarkerLabel(Sketch g, Axes a, TheoryMarkers.Marker m, double x, List<double[]> placed,
            Color color) {
        double base = tickFont().getSize();
        double bottom = a.bottom - 2;
        List<MathText> lines = null;
        double y0 = Double.NaN;
        double scale = 1;
        search:
        for (double sc : new double[] {1, 0.9, 0.8, 0.7, 0.6}) {
            g.setFont(style().font(sc * base / style().fontSize()));
            for (int n = 1; n <= 3; n++) {
                List<MathText> wrapped = wrap(g, m.typeset(), n);
                if (wrapped == null) {
                    break;
                }
                double[] size = extent(g, wrapped);
                double strip = wrapped.size() * size[1] + 3;
                for (double y : starts(a, x, strip, placed)) {
                    if (y + size[0] + 6 <= bottom && free(placed, x + 1, x + strip, y, y + size[0] + 6)) {
                        lines = wrapped;
                        y0 = y;
                        scale = sc;
                        break search;
                    }
                }
            }
        }
        if (lines == null) {
            // N.B. the longest free stretch of the line, the label in three lines (or as few as it has) set to fit it
            g.setFont(style().font(0.6 * base / style().fontSize()));
            List<MathText> wrapped = null;
            for (int n = 3; n >= 1 && wrapped == null; n--) {
                wrapped = wrap(g, m.typeset(), n);
            }
            double[] size = extent(g, wrapped);
            double strip = wrapped.size() * size[1] + 3;
            double bestRoom = -1;
            for (double y : starts(a, x, strip, placed)) {
                double room = bottom - y;
                for (double[] r : placed) {
                    if (x + 1 < r[1] && x + strip > r[0] && r[2] >= y) {
                        room = Math.min(room, r[2] - y);
                    }
                }
                if (room > bestRoom && free(placed, x + 1, x + strip, y, y + 1)) {
                    bestRoom = room;
                    y0 = y;
                }
            }
            if (bestRoom <= 6) {
                return; // N.B. no free stretch at all (the line is covered by the legend and other labels)
            }
            scale = 0.6 * Math.min(1, (bestRoom - 6) / (size[0] + 6));
            lines = wrapped;
        }
        g.setFont(style().font(scale * base / style().fontSize()));
        double[] size = extent(g, lines);
        double tw = size[0];
        double th = size[1];
        int n = lines.size();
        placed.add(new double[] {x + 1, x + n * th + 3, y0, y0 + tw + 6});
        g.save();
        g.translate(x + 3, y0);
        // N.B. rotated by +90: the text reads top to bottom, starting at y0 just right of the line; its first line
        // farthest from the line, so the lines read in order
        g.rotate(90);
        g.setFill(veil());
        g.fillRect(-2, -n * th, tw + 6, n * th);
        for (int k = 0; k < n; k++) {
            lines.get(k).draw(g, 0, -2 - (n - 1 - k) * th, TextAlignment.LEFT, VPos.BOTTOM, color);
        }
        g.restore();
    }

    /** Where a label strip x … x + strip wide may start along its line: the top, and below each obstacle in it. */
    private static List<Double> starts(Axes a, double x, double strip, List<double[]> placed) {
        List<Double> ys = new ArrayList<>();
        ys.add(a.top + 6);
        for (double[] r : placed) {
            if (x + 1 < r[1] && x + strip > r[0] && r[3] + 10 > a.top + 6) {
                ys.add(r[3] + 10);
            }
        }
        ys.sort(Double::compare);
        return ys;
    }

    private static boolean free(List<double[]> placed, double x0, double x1, double y0, double y1) {
        for (double[] r : placed) {
            if (x0 < r[1] && x1 > r[0] && y0 < r[3] && y1 > r[2]) {
                return false;
            }
        }
        return true;
    }

    /** {longest line's width, line height} of the lines in {@code g}'s font. */
    private static double[] extent(Sketch g, List<MathText> lines) {
        double w = 0;
        double h = 0;
        for (MathText l : lines) {
            MathText.Metrics lm = l.measure(g);
            w = Math.max(w, lm.width());
            h = Math.max(h, lm.height());
        }
        return new double[] {w, h};
    }

    /**
     * The typeset text ({@code $…$} formulas) in exactly {@code n} lines broken at spaces outside formulas, the
     * longest line as short as it can be; null if it has fewer than {@code n} words.
     */
    static List<MathText> wrap(Sketch g, String typeset, int n) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean math = false;
        for (int i = 0; i < typeset.length(); i++) {
            char c = typeset.charAt(i);
            if (c == '$' && (i == 0 || typeset.charAt(i - 1) != '\\')) {
                math = !math;
            }
            if (c == ' ' && !math) {
                if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        if (words.size() < n) {
            return null;
        }
        if (n == 1) {
            return List.of(MathText.of(typeset));
        }
        List<MathText> best = null;
        double bestWidth = Double.POSITIVE_INFINITY;
        int t = words.size();
        for (int i = 1; i < t; i++) {
            for (int j = n == 3 ? i + 1 : t; j <= t - (n == 3 ? 1 : 0); j++) {
                List<MathText> lines = new ArrayList<>();
                lines.add(MathText.of(String.join(" ", words.subList(0, i))));
                lines.add(MathText.of(String.join(" ", words.subList(i, j))));
                if (n == 3) {
                    lines.add(MathText.of(String.join(" ", words.subList(j, t))));
                }
                double width = extent(g, lines)[0];
                if (width < bestWidth) {
                    bestWidth = width;
                    best = lines;
                }
            }
        }
        return best;
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
