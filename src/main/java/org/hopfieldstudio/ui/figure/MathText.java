package org.hopfieldstudio.ui.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.math.Tex;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One line of plot text with typeset mathematics between {@code $…$}, e.g. {@code "load $\alpha = p/N$"}: the words
 * are drawn as text in the plot's font (SVG {@code <text>}), the formulas by JLaTeXMath ({@link Sketch#drawTex}, so
 * real mathematics on screen, in PNG and GIF, and vector outlines in SVG), sitting on the same baseline, at the
 * current font's size (so they follow the zoom) and in the colour given (so they follow the palette). Written once;
 * {@link #plain()} is the Unicode form ("load α = p/N") for read-outs, tooltips, the CLI and the SVG's
 * {@code <title>}. A formula JLaTeXMath cannot parse is drawn as its plain form. {@code \$} is a literal dollar.
 */
public final class MathText {
    /** Formulas are set this much larger than the sans-serif text around them (Computer Modern's small x-height). */
    static final double MATH_SCALE = 1.08;
    /** Space after a formula that words follow directly ("$p$)"), in ems: JLaTeXMath's box ends at the glyph. */
    private static final double AFTER_MATH = 0.1;
    private static final Map<IconKey, TeXIcon> ICONS = new ConcurrentHashMap<>();
    private static final int MAX_ICONS = 512;

    /** A cached icon's formula, size and colour. */
    private record IconKey(String latex, double size, Color color) {
    }

    /** A run of words ({@code math == null}) or a formula. */
    private record Run(String text, Tex math) {
    }

    /** Width, ascent and descent of the line in a sketch's current font. */
    public record Metrics(double width, double ascent, double descent) {
        public double height() {
            return ascent + descent;
        }
    }

    private final String source;
    private final List<Run> runs;
    private final String plain;

    private MathText(String source, List<Run> runs) {
        this.source = source;
        this.runs = List.copyOf(runs);
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            b.append(r.math() == null ? r.text() : r.math().plain());
        }
        this.plain = b.toString();
    }

    /** Words with formulas between {@code $…$}; an unclosed {@code $} is taken literally. */
    public static MathText of(String source) {
        Objects.requireNonNull(source);
        List<Run> runs = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '$') {
                words.append('$');
                i += 2;
                continue;
            }
            int end = c == '$' ? closing(source, i + 1) : -1;
            if (end < 0) {
                words.append(c);
                i++;
                continue;
            }
            if (words.length() > 0) {
                runs.add(new Run(minusSigns(words.toString()), null));
                words.setLength(0);
            }
            String latex = source.substring(i + 1, end);
            if (!latex.isBlank()) {
                runs.add(new Run(null, Tex.of(latex)));
            }
            i = end + 1;
        }
        if (words.length() > 0) {
            runs.add(new Run(minusSigns(words.toString()), null));
        }
        return new MathText(source, runs);
    }

    private static final java.util.regex.Pattern SIGN = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_.)\\]])-(?=\\.?[0-9])");

    /**
     * Words with the sign of every negative number as a true minus (U+2212), as the tick labels have it: a hyphen
     * before a digit that does not follow a letter, digit or bracket ("mean -0.3" → "mean −0.3"; "one-step", "N-1",
     * "2-cycle" and ranges "0-5" stay). Formulas between {@code $…$} get theirs from TeX.
     */
    public static String minusSigns(String words) {
        return words.indexOf('-') < 0 ? words : SIGN.matcher(words).replaceAll("\u2212");
    }

    /** Plain words only: {@code text} is drawn as it is (no {@code $} is special). */
    public static MathText text(String text) {
        Objects.requireNonNull(text);
        return new MathText(text.replace("$", "\\$"),
                text.isEmpty() ? List.of() : List.of(new Run(minusSigns(text), null)));
    }

    private static int closing(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) == '\\') {
                k++;
            } else if (s.charAt(k) == '$') {
                return k;
            }
        }
        return -1;
    }

    /** As written, with {@code $…$}. */
    public String source() {
        return source;
    }

    /** The Unicode form, e.g. "load α = p/N". */
    public String plain() {
        return plain;
    }

    /** Whether any part is typeset. */
    public boolean hasMath() {
        return runs.stream().anyMatch(r -> r.math() != null);
    }

    /** The LaTeX of the formulas, in order (for tests and tools). */
    public List<String> formulas() {
        return runs.stream().filter(r -> r.math() != null).map(r -> r.math().latex()).toList();
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    @Override
    public String toString() {
        return plain;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MathText m && m.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    /** The line's extent in {@code g}'s current font. */
    public Metrics measure(Sketch g) {
        double textAscent = g.textAscent();
        double ascent = textAscent;
        double descent = g.textHeight() - textAscent;
        double width = 0;
        for (Run r : runs) {
            if (r.math() == null) {
                width += g.textWidth(r.text());
            } else {
                TeXIcon icon = icon(r.math(), g, Color.BLACK);
                if (icon == null) {
                    width += g.textWidth(r.math().plain());
                    continue;
                }
                double depth = icon.getTrueIconDepth();
                ascent = Math.max(ascent, icon.getTrueIconHeight() - depth);
                descent = Math.max(descent, depth);
                width += icon.getTrueIconWidth() + after(r, g);
            }
        }
        return new Metrics(width, ascent, descent);
    }

    /** Width in {@code g}'s current font. */
    public double width(Sketch g) {
        return measure(g).width();
    }

    /**
     * Draws the line in {@code g}'s current font and transform, in {@code color}, anchored at (x, y) as
     * {@link Sketch#fillText} would with this alignment and baseline (TOP/BOTTOM/CENTER take the formulas' height
     * into account). Leaves the sketch's state as it found it.
     */
    public void draw(Sketch g, double x, double y, TextAlignment align, VPos baseline, Color color) {
        if (runs.isEmpty()) {
            return;
        }
        Metrics m = measure(g);
        double x0 = switch (align) {
            case CENTER -> x - m.width() / 2;
            case RIGHT -> x - m.width();
            default -> x;
        };
        double base = switch (baseline) {
            case TOP -> y + m.ascent();
            case CENTER -> y + (m.ascent() - m.descent()) / 2;
            case BOTTOM -> y - m.descent();
            default -> y;
        };
        boolean math = hasMath();
        if (math) {
            g.beginGroup(plain);
        }
        g.save();
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        double cx = x0;
        for (Run r : runs) {
            if (r.math() == null) {
                g.fillText(r.text(), cx, base);
                cx += g.textWidth(r.text());
                continue;
            }
            TeXIcon icon = icon(r.math(), g, color);
            if (icon == null) {
                g.fillText(r.math().plain(), cx, base);
                cx += g.textWidth(r.math().plain());
                continue;
            }
            synchronized (icon) {
                g.drawTex(icon, cx, base - (icon.getTrueIconHeight() - icon.getTrueIconDepth()));
            }
            cx += icon.getTrueIconWidth() + after(r, g);
        }
        g.restore();
        if (math) {
            g.endGroup();
        }
    }

    /** The gap after a formula run: a little when words follow without a space. */
    private double after(Run r, Sketch g) {
        int k = runs.indexOf(r);
        if (k < 0 || k + 1 >= runs.size()) {
            return 0;
        }
        Run next = runs.get(k + 1);
        return next.math() == null && !next.text().isEmpty() && !Character.isWhitespace(next.text().charAt(0))
                ? g.getFont().getSize() * AFTER_MATH : 0;
    }

    /** The formula at the sketch's font size in {@code color} (cached), or null when it does not parse. */
    private static TeXIcon icon(Tex tex, Sketch g, Color color) {
        double size = Math.round(g.getFont().getSize() * MATH_SCALE * 100) / 100.0;
        // N.B. a record, not a string: Color.toString formats four numbers, and this runs several times a frame
        IconKey key = new IconKey(tex.latex(), size, color);
        TeXIcon icon = ICONS.get(key);
        if (icon == null) {
            if (!tex.valid()) {
                return null;
            }
            if (ICONS.size() > MAX_ICONS) {
                ICONS.clear();
            }
            icon = tex.inlineIcon(size, G2Sketch.awtColor(color));
            ICONS.put(key, icon);
        }
        return icon;
    }
}
