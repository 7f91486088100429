package org.hopfieldstudio.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * The three palettes: an AtlantaFX base theme for the controls, the app's CSS variables on top
 * ({@code theme/<id>.css}) and the colours, text size and line widths that canvas drawing uses ({@link PlotStyle}).
 */
public enum Palette {
    /** Light, as the app always looked. */
    NORMAL("Normal", new PrimerLight().getUserAgentStylesheet(), false, 1.0, 1.0,
            Color.WHITE, Color.gray(0.12), Color.web("#5f6470"), Color.gray(0.88), Color.web("#2f6fdd"),
            Color.web("#b3261e"),
            List.of(Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#009e73"), Color.web("#cc79a7"),
                    Color.web("#e69f00"), Color.web("#56b4e9"), Color.web("#000000"))),
    /** Dark background for a dim room or a dark desktop. */
    DARK("Dark", new PrimerDark().getUserAgentStylesheet(), true, 1.0, 1.0,
            Color.web("#0d1117"), Color.web("#e6edf3"), Color.web("#9da7b3"), Color.web("#30363d"),
            Color.web("#58a6ff"), Color.web("#ff7b72"),
            List.of(Color.web("#58a6ff"), Color.web("#ffa657"), Color.web("#56d364"), Color.web("#f778ba"),
                    Color.web("#e3b341"), Color.web("#79c0ff"), Color.web("#e6edf3"))),
    /**
     * For a projector, read from the back of a room: light background (projectors wash out dark ones), black text,
     * saturated colours, plot text 25 % larger and lines 60 % thicker.
     */
    PROJECTOR("Projector", new PrimerLight().getUserAgentStylesheet(), false, 1.25, 1.6,
            Color.WHITE, Color.BLACK, Color.gray(0.2), Color.gray(0.75), Color.web("#0047b3"),
            Color.web("#a50000"),
            List.of(Color.web("#0047b3"), Color.web("#c43c00"), Color.web("#007a3d"), Color.web("#a0006e"),
                    Color.web("#b07800"), Color.web("#0086c0"), Color.BLACK));

    private final String label;
    private final String userAgentStylesheet;
    private final boolean dark;
    private final double textScale;
    private final double lineScale;
    private final Color background;
    private final Color ink;
    private final Color muted;
    private final Color grid;
    private final Color accent;
    private final Color warning;
    private final List<Color> series;

    Palette(String label, String userAgentStylesheet, boolean dark, double textScale, double lineScale,
            Color background, Color ink, Color muted, Color grid, Color accent, Color warning, List<Color> series) {
        this.label = label;
        this.userAgentStylesheet = userAgentStylesheet;
        this.dark = dark;
        this.textScale = textScale;
        this.lineScale = lineScale;
        this.background = background;
        this.ink = ink;
        this.muted = muted;
        this.grid = grid;
        this.accent = accent;
        this.warning = warning;
        this.series = series;
    }

    /** The name shown in the View menu. */
    public String label() {
        return label;
    }

    /** The id used in the settings file and for the stylesheet name, e.g. {@code projector}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isDark() {
        return dark;
    }

    /** The AtlantaFX theme's stylesheet (a classpath URL path starting with /atlantafx/). */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The app's CSS variables for this palette, as a URL. */
    public String stylesheet() {
        return Palette.class.getResource(id() + ".css").toExternalForm();
    }

    /** Plot text relative to the control text (1 except projector). */
    public double textScale() {
        return textScale;
    }

    /** Line widths relative to normal (1 except projector). */
    public double lineScale() {
        return lineScale;
    }

    /** The drawing style at this zoom (1 = 100 %). */
    public PlotStyle plotStyle(double zoom) {
        return new PlotStyle(this, background, ink, muted, grid, accent, warning, series,
                Theme.BASE_FONT_PX * zoom * textScale, zoom * lineScale, zoom);
    }

    /** The palette with this {@link #id()} or enum name, case-insensitive. */
    public static Optional<Palette> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (Palette p : values()) {
            if (p.id().equalsIgnoreCase(s.trim()) || p.label.equalsIgnoreCase(s.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
