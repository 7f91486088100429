package org.hopfieldstudio.ui.math;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.hopfieldstudio.ui.common.Tips;

/**
 * A typeset formula: JLaTeXMath drawn on a canvas. Its size is the CSS font size ({@code -fx-font-size}, inherited,
 * so it follows the window's zoom) and its colour the CSS {@code -fx-text-fill} (set from the palette's looked-up
 * colours in studio.css). It breaks into lines to fit its width (content bias horizontal), so a narrow side
 * panel wraps it instead of clipping it. The plain-text form is the tooltip and the accessible text; when the
 * LaTeX does not parse, the plain form is drawn instead.
 *
 * <p>Style class {@code formula-view}.
 */
public final class FormulaView extends Region {
    public static final String STYLE_CLASS = "formula-view";

    private static final CssMetaData<FormulaView, Font> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(FormulaView n) {
            return !n.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(FormulaView n) {
            return n.font;
        }
    };
    private static final CssMetaData<FormulaView, Paint> TEXT_FILL = new CssMetaData<>("-fx-text-fill",
            StyleConverter.getPaintConverter(), Color.BLACK) {
        @Override
        public boolean isSettable(FormulaView n) {
            return !n.textFill.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(FormulaView n) {
            return n.textFill;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> META;

    static {
        List<CssMetaData<? extends Styleable, ?>> m = new ArrayList<>(Region.getClassCssMetaData());
        m.add(FONT);
        m.add(TEXT_FILL);
        META = Collections.unmodifiableList(m);
    }

    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font",
            Font.getDefault());
    private final StyleableObjectProperty<Paint> textFill = new SimpleStyleableObjectProperty<>(TEXT_FILL, this,
            "textFill", Color.BLACK);
    private final ObjectProperty<Tex> tex = new SimpleObjectProperty<>(this, "tex");
    private final Canvas canvas = new Canvas();
    /** The tooltip's text (the tooltip itself is made on first hover, {@link Tips}). */
    private final javafx.beans.property.StringProperty tip = new javafx.beans.property.SimpleStringProperty(this, "tip", "");
    private TeXIcon laidOut;
    private double laidOutWidth = -2;

    public FormulaView() {
        this(null);
    }

    public FormulaView(Tex formula) {
        MathFonts.register();
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.TEXT);
        tex.addListener((o, a, t) -> changed());
        font.addListener((o, a, f) -> changed());
        textFill.addListener((o, a, f) -> changed());
        tex.set(formula);
    }

    public ObjectProperty<Tex> texProperty() {
        return tex;
    }

    public Tex getTex() {
        return tex.get();
    }

    public void setTex(Tex t) {
        tex.set(t);
    }

    /** The plain-text form shown (tooltip, accessibility); empty without a formula. */
    public String plainText() {
        Tex t = tex.get();
        return t == null ? "" : t.plain();
    }

    /** The font size in pixels the formula is set at (from CSS). */
    public double fontSize() {
        return font.get().getSize();
    }

    /** The colour the formula is drawn in (from CSS). */
    public Paint textFill() {
        return textFill.get();
    }

    private void changed() {
        laidOut = null;
        laidOutWidth = -2;
        String plain = plainText();
        setAccessibleText(plain);
        tip.set(plain);
        if (plain.isEmpty()) {
            Tips.remove(this);
        } else {
            Tips.bind(this, tip, t -> {
                t.setWrapText(true);
                t.setMaxWidth(600);
            });
        }
        requestLayout();
    }

    private TeXIcon icon(double width) {
        Tex t = tex.get();
        if (t == null) {
            return null;
        }
        if (laidOut != null && laidOutWidth == width) {
            return laidOut;
        }
        Paint p = textFill.get();
        Color c = p instanceof Color col ? col : Color.BLACK;
        Tex shown = t.valid() ? t : new Tex("\\text{" + t.plain().replaceAll("[\\\\{}$&#^_%~]", " ") + "}", t.plain());
        laidOut = shown.icon(fontSize(), width, TexPainter.awt(c));
        // N.B. JLaTeXMath's line breaking may leave a line a little wider than asked (the crosstalk formula at
        // 1280×720 at 200 % ran past the tab's edge by a glyph): ask again for a narrower width until it fits
        for (int k = 1; width > 0 && laidOut.getIconWidth() > width + 0.5 && k <= 6; k++) {
            laidOut = shown.icon(fontSize(), width * (1 - 0.06 * k), TexPainter.awt(c));
        }
        laidOutWidth = width;
        return laidOut;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        TeXIcon i = icon(-1);
        return snappedLeftInset() + snappedRightInset() + (i == null ? 0 : i.getIconWidth());
    }

    @Override
    protected double computeMinWidth(double height) {
        // N.B. small, so a narrow panel makes the formula break into lines rather than clip it
        return Math.min(computePrefWidth(height), snappedLeftInset() + snappedRightInset() + fontSize() * 8);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        TeXIcon i = icon(inner < 0 || inner >= computePrefWidth(-1) - snappedLeftInset() - snappedRightInset() ? -1 : inner);
        return snappedTopInset() + snappedBottomInset() + (i == null ? 0 : i.getIconHeight());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /**
     * The formula's own baseline, so that a formula inside running text (a TextFlow, an HBox aligned on baselines)
     * sits on the line like the words around it rather than with its bottom on the baseline.
     */
    @Override
    public double getBaselineOffset() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        TeXIcon i = icon(getWidth() <= 0 || inner >= computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
                ? -1 : inner);
        return i == null ? super.getBaselineOffset() : snappedTopInset() + i.getIconHeight() - i.getIconDepth();
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        TeXIcon i = icon(inner >= computePrefWidth(-1) - snappedLeftInset() - snappedRightInset() ? -1 : inner);
        double w = i == null ? 0 : i.getIconWidth();
        double h = i == null ? 0 : i.getIconHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (i != null) {
            TexPainter.paint(g, i, 0, 0);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return META;
    }
}
