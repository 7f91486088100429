package org.hopfieldstudio.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Palette and zoom of the whole window, observable. Zoom is the root font size (13 px × zoom); every size in the
 * app's CSS is in em, and canvases draw with {@link #plotStyleProperty()}, so one number scales controls, text, grid
 * lines and plots alike. Commands: {@link #zoomIn()}, {@link #zoomOut()}, {@link #resetZoom()},
 * {@link #setZoom(double)}, and the palette property.
 */
public final class Theme {
    /** The root font size in px at 100 %. */
    public static final double BASE_FONT_PX = 13;
    public static final double MIN_ZOOM = 0.75;
    public static final double MAX_ZOOM = 2.5;
    /** The zoom steps of Ctrl+= and Ctrl+−, as in a web browser. */
    public static final double[] STEPS = {0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5};

    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.NORMAL);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<PlotStyle> plotStyle = new ReadOnlyObjectWrapper<>(this, "plotStyle");

    public Theme() {
        palette.addListener((o, a, b) -> {
            if (b == null) {
                palette.set(a == null ? Palette.NORMAL : a);
            }
        });
        plotStyle.bind(Bindings.createObjectBinding(
                () -> (palette.get() == null ? Palette.NORMAL : palette.get()).plotStyle(zoom.get()), palette, zoom));
    }

    /** The palette; never null (setting null keeps the previous one). */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    public Palette palette() {
        return palette.get();
    }

    /** Zoom factor, 0.75…2.5 (1 = 100 %). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double zoom() {
        return zoom.get();
    }

    /** Sets the zoom, clamped to 75 %–250 % and rounded to whole per cent. NaN is ignored. */
    public void setZoom(double z) {
        if (Double.isNaN(z)) {
            return;
        }
        double c = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        zoom.set(Math.round(c * 100) / 100.0);
    }

    /** The next larger step (Ctrl+=); stays at 250 %. */
    public void zoomIn() {
        for (double s : STEPS) {
            if (s > zoom.get() + 1e-9) {
                setZoom(s);
                return;
            }
        }
    }

    /** The next smaller step (Ctrl+−); stays at 75 %. */
    public void zoomOut() {
        for (int k = STEPS.length - 1; k >= 0; k--) {
            if (STEPS[k] < zoom.get() - 1e-9) {
                setZoom(STEPS[k]);
                return;
            }
        }
    }

    /** 100 % (Ctrl+0). */
    public void resetZoom() {
        setZoom(1.0);
    }

    /** What canvases draw with: the palette's colours, text and lines scaled by the zoom. */
    public ReadOnlyObjectProperty<PlotStyle> plotStyleProperty() {
        return plotStyle.getReadOnlyProperty();
    }

    public PlotStyle plotStyle() {
        return plotStyle.get();
    }

    /** The root font size in px (13 × zoom). */
    public double rootFontPx() {
        return BASE_FONT_PX * zoom.get();
    }

    /** "125 %". */
    public String zoomText() {
        return Math.round(zoom.get() * 100) + " %";
    }

    /**
     * Styles {@code scene} with this theme from now on: the palette's AtlantaFX stylesheet as the scene's user-agent
     * stylesheet, then {@code appStylesheets}, the palette's variables and the root font size as author stylesheets.
     * Stylesheets added to the scene by others stay (after the app's). {@link #of(Scene)} finds the theme again.
     */
    public void install(Scene scene, String... appStylesheets) {
        scene.getProperties().put(Theme.class, this);
        List<String> app = List.of(appStylesheets);
        scene.getProperties().put(APP_SHEETS, app);
        Runnable apply = () -> {
            scene.setUserAgentStylesheet(palette().userAgentStylesheet());
            List<String> others = new ArrayList<>(scene.getStylesheets());
            others.removeIf(s -> app.contains(s) || isOwn(s));
            List<String> sheets = new ArrayList<>(app);
            sheets.addAll(others);
            sheets.add(palette().stylesheet());
            sheets.add(zoomStylesheet());
            scene.getStylesheets().setAll(sheets);
        };
        apply.run();
        // N.B. the scene's properties map holds these listeners' owner (the theme) strongly; the theme lives as long
        // as the window
        palette.addListener(o -> apply.run());
        zoom.addListener(o -> apply.run());
    }

    private static final String APP_SHEETS = Theme.class.getName() + "#appStylesheets";

    /**
     * Styles {@code scene} (a dialog's, an alert's) like {@code owner}: the theme installed there, with the same
     * app stylesheets, following its palette and zoom from now on. Returns false (and does nothing) when
     * {@code owner} has no theme or {@code scene} already has one.
     */
    @SuppressWarnings("unchecked")
    public static boolean adopt(Scene scene, Scene owner) {
        if (scene == null || of(scene).isPresent()) {
            return false;
        }
        Optional<Theme> theme = of(owner);
        theme.ifPresent(t -> {
            List<String> app = (List<String>) owner.getProperties().getOrDefault(APP_SHEETS, List.of());
            t.install(scene, app.toArray(String[]::new));
            if (scene.getRoot() != null && owner.getRoot() != null) {
                // N.B. the root style class carries the app's rules (.studio …)
                for (String c : owner.getRoot().getStyleClass()) {
                    if (!scene.getRoot().getStyleClass().contains(c) && !c.equals("root")) {
                        scene.getRoot().getStyleClass().add(c);
                    }
                }
            }
        });
        return theme.isPresent();
    }

    /**
     * From now on every window the app opens over a themed window (dialogs, alerts, the animation export window:
     * any {@link javafx.stage.Stage} whose owner chain reaches a themed scene) gets that theme as it is shown, so it
     * follows the palette and the zoom. Popups (menus, tooltips) take the owner's stylesheets from JavaFX already.
     * Call once, on the FX thread.
     */
    public static void themeOwnedWindows() {
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    adoptFromOwner(w);
                }
            }
        });
    }

    /** Gives {@code w} the theme of the first themed window up its owner chain; false if there is none. */
    public static boolean adoptFromOwner(javafx.stage.Window w) {
        if (!(w instanceof javafx.stage.Stage stage) || stage.getScene() == null) {
            return false;
        }
        for (javafx.stage.Window o = stage.getOwner(); o != null;
                o = o instanceof javafx.stage.Stage s ? s.getOwner() : null) {
            if (of(o.getScene()).isPresent()) {
                return adopt(stage.getScene(), o.getScene());
            }
        }
        return false;
    }

    /** The theme installed on {@code scene}, if any. */
    public static Optional<Theme> of(Scene scene) {
        return scene == null ? Optional.empty()
                : Optional.ofNullable((Theme) scene.getProperties().get(Theme.class));
    }

    private static boolean isOwn(String sheet) {
        if (sheet.startsWith(ZOOM_PREFIX)) {
            return true;
        }
        for (Palette p : Palette.values()) {
            if (sheet.equals(p.stylesheet())) {
                return true;
            }
        }
        return false;
    }

    private static final String ZOOM_PREFIX = "data:text/css;base64,";

    /** A one-rule stylesheet: the root font size. */
    String zoomStylesheet() {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }%n", rootFontPx());
        return ZOOM_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
