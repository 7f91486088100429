package org.hopfieldstudio.io;

import java.nio.file.Path;

/**
 * Where the app keeps its own files (recent workspaces, recovery snapshots): the system property
 * {@code hopfield.dataDir} when set, else the platform's convention: {@code $XDG_DATA_HOME/hopfield-studio} or
 * {@code ~/.local/share/hopfield-studio} on Linux, {@code ~/Library/Application Support/Hopfield Studio} on macOS,
 * {@code %APPDATA%\Hopfield Studio} on Windows. Nothing is created here.
 */
public final class DataDir {
    /** The system property that overrides the data directory (tests point it at a temporary folder). */
    public static final String PROPERTY = "hopfield.dataDir";

    private DataDir() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Hopfield Studio");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Hopfield Studio");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share"))
                .resolve("hopfield-studio");
    }
}
