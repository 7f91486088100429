package org.hopfieldstudio.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** One bulk pixel write per image (STYLE habit 6). */
public final class Images {
    private Images() {
    }

    /** A {@code width × height} image from opaque ARGB pixels (row-major, not modified), in one setPixels. */
    public static WritableImage fromArgb(int[] argb, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return img;
    }
}
