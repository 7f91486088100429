package org.hopfieldstudio.ui.common;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.figure.Figure;
import org.hopfieldstudio.ui.figure.FigureExport;
import org.hopfieldstudio.ui.figure.FxSketch;
import org.hopfieldstudio.ui.figure.Sketch;
import org.hopfieldstudio.ui.figure.SvgSketch;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * A resizable chart: subclasses draw their data through a {@link Sketch} inside the plot area that {@link Axes}
 * lays out (title, both axes with ticks at 1-2-5 steps, tick labels, axis titles). The same drawing code paints
 * the screen, a PNG at any scale and an SVG ({@link #figure()}; right-click for the export menu). Colours, text size
 * and line widths come from the theme's {@link PlotStyle}, so the chart follows the palette and the zoom. Points
 * that subclasses draw with {@link Axes#series} get a hover read-out of the nearest one.
 */
public abstract class PlotCanvas extends Region implements Figure {
    private final Canvas canvas = new Canvas();
    private final Label readout = new Label();
    private final Circle readoutDot = new Circle(5);
    private final List<HoverPoint> hoverPoints = new ArrayList<>();
    private final List<double[]> occupied = new ArrayList<>();
    private boolean recording;
    private PlotStyle style = PlotStyle.DEFAULT;

    /** A data point on screen with its read-out text. */
    private record HoverPoint(double x, double y, String text, Color color) {
    }

    protected PlotCanvas() {
        getChildren().addAll(canvas, readoutDot, readout);
        getStyleClass().add("plot-canvas");
        readout.getStyleClass().add("plot-readout");
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        readoutDot.setManaged(false);
        readoutDot.setVisible(false);
        readoutDot.setMouseTransparent(true);
        readoutDot.setFill(null);
        readoutDot.setStrokeWidth(2);
        setMinSize(200, 160);
        setPrefSize(600, 360);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideReadout());
        FigureExport.install(this, this);
        PlotStyle.follow(this, s -> {
            style = s;
            redraw();
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        hoverPoints.clear();
        recording = true;
        try {
            paint(new FxSketch(canvas.getGraphicsContext2D()), w, h);
        } finally {
            recording = false;
        }
    }

    private void paint(Sketch g, double w, double h) {
        occupied.clear();
        g.save();
        g.setFill(style.background());
        g.fillRect(0, 0, w, h);
        if (w > 80 && h > 60) {
            draw(g, w, h);
        }
        g.restore();
    }

    /**
     * Paints the chart into any sketch at {@code w × h} (background included): for exports and for animation frames
     * rendered off the FX thread (then on a plot that is in no scene and that only that thread touches).
     */
    public final void paintTo(Sketch g, double w, double h) {
        paint(g, w, h);
    }

    /** Uses this style instead of the scene's (for a plot rendered outside the window, e.g. animation frames). */
    public final void usePlotStyle(PlotStyle s) {
        style = s;
    }

    /** Draws the chart into {@code g}, {@code w × h} pixels at 1×. */
    protected abstract void draw(Sketch g, double w, double h);

    /** The theme's plot style now in effect. */
    protected final PlotStyle style() {
        return style;
    }

    protected final Font titleFont() {
        return style.boldFont(1.3);
    }

    protected final Font labelFont() {
        return style.font(1.15);
    }

    protected final Font tickFont() {
        return style.font(1.0);
    }

    protected final Font legendFont() {
        return style.font(1.07);
    }

    protected final Color ink() {
        return style.ink();
    }

    /** Background of boxes drawn over data (legends, labels): the plot background, slightly see-through. */
    protected final Color veil() {
        return style.background().deriveColor(0, 1, 1, 0.88);
    }

    // ---- Figure: export -------------------------------------------------------------------------------------

    @Override
    public String figureName() {
        String id = getId();
        return id == null || id.isEmpty() ? "chart" : id;
    }

    @Override
    public BufferedImage renderPng(double scale) {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        Canvas off = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        FxSketch g = new FxSketch(off.getGraphicsContext2D());
        off.getGraphicsContext2D().scale(scale, scale);
        paint(g, w, h);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(style.background());
        WritableImage img = off.snapshot(p, null);
        return SwingFXUtils.fromFXImage(img, null);
    }

    @Override
    public String renderSvg() {
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        SvgSketch g = new SvgSketch(w, h);
        g.setTitle(figureName());
        paint(g, w, h);
        return g.toSvg();
    }

    // ---- hover read-out ---------------------------------------------------------------------------------------

    /** Registers a point for the hover read-out (screen coordinates); only while painting the screen. */
    protected final void hoverPoint(double x, double y, String text, Color color) {
        if (recording) {
            hoverPoints.add(new HoverPoint(x, y, text, color));
        }
    }

    /** Marks a screen point as covered by data, so legends avoid it. */
    protected final void occupy(double x, double y) {
        occupied.add(new double[] {x, y});
    }

    /** The read-out text now shown, or null (for tests). */
    public final String readoutText() {
        return readout.isVisible() ? readout.getText() : null;
    }

    /** Shows the read-out of the data point nearest to (x, y) within about 40 px; hides it otherwise. */
    public final void hover(double x, double y) {
        HoverPoint best = null;
        double bestD = Math.pow(style.px(40), 2);
        for (HoverPoint p : hoverPoints) {
            double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        if (best == null) {
            hideReadout();
            return;
        }
        readout.setText(best.text());
        readout.setVisible(true);
        readout.autosize();
        double lw = readout.prefWidth(-1);
        double lh = readout.prefHeight(lw);
        double lx = best.x() + 12 + lw > getWidth() ? best.x() - 12 - lw : best.x() + 12;
        double ly = Math.max(0, Math.min(getHeight() - lh, best.y() - lh - 8));
        readout.resizeRelocate(Math.max(0, lx), ly, lw, lh);
        readoutDot.setRadius(style.px(6));
        readoutDot.setStroke(best.color());
        readoutDot.setCenterX(best.x());
        readoutDot.setCenterY(best.y());
        readoutDot.setVisible(true);
    }

    private void hideReadout() {
        readout.setVisible(false);
        readoutDot.setVisible(false);
    }

    // ---- axes -------------------------------------------------------------------------------------------------

    /** Plot area and linear scales; draws the frame, grid, ticks and labels. */
    protected final class Axes {
        public final double left;
        public final double top;
        public final double right;
        public final double bottom;
        public final double x0;
        public final double x1;
        public final double y0;
        public final double y1;
        private final boolean compact;
        private final double height;
        private final double xStep;
        private final double yStep;
        private String xTitle = "x";
        private String yTitle = "y";

        public Axes(double w, double h, double x0, double x1, double y0, double y1) {
            this(w, h, x0, x1, y0, y1, false);
        }

        /**
         * @param compact  a small live plot: a smaller title, no separate x-axis title row (the x unit sits left of
         *                 the x tick labels), fewer ticks
         */
        public Axes(double w, double h, double x0, double x1, double y0, double y1, boolean compact) {
            this.compact = compact;
            this.height = h;
            this.x0 = x0;
            this.x1 = x1 > x0 ? x1 : x0 + 1;
            this.y0 = y0;
            this.y1 = y1 > y0 ? y1 : y0 + 1;
            Font tf = tickFont();
            double tickH = textHeight(tf);
            double titleH = textHeight(compact ? labelFont() : titleFont());
            double labelH = textHeight(labelFont());
            double pad = style.px(6);
            this.top = titleH + pad * (compact ? 1 : 2);
            this.bottom = h - (tickH + pad * 1.5 + (compact ? 0 : labelH + pad));
            double ys = niceStep((this.y1 - this.y0) / Math.max(2, Math.min(compact ? 3 : 6, (bottom - top) / (tickH * 2.2))));
            // N.B. at least two labelled ticks, so the scale can be read
            // N.B. stop when the step no longer shrinks (niceStep(0) is 1: a range that no step can divide, e.g. a
            // denormal or a huge offset, cycled here for ever and froze the window)
            while (Math.floor(this.y1 / ys + 1e-9) - Math.ceil(this.y0 / ys - 1e-9) < 1) {
                double smaller = niceStep(ys * 0.39); // N.B. not 0.4: 0.05 × 0.4 rounds above 0.02 and niceStep gave 0.05 back
                if (!(smaller < ys) || smaller < Double.MIN_NORMAL) {
                    break;
                }
                ys = smaller;
            }
            this.yStep = ys;
            double widest = compact ? textWidth("sweeps", tf) : 0;
            for (double v = Math.ceil(this.y0 / yStep) * yStep; v <= this.y1 + 1e-9 * yStep; v += yStep) {
                widest = Math.max(widest, textWidth(tick(v, yStep), tf));
            }
            this.left = widest + pad * 2 + (compact ? 0 : labelH + pad);
            this.right = w - style.px(compact ? 10 : 18);
            double widestX = Math.max(textWidth(tick(this.x1, niceStep((this.x1 - this.x0) / 7)), tf),
                    textWidth(tick(this.x0, niceStep((this.x1 - this.x0) / 7)), tf));
            double maxTicks = Math.max(2, (right - left) / (widestX + style.px(24)));
            this.xStep = niceStep((this.x1 - this.x0) / Math.min(compact ? 5 : 8, maxTicks));
        }

        public double x(double v) {
            return left + (v - x0) / (x1 - x0) * (right - left);
        }

        public double y(double v) {
            return bottom - (v - y0) / (y1 - y0) * (bottom - top);
        }

        /** Tick step on the x axis (1, 2 or 5 times a power of ten). */
        public double xStep() {
            return xStep;
        }

        public double yStep() {
            return yStep;
        }

        public void frame(Sketch g, String title, String xLabel, String yLabel) {
            this.xTitle = xLabel;
            this.yTitle = yLabel;
            Color ink = style.ink();
            g.setLineWidth(style.line(1));
            g.setFont(tickFont());
            g.setFill(ink);
            double tl = style.px(5);
            for (double v = Math.ceil(x0 / xStep) * xStep; v <= x1 + 1e-9 * xStep; v += xStep) {
                double px = x(v);
                g.setStroke(style.grid());
                g.strokeLine(px, top, px, bottom);
                g.setStroke(ink);
                g.strokeLine(px, bottom, px, bottom + tl);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(tick(v, xStep), px, bottom + tl + 1);
            }
            for (double v = Math.ceil(y0 / yStep) * yStep; v <= y1 + 1e-9 * yStep; v += yStep) {
                double py = y(v);
                g.setStroke(style.grid());
                g.strokeLine(left, py, right, py);
                g.setStroke(ink);
                g.strokeLine(left - tl, py, left, py);
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(tick(v, yStep), left - tl - 2, py);
            }
            g.setStroke(ink);
            g.strokeRect(left, top, right - left, bottom - top);
            Font titleFont = compact ? labelFont() : titleFont();
            double room = right + style.px(compact ? 8 : 14) - left;
            double titleW = textWidth(title, titleFont);
            if (titleW > room && room > 0) {
                // N.B. a narrow plot: the title shrinks to fit its width (down to the tick text's size), never cut
                titleFont = Font.font(titleFont.getFamily(), titleFont.getStyle().contains("Bold")
                        ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                        Math.max(tickFont().getSize() * 0.85, titleFont.getSize() * room / titleW));
            }
            g.setFont(titleFont);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(title, left, style.px(compact ? 3 : 6));
            if (compact) {
                // the x unit in the free corner left of the x tick labels
                g.setFont(tickFont());
                g.setFill(style.muted());
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(xLabel, left - tl - 2, bottom + tl + 1);
                return;
            }
            g.setFont(labelFont());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, (left + right) / 2, height - style.px(4));
            g.save();
            g.translate(style.px(6), (top + bottom) / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.TOP);
            g.fillText(yLabel, 0, 0);
            g.restore();
        }

        /** Clips subsequent drawing to the plot area; pair with {@code g.restore()}. */
        public void clip(Sketch g) {
            g.save();
            g.clipRect(left, top, right - left, bottom - top);
        }

        /**
         * A data series: a line through the points (xs[k], ys[k]) in data units, with a dot on each, in {@code c}.
         * Arrays not modified.
         */
        public void series(Sketch g, double[] xs, double[] ys, Color c) {
            series(g, xs, ys, c, null);
        }

        /** As {@link #series(Sketch, double[], double[], Color)}, each point with a hover read-out titled {@code name}. */
        public void series(Sketch g, double[] xs, double[] ys, Color c, String name) {
            g.setStroke(c);
            g.setLineWidth(style.line(3));
            g.beginPath();
            for (int k = 0; k < xs.length; k++) {
                if (k == 0) {
                    g.moveTo(x(xs[k]), y(ys[k]));
                } else {
                    g.lineTo(x(xs[k]), y(ys[k]));
                }
            }
            g.stroke();
            g.setFill(c);
            double r = style.px(4);
            for (int k = 0; k < xs.length; k++) {
                g.fillOval(x(xs[k]) - r, y(ys[k]) - r, 2 * r, 2 * r);
                occupy(x(xs[k]), y(ys[k]));
                if (name != null) {
                    hoverPoint(x(xs[k]), y(ys[k]), readoutText(name, xs[k], ys[k]), c);
                }
            }
        }

        /** "name\nx-title = x\ny-title = y", numbers to about four significant digits. */
        public String readoutText(String name, double xv, double yv) {
            return (name == null ? "" : name + "\n") + xTitle + " = " + value(xv) + "\n" + yTitle + " = " + value(yv);
        }

        /**
         * A legend box in the emptiest corner of the plot area (fewest data points under it; {@code atRight} breaks
         * ties); swatch colours and line-or-box flags per entry.
         */
        public void legend(Sketch g, boolean atRight, Color[] colors, boolean[] lines, String... entries) {
            double[] box = legendBox(g, atRight, entries);
            double bx = box[0];
            double by = box[1];
            double bw = box[2];
            double lh = box[4];
            g.setFont(legendFont());
            g.setFill(veil());
            g.fillRect(bx, by, bw, box[3]);
            g.setStroke(style.muted());
            g.setLineWidth(style.line(1));
            g.strokeRect(bx, by, bw, box[3]);
            double sw = style.px(22);
            for (int k = 0; k < entries.length; k++) {
                double cy = by + style.px(4) + lh * k + lh / 2;
                if (lines[k]) {
                    g.setStroke(colors[k]);
                    g.setLineWidth(style.line(3));
                    g.strokeLine(bx + style.px(8), cy, bx + style.px(8) + sw, cy);
                    g.setLineWidth(style.line(1));
                } else {
                    g.setFill(colors[k]);
                    g.fillRect(bx + style.px(10), cy - style.px(6), sw - style.px(4), style.px(12));
                }
                g.setFill(style.ink());
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(entries[k], bx + sw + style.px(14), cy);
            }
        }

        /** {x, y, width, height, line height} of the legend box {@link #legend} would draw. */
        public double[] legendBox(Sketch g, boolean atRight, String... entries) {
            g.setFont(legendFont());
            double lh = g.textHeight() * 1.25;
            double width = 0;
            for (String e : entries) {
                width = Math.max(width, g.textWidth(e));
            }
            double bw = width + style.px(22) + style.px(22);
            double bh = lh * entries.length + style.px(8);
            double m = style.px(8);
            double[][] corners = {
                    {atRight ? right - bw - m : left + m, top + m},
                    {atRight ? left + m : right - bw - m, top + m},
                    {atRight ? right - bw - m : left + m, bottom - bh - m},
                    {atRight ? left + m : right - bw - m, bottom - bh - m}};
            double[] best = corners[0];
            int fewest = Integer.MAX_VALUE;
            for (double[] c : corners) {
                int n = 0;
                for (double[] p : occupied) {
                    if (p[0] >= c[0] - m && p[0] <= c[0] + bw + m && p[1] >= c[1] - m && p[1] <= c[1] + bh + m) {
                        n++;
                    }
                }
                if (n < fewest) {
                    fewest = n;
                    best = c;
                }
            }
            return new double[] {best[0], best[1], bw, bh, lh};
        }
    }

    /** The ink of the normal palette (for static helpers of subclasses written before the theme). */
    public static Color plotInk() {
        return PlotStyle.DEFAULT.ink();
    }

    protected static double textWidth(String s, Font f) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    static double textHeight(Font f) {
        javafx.scene.text.Text t = new javafx.scene.text.Text("Ag");
        t.setFont(f);
        return t.getLayoutBounds().getHeight();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    public static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    /** A tick label: as many decimals as the step needs, a true minus sign. */
    public static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
        return (v < 0 ? "−" : "") + s;
    }

    /** A read-out number: about four significant digits. */
    public static String value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        String s = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : Math.abs(v) >= 1 ? "%.3f" : "%.4f", v);
        return s.replace('-', '−');
    }
}
