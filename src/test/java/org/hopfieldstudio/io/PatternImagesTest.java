package org.hopfieldstudio.io;

import org.hopfieldstudio.core.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternImagesTest {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private static BufferedImage image(int w, int h, int... argbRowMajor) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, w, h, argbRowMajor, 0, w);
        return img;
    }

    @ParameterizedTest(name = "{0} pixels per cell")
    @ValueSource(ints = {1, 3, 8})
    void exportedPngImportsBackAsTheSamePattern(int cellPixels, @TempDir Path dir) throws Exception {
        Pattern p = Pattern.random("glyph", 17, 23, new SplittableRandom(cellPixels));
        Path file = dir.resolve("glyph.png");
        PatternImages.exportPng(p, file, cellPixels);
        assertEquals(p, PatternImages.importPng(file, 17, 23, 0.5, false));
    }

    @Test
    void bundledLetterSurvivesExportAndImport(@TempDir Path dir) throws Exception {
        Pattern b = PatternLibrary.load("blocks100").get(0);
        Path file = dir.resolve("B.png");
        PatternImages.exportPng(b, file, 2);
        assertEquals(b, PatternImages.importPng(file, 100, 100, 0.5, false));
    }

    @Test
    void cellsAverageTheAreaTheyCoverIncludingCutPixels() {
        // 3 pixels over 2 cells: each cell covers 1.5 pixels, the middle white pixel is shared half and half
        double[] lum = PatternImages.cellLuminance(image(3, 1, BLACK, WHITE, BLACK), 1, 2);
        assertArrayEquals(new double[]{1 / 3.0, 1 / 3.0}, lum, 1e-12);
    }

    @Test
    void darkCellBelowThresholdIsBlackPlusOne() {
        BufferedImage img = image(4, 1, BLACK, BLACK, BLACK, WHITE); // mean luminance 0.25
        assertEquals(1, PatternImages.fromImage(img, "p", 1, 1, 0.5, false).get(0));
        assertEquals(-1, PatternImages.fromImage(img, "p", 1, 1, 0.2, false).get(0));
    }

    @Test
    void invertSwapsBlackAndWhite() {
        BufferedImage img = image(2, 1, BLACK, WHITE);
        Pattern p = PatternImages.fromImage(img, "p", 1, 2, 0.5, true);
        assertEquals(-1, p.get(0));
        assertEquals(1, p.get(1));
    }

    @Test
    void transparentPixelsCountAsWhite() {
        BufferedImage img = image(2, 1, 0x00000000, 0x80000000);
        double[] lum = PatternImages.cellLuminance(img, 1, 2);
        assertEquals(1.0, lum[0], 1e-12);
        assertEquals(1 - 128 / 255.0, lum[1], 1e-12);
    }

    @Test
    void largerImageIsDownscaledByAveragingNotSampling() {
        // a 1-pixel black grid line every 4 pixels: nearest-neighbour sampling at cell corners would see
        // only black; the area mean of each 4×4 cell is 7/16 black
        int n = 16;
        int[] px = new int[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                px[y * n + x] = (x % 4 == 0 || y % 4 == 0) ? BLACK : WHITE;
            }
        }
        double[] lum = PatternImages.cellLuminance(image(n, n, px), 4, 4);
        for (double v : lum) {
            assertEquals(9 / 16.0, v, 1e-12);
        }
    }

    @Test
    void nonImageFileIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "pattern A 1x1\n#\n");
        PatternFormatException e = assertThrows(PatternFormatException.class,
                () -> PatternImages.importPng(file, 10, 10, 0.5, false));
        assertTrue(e.getMessage().startsWith("notes.txt: not an image file"), e.getMessage());
    }

    @Test
    void truncatedPngIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.png");
        PatternImages.exportPng(Pattern.blank("x", 10, 10), good, 4);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(bytes, 40));
        PatternFormatException e = assertThrows(PatternFormatException.class,
                () -> PatternImages.importPng(cut, 10, 10, 0.5, false));
        assertTrue(e.getMessage().startsWith("cut.png: "), e.getMessage());
    }

    @Test
    void gridOutsideTheFileLimitsIsRefused() {
        BufferedImage img = image(1, 1, WHITE);
        assertThrows(IllegalArgumentException.class, () -> PatternImages.fromImage(img, "p", 0, 5, 0.5, false));
        assertThrows(IllegalArgumentException.class, () -> PatternImages.fromImage(img, "p", 5, 201, 0.5, false));
    }
}
