package org.hopfieldstudio.ui;

import javafx.application.Application;

/**
 * Launcher for {@link ViewsDemoApp} (a main class that is not itself an Application, so the plain classpath
 * launch works without JavaFX modules on the module path).
 */
public final class ViewsDemo {
    private ViewsDemo() {
    }

    public static void main(String[] args) {
        Application.launch(ViewsDemoApp.class, args);
    }
}
