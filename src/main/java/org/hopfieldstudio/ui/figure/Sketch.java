package org.hopfieldstudio.ui.figure;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The drawing surface of our plots: the part of JavaFX's {@code GraphicsContext} they use, so one drawing routine
 * paints the screen ({@link FxSketch} over a canvas, also used for PNG at any scale) and writes SVG
 * ({@link SvgSketch}: vectors, text as {@code <text>}, images embedded). Coordinates are in pixels of the
 * figure at 1×; colours and fonts are JavaFX's.
 */
public interface Sketch {
    void setFill(Color c);

    void setStroke(Color c);

    void setLineWidth(double w);

    /** Dash lengths; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font f);

    Font getFont();

    void setTextAlign(TextAlignment a);

    void setTextBaseline(VPos b);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** Strokes the path since {@link #beginPath()}. */
    void stroke();

    void fillText(String text, double x, double y);

    /** Width of {@code text} in the current font. */
    double textWidth(String text);

    /** Height (ascent + descent) of a line of text in the current font. */
    double textHeight();

    /** Ascent (top of the line to the baseline) of a line of text in the current font. */
    double textAscent();

    /**
     * Starts a group of drawing that reads as one piece of text, {@code plain} (e.g. an axis title with typeset
     * symbols: its words, its formulas): SVG writes a {@code <g>} with that {@code <title>}; a canvas ignores it.
     * Pair with {@link #endGroup()}.
     */
    default void beginGroup(String plain) {
    }

    /** Ends the group {@link #beginGroup} started. */
    default void endGroup() {
    }

    void save();

    void restore();

    void translate(double dx, double dy);

    /** Rotates by {@code degrees} (clockwise on screen, as JavaFX). */
    void rotate(double degrees);

    /** Clips what follows to an axis-aligned rectangle until the matching {@link #restore()}. */
    void clipRect(double x, double y, double w, double h);

    /** A typeset formula with its top-left corner at (x, y). */
    void drawTex(TeXIcon icon, double x, double y);

    /** ARGB pixels ({@code w×h}, row-major; not modified) drawn crisp (no smoothing) into the given rectangle. */
    void drawPixels(int[] argb, int w, int h, double x, double y, double dw, double dh);
}
