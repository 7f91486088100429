package org.hopfieldstudio.ui.theme;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Remembers palette and zoom between starts in {@code presentation.properties} in the user's config directory:
 * the system property {@code hopfield.config.dir} if set (tests set it, so they never touch the real home), else
 * {@code $XDG_CONFIG_HOME/hopfield-studio}, {@code %APPDATA%\HopfieldStudio} on Windows,
 * {@code ~/Library/Application Support/HopfieldStudio} on macOS, {@code ~/.config/hopfield-studio} elsewhere.
 */
public final class ThemeSettings {
    public static final String CONFIG_DIR_PROPERTY = "hopfield.config.dir";
    static final String FILE = "presentation.properties";

    private final Path file;

    public ThemeSettings(Path file) {
        this.file = file;
    }

    /** Settings in the default config directory (see the class comment). */
    public static ThemeSettings standard() {
        return new ThemeSettings(configDir().resolve(FILE));
    }

    public Path file() {
        return file;
    }

    static Path configDir() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "HopfieldStudio");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "HopfieldStudio");
        }
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "hopfield-studio");
        }
        return Path.of(home, ".config", "hopfield-studio");
    }

    /**
     * Applies the saved palette and zoom to {@code theme} (modified). A missing file changes nothing; an unreadable
     * one or unknown values are reported to {@code problem} and ignored (the defaults stay).
     */
    public void loadInto(Theme theme, Consumer<String> problem) {
        if (!Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            problem.accept("Could not read the presentation settings " + file + " (" + e.getMessage()
                    + "); using the normal palette at 100 %.");
            return;
        }
        String pal = p.getProperty("palette");
        if (pal != null) {
            Palette.parse(pal).ifPresentOrElse(theme.paletteProperty()::set,
                    () -> problem.accept("Unknown palette \"" + pal + "\" in " + file + "; using "
                            + theme.palette().label() + ". Choose one in View ▸ Palette."));
        }
        String z = p.getProperty("zoom");
        if (z != null) {
            try {
                theme.setZoom(Double.parseDouble(z.trim()));
            } catch (NumberFormatException e) {
                problem.accept("Zoom \"" + z + "\" in " + file + " is not a number; using 100 %.");
            }
        }
    }

    /** Writes palette and zoom. */
    public void save(Theme theme) throws IOException {
        Properties p = new Properties();
        p.setProperty("palette", theme.palette().id());
        p.setProperty("zoom", Double.toString(theme.zoom()));
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Hopfield Studio presentation settings (View menu)");
        }
    }

    /** Saves whenever palette or zoom changes; a failed save is reported to {@code problem} (the choice still holds). */
    public void saveOnChange(Theme theme, Consumer<String> problem) {
        Runnable save = () -> {
            try {
                save(theme);
            } catch (IOException | RuntimeException e) {
                problem.accept("Could not save the presentation settings to " + file + " (" + e
                        + "); the palette and zoom apply until you quit.");
            }
        };
        theme.paletteProperty().addListener(o -> save.run());
        theme.zoomProperty().addListener(o -> save.run());
    }
}
