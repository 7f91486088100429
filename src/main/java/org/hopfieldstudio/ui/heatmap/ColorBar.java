package org.hopfieldstudio.ui.heatmap;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * Vertical colour bar of the {@link DivergingColorMap}: red +scale at the top, white 0 in the middle, blue
 * −scale at the bottom, with the three values written beside it. Text, frame and sizes follow the theme's
 * {@link PlotStyle} (palette and zoom), so the values stay readable on the dark palette and grow with the zoom.
 */
public final class ColorBar extends Region {
    public static final String STYLE_CLASS = "color-bar";
    private static final double BAR_W = 22;
    private final Canvas canvas = new Canvas();
    private double scale;
    private String title = "W";
    private PlotStyle style = PlotStyle.DEFAULT;

    public ColorBar() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        PlotStyle.follow(this, s -> {
            style = s;
            // N.B. room for "+0.020" beside the bar at this text size (110 px at 100 %)
            setPrefWidth(Math.ceil(110 * s.textScale()));
            setMinWidth(Math.ceil(100 * s.textScale()));
            redraw();
        });
    }

    /** The quantity's name as set, formulas between {@code $…$} (tests). */
    public String title() {
        return title;
    }

    /** The style the bar draws with now (follows the scene's theme). */
    public PlotStyle plotStyle() {
        return style;
    }

    /**
     * Sets the half-range of the scale (+scale is red) and the quantity's name (formulas between {@code $…$} are
     * typeset), then redraws.
     */
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

    /** The title, its formula typeset ({@code $…$}, e.g. {@code $W_{ij}$}), in the font and ink now set. */
    private void drawTitle(GraphicsContext g) {
        org.hopfieldstudio.ui.figure.FxSketch sk = new org.hopfieldstudio.ui.figure.FxSketch(g);
        sk.setFont(g.getFont());
        org.hopfieldstudio.ui.figure.MathText.of(title).draw(sk, style.px(2), style.px(4), TextAlignment.LEFT,
                VPos.TOP, style.ink());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(style.ink());
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 40) {
            return;
        }
        Font font = style.font(1.0);
        double top = style.px(7) + 1.6 * font.getSize();
        double bottom = h - style.px(12);
        double barW = style.px(BAR_W);
        double x0 = style.px(4);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            // N.B. nothing to scale (no W, no neuron selected): an empty frame and no numbers, not "+0.000 / +0.000"
            g.setStroke(style.muted());
            g.setLineWidth(style.line(1));
            g.strokeRect(x0 + 0.5, top + 0.5, barW, bottom - top);
            g.setFill(style.ink());
            drawTitle(g);
            return;
        }
        double barH = bottom - top;
        int[] lut = DivergingColorMap.table();
        int steps = (int) Math.max(2, Math.min(lut.length, barH));
        for (int s = 0; s < steps; s++) {
            int idx = (int) Math.round((double) (steps - 1 - s) / (steps - 1) * (lut.length - 1));
            int c = lut[idx];
            g.setFill(Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
            g.fillRect(x0, top + barH * s / steps, barW, barH / steps + 1);
        }
        g.setStroke(style.muted());
        g.setLineWidth(style.line(1));
        g.strokeRect(x0 + 0.5, top + 0.5, barW, barH);
        g.setFill(style.ink());
        drawTitle(g);
        g.setTextBaseline(VPos.CENTER);
        double x = x0 + barW + style.px(6);
        double half = font.getSize() / 2;
        g.fillText(label(scale, true), x, top + half);
        g.fillText("0", x, top + barH / 2);
        g.fillText(label(-scale, true), x, bottom - half);
        g.setStroke(style.ink());
        g.strokeLine(x0 + barW, top + barH / 2, x0 + barW + style.px(4), top + barH / 2);
    }

    static String label(double v, boolean sign) {
        String s = Math.abs(v) >= 0.01 || v == 0 ? String.format(Locale.ROOT, "%.3f", Math.abs(v))
                : String.format(Locale.ROOT, "%.2e", Math.abs(v));
        return (v < 0 ? "−" : sign ? "+" : "") + s;
    }
}
