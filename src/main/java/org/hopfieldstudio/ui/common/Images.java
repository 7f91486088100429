package org.hopfieldstudio.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** One bulk pixel write per image (STYLE habit 6). */
public final class Images {
    /** Small images are magnified by whole pixels until their longer side reaches about this many pixels. */
    public static final int CRISP_SIDE = 720;

    private Images() {
    }

    /** A {@code width × height} image from opaque ARGB pixels (row-major, not modified), in one setPixels. */
    public static WritableImage fromArgb(int[] argb, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        img.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return img;
    }

    /**
     * Like {@link #fromArgb}, but a small image is first magnified by an integer factor k (each pixel becomes a
     * k×k block) so that its longer side is at least about {@link #CRISP_SIDE}.
     *
     * <p>N.B. ImageView's {@code setSmooth(false)} is not honoured by every Prism pipeline: the software
     * renderer used on machines without a GPU filters a 10×10 receptive field into a blur when it scales it.
     * Magnifying by whole pixels first keeps every weight a crisp square whatever the pipeline; the image keeps
     * its aspect ratio, so relative positions (hover) map to the same pixel.
     */
    public static WritableImage fromArgbCrisp(int[] argb, int width, int height) {
        return fromArgbCrisp(argb, width, height, CRISP_SIDE);
    }

    /** {@link #fromArgbCrisp(int[], int, int)} magnified by the largest whole factor that stays within {@code side}. */
    public static WritableImage fromArgbCrisp(int[] argb, int width, int height, int side) {
        int k = Math.max(1, side / Math.max(width, height));
        if (k == 1) {
            return fromArgb(argb, width, height);
        }
        int w = width * k;
        int h = height * k;
        int[] big = new int[w * h];
        for (int y = 0; y < height; y++) {
            int rowStart = y * k * w;
            for (int x = 0; x < width; x++) {
                java.util.Arrays.fill(big, rowStart + x * k, rowStart + x * k + k, argb[y * width + x]);
            }
            for (int r = 1; r < k; r++) {
                System.arraycopy(big, rowStart, big, rowStart + r * w, w);
            }
        }
        return fromArgb(big, w, h);
    }
}
