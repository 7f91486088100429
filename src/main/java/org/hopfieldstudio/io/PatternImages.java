package org.hopfieldstudio.io;

import org.hopfieldstudio.core.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

/**
 * PNG (and other {@code javax.imageio} formats) to and from patterns. No JavaFX: plain {@code java.awt.image}.
 *
 * <p>Import: the image is composited over white (transparent = white), each pixel's luminance is
 * {@code Y = (0.2126 R + 0.7152 G + 0.0722 B) / 255 ∈ [0, 1]} (Rec. 709 weights on the stored sRGB values), and
 * each grid cell takes the <em>area-weighted mean</em> of Y over the part of the image it covers (cell
 * {@code (r, c)} covers {@code x ∈ [c·W/cols, (c+1)·W/cols)}, {@code y ∈ [r·H/rows, (r+1)·H/rows)}, pixels cut
 * by a cell border count with their covered fraction). A cell is black (+1) when its mean is below the
 * threshold, else white (−1); {@code invert} swaps the two.
 */
public final class PatternImages {
    /** Largest image accepted, in pixels (checked from the header, before decoding). */
    public static final long MAX_PIXELS = 100_000_000L;
    /**
     * Largest image held in memory, in pixels: a larger one is subsampled while it is decoded (every k-th pixel of
     * every k-th row), which a grid of at most 200×200 cells cannot tell apart from the full image.
     */
    public static final long MAX_DECODED_PIXELS = 4_000_000L;
    /** Largest image file read. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** Largest cell size for export. */
    public static final int MAX_CELL_PIXELS = 64;

    private PatternImages() {
    }

    /**
     * Reads an image file and scales it to a {@code rows × cols} pattern named after the file (without extension).
     *
     * @param threshold luminance in [0, 1]; cells darker than it become +1 (black). 0.5 suits most drawings.
     * @throws PatternFormatException naming the file when it is not a readable image or too large
     */
    public static Pattern importPng(Path file, int rows, int cols, double threshold, boolean invert)
            throws IOException {
        checkGrid(rows, cols);
        checkThreshold(threshold);
        byte[] bytes;
        try {
            bytes = InputFiles.readAll(file, MAX_FILE_BYTES, "image");
        } catch (InputFormatException e) {
            throw PatternFormatException.of(e);
        }
        String source = InputFiles.displayName(file);
        return fromImage(decode(bytes, source), PatternFiles.defaultSetName(source), rows, cols, threshold, invert);
    }

    /** As {@link #importPng(Path, int, int, double, boolean)} from a stream (not closed). */
    public static Pattern importPng(InputStream in, String sourceName, int rows, int cols, double threshold,
                                    boolean invert) throws IOException {
        checkGrid(rows, cols);
        checkThreshold(threshold);
        byte[] bytes;
        try {
            bytes = InputFiles.readCapped(in, MAX_FILE_BYTES, sourceName, "image");
        } catch (InputFormatException e) {
            throw PatternFormatException.of(e);
        }
        return fromImage(decode(bytes, sourceName), PatternFiles.defaultSetName(sourceName), rows, cols, threshold,
                invert);
    }

    /** Thresholds {@link #cellLuminance} of {@code image} (not modified) into a pattern. */
    public static Pattern fromImage(BufferedImage image, String name, int rows, int cols, double threshold,
                                    boolean invert) {
        checkGrid(rows, cols);
        checkThreshold(threshold);
        double[] lum = cellLuminance(image, rows, cols);
        byte[] cells = new byte[lum.length];
        for (int i = 0; i < lum.length; i++) {
            boolean black = lum[i] < threshold;
            cells[i] = (black != invert) ? (byte) 1 : (byte) -1;
        }
        return new Pattern(name, rows, cols, cells);
    }

    /**
     * Area-weighted mean luminance (0 = black, 1 = white, transparency as white) of each cell of a
     * {@code rows × cols} grid laid over {@code image} (not modified); row-major, length rows·cols.
     * Useful to preview a threshold without decoding again.
     */
    public static double[] cellLuminance(BufferedImage image, int rows, int cols) {
        int w = image.getWidth();
        int h = image.getHeight();
        Span[] xs = spans(w, cols);
        Span[] ys = spans(h, rows);
        double[] sums = new double[rows * cols];
        int[] argb = new int[w];
        double[] y = new double[w];
        double[] rowCells = new double[cols];
        int firstRowCell = 0;
        Grey grey = Grey.of(image);
        for (int py = 0; py < h; py++) {
            if (grey != null) {
                grey.row(py, y);
            } else {
                image.getRGB(0, py, w, 1, argb, 0, w);
                for (int px = 0; px < w; px++) {
                    y[px] = luminance(argb[px]);
                }
            }
            for (int c = 0; c < cols; c++) {
                rowCells[c] = xs[c].weigh(y);
            }
            // distribute this pixel row over the grid rows that overlap it
            while (firstRowCell < rows && ys[firstRowCell].end() <= py) {
                firstRowCell++;
            }
            for (int r = firstRowCell; r < rows && ys[r].start() <= py; r++) {
                double wy = ys[r].weight(py);
                if (wy > 0) {
                    for (int c = 0; c < cols; c++) {
                        sums[r * cols + c] += wy * rowCells[c];
                    }
                }
            }
        }
        return sums;
    }

    /**
     * Grey images read in their own encoding: the stored grey value over its maximum, as RGB images use their
     * stored sRGB values. N.B. {@code getRGB} would convert a grey colour space (which Java treats as linear) to
     * sRGB and so lighten every mid grey: grey 60–120 would import as white while the same RGB drawing imports as
     * black. Alpha, when present, composites over white as for RGB.
     */
    private record Grey(java.awt.image.Raster raster, int greyMax, int alphaBand, int alphaMax, boolean premultiplied) {
        static Grey of(BufferedImage image) {
            java.awt.image.ColorModel cm = image.getColorModel();
            if (!(cm instanceof java.awt.image.ComponentColorModel)
                    || cm.getColorSpace().getType() != java.awt.color.ColorSpace.TYPE_GRAY
                    || cm.getNumColorComponents() != 1) {
                return null;
            }
            java.awt.image.Raster r = image.getRaster();
            int bits = r.getSampleModel().getSampleSize(0);
            if (bits < 1 || bits > 16) {
                return null;
            }
            int alphaBand = cm.hasAlpha() ? cm.getNumComponents() - 1 : -1;
            int alphaBits = alphaBand < 0 ? 0 : r.getSampleModel().getSampleSize(alphaBand);
            if (alphaBand >= 0 && (alphaBits < 1 || alphaBits > 16)) {
                return null;
            }
            return new Grey(r, (1 << bits) - 1, alphaBand, alphaBand < 0 ? 1 : (1 << alphaBits) - 1,
                    cm.isAlphaPremultiplied());
        }

        /** Luminance of row {@code py} into {@code y} (length ≥ width). */
        void row(int py, double[] y) {
            int w = raster.getWidth();
            int x0 = raster.getMinX();
            int y0 = raster.getMinY();
            int[] g = raster.getSamples(x0, y0 + py, w, 1, 0, (int[]) null);
            int[] a = alphaBand < 0 ? null : raster.getSamples(x0, y0 + py, w, 1, alphaBand, (int[]) null);
            for (int px = 0; px < w; px++) {
                double v = g[px] / (double) greyMax;
                if (a == null) {
                    y[px] = v;
                } else {
                    double alpha = a[px] / (double) alphaMax;
                    double straight = premultiplied ? (alpha > 0 ? Math.min(1, v / alpha) : 1) : v;
                    y[px] = alpha * straight + (1 - alpha);
                }
            }
        }
    }

    /** Y in [0, 1] of one non-premultiplied ARGB pixel, composited over white. */
    static double luminance(int argb) {
        double a = ((argb >>> 24) & 0xFF) / 255.0;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        double y = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255.0;
        return a * y + (1 - a);
    }

    /**
     * The pixels [start, end) one cell covers along an axis, with weights (covered fraction / cell length),
     * so a cell's weights sum to 1.
     */
    private record Span(int start, int end, double[] weights) {
        double weight(int p) {
            return p >= start && p < end ? weights[p - start] : 0;
        }

        double weigh(double[] values) {
            double s = 0;
            for (int p = start; p < end; p++) {
                s += weights[p - start] * values[p];
            }
            return s;
        }
    }

    private static Span[] spans(int pixels, int cells) {
        Span[] spans = new Span[cells];
        double len = (double) pixels / cells;
        for (int k = 0; k < cells; k++) {
            double lo = k * len;
            double hi = (k + 1) * len;
            int start = (int) Math.floor(lo);
            int end = Math.min(pixels, (int) Math.ceil(hi));
            double[] w = new double[end - start];
            for (int p = start; p < end; p++) {
                w[p - start] = (Math.min(hi, p + 1) - Math.max(lo, p)) / len;
            }
            spans[k] = new Span(start, end, w);
        }
        return spans;
    }

    /**
     * Decodes the first image, refusing non-images and images above {@link #MAX_PIXELS} from their header, and
     * subsampling those above {@link #MAX_DECODED_PIXELS} while decoding. Any decoder failure (including the
     * runtime exceptions some decoders throw on corrupt data) becomes a {@link PatternFormatException} naming
     * {@code source}.
     */
    static BufferedImage decode(byte[] bytes, String source) throws PatternFormatException {
        ImageReader reader = null;
        try (ImageInputStream iis = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) {
                throw new PatternFormatException(source, 0, "not an image file (expected PNG, GIF, BMP or JPEG)");
            }
            reader = readers.next();
            reader.setInput(iis, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            long pixels = (long) w * h;
            if (w < 1 || h < 1) {
                throw new PatternFormatException(source, 0, "image declares " + w + "×" + h + " pixels");
            }
            if (pixels > MAX_PIXELS) {
                throw new PatternFormatException(source, 0, "image is " + w + "×" + h + " pixels, more than the "
                        + MAX_PIXELS + " pixels allowed");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int k = subsampling(w, h);
            if (k > 1) {
                param.setSourceSubsampling(k, k, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                throw new PatternFormatException(source, 0, "not a readable image (no pixels decoded)");
            }
            return image;
        } catch (PatternFormatException e) {
            throw e;
        } catch (java.io.EOFException e) {
            throw new PatternFormatException(source, 0, "not a readable image (the file is truncated)", e);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : Problems.oneLine(e.getMessage());
            throw new PatternFormatException(source, 0, "not a readable image (corrupt or truncated: " + why + ")", e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** The smallest step k ≥ 1 with ⌈w/k⌉·⌈h/k⌉ ≤ {@link #MAX_DECODED_PIXELS}. */
    static int subsampling(int w, int h) {
        int k = Math.max(1, (int) Math.floor(Math.sqrt((double) w * h / MAX_DECODED_PIXELS)));
        while (((long) (w + k - 1) / k) * ((h + k - 1) / k) > MAX_DECODED_PIXELS) {
            k++;
        }
        return k;
    }

    /**
     * Draws {@code pattern} with {@code cellPixels × cellPixels} pixels per cell: +1 black, −1 white, 8-bit grey.
     */
    public static BufferedImage toImage(Pattern pattern, int cellPixels) {
        if (cellPixels < 1 || cellPixels > MAX_CELL_PIXELS) {
            throw new IllegalArgumentException("cell size must be 1 … " + MAX_CELL_PIXELS + " pixels, got " + cellPixels);
        }
        int w = pattern.cols() * cellPixels;
        int h = pattern.rows() * cellPixels;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = img.getRaster();
        int[] line = new int[w];
        for (int r = 0; r < pattern.rows(); r++) {
            for (int c = 0; c < pattern.cols(); c++) {
                Arrays.fill(line, c * cellPixels, (c + 1) * cellPixels, pattern.get(r, c) > 0 ? 0 : 255);
            }
            for (int k = 0; k < cellPixels; k++) {
                raster.setSamples(0, r * cellPixels + k, w, 1, 0, line);
            }
        }
        return img;
    }

    /**
     * Writes {@link #toImage(Pattern, int)} as a PNG file, atomically ({@link AtomicFiles}): a failed export leaves
     * an existing file as it was.
     */
    public static void exportPng(Pattern pattern, Path file, int cellPixels) throws IOException {
        BufferedImage img = toImage(pattern, cellPixels);
        AtomicFiles.write(file, tmp -> {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
                if (!ImageIO.write(img, "png", out)) {
                    throw new IOException("no PNG writer available to write " + file);
                }
            }
        });
    }

    private static void checkGrid(int rows, int cols) {
        if (rows < 1 || cols < 1 || rows > PatternFiles.MAX_SIDE || cols > PatternFiles.MAX_SIDE) {
            throw new IllegalArgumentException("grid must be 1×1 … " + PatternFiles.MAX_SIDE + "×"
                    + PatternFiles.MAX_SIDE + ", got " + rows + "×" + cols);
        }
    }

    private static void checkThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be a luminance in [0, 1], got " + threshold);
        }
    }
}
