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
        if (!"false".equals(System.getProperty("hopfield.startup.warmup"))) {
            org.hopfieldstudio.ui.math.MathWarmup.start();
        }
        HopfieldStudioApp.stagedStart = !"false".equals(System.getProperty("hopfield.startup.staging"));
        Application.launch(HopfieldStudioApp.class, args);
    }
}
