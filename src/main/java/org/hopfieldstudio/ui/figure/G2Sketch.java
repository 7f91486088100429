package org.hopfieldstudio.ui.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A {@link Sketch} on a {@code java.awt.Graphics2D} (a {@code BufferedImage}): used to render animation frames off
 * the FX thread, where a JavaFX canvas cannot be snapshotted. Text in AWT's sans-serif, measured with AWT's metrics.
 */
public final class G2Sketch implements Sketch {
    private record State(java.awt.Color fill, java.awt.Color stroke, float width, float[] dashes, Font font,
                         TextAlignment align, VPos baseline, AffineTransform transform, Shape clip) {
    }

    private final Graphics2D g;
    private final Deque<State> stack = new ArrayDeque<>();
    private java.awt.Color fill = java.awt.Color.BLACK;
    private java.awt.Color stroke = java.awt.Color.BLACK;
    private float width = 1;
    private float[] dashes;
    private Font font = Font.font("System", 13);
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private Path2D.Double path = new Path2D.Double();

    public G2Sketch(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** A JavaFX colour as AWT's. */
    public static java.awt.Color awtColor(Color c) {
        return awt(c);
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    private java.awt.Font awtFont() {
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        int s = (style.contains("bold") ? java.awt.Font.BOLD : 0) | (style.contains("italic") ? java.awt.Font.ITALIC : 0);
        return new java.awt.Font(java.awt.Font.SANS_SERIF, s, 1).deriveFont((float) font.getSize());
    }

    @Override
    public void setFill(Color c) {
        fill = awt(c);
    }

    @Override
    public void setStroke(Color c) {
        stroke = awt(c);
    }

    @Override
    public void setLineWidth(double w) {
        width = (float) w;
    }

    @Override
    public void setLineDashes(double... d) {
        if (d == null || d.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[d.length];
        for (int k = 0; k < d.length; k++) {
            dashes[k] = (float) d[k];
        }
    }

    @Override
    public void setFont(Font f) {
        font = f;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        align = a;
    }

    @Override
    public void setTextBaseline(VPos b) {
        baseline = b;
    }

    private void fillShape(Shape s) {
        g.setColor(fill);
        g.fill(s);
    }

    private void strokeShape(Shape s) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0));
        g.draw(s);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void stroke() {
        strokeShape(path);
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        java.awt.Font f = awtFont();
        g.setFont(f);
        java.awt.FontMetrics fm = g.getFontMetrics();
        double w = fm.getStringBounds(text, g).getWidth();
        double bx = switch (align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        double by = switch (baseline) {
            case TOP -> y + fm.getAscent();
            case CENTER -> y + (fm.getAscent() - fm.getDescent()) / 2.0;
            case BOTTOM -> y - fm.getDescent();
            default -> y;
        };
        g.setColor(fill);
        g.drawString(text, (float) bx, (float) by);
    }

    @Override
    public double textWidth(String text) {
        g.setFont(awtFont());
        return g.getFontMetrics().getStringBounds(text, g).getWidth();
    }

    @Override
    public double textHeight() {
        g.setFont(awtFont());
        java.awt.FontMetrics fm = g.getFontMetrics();
        return fm.getAscent() + fm.getDescent();
    }

    @Override
    public double textAscent() {
        g.setFont(awtFont());
        return g.getFontMetrics().getAscent();
    }

    @Override
    public void save() {
        stack.push(new State(fill, stroke, width, dashes, font, align, baseline, g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        if (stack.isEmpty()) {
            return;
        }
        State s = stack.pop();
        fill = s.fill();
        stroke = s.stroke();
        width = s.width();
        dashes = s.dashes();
        font = s.font();
        align = s.align();
        baseline = s.baseline();
        g.setTransform(s.transform());
        g.setClip(s.clip());
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void rotate(double degrees) {
        g.rotate(Math.toRadians(degrees));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void drawTex(TeXIcon icon, double x, double y) {
        AffineTransform t = g.getTransform();
        g.translate(x, y);
        icon.paintIcon(null, g, 0, 0);
        g.setTransform(t);
    }

    @Override
    public void drawPixels(int[] argb, int w, int h, double x, double y, double dw, double dh) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform t = g.getTransform();
        g.translate(x, y);
        g.scale(dw / w, dh / h);
        g.drawImage(img, 0, 0, null);
        g.setTransform(t);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }
}
