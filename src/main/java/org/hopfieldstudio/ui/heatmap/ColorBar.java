package org.hopfieldstudio.ui.heatmap;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Vertical colour bar of the {@link DivergingColorMap}: red +scale at the top, white 0 in the middle, blue
 * −scale at the bottom, with the three values written beside it.
 */
public final class ColorBar extends Region {
    public static final String STYLE_CLASS = "color-bar";
    private static final double BAR_W = 22;
    private final Canvas canvas = new Canvas();
    private double scale;
    private String title = "W";

    public ColorBar() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setPrefWidth(110);
        setMinWidth(100);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    /** Sets the half-range of the scale (+scale is red) and the quantity's name, then redraws. */
    public void setScale(double scale, String title) {
        this.scale = scale;
        this.title = title;
        redraw();
    }

    public double scale() {
        return scale;
    }

    /** The value labels drawn beside the bar, top to bottom; empty when there is nothing to scale (tests). */
    public java.util.List<String> valueLabels() {
        return scale > 0 && !Double.isInfinite(scale) ? java.util.List.of(label(scale, true), "0", label(-scale, true))
                : java.util.List.of();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 40) {
            return;
        }
        double top = 28;
        double bottom = h - 12;
        if (!(scale > 0) || Double.isInfinite(scale)) {
            // N.B. nothing to scale (no W, no neuron selected): an empty frame and no numbers, not "+0.000 / +0.000"
            g.setStroke(Color.gray(0.6));
            g.setLineWidth(1);
            g.strokeRect(4.5, top + 0.5, BAR_W, bottom - top);
            g.setFill(Color.gray(0.1));
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(title, 2, 4);
            return;
        }
        double barH = bottom - top;
        int[] lut = DivergingColorMap.table();
        int steps = (int) Math.max(2, Math.min(lut.length, barH));
        for (int s = 0; s < steps; s++) {
            int idx = (int) Math.round((double) (steps - 1 - s) / (steps - 1) * (lut.length - 1));
            int c = lut[idx];
            g.setFill(Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
            g.fillRect(4, top + barH * s / steps, BAR_W, barH / steps + 1);
        }
        g.setStroke(Color.gray(0.35));
        g.setLineWidth(1);
        g.strokeRect(4.5, top + 0.5, BAR_W, barH);
        g.setFill(Color.gray(0.1));
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 2, 4);
        g.setTextBaseline(VPos.CENTER);
        double x = 4 + BAR_W + 6;
        g.fillText(label(scale, true), x, top + 6);
        g.fillText("0", x, top + barH / 2);
        g.fillText(label(-scale, true), x, bottom - 6);
        g.strokeLine(4 + BAR_W, top + barH / 2, 4 + BAR_W + 4, top + barH / 2);
    }

    static String label(double v, boolean sign) {
        String s = Math.abs(v) >= 0.01 || v == 0 ? String.format(Locale.ROOT, "%.3f", Math.abs(v))
                : String.format(Locale.ROOT, "%.2e", Math.abs(v));
        return (v < 0 ? "−" : sign ? "+" : "") + s;
    }
}
