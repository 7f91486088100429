package org.hopfieldstudio.ui.grid;

/**
 * ARGB colours written into pixel buffers (grid, thumbnails, raster). Pixel buffers cannot read CSS, so the
 * few colours they need live here; control colours stay in studio.css as looked-up variables.
 */
public final class Palette {
    /** +1: black, as in the interactive lesson. */
    public static final int ON = 0xFF1B1B1F;
    /** −1: white. */
    public static final int OFF = 0xFFFFFFFF;
    /** Occluded (free during a clamped recall) cells: tinted so the free region shows. */
    public static final int ON_OCCLUDED = 0xFF1F3F7A;
    public static final int OFF_OCCLUDED = 0xFFD6E4FA;
    /** Grey levels for averaged raster rows, from −1 (white) to +1 (black). */
    public static final int[] GREY = new int[256];

    static {
        for (int k = 0; k < 256; k++) {
            int v = 255 - k;
            GREY[k] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
    }

    private Palette() {
    }

    /** Fills {@code out} (modified) with one pixel per cell. {@code occluded} may be null. */
    public static void fill(byte[] state, boolean[] occluded, int[] out) {
        for (int i = 0; i < state.length; i++) {
            boolean occ = occluded != null && occluded[i];
            out[i] = state[i] > 0 ? (occ ? ON_OCCLUDED : ON) : (occ ? OFF_OCCLUDED : OFF);
        }
    }
}
