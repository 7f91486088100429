package org.hopfieldstudio.ui.math;

import java.awt.Color;
import java.awt.Insets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula written once in LaTeX, with its plain-text (Unicode) form for tooltips, the CLI and screen readers.
 * {@link #icon} lays it out with JLaTeXMath at a pixel size, optionally broken into lines to fit a width.
 */
public record Tex(String latex, String plain) {
    private static final Map<String, TeXFormula> PARSED = new ConcurrentHashMap<>();

    public Tex {
        Objects.requireNonNull(latex);
        Objects.requireNonNull(plain);
    }

    /** A formula whose plain form is derived from the LaTeX by {@link TexPlain}. */
    public static Tex of(String latex) {
        return new Tex(latex, TexPlain.toPlain(latex));
    }

    /** Parses the LaTeX (cached); throws {@link ParseException} (unchecked) when it is not valid. */
    public TeXFormula formula() {
        MathWarmup.await(); // N.B. never initialise JLaTeXMath on two threads at once (class-initialisation deadlock)
        TeXFormula f = PARSED.get(latex);
        if (f == null) {
            f = new TeXFormula(latex);
            PARSED.put(latex, f);
        }
        return f;
    }

    /** Whether the LaTeX parses. */
    public boolean valid() {
        try {
            formula();
            return true;
        } catch (ParseException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The laid-out formula at {@code sizePx} (the font size in pixels), in {@code color}.
     *
     * @param maxWidth  break into lines (at relations and operators) to fit this width in pixels; ≤ 0 for one line
     */
    public TeXIcon icon(double sizePx, double maxWidth, Color color) {
        TeXFormula f = formula();
        TeXIcon icon;
        synchronized (f) {
            TeXFormula.TeXIconBuilder b = f.new TeXIconBuilder().setStyle(TeXConstants.STYLE_DISPLAY)
                    .setSize((float) sizePx);
            if (maxWidth > 0) {
                b.setWidth(TeXConstants.UNIT_PIXEL, (float) maxWidth, TeXConstants.ALIGN_LEFT)
                        .setIsMaxWidth(true)
                        .setInterLineSpacing(TeXConstants.UNIT_PIXEL, (float) (sizePx * 0.45));
            }
            icon = b.build();
        }
        icon.setInsets(new Insets(1, 1, 1, 1));
        icon.setForeground(color);
        return icon;
    }

    /**
     * The formula laid out inline (LaTeX's text style, as between {@code $…$}: smaller fractions and limits) on one
     * line, without insets, so that its baseline is at {@code getTrueIconHeight() − getTrueIconDepth()} from its top:
     * for symbols inside running plot text.
     */
    public TeXIcon inlineIcon(double sizePx, Color color) {
        TeXFormula f = formula();
        TeXIcon icon;
        synchronized (f) {
            icon = f.new TeXIconBuilder().setStyle(TeXConstants.STYLE_TEXT).setSize((float) sizePx).build();
        }
        // N.B. "true" insets: setInsets(Insets) alone adds 0.18 em on every side
        icon.setInsets(new Insets(0, 0, 0, 0), true);
        icon.setForeground(color);
        return icon;
    }
}
