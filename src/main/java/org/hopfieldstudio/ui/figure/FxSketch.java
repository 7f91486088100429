package org.hopfieldstudio.ui.figure;

import java.awt.geom.PathIterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.scilab.forge.jlatexmath.TeXIcon;

/** A {@link Sketch} on a JavaFX canvas (the screen, and PNG export through an off-screen canvas). */
public final class FxSketch implements Sketch {
    private final GraphicsContext g;
    private final Text measure = new Text();

    public FxSketch(GraphicsContext g) {
        this.g = g;
    }

    public GraphicsContext context() {
        return g;
    }

    @Override
    public void setFill(Color c) {
        g.setFill(c);
    }

    @Override
    public void setStroke(Color c) {
        g.setStroke(c);
    }

    @Override
    public void setLineWidth(double w) {
        g.setLineWidth(w);
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setFont(Font f) {
        g.setFont(f);
    }

    @Override
    public Font getFont() {
        return g.getFont();
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        g.setTextAlign(a);
    }

    @Override
    public void setTextBaseline(VPos b) {
        g.setTextBaseline(b);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void stroke() {
        g.stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text) {
        Font f = g.getFont();
        Measured key = new Measured(f, text, 0);
        Double w = MEASURED.get(key);
        if (w == null) {
            measure.setFont(f);
            measure.setText(text);
            w = measure.getLayoutBounds().getWidth();
            remember(key, w);
        }
        return w;
    }

    @Override
    public double textHeight() {
        Font f = g.getFont();
        Measured key = new Measured(f, null, 1);
        Double h = MEASURED.get(key);
        if (h == null) {
            measure.setFont(f);
            measure.setText("Ag");
            h = measure.getLayoutBounds().getHeight();
            remember(key, h);
        }
        return h;
    }

    @Override
    public double textAscent() {
        Font f = g.getFont();
        Measured key = new Measured(f, null, 2);
        Double a = MEASURED.get(key);
        if (a == null) {
            measure.setFont(f);
            measure.setText("Ag");
            a = measure.getBaselineOffset();
            remember(key, a);
        }
        return a;
    }

    /**
     * Text extents measured before, by font, text and kind (0 width, 1 line height, 2 ascent): live plots measure the
     * same titles, tick labels and legend entries every frame, and a text layout per call was a good part of a frame.
     */
    private record Measured(Font font, String text, int kind) {
    }

    private static final Map<Measured, Double> MEASURED = new ConcurrentHashMap<>();
    private static final int MAX_MEASURED = 4096;

    private static void remember(Measured key, double value) {
        if (MEASURED.size() > MAX_MEASURED) {
            MEASURED.clear();
        }
        MEASURED.put(key, value);
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(degrees);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    /**
     * Fills the formula's outlines ({@link TexOutlines}) rather than drawing its glyphs as JavaFX text: the same
     * shapes as in SVG, and glyphs that JavaFX's text path loses (the text-style radical of jlm_cmsy10) appear.
     */
    @Override
    public void drawTex(TeXIcon icon, double x, double y) {
        g.save();
        g.translate(x, y);
        double[] c = new double[6];
        for (TexOutlines.Piece p : TexOutlines.of(icon)) {
            java.awt.Color col = p.color();
            g.setFill(Color.rgb(col.getRed(), col.getGreen(), col.getBlue(), col.getAlpha() / 255.0));
            g.beginPath();
            PathIterator it = p.shape().getPathIterator(null);
            g.setFillRule(it.getWindingRule() == PathIterator.WIND_EVEN_ODD ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            for (; !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> g.moveTo(c[0], c[1]);
                    case PathIterator.SEG_LINETO -> g.lineTo(c[0], c[1]);
                    case PathIterator.SEG_QUADTO -> g.quadraticCurveTo(c[0], c[1], c[2], c[3]);
                    case PathIterator.SEG_CUBICTO -> g.bezierCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    default -> g.closePath();
                }
            }
            g.fill();
        }
        g.restore();
    }

    @Override
    public void drawPixels(int[] argb, int w, int h, double x, double y, double dw, double dh) {
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(img, x, y, dw, dh);
        g.setImageSmoothing(smooth);
    }
}
