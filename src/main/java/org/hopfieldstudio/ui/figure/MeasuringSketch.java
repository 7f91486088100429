package org.hopfieldstudio.ui.figure;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A {@link Sketch} that draws nothing and measures text with another sketch (so sizes are exactly those of the
 * real drawing): for a layout pass before the real one, e.g. a chart finding out whether its legend fits inside
 * the plot area without covering data. Only fonts, save and restore reach the other sketch, balanced.
 */
public final class MeasuringSketch implements Sketch {
    private final Sketch target;

    public MeasuringSketch(Sketch target) {
        this.target = target;
    }

    @Override
    public void setFont(Font f) {
        target.setFont(f);
    }

    @Override
    public Font getFont() {
        return target.getFont();
    }

    @Override
    public double textWidth(String text) {
        return target.textWidth(text);
    }

    @Override
    public double textHeight() {
        return target.textHeight();
    }

    @Override
    public double textAscent() {
        return target.textAscent();
    }

    @Override
    public void save() {
        target.save();
    }

    @Override
    public void restore() {
        target.restore();
    }

    @Override
    public void setFill(Color c) {
    }

    @Override
    public void setStroke(Color c) {
    }

    @Override
    public void setLineWidth(double w) {
    }

    @Override
    public void setLineDashes(double... dashes) {
    }

    @Override
    public void setTextAlign(TextAlignment a) {
    }

    @Override
    public void setTextBaseline(VPos b) {
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
    }

    @Override
    public void beginPath() {
    }

    @Override
    public void moveTo(double x, double y) {
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void stroke() {
    }

    @Override
    public void fillText(String text, double x, double y) {
    }

    @Override
    public void translate(double dx, double dy) {
    }

    @Override
    public void rotate(double degrees) {
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
    }

    @Override
    public void drawTex(TeXIcon icon, double x, double y) {
    }

    @Override
    public void drawPixels(int[] argb, int w, int h, double x, double y, double dw, double dh) {
    }
}
