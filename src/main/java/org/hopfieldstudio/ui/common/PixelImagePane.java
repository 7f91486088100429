package org.hopfieldstudio.ui.common;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * Shows a pixel image scaled to fit, keeping its aspect ratio, centred, with smoothing off (each pixel stays a
 * crisp square: a weight or a neuron). The image view is exposed for mouse handling: a position inside it
 * maps to the relative pixel position {@code (x / width, y / height)}.
 */
public final class PixelImagePane extends Region {
    private final ImageView view = new ImageView();

    public PixelImagePane(double prefSize) {
        view.setSmooth(false);
        view.setPreserveRatio(true);
        getChildren().add(view);
        setPrefSize(prefSize, prefSize);
        setMinSize(60, 60);
    }

    public ImageView imageView() {
        return view;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (view.getImage() == null || w <= 0 || h <= 0) {
            return;
        }
        double iw = view.getImage().getWidth();
        double ih = view.getImage().getHeight();
        double s = Math.min(w / iw, h / ih);
        // N.B. integer magnification (every weight gets the same number of screen pixels, no moiré) unless
        // that would waste more than a fifth of the space
        if (s >= 1 && Math.floor(s) / s >= 0.8) {
            s = Math.floor(s);
        }
        view.setFitWidth(iw * s);
        view.setFitHeight(ih * s);
        view.relocate(snappedLeftInset() + Math.floor((w - iw * s) / 2), snappedTopInset() + Math.floor((h - ih * s) / 2));
    }

    /** Call after replacing the image so the new size is laid out. */
    public void imageChanged() {
        requestLayout();
    }

    /** Relative x of a position in image-view coordinates, in [0, 1) when over the image. */
    public double fractionX(double x) {
        return view.getFitWidth() > 0 ? x / view.getFitWidth() : -1;
    }

    public double fractionY(double y) {
        return view.getFitHeight() > 0 ? y / view.getFitHeight() : -1;
    }
}
