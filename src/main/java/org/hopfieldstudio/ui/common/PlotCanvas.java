package org.hopfieldstudio.ui.common;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A resizable canvas chart with projector-sized fonts: subclasses draw their data inside the plot area that
 * {@link #axes} lays out (title, labelled axes with nice ticks). Redraws on resize and on {@link #redraw()}.
 */
public abstract class PlotCanvas extends Region {
    protected static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 17);
    protected static final Font LABEL_FONT = Font.font("System", 15);
    protected static final Font TICK_FONT = Font.font("System", 13);
    protected static final Font LEGEND_FONT = Font.font("System", 14);
    protected static final Color INK = Color.gray(0.12);
    protected static final Color GRID = Color.gray(0.88);

    private final Canvas canvas = new Canvas();

    protected PlotCanvas() {
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(600, 360);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    public final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w > 80 && h > 80) {
            draw(g, w, h);
        }
    }

    protected abstract void draw(GraphicsContext g, double w, double h);

    /** Plot area and linear scales; draws the frame, grid, ticks and labels. */
    protected static final class Axes {
        public final double left;
        public final double top;
        public final double right;
        public final double bottom;
        public final double x0;
        public final double x1;
        public final double y0;
        public final double y1;

        public Axes(double w, double h, double x0, double x1, double y0, double y1) {
            this.left = 78;
            this.top = 36;
            this.right = w - 18;
            this.bottom = h - 52;
            this.x0 = x0;
            this.x1 = x1 > x0 ? x1 : x0 + 1;
            this.y0 = y0;
            this.y1 = y1 > y0 ? y1 : y0 + 1;
        }

        public double x(double v) {
            return left + (v - x0) / (x1 - x0) * (right - left);
        }

        public double y(double v) {
            return bottom - (v - y0) / (y1 - y0) * (bottom - top);
        }

        public void frame(GraphicsContext g, String title, String xLabel, String yLabel) {
            g.setLineWidth(1);
            g.setFont(TICK_FONT);
            g.setFill(INK);
            double xs = niceStep((x1 - x0) / 7);
            for (double v = Math.ceil(x0 / xs) * xs; v <= x1 + 1e-9 * xs; v += xs) {
                double px = x(v);
                g.setStroke(GRID);
                g.strokeLine(px, top, px, bottom);
                g.setStroke(INK);
                g.strokeLine(px, bottom, px, bottom + 5);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(tick(v, xs), px, bottom + 7);
            }
            double ys = niceStep((y1 - y0) / 5);
            for (double v = Math.ceil(y0 / ys) * ys; v <= y1 + 1e-9 * ys; v += ys) {
                double py = y(v);
                g.setStroke(GRID);
                g.strokeLine(left, py, right, py);
                g.setStroke(INK);
                g.strokeLine(left - 5, py, left, py);
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(tick(v, ys), left - 8, py);
            }
            g.setStroke(INK);
            g.strokeRect(left, top, right - left, bottom - top);
            g.setFont(TITLE_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(title, left, 8);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, (left + right) / 2, bottom + 48);
            g.save();
            g.translate(18, (top + bottom) / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(yLabel, 0, 0);
            g.restore();
        }

        /** Clips subsequent drawing to the plot area; pair with {@code g.restore()}. */
        public void clip(GraphicsContext g) {
            g.save();
            g.beginPath();
            g.rect(left, top, right - left, bottom - top);
            g.closePath();
            g.clip();
        }

        /** A legend box in the top-left (or top-right) corner; swatch colours and dashed flags per entry. */
        /**
         * A data series: a line through the points (xs[k], ys[k]) in data units, with a dot on each, in {@code c}.
         * Arrays not modified.
         */
        public void series(GraphicsContext g, double[] xs, double[] ys, Color c) {
            g.setStroke(c);
            g.setLineWidth(3);
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
            for (int k = 0; k < xs.length; k++) {
                g.fillOval(x(xs[k]) - 4, y(ys[k]) - 4, 8, 8);
            }
        }

        public void legend(GraphicsContext g, boolean atRight, Color[] colors, boolean[] lines, String... entries) {
            g.setFont(LEGEND_FONT);
            double lh = 20;
            double width = 0;
            for (String e : entries) {
                width = Math.max(width, textWidth(e, LEGEND_FONT));
            }
            double bw = width + 44;
            double bx = atRight ? right - bw - 8 : left + 8;
            double by = top + 8;
            g.setFill(Color.rgb(255, 255, 255, 0.88));
            g.fillRect(bx, by, bw, lh * entries.length + 8);
            g.setStroke(Color.gray(0.7));
            g.strokeRect(bx, by, bw, lh * entries.length + 8);
            for (int k = 0; k < entries.length; k++) {
                double cy = by + 4 + lh * k + lh / 2;
                if (lines[k]) {
                    g.setStroke(colors[k]);
                    g.setLineWidth(3);
                    g.strokeLine(bx + 8, cy, bx + 30, cy);
                    g.setLineWidth(1);
                } else {
                    g.setFill(colors[k]);
                    g.fillRect(bx + 10, cy - 6, 18, 12);
                }
                g.setFill(INK);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(entries[k], bx + 36, cy);
            }
        }
    }

    static double textWidth(String s, Font f) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
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

    static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
        return (v < 0 ? "−" : "") + s;
    }
}
