package org.hopfieldstudio.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    @Test
    void zoomStepsRunFrom75To250PercentAndStopAtTheEnds() {
        Theme t = new Theme();
        List<Double> up = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            t.zoomIn();
            up.add(t.zoom());
        }
        assertEquals(2.5, t.zoom());
        assertEquals(List.of(1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5), up);
        for (int k = 0; k < 20; k++) {
            t.zoomOut();
        }
        assertEquals(0.75, t.zoom());
        t.resetZoom();
        assertEquals(1.0, t.zoom());
    }

    @Test
    void setZoomClampsAndIgnoresNaN() {
        Theme t = new Theme();
        t.setZoom(9);
        assertEquals(2.5, t.zoom());
        t.setZoom(0.1);
        assertEquals(0.75, t.zoom());
        t.setZoom(Double.NaN);
        assertEquals(0.75, t.zoom());
        t.setZoom(1.333333);
        assertEquals(1.33, t.zoom());
        assertEquals("133 %", t.zoomText());
    }

    @Test
    void plotStyleScalesTextAndLinesWithZoomAndPalette() {
        Theme t = new Theme();
        PlotStyle at100 = t.plotStyle();
        t.setZoom(2);
        PlotStyle at200 = t.plotStyle();
        assertEquals(2 * at100.fontSize(), at200.fontSize(), 1e-9);
        assertEquals(2 * at100.line(1), at200.line(1), 1e-9);
        assertEquals(26, t.rootFontPx(), 1e-9);
        t.paletteProperty().set(Palette.PROJECTOR);
        PlotStyle projector = t.plotStyle();
        assertTrue(projector.fontSize() > at200.fontSize(), "projector plot text is larger");
        assertTrue(projector.line(1) > at200.line(1), "projector lines are thicker");
        assertEquals(at200.px(10), projector.px(10), 1e-9, "margins follow the zoom alone");
        t.paletteProperty().set(Palette.DARK);
        assertNotEquals(at100.background(), t.plotStyle().background());
        assertTrue(t.plotStyle().background().getBrightness() < 0.2 && t.plotStyle().ink().getBrightness() > 0.8);
    }

    @Test
    void nullPaletteKeepsThePreviousOne() {
        Theme t = new Theme();
        t.paletteProperty().set(Palette.DARK);
        t.paletteProperty().set(null);
        assertEquals(Palette.DARK, t.palette());
    }

    @Test
    void everyPaletteHasItsStylesheetAndAnAtlantaFxBase() {
        for (Palette p : Palette.values()) {
            assertTrue(p.stylesheet().endsWith(p.id() + ".css"));
            assertTrue(Palette.class.getResource(p.userAgentStylesheet()) != null, p + " user agent sheet exists");
            assertEquals(p, Palette.parse(p.id().toUpperCase()).orElseThrow());
        }
        assertTrue(Palette.parse("bogus").isEmpty());
    }

    /**
     * Every {@code -hs-*} colour the app's stylesheets and code look up (status bar, error and caution colours
     * included) is defined by each palette's own sheet, so no palette falls back to the normal palette's value.
     */
    @Test
    void everyPaletteDefinesEveryColourVariableTheAppUses() throws IOException {
        java.util.Set<String> used = new java.util.TreeSet<>();
        java.util.regex.Pattern var = java.util.regex.Pattern.compile("-hs-[a-z-]+[a-z]");
        for (Path root : List.of(Path.of("src/main/resources/org/hopfieldstudio"), Path.of("src/main/java"))) {
            try (var files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".css") || f.toString().endsWith(".java"))
                        .toList()) {
                    var m = var.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group());
                    }
                }
            }
        }
        assertTrue(used.contains("-hs-error") && used.contains("-hs-statusbar-bg"), "found the variables: " + used);
        for (Palette p : Palette.values()) {
            String css = Files.readString(Path.of("src/main/resources/org/hopfieldstudio/ui/theme/" + p.id() + ".css"));
            List<String> missing = new ArrayList<>();
            for (String v : used) {
                if (!css.contains(v + ":")) {
                    missing.add(v);
                }
            }
            assertEquals(List.of(), missing, p + " palette's sheet lacks these variables");
        }
    }

    /**
     * Views' stylesheets take their colours from the palette's variables, so that they read right in dark and
     * projector (the lessons drawer's greens were hard-coded and stayed dark green on the dark palette). Only the
     * palettes and studio.css's defaults name colours; the semi-transparent shadows and scrims are no colour.
     */
    @Test
    void viewStylesheetsNameNoColourOfTheirOwn() throws IOException {
        java.util.regex.Pattern hex = java.util.regex.Pattern.compile("#[0-9a-fA-F]{3,8}\\b");
        List<String> found = new ArrayList<>();
        int checked = 0;
        try (var files = Files.walk(Path.of("src/main/resources/org/hopfieldstudio/ui"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                if (f.getParent().endsWith("theme") || f.getFileName().toString().equals("studio.css")) {
                    continue;
                }
                checked++;
                var m = hex.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertTrue(checked >= 5, "found the views' stylesheets (" + checked + ")");
        assertEquals(List.of(), found);
    }

    @Test
    void settingsRoundTripThroughTheConfigFile(@TempDir Path dir) throws IOException {
        ThemeSettings settings = new ThemeSettings(dir.resolve("sub").resolve(ThemeSettings.FILE));
        Theme t = new Theme();
        List<String> problems = new ArrayList<>();
        settings.saveOnChange(t, problems::add);
        t.paletteProperty().set(Palette.PROJECTOR);
        t.setZoom(1.75);
        Theme restored = new Theme();
        settings.loadInto(restored, problems::add);
        assertEquals(Palette.PROJECTOR, restored.palette());
        assertEquals(1.75, restored.zoom());
        assertEquals(List.of(), problems);
    }

    @Test
    void badSettingsAreReportedAndIgnored(@TempDir Path dir) throws IOException {
        Path f = dir.resolve(ThemeSettings.FILE);
        Files.writeString(f, "palette=neon\nzoom=big\n");
        Theme t = new Theme();
        List<String> problems = new ArrayList<>();
        new ThemeSettings(f).loadInto(t, problems::add);
        assertEquals(Palette.NORMAL, t.palette());
        assertEquals(1.0, t.zoom());
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("neon") && problems.get(0).contains("View"), problems.get(0));
    }

    @Test
    void aFailedSaveIsReportedAndTheChoiceStillHolds(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        ThemeSettings settings = new ThemeSettings(blocker.resolve(ThemeSettings.FILE)); // parent is a file
        Theme t = new Theme();
        List<String> problems = new ArrayList<>();
        settings.saveOnChange(t, problems::add);
        t.paletteProperty().set(Palette.DARK);
        assertEquals(Palette.DARK, t.palette());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("until you quit"));
    }

    @Test
    void testsNeverWriteToTheRealConfigDir() {
        assertTrue(ThemeSettings.configDir().toString().contains("test-config"),
                "surefire sets hopfield.config.dir: " + ThemeSettings.configDir());
    }
}
