package org.hopfieldstudio.ui.crosstalk;

import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.core.Pattern;

/**
 * What the crosstalk view shows for one p: the histogram of the terms {@code −ξ_i^ν C_i^ν}, the measured and
 * theoretical error, and the thumbnails of the stored patterns with their unstable bits. Plain Java, immutable
 * by contract.
 *
 * @param neurons       N
 * @param patterns      p
 * @param rows          grid rows
 * @param cols          grid columns
 * @param binLo         left edge of the first bin (in units of the term)
 * @param binWidth      width of one bin
 * @param density       per bin, count / (N·p·binWidth), so it compares directly with a probability density
 * @param below         terms left of the first bin
 * @param above         terms right of the last bin
 * @param unstable      number of unstable bits (term &gt; (N − 1)/N)
 * @param measuredError unstable / (N·p)
 * @param theoryError   ½ erfc(√(N/2p))
 * @param mean          mean of the terms
 * @param std           standard deviation of the terms
 * @param thumbnails    mosaic of the stored patterns (black +1, white −1, red unstable), or null
 */
public record CrosstalkSnapshot(int neurons, int patterns, int rows, int cols, double binLo, double binWidth,
                                double[] density, long below, long above, long unstable, double measuredError,
                                double theoryError, double mean, double std, Mosaic thumbnails) {

    /** Black = +1, white = −1 (DESIGN §1); unstable bits red; the gap between tiles grey. */
    // N.B. +1 is a dark grey and −1 a light grey rather than pure black/white, so that the red unstable bits
    // stand out among random patterns at one screen pixel per cell
    public static final int PLUS = 0xff383838;
    public static final int MINUS = 0xffe4e4e4;
    public static final int UNSTABLE_ON_PLUS = 0xffff1a1a;
    public static final int UNSTABLE_ON_MINUS = 0xffff0000;
    public static final int GAP = 0xffb0b0b0;
    /** Thumbnails are drawn for at most this many patterns (and at most {@link #MAX_MOSAIC_PIXELS} pixels). */
    public static final int MAX_THUMBNAILS = 600;
    public static final int MAX_MOSAIC_PIXELS = 4_000_000;

    /** A tiled image of pattern thumbnails: {@code shown} tiles of rows×cols pixels, 1-pixel gaps. */
    public record Mosaic(int[] argb, int width, int height, int shown, int tilesPerRow) {
    }

    /** Standard deviation of the theory, √(p/N). */
    public double theoryStd() {
        return Crosstalk.theoryStd(neurons, patterns);
    }

    /** Load α = p/N. */
    public double load() {
        return (double) patterns / neurons;
    }

    /** Computes the snapshot for the cache's current p. O(N·p). */
    public static CrosstalkSnapshot of(IncrementalCrosstalk c, int bins, double mosaicAspect) {
        int n = c.neurons();
        int p = c.patterns();
        double sigma = Crosstalk.theoryStd(n, p);
        // N.B. the axis follows the data (defect 16: it stayed at ±2.5 while the letters' crosstalk has std 6.2):
        // at least ±4.5 σ of the theory, and wide enough for every measured term
        long maxAbs = 0;
        for (int nu = 0; nu < p; nu++) {
            for (int i = 0; i < n; i++) {
                maxAbs = Math.max(maxAbs, Math.abs((long) c.scaledTerm(nu, i)));
            }
        }
        double range = Math.max(Math.max(1.4, 4.5 * sigma), (double) maxAbs / n);
        // N.B. N·term takes every other integer ((N − 1)(p − 1) mod 2), so bins are an even number of 1/N wide,
        // aligned to that parity: no empty comb teeth.
        int parity = (int) (((long) (n - 1) * (p - 1)) & 1);
        int widthScaled = 2 * Math.max(1, (int) Math.ceil(2 * range * n / bins / 2));
        int loScaled = -(int) Math.ceil(range * n);
        if (Math.floorMod(loScaled - parity, 2) == 0) {
            loScaled--; // edges on the other parity: each bin holds widthScaled/2 possible values
        }
        int nb = (int) Math.ceil((2 * range * n) / widthScaled) + 1;
        long[] counts = new long[nb];
        long below = 0;
        long above = 0;
        long unstable = 0;
        long sum = 0;
        double sumSq = 0;
        for (int nu = 0; nu < p; nu++) {
            for (int i = 0; i < n; i++) {
                int a = c.scaledTerm(nu, i);
                sum += a;
                sumSq += (double) a * a;
                if (a > n - 1) {
                    unstable++;
                }
                int b = Math.floorDiv(a - loScaled, widthScaled);
                if (b < 0) {
                    below++;
                } else if (b >= nb) {
                    above++;
                } else {
                    counts[b]++;
                }
            }
        }
        long total = (long) n * p;
        double binWidth = (double) widthScaled / n;
        double[] density = new double[nb];
        for (int b = 0; b < nb; b++) {
            density[b] = counts[b] / (total * binWidth);
        }
        double mean = (double) sum / total / n;
        double var = Math.max(0, sumSq / total / ((double) n * n) - mean * mean);
        return new CrosstalkSnapshot(n, p, c.rows(), c.cols(), (double) loScaled / n, binWidth, density, below, above,
                unstable, (double) unstable / total, Crosstalk.theoryError(n, p), mean, Math.sqrt(var),
                mosaic(c, mosaicAspect));
    }

    /** Tiles the stored patterns into one image, roughly {@code aspect} times wider than high. */
    static Mosaic mosaic(IncrementalCrosstalk c, double aspect) {
        int rows = c.rows();
        int cols = c.cols();
        int n = rows * cols;
        int tileW = cols + 1;
        int tileH = rows + 1;
        int shown = (int) Math.min(Math.min(c.patterns(), MAX_THUMBNAILS), MAX_MOSAIC_PIXELS / ((long) tileW * tileH));
        shown = Math.max(shown, 1);
        int perRow = Math.max(1, Math.min(shown, (int) Math.ceil(Math.sqrt(shown * aspect * tileH / tileW))));
        int tileRows = (shown + perRow - 1) / perRow;
        int width = perRow * tileW + 1;
        int height = tileRows * tileH + 1;
        int[] argb = new int[width * height];
        java.util.Arrays.fill(argb, GAP);
        for (int mu = 0; mu < shown; mu++) {
            Pattern pat = c.pattern(mu);
            int x0 = 1 + (mu % perRow) * tileW;
            int y0 = 1 + (mu / perRow) * tileH;
            for (int r = 0; r < rows; r++) {
                int row = (y0 + r) * width + x0;
                for (int col = 0; col < cols; col++) {
                    int i = r * cols + col;
                    boolean plus = pat.get(i) > 0;
                    boolean bad = c.scaledTerm(mu, i) > n - 1;
                    argb[row + col] = bad ? (plus ? UNSTABLE_ON_PLUS : UNSTABLE_ON_MINUS) : plus ? PLUS : MINUS;
                }
            }
        }
        return new Mosaic(argb, width, height, shown, perRow);
    }
}
