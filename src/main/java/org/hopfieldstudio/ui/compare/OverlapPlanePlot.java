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
                    label(g, m.label(), x, y);
                }
                case STORED -> {
                    double d = style().px(5);
                    g.setFill(ink());
                    g.fillRect(x - d, y - d, 2 * d, 2 * d);
                    boolean axis = m.label().equals(set.get(a).name()) || m.label().equals(set.get(b).name());
                    if (axis || marks.size() < 40) {
                        label(g, m.label(), x, y);
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
            for (int k = 1; k < size; k++) {
                double t = (path.energy(k) - emin) / span;
                g.setStroke(low.interpolate(high, t));
                g.strokeLine(ax.x(path.overlap(k - 1, a)), ax.y(path.overlap(k - 1, b)), ax.x(path.overlap(k, a)),
                        ax.y(path.overlap(k, b)));
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
            label(g, "cue", cx, cy);
        }
        g.restore();
        // one line of key under the title: the panel colours are the protocols' swatches
        String key = "■ stored  □ inverse  ◇ 3-mixture  ● end  " + (style().palette().isDark() ? "bright" : "dark")
                + " = low E";
        javafx.scene.text.Font keyFont = tickFont();
        double keyW = textWidth(key, keyFont);
        double room = w - ax.left - style().px(4);
        if (keyW > room && room > 0) {
            // N.B. a narrow plane (large zoom): the key shrinks to its width rather than running off the picture
            keyFont = javafx.scene.text.Font.font(keyFont.getFamily(), keyFont.getSize() * room / keyW);
        }
        g.setFont(keyFont);
        g.setFill(style().muted());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(key, ax.left, style().px(12));
    }

    private void label(Sketch g, String text, double x, double y) {
        g.setFill(ink());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, x + style().px(7), y - style().px(4));
    }
}
