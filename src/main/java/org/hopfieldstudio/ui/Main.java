package org.hopfieldstudio.ui;

import javafx.application.Application;

/**
 * Launcher. N.B. a plain class (not an Application subclass) so that the app starts from a classpath jar
 * without JavaFX modules on the module path.
 *
 * <p>Start-up time (issue 12): JLaTeXMath's fonts are read on a background thread while JavaFX starts
 * ({@link org.hopfieldstudio.ui.math.MathWarmup}), and the window's first frame shows the Memory tab before the
 * other tabs join the scene ({@link StartupStaging}). {@code -Dhopfield.startup.warmup=false} and
 * {@code -Dhopfield.startup.staging=false} turn either off (to measure what each saves).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        configureAwt();
        if (!"false".equals(System.getProperty("hopfield.startup.warmup"))) {
            org.hopfieldstudio.ui.math.MathWarmup.start();
        }
        HopfieldStudioApp.stagedStart = !"false".equals(System.getProperty("hopfield.startup.staging"));
        if (HopfieldStudioApp.stagedStart) {
            // the workers of the tabs not on show and the autosave start after the first frame (UiExecutors)
            org.hopfieldstudio.ui.common.UiExecutors.holdUntilFirstFrame();
        }
        Application.launch(HopfieldStudioApp.class, args);
    }

    /**
     * AWT headless unless the user chose otherwise ({@code -Djava.awt.headless=false}). The app uses AWT only for
     * fonts and images (JLaTeXMath's glyphs, FXGraphics2D, ImageIO), never a window of its own. Not headless, the math
     * warm-up's first font made AWT open its own X11 connection ({@code X11GraphicsEnvironment.initDisplay}) while the
     * JavaFX launcher thread opened GTK's ({@code GtkApplication._initGTK}): once in about sixty start-ups under load
     * the two native calls hung for good and the window never came (two thread dumps, 10 minutes apart). Headless,
     * AWT never connects to the display, and the start-up skips that work.
     */
    static void configureAwt() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
