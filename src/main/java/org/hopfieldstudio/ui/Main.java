package org.hopfieldstudio.ui;

import javafx.application.Application;

/**
 * Launcher. N.B. a plain class (not an Application subclass) so that the app starts from a classpath jar
 * without JavaFX modules on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(HopfieldStudioApp.class, args);
    }
}
