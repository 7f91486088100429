package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's launcher makes AWT headless before anything can touch it (issue 12): AWT opening its own X11
 * connection on the math warm-up thread while GTK opened JavaFX's could hang the start-up for good.
 */
class MainAwtTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty("java.awt.headless");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("java.awt.headless");
        } else {
            System.setProperty("java.awt.headless", saved);
        }
    }

    @Test
    void awtIsHeadlessUnlessTheUserSaidOtherwise() {
        System.clearProperty("java.awt.headless");
        Main.configureAwt();
        assertEquals("true", System.getProperty("java.awt.headless"));
        System.setProperty("java.awt.headless", "false");
        Main.configureAwt();
        assertEquals("false", System.getProperty("java.awt.headless"), "an explicit choice is kept");
    }

    @Test
    void theMathWarmUpStartsOnlyAfterAwtIsConfigured() throws Exception {
        // N.B. the order in Main.main: a warm-up started first could initialise AWT with a display
        String src = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/org/hopfieldstudio/ui/Main.java"));
        String main = src.substring(src.indexOf("public static void main"));
        int awt = main.indexOf("configureAwt();");
        int warmup = main.indexOf("MathWarmup.start();");
        assertEquals(true, awt >= 0 && warmup > awt, "configureAwt() precedes MathWarmup.start() in main");
    }
}
