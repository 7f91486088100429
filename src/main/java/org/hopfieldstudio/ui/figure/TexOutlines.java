package org.hopfieldstudio.ui.figure;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A typeset formula as filled outlines (glyphs from JLaTeXMath's own fonts, rules, strokes), in the icon's
 * coordinates (top-left at 0, 0): one drawing that the canvas fills as paths and SVG writes as {@code <path>}, so
 * screen, PNG and SVG show the same glyphs, independent of which fonts JavaFX or the SVG viewer know. Recorded
 * once per icon (weakly cached; {@link MathText} caches its icons).
 */
public final class TexOutlines {
    /** One filled shape in a solid colour. */
    public record Piece(Shape shape, Color color) {
    }

    private static final Map<TeXIcon, List<Piece>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private TexOutlines() {
    }

    /** The formula's pieces, in painting order. */
    public static List<Piece> of(TeXIcon icon) {
        List<Piece> pieces = CACHE.get(icon);
        if (pieces == null) {
            List<Piece> out = new ArrayList<>();
            synchronized (icon) {
                icon.paintIcon(null, new ShapeGraphics2D(out::add, new AffineTransform()), 0, 0);
            }
            pieces = List.copyOf(out);
            CACHE.put(icon, pieces);
        }
        return pieces;
    }

    /** SVG path data of a shape under {@code t}, two decimals; empty for an empty shape. */
    static String pathData(Shape s, AffineTransform t) {
        StringBuilder b = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(t); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> b.append('M').append(p(c[0])).append(' ').append(p(c[1]));
                case PathIterator.SEG_LINETO -> b.append('L').append(p(c[0])).append(' ').append(p(c[1]));
                case PathIterator.SEG_QUADTO -> b.append('Q').append(p(c[0])).append(' ').append(p(c[1])).append(' ')
                        .append(p(c[2])).append(' ').append(p(c[3]));
                case PathIterator.SEG_CUBICTO -> b.append('C').append(p(c[0])).append(' ').append(p(c[1])).append(' ')
                        .append(p(c[2])).append(' ').append(p(c[3])).append(' ').append(p(c[4])).append(' ')
                        .append(p(c[5]));
                default -> b.append('Z');
            }
        }
        return b.toString();
    }

    private static String p(double v) {
        double r = Math.round(v * 100) / 100.0;
        return SvgSketch.n(r == 0 ? 0 : r);
    }
}
