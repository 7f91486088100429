package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {
    @Test
    void everyIconSizeIsInTheJarAsASquarePngOfThatSize() throws IOException {
        for (int size : AppIcons.SIZES) {
            URL url = AppIcons.resource(size);
            assertNotNull(url, "icon " + size + " px copied from assets/icon by the build");
            BufferedImage image = ImageIO.read(url);
            assertEquals(size, image.getWidth(), "width of the " + size + " px icon");
            assertEquals(size, image.getHeight(), "height of the " + size + " px icon");
        }
    }

    @Test
    void iconShowsTheMemoryAsBrightCellsOnADarkTile() throws IOException {
        BufferedImage image = ImageIO.read(AppIcons.resource(256));
        // the apex of the "A" (row 0, column 3 of the 7x7 grid) is a +1 cell, amber; the tile's corner is transparent
        int cell = image.getRGB(128, 53);
        assertTrue(((cell >> 16) & 0xff) > 200 && ((cell >> 8) & 0xff) > 150 && (cell & 0xff) < 120,
                Integer.toHexString(cell));
        assertEquals(0, image.getRGB(0, 0) >>> 24, "transparent corner");
    }
}
