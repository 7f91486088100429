package org.hopfieldstudio.ui.compare;

import java.util.List;
import javafx.geometry.VPos;
import org.hopfieldstudio.ui.figure.Sketch;
import org.hopfieldstudio.ui.figure.MathText;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.ui.capacity.ProtocolStyle;
import org.hopfieldstudio.ui.common.PlotCanvas;

/**
 * The overlap plane: each panel's recall path in (m^a, m^b), coloured by its energy (light = high, dark = low, each
 * path on its own scale, because the protocols' W differ in scale), ending in a dot of the protocol's colour; the
 * stored patterns, the inverses of a and b and the symmetric 3-mixtures marked.
 */
final class OverlapPlanePlot extends PlotCanvas {
    private static final Color HIGH = Color.web("#f6d746");
    private static final Color LOW = Color.web("#3b0f70");
    private List<ComparePanel> panels = List.of();
    private List<PlaneMarks.Mark> marks = List.of();
    private PatternSet set;
    private int a = -1;
    private int b = -1;

    OverlapPlanePlot() {
        setMinSize(220, 220);
        setPrefSize(420, 420);
    }

    void setData(List<ComparePanel> panels, PatternSet set, int a, int b) {
        if (set != this.set || a != this.a || b != this.b) {
            marks = PlaneMarks.of(set, a, b);
        }
        this.panels = List.copyOf(panels);
        this.set = set;
        this.a = a;
        this.b = b;
        redraw();
    }

    /**
     * The window: the square around the paths and the points of ξ^a and ξ^b, with a margin, inside [−1, 1]²; the
     * full plane when there is nothing to zoom on. Correlated patterns (letters) put everything in one corner.
     */
    private double[] window(boolean ok) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        if (ok) {
            for (PlaneMarks.Mark m : marks) {
                if (m.kind() == PlaneMarks.Kind.STORED && (m.label().equals(set.get(a).name())
                        || m.label().equals(set.get(b).name()))) {
                    x0 = Math.min(x0, m.ma());
                    x1 = Math.max(x1, m.ma());
                    y0 = Math.min(y0, m.mb());
                    y1 = Math.max(y1, m.mb());
                }
            }
            for (ComparePanel p : panels) {
                PathBuffer path = p.path();
                if (path.patterns() <= Math.max(a, b)) {
                    continue;
                }
                for (int k = 0; k < path.size(); k++) {
                    x0 = Math.min(x0, path.overlap(k, a));
                    x1 = Math.max(x1, path.overlap(k, a));
                    y0 = Math.min(y0, path.overlap(k, b));
                    y1 = Math.max(y1, path.overlap(k, b));
                }
            }
        }
        if (!(x0 <= x1)) {
            return new double[] {-1.05, 1.05, -1.05, 1.05};
        }
        double span = Math.max(0.25, Math.max(x1 - x0, y1 - y0)) + 0.1;
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double lo = -1.05;
        double hi = 1.05;
        double ax0 = Math.max(lo, Math.min(cx - span / 2, hi - span));
        double ay0 = Math.max(lo, Math.min(cy - span / 2, hi - span));
        return new double[] {ax0, Math.min(hi, ax0 + span), ay0, Math.min(hi, ay0 + span)};
    }

    /** No legend (the bar above carries the key): drawn in one pass. */
    @Override
    protected boolean placesLegend() {
        return false;
    }

    @Override
    protected void draw(Sketch g, double w, double h) {
        boolean ok = set != null && a >= 0 && b >= 0 && a != b && a < set.count() && b < set.count();
        double[] win = window(ok);
        Axes ax = new Axes(w, h, win[0], win[1], win[2], win[3]);
        // the key in the band above the plot area (no title: the bar above names the plane), in rows where one row is
        // too narrow for it (a large zoom), the plot area giving up the height: never over the paths and marks
        Key key = ok ? key(g, w, ax) : null;
        if (key != null && key.rows() * key.rowHeight() + style().px(6) > ax.top - style().px(6)) {
            reserveLegendRoom(key.rows() * key.rowHeight() + style().px(6) - ax.top, 0);
            ax = new Axes(w, h, win[0], win[1], win[2], win[3]);
        }
        String na = ok ? set.get(a).name() : "a";
        String nb = ok ? set.get(b).name() : "b";
        // N.B. no title: the bar above names the plane; its first line carries the key instead
        ax.frame(g, MathText.text(""), MathText.of("$m$ with '" + na.replace("$", "\\$") + "'"),
                MathText.of("$m$ with '" + nb.replace("$", "\\$") + "'"));
        if (!ok) {
            ax.message(g, "Store two or more patterns", java.util.List.of(), java.util.List.of()); // N.B. inside the plot area
            return;
        }
        ax.clip(g);
        g.setFont(tickFont());
        for (PlaneMarks.Mark m : marks) {
            double x = ax.x(m.ma());
            double y = ax.y(m.mb());
            occupyRect(x - style().px(5), y - style().px(5), style().px(10), style().px(10));
            switch (m.kind()) {
                case MIXTURE -> {
                    double d = style().px(4);
                    g.setStroke(style().muted());
                    g.setLineWidth(style().line(1));
                    g.beginPath();
                    g.moveTo(x, y - d);
                    g.lineTo(x + d, y);
                    g.lineTo(x, y + d);
                    g.lineTo(x - d, y);
                    g.lineTo(x, y - d);
                    g.stroke();
                }
                case INVERSE -> {
                    double d = style().px(5);
                    g.setStroke(ink());
                    g.setLineWidth(style().line(1.5));
                    g.strokeRect(x - d, y - d, 2 * d, 2 * d);
                    label(g, ax, m.label(), x, y);
                }
                case STORED -> {
                    double d = style().px(5);
                    g.setFill(ink());
                    g.fillRect(x - d, y - d, 2 * d, 2 * d);
                    boolean axis = m.label().equals(set.get(a).name()) || m.label().equals(set.get(b).name());
                    if (axis || marks.size() < 40) {
                        label(g, ax, m.label(), x, y);
                    }
                }
                default -> {
                }
            }
        }
        for (ComparePanel p : panels) {
            PathBuffer path = p.path();
            int size = path.size();
            if (size == 0 || path.patterns() <= Math.max(a, b)) {
                continue;
            }
            double emin = Double.POSITIVE_INFINITY;
            double emax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                emin = Math.min(emin, path.energy(k));
                emax = Math.max(emax, path.energy(k));
            }
            double span = emax > emin ? emax - emin : 1;
            g.setLineWidth(style().line(3));
            // N.B. low energy is the end that stands out: dark on a light palette, bright on the dark one
            Color low = style().palette().isDark() ? HIGH : LOW;
            Color high = style().palette().isDark() ? LOW.interpolate(Color.WHITE, 0.35) : HIGH;
            int run = Math.max(1, size / 48);
            for (int k = 1; k < size; k++) {
                double t = (path.energy(k) - emin) / span;
                g.setStroke(low.interpolate(high, t));
                double xa = ax.x(path.overlap(k - 1, a));
                double ya = ax.y(path.overlap(k - 1, b));
                double xb = ax.x(path.overlap(k, a));
                double yb = ax.y(path.overlap(k, b));
                g.strokeLine(xa, ya, xb, yb);
                if (k % run == 0 || k == size - 1) {
                    // N.B. what the path covers (for the legend checks), a box a run of segments
                    int from = Math.max(0, k - run);
                    double bx0 = xb;
                    double by0 = yb;
                    double bx1 = xb;
                    double by1 = yb;
                    for (int j = from; j < k; j++) {
                        double px = ax.x(path.overlap(j, a));
                        double py = ax.y(path.overlap(j, b));
                        bx0 = Math.min(bx0, px);
                        by0 = Math.min(by0, py);
                        bx1 = Math.max(bx1, px);
                        by1 = Math.max(by1, py);
                    }
                    occupyRect(bx0, by0, bx1 - bx0, by1 - by0);
                }
            }
            double ex = ax.x(path.overlap(size - 1, a));
            double ey = ax.y(path.overlap(size - 1, b));
            g.setFill(ProtocolStyle.color(p.protocol().id()));
            double r = style().px(6);
            g.fillOval(ex - r, ey - r, 2 * r, 2 * r);
            g.setStroke(style().background());
            g.setLineWidth(style().line(1.5));
            g.strokeOval(ex - r, ey - r, 2 * r, 2 * r);
        }
        if (!panels.isEmpty() && panels.get(0).path().size() > 0 && panels.get(0).path().patterns() > Math.max(a, b)) {
            PathBuffer p0 = panels.get(0).path();
            double cx = ax.x(p0.overlap(0, a));
            double cy = ax.y(p0.overlap(0, b));
            double r = style().px(8);
            g.setStroke(ink());
            g.setLineWidth(style().line(2));
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            label(g, ax, "cue", cx, cy);
        }
        g.restore();
        drawKey(g, key);
    }

    /** The key's items, font, rows and where each item starts. */
    private record Key(String[] items, javafx.scene.text.Font font, int rows, double rowHeight, double[][] at,
                       double[] box) {
    }

    /** The key's items flowed in rows from the plot area's left edge to the figure's right margin. */
    private Key key(Sketch g, double w, Axes ax) {
        String[] items = {"■ stored", "□ inverse", "◇ 3-mixture", "● end",
                (style().palette().isDark() ? "bright" : "dark") + " = low E"};
        double x0 = ax.left;
        double room = w - x0 - style().px(4);
        javafx.scene.text.Font font = tickFont();
        g.setFont(font);
        double widest = 0;
        for (String item : items) {
            widest = Math.max(widest, g.textWidth(item));
        }
        if (widest > room && room > 0) {
            // N.B. a plane narrower than its longest item: that item shrinks to the width (the rest flows in rows)
            font = javafx.scene.text.Font.font(font.getFamily(), font.getSize() * room / widest);
            g.setFont(font);
        }
        double space = style().px(12);
        double rowH = g.textHeight();
        double y0 = style().px(6);
        double[][] at = new double[items.length][];
        double x = 0;
        int rows = 1;
        double used = 0;
        for (int k = 0; k < items.length; k++) {
            double iw = g.textWidth(items[k]);
            if (x > 0 && x + iw > room) {
                rows++;
                x = 0;
            }
            at[k] = new double[] {x0 + x, y0 + (rows - 1) * rowH};
            x += iw + space;
            used = Math.max(used, x - space);
        }
        return new Key(items, font, rows, rowH, at, new double[] {x0, y0, used, rows * rowH});
    }

    private void drawKey(Sketch g, Key key) {
        g.setFont(key.font());
        g.setFill(style().muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k < key.items().length; k++) {
            g.fillText(key.items()[k], key.at()[k][0], key.at()[k][1]);
        }
        legendDrawn(key.box()[0], key.box()[1], key.box()[2], key.box()[3]);
    }

    /**
     * A mark's name above and right of it; left of it where it would run past the plot area's right edge (the
     * pattern at m = 1 was cut by the clip) or above it under the top edge.
     */
    private void label(Sketch g, Axes ax, String text, double x, double y) {
        double tw = g.textWidth(text);
        double th = g.textHeight();
        double lx = x + style().px(7) + tw > ax.right ? x - style().px(7) - tw : x + style().px(7);
        double by = y - style().px(4) - th < ax.top ? y + style().px(4) + th : y - style().px(4);
        occupyRect(lx, by - th, tw, th);
        g.setFill(ink());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, lx, by);
    }
}
