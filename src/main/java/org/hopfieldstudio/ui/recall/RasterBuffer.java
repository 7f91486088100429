package org.hopfieldstudio.ui.recall;

import java.util.Arrays;
import org.hopfieldstudio.ui.grid.Palette;

/**
 * Neurons × time raster as a ring buffer of ARGB pixels ({@code rows × width}, row-major), one column per
 * sample. The view writes it with one {@code setPixels} per frame and draws the two halves of the ring so
 * that time runs left to right.
 */
public final class RasterBuffer {
    private final int width;
    private int rows = 1;
    private int[] pixels;
    /** Next column to write. */
    private int cursor;
    /** Columns written since the last clear (capped at width). */
    private int filled;
    private int version;

    public RasterBuffer(int width) {
        this.width = width;
        this.pixels = new int[width];
        Arrays.fill(pixels, Palette.OFF);
    }

    public void reset(int newRows) {
        rows = Math.max(1, newRows);
        if (pixels.length != rows * width) {
            pixels = new int[rows * width];
        }
        Arrays.fill(pixels, 0xFFF4F4F4);
        cursor = 0;
        filled = 0;
        version++;
    }

    /** Appends one column of grey levels (0 = all −1, 255 = all +1). */
    public void add(byte[] column) {
        if (column.length != rows) {
            reset(column.length);
        }
        for (int r = 0; r < rows; r++) {
            pixels[r * width + cursor] = Palette.GREY[column[r] & 0xFF];
        }
        cursor = (cursor + 1) % width;
        filled = Math.min(width, filled + 1);
        version++;
    }

    public int width() {
        return width;
    }

    public int rows() {
        return rows;
    }

    public int[] pixelsUnsafe() {
        return pixels;
    }

    public int cursor() {
        return cursor;
    }

    public int filled() {
        return filled;
    }

    public int version() {
        return version;
    }
}
