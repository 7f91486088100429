package org.hopfieldstudio.ui.figure;

import java.awt.image.BufferedImage;

/**
 * Something that can be exported for slides. Rendering runs on the FX thread (it may snapshot nodes); it is
 * quick (one chart or one image), so the menu actions call it directly.
 */
public interface Figure {
    /** A file-name stem, e.g. "capacityChart". */
    String figureName();

    /** The figure as pixels at {@code scale} times its size on screen at 100 % (1 or 2). */
    BufferedImage renderPng(double scale);

    /** The figure as an SVG document (vectors and text for charts; an embedded PNG for image views). */
    String renderSvg();
}
