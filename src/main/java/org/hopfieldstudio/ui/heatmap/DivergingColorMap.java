package org.hopfieldstudio.ui.heatmap;

/**
 * A diverging blue–white–red colour table for signed values, centred on 0: {@code −scale} is blue, 0 is pure
 * white, {@code +scale} is red (ColorBrewer RdBu, 9 classes, interpolated linearly; the middle class is made
 * pure white so that a zero weight is exactly white). Values beyond ±scale saturate.
 *
 * <p>The table has {@value #SIZE} opaque ARGB entries; entry {@value #CENTER} is white. Plain Java (no JavaFX),
 * so heatmaps are filled into an {@code int[]} through it off the FX thread and written with one
 * {@code setPixels}.
 */
public final class DivergingColorMap {
    /** Number of table entries: odd, so that 0 falls exactly on the middle entry. */
    public static final int SIZE = 513;
    /** Index of the white middle entry. */
    public static final int CENTER = SIZE / 2;

    /** RdBu stops from −1 (blue) to +1 (red). */
    private static final int[] STOPS = {
        0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xffffff, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b,
    };

    private static final int[] LUT = build();

    private DivergingColorMap() {
    }

    private static int[] build() {
        int[] lut = new int[SIZE];
        int segments = STOPS.length - 1;
        for (int k = 0; k < SIZE; k++) {
            double t = (double) k / (SIZE - 1) * segments; // 0 … segments
            int s = Math.min((int) t, segments - 1);
            double f = t - s;
            int a = STOPS[s];
            int b = STOPS[s + 1];
            int r = mix((a >> 16) & 0xff, (b >> 16) & 0xff, f);
            int g = mix((a >> 8) & 0xff, (b >> 8) & 0xff, f);
            int bl = mix(a & 0xff, b & 0xff, f);
            lut[k] = 0xff000000 | (r << 16) | (g << 8) | bl;
        }
        return lut;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** A copy of the table (entry 0 = −scale, {@link #CENTER} = 0, last = +scale). */
    public static int[] table() {
        return LUT.clone();
    }

    /** Table index of {@code value} on a symmetric scale ±{@code scale}; a scale ≤ 0 maps everything to white. */
    public static int index(double value, double scale) {
        if (!(scale > 0) || Double.isNaN(value)) {
            return CENTER;
        }
        long k = Math.round(value / scale * CENTER) + CENTER;
        return (int) Math.max(0, Math.min(SIZE - 1, k));
    }

    /** Opaque ARGB colour of {@code value} on a symmetric scale ±{@code scale}. */
    public static int argb(double value, double scale) {
        return LUT[index(value, scale)];
    }

    /**
     * Fills {@code out} (modified) with the colours of {@code values} (not modified) on the scale ±scale.
     * Both arrays have the same length.
     */
    public static void fill(float[] values, double scale, int[] out) {
        if (!(scale > 0)) {
            java.util.Arrays.fill(out, LUT[CENTER]);
            return;
        }
        double f = CENTER / scale;
        for (int k = 0; k < values.length; k++) {
            long idx = Math.round(values[k] * f) + CENTER;
            out[k] = LUT[(int) Math.max(0, Math.min(SIZE - 1, idx))];
        }
    }
}
