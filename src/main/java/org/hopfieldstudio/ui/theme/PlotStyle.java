package org.hopfieldstudio.ui.theme;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * What canvas drawing needs from the theme: the palette's colours and, already multiplied by the zoom (and by the
 * projector palette's larger text and thicker lines), the text size and line width. Immutable; a new one is made
 * whenever the palette or the zoom changes.
 *
 * @param palette      the palette it came from
 * @param background   plot background
 * @param ink          text, axes and frames
 * @param muted        secondary text (captions, minor labels)
 * @param grid         grid lines inside a plot
 * @param accent       highlight colour (selection, current point)
 * @param warning      limits, errors, markers that must stand out
 * @param series       colours for data series, in order (colour-blind safe in the light palettes)
 * @param fontSize     text size in px for plot text at 1 em (13 px × zoom × the palette's text scale)
 * @param lineScale    multiply a base line width (1 px at 100 %) by this
 * @param zoom         the zoom factor alone (1 = 100 %), for sizes that must not grow with the projector's scales
 */
public record PlotStyle(Palette palette, Color background, Color ink, Color muted, Color grid, Color accent,
        Color warning, List<Color> series, double fontSize, double lineScale, double zoom) {
    /** Normal palette at 100 %: what a node gets outside a themed scene (tests, demos). */
    public static final PlotStyle DEFAULT = Palette.NORMAL.plotStyle(1.0);

    /** The series colour {@code k}, cycling. */
    public Color series(int k) {
        return series.get(Math.floorMod(k, series.size()));
    }

    /** Plot text of {@code em} times the base size (e.g. 1.3 for a title), regular weight. */
    public Font font(double em) {
        return Font.font("System", fontSize * em);
    }

    /** Bold plot text of {@code em} times the base size. */
    public Font boldFont(double em) {
        return Font.font("System", FontWeight.BOLD, fontSize * em);
    }

    /** A line width: {@code basePx} at 100 % in the normal palette. */
    public double line(double basePx) {
        return basePx * lineScale;
    }

    /** A length that follows the zoom only (margins, marker radii, tick lengths): {@code basePx} at 100 %. */
    public double px(double basePx) {
        return basePx * zoom;
    }

    /** Text size relative to 100 % normal, for margins that must make room for text. */
    public double textScale() {
        return fontSize / Theme.BASE_FONT_PX;
    }

    /**
     * Calls {@code onChange} now and whenever the style of {@code node}'s scene changes (palette, zoom, or the node
     * moving to another scene). Outside a themed scene the style is {@link #DEFAULT}. The node holds the listeners,
     * so they live as long as the node does; a node that leaves its scene stops listening to that scene's theme.
     */
    public static void follow(Node node, Consumer<PlotStyle> onChange) {
        InvalidationListener styleChanged = o -> onChange.accept(of(node));
        ChangeListener<Scene> sceneChanged = (o, oldScene, newScene) -> {
            Theme.of(oldScene).ifPresent(t -> t.plotStyleProperty().removeListener(styleChanged));
            Theme.of(newScene).ifPresent(t -> t.plotStyleProperty().addListener(styleChanged));
            onChange.accept(of(node));
        };
        node.getProperties().put(PlotStyle.class.getName() + "#" + System.identityHashCode(onChange),
                new Object[] {styleChanged, sceneChanged});
        node.sceneProperty().addListener(sceneChanged);
        Theme.of(node.getScene()).ifPresent(t -> t.plotStyleProperty().addListener(styleChanged));
        onChange.accept(of(node));
    }

    /** The style of the theme installed on {@code node}'s scene, or {@link #DEFAULT}. */
    public static PlotStyle of(Node node) {
        return Theme.of(node == null ? null : node.getScene()).map(Theme::plotStyle).orElse(DEFAULT);
    }
}
