package org.hopfieldstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** WritableImage needs the toolkit, hence the (headless) TestFX extension. */
@ExtendWith(ApplicationExtension.class)
class ImagesTest {
    @Test
    void crispImageRepeatsEveryPixelAsAWholeBlock() {
        int[] argb = {0xff000000, 0xffffffff, 0xffff0000, 0xff0000ff, 0xff00ff00, 0xff123456};
        WritableImage img = Images.fromArgbCrisp(argb, 3, 2);
        int k = Images.CRISP_SIDE / 3;
        assertEquals(3 * k, (int) img.getWidth());
        assertEquals(2 * k, (int) img.getHeight());
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                int want = argb[y * 3 + x];
                assertEquals(want, r.getArgb(x * k, y * k));
                assertEquals(want, r.getArgb(x * k + k - 1, y * k + k - 1));
            }
        }
    }

    @Test
    void largeImageIsNotMagnified() {
        int[] argb = new int[1000 * 1000];
        WritableImage img = Images.fromArgbCrisp(argb, 1000, 1000);
        assertEquals(1000, (int) img.getWidth());
    }
}
