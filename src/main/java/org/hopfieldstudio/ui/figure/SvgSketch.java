package org.hopfieldstudio.ui.figure;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A {@link Sketch} that writes SVG 1.1: lines, rectangles and paths as vectors, text as {@code <text>} (so slides
 * can edit it), typeset formulas as the vector outlines of their glyphs ({@link SvgGraphics2D}), pixel images
 * embedded as PNG ({@code image-rendering: pixelated} keeps pixels crisp).
 * Our own small writer (no SVG library: JFreeSVG is GPL-3.0). Text is measured with JavaFX's metrics, so it is
 * placed as on screen; the font falls back to the viewer's sans-serif.
 */
public final class SvgSketch implements Sketch {
    private static final class State {
        Color fill = Color.BLACK;
        Color stroke = Color.BLACK;
        double lineWidth = 1;
        double[] dashes;
        Font font = Font.getDefault();
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        double[] m = {1, 0, 0, 1, 0, 0};
        int groups;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashes = dashes;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.m = m.clone();
            return s;
        }
    }

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final Deque<State> stack = new ArrayDeque<>();
    private final Text measure = new Text();
    private final StringBuilder path = new StringBuilder();
    private State s = new State();
    private int clipIds;
    private String title = "";

    public SvgSketch(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** A title for the document ({@code <title>}, read by screen readers and slide tools). */
    public void setTitle(String t) {
        title = t == null ? "" : t;
    }

    /** The finished document. */
    public String toSvg() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"%s\" height=\"%s\" "
                + "viewBox=\"0 0 %s %s\">\n", n(width), n(height), n(width), n(height)));
        if (!title.isEmpty()) {
            out.append("<title>").append(esc(title)).append("</title>\n");
        }
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body);
        for (State st = s; ; ) {
            for (int k = 0; k < st.groups; k++) {
                out.append("</g>\n");
            }
            if (stack.isEmpty()) {
                break;
            }
            st = stack.pop();
        }
        out.append("</svg>\n");
        return out.toString();
    }

    @Override
    public void setFill(Color c) {
        s.fill = c;
    }

    @Override
    public void setStroke(Color c) {
        s.stroke = c;
    }

    @Override
    public void setLineWidth(double w) {
        s.lineWidth = w;
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public void setFont(Font f) {
        s.font = f;
    }

    @Override
    public Font getFont() {
        return s.font;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        s.align = a;
    }

    @Override
    public void setTextBaseline(VPos b) {
        s.baseline = b;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fillAttrs()).append(transform()).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(strokeAttrs()).append(transform()).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(strokeAttrs()).append(transform()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        body.append(ellipse(x, y, w, h)).append(fillAttrs()).append(transform()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        body.append(ellipse(x, y, w, h)).append(strokeAttrs()).append(transform()).append("/>\n");
    }

    private static String ellipse(double x, double y, double w, double h) {
        return "<ellipse cx=\"" + n(x + w / 2) + "\" cy=\"" + n(y + h / 2) + "\" rx=\"" + n(w / 2) + "\" ry=\"" + n(h / 2) + '"';
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(n(x)).append(' ').append(n(y)).append(' ');
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(n(x)).append(' ').append(n(y)).append(' ');
    }

    @Override
    public void stroke() {
        if (path.length() == 0) {
            return;
        }
        body.append("<path d=\"").append(path.toString().trim()).append('"').append(strokeAttrs())
                .append(" stroke-linejoin=\"round\"").append(transform()).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        measure.setFont(s.font);
        measure.setText(text);
        double ascent = measure.getBaselineOffset();
        double lineHeight = measure.getLayoutBounds().getHeight();
        double descent = lineHeight - ascent;
        double by = switch (s.baseline) {
            case TOP -> y + ascent;
            case CENTER -> y + (ascent - descent) / 2;
            case BOTTOM -> y - descent;
            default -> y;
        };
        String anchor = switch (s.align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        };
        Font f = s.font;
        String style = f.getStyle().toLowerCase(Locale.ROOT);
        boolean bold = style.contains("bold");
        boolean italic = style.contains("italic");
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(by)).append('"')
                .append(" font-family=\"").append(esc(family(f))).append('"')
                .append(" font-size=\"").append(n(f.getSize())).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append(italic ? " font-style=\"italic\"" : "")
                .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
                .append(paint("fill", s.fill)).append(transform()).append(" xml:space=\"preserve\">")
                .append(esc(text)).append("</text>\n");
    }

    private static String family(Font f) {
        String fam = f.getFamily();
        return fam.equalsIgnoreCase("System") || fam.isEmpty() ? "sans-serif" : fam + ", sans-serif";
    }

    @Override
    public double textWidth(String text) {
        measure.setFont(s.font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public double textHeight() {
        measure.setFont(s.font);
        measure.setText("Ag");
        return measure.getLayoutBounds().getHeight();
    }

    @Override
    public double textAscent() {
        measure.setFont(s.font);
        measure.setText("Ag");
        return measure.getBaselineOffset();
    }

    @Override
    public void save() {
        stack.push(s);
        s = s.copy();
    }

    @Override
    public void restore() {
        for (int k = 0; k < s.groups; k++) {
            body.append("</g>\n");
        }
        if (!stack.isEmpty()) {
            s = stack.pop();
        } else {
            s.groups = 0;
        }
    }

    @Override
    public void translate(double dx, double dy) {
        double[] m = s.m;
        m[4] += m[0] * dx + m[2] * dy;
        m[5] += m[1] * dx + m[3] * dy;
    }

    @Override
    public void rotate(double degrees) {
        double r = Math.toRadians(degrees);
        double c = Math.cos(r);
        double sn = Math.sin(r);
        double[] m = s.m;
        double a = m[0] * c + m[2] * sn;
        double b = m[1] * c + m[3] * sn;
        double cc = -m[0] * sn + m[2] * c;
        double d = -m[1] * sn + m[3] * c;
        m[0] = a;
        m[1] = b;
        m[2] = cc;
        m[3] = d;
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clipIds);
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append('"').append(transform())
                .append("/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        s.groups++;
    }

    @Override
    public void drawTex(TeXIcon icon, double x, double y) {
        // N.B. as vectors: the glyphs' outlines from JLaTeXMath's own fonts (the viewer has no Computer Modern),
        // rules and strokes as filled paths, in the icon's colour, under the current transform
        double[] m = s.m;
        AffineTransform t = new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
        t.translate(x, y);
        body.append("<g class=\"formula\">\n");
        for (TexOutlines.Piece p : TexOutlines.of(icon)) {
            String d = TexOutlines.pathData(p.shape(), t);
            if (d.isEmpty()) {
                continue;
            }
            java.awt.Color c = p.color();
            body.append("<path d=\"").append(d).append('"').append(String.format(Locale.ROOT, " fill=\"#%02x%02x%02x\"",
                    c.getRed(), c.getGreen(), c.getBlue()));
            if (c.getAlpha() < 255) {
                body.append(" fill-opacity=\"").append(n(c.getAlpha() / 255.0)).append('"');
            }
            if (p.shape().getPathIterator(null).getWindingRule() == java.awt.geom.PathIterator.WIND_EVEN_ODD) {
                body.append(" fill-rule=\"evenodd\"");
            }
            body.append("/>\n");
        }
        body.append("</g>\n");
    }

    @Override
    public void beginGroup(String plain) {
        body.append("<g>");
        if (plain != null && !plain.isEmpty()) {
            body.append("<title>").append(esc(plain)).append("</title>");
        }
        body.append('\n');
    }

    @Override
    public void endGroup() {
        body.append("</g>\n");
    }

    @Override
    public void drawPixels(int[] argb, int w, int h, double x, double y, double dw, double dh) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        image(img, x, y, dw, dh, true);
    }

    private void image(BufferedImage img, double x, double y, double w, double h, boolean crisp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body.append("<image x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" preserveAspectRatio=\"none\"")
                .append(crisp ? " style=\"image-rendering:pixelated\" image-rendering=\"optimizeSpeed\"" : "")
                .append(transform()).append(" xlink:href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(bytes.toByteArray())).append("\"/>\n");
    }

    private String transform() {
        double[] m = s.m;
        if (m[0] == 1 && m[1] == 0 && m[2] == 0 && m[3] == 1 && m[4] == 0 && m[5] == 0) {
            return "";
        }
        return " transform=\"matrix(" + n(m[0]) + ' ' + n(m[1]) + ' ' + n(m[2]) + ' ' + n(m[3]) + ' ' + n(m[4]) + ' '
                + n(m[5]) + ")\"";
    }

    private String fillAttrs() {
        return paint("fill", s.fill);
    }

    private String strokeAttrs() {
        StringBuilder b = new StringBuilder(" fill=\"none\"").append(paint("stroke", s.stroke))
                .append(" stroke-width=\"").append(n(s.lineWidth)).append('"');
        if (s.dashes != null) {
            b.append(" stroke-dasharray=\"");
            for (int k = 0; k < s.dashes.length; k++) {
                b.append(k > 0 ? "," : "").append(n(s.dashes[k]));
            }
            b.append('"');
        }
        return b.toString();
    }

    private static String paint(String attr, Color c) {
        if (c == null) {
            return " " + attr + "=\"none\"";
        }
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
        return " " + attr + "=\"" + hex + '"' + (c.getOpacity() < 1 ? " " + attr + "-opacity=\"" + n(c.getOpacity()) + '"' : "");
    }

    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String t = String.format(Locale.ROOT, "%.3f", v);
        t = t.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    static String esc(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

}
