package org.hopfieldstudio.ui.figure;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * An image view as a figure: a snapshot of the node (at 2× it is rendered again at twice the resolution, so grid
 * lines and cells stay crisp); its SVG embeds the 2× PNG at the node's size.
 */
public final class NodeFigure implements Figure {
    private final Node node;
    private final String name;

    public NodeFigure(Node node, String name) {
        this.node = node;
        this.name = name;
    }

    @Override
    public String figureName() {
        return name;
    }

    @Override
    public BufferedImage renderPng(double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        p.setTransform(Transform.scale(scale, scale));
        WritableImage img = node.snapshot(p, null);
        return SwingFXUtils.fromFXImage(img, null);
    }

    @Override
    public String renderSvg() {
        BufferedImage img = renderPng(2);
        double w = img.getWidth() / 2.0;
        double h = img.getHeight() / 2.0;
        SvgSketch g = new SvgSketch(w, h);
        g.setTitle(name);
        int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        g.drawPixels(argb, img.getWidth(), img.getHeight(), 0, 0, w, h);
        return g.toSvg();
    }
}
