package org.hopfieldstudio.ui.recall;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.Styles;

/**
 * A small live line plot on a canvas: cheaper than a LineChart (no nodes per point, bounded point counts
 * from {@link SeriesBuffer}), redrawn at most once per frame when its data changed.
 */
public final class TimeSeriesPlot extends Pane {
    /** One line to draw. */
    public record Line(SeriesBuffer data, Color color, double width, String label) {
    }

    private final Canvas canvas = new Canvas();
    private final String title;
    private final Double fixedMin;
    private final Double fixedMax;
    private List<Line> lines = List.of();
    private double sharedXMax;

    public TimeSeriesPlot(String title, Double fixedMin, Double fixedMax) {
        this.title = title;
        this.fixedMin = fixedMin;
        this.fixedMax = fixedMax;
        getStyleClass().add(Styles.PLOT);
        getChildren().add(canvas);
        setMinHeight(90);
        setPrefHeight(130);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> redraw());
    }

    /** Extends the time axis to at least {@code t} sweeps, so several plots share one time axis (Compare view). */
    public void setSharedXMax(double t) {
        this.sharedXMax = t;
    }

    public void setLines(List<Line> newLines) {
        this.lines = newLines;
        redraw();
    }

    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 40 || h < 30) {
            return;
        }
        double left = 46;
        double right = 8;
        double top = 18;
        double bottom = 16;
        double pw = w - left - right;
        double ph = h - top - bottom;
        double xmax = 1e-9;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            SeriesBuffer s = l.data();
            for (int k = 0; k < s.size(); k++) {
                xmax = Math.max(xmax, s.x(k));
                ymin = Math.min(ymin, s.y(k));
                ymax = Math.max(ymax, s.y(k));
            }
        }
        if (fixedMin != null) {
            ymin = fixedMin;
        }
        if (fixedMax != null) {
            ymax = fixedMax;
        }
        if (!(ymin < ymax)) {
            double c = Double.isFinite(ymin) ? ymin : 0;
            ymin = c - 1;
            ymax = c + 1;
        }
        xmax = Math.max(Math.max(xmax, sharedXMax), 1);
        g.setFont(Font.font(11));
        g.setFill(Color.web("#333"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, left, 2);
        g.setStroke(Color.web("#bbb"));
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, pw, ph);
        g.setFill(Color.web("#555"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(fmt(ymax), left - 4, top + 4);
        g.fillText(fmt(ymin), left - 4, top + ph - 4);
        if (ymin < 0 && ymax > 0) {
            double y0 = top + ph * (ymax / (ymax - ymin));
            g.setStroke(Color.web("#ddd"));
            g.strokeLine(left, y0, left + pw, y0);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.format(Locale.ROOT, "t = %.1f sweeps", xmax), left + pw, top + ph + 2);
        for (Line l : lines) {
            SeriesBuffer s = l.data();
            if (s.size() == 0) {
                continue;
            }
            g.setStroke(l.color());
            g.setLineWidth(l.width());
            g.beginPath();
            for (int k = 0; k < s.size(); k++) {
                double x = left + pw * s.x(k) / xmax;
                double y = top + ph * (ymax - s.y(k)) / (ymax - ymin);
                if (k == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
        // legend (labelled lines only), top right
        double lx = left + pw - 4;
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        for (Line l : lines) {
            if (l.label() == null) {
                continue;
            }
            String text = l.label();
            g.setFill(l.color());
            g.fillText(text, lx, 2);
            lx -= text.length() * 6.5 + 10;
            if (lx < left + 60) {
                break;
            }
        }
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
