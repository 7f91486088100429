package org.hopfieldstudio.ui.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * A pixel image (a thumbnail) as a figure: the PNG is the image at its own size times the scale, magnified by
 * whole pixels without smoothing (crisp cells); the SVG embeds it at its size. The image is asked for at export
 * time, so a reused list cell exports what it shows now.
 */
public final class ImageFigure implements Figure {
    private final Supplier<String> name;
    private final Supplier<Image> image;

    /**
     * @param name   file-name stem, e.g. the pattern's name
     * @param image  the image now shown (null: nothing to export)
     */
    public ImageFigure(Supplier<String> name, Supplier<Image> image) {
        this.name = name;
        this.image = image;
    }

    @Override
    public String figureName() {
        String n = name.get();
        n = n == null ? "" : n.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "image" : n;
    }

    private int[] pixels(Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private Image current() {
        Image img = image.get();
        if (img == null || img.getWidth() < 1 || img.getHeight() < 1 || img.getPixelReader() == null) {
            throw new IllegalStateException("there is no image here to export");
        }
        return img;
    }

    @Override
    public BufferedImage renderPng(double scale) {
        Image img = current();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage src = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        src.setRGB(0, 0, w, h, pixels(img), 0, w);
        int ow = (int) Math.round(w * scale);
        int oh = (int) Math.round(h * scale);
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(src, 0, 0, ow, oh, null);
        g.dispose();
        return out;
    }

    @Override
    public String renderSvg() {
        Image img = current();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        SvgSketch g = new SvgSketch(w, h);
        g.setTitle(name.get());
        g.drawPixels(pixels(img), w, h, 0, 0, w, h);
        return g.toSvg();
    }
}
