package org.hopfieldstudio.ui.math;

import java.awt.geom.AffineTransform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.jfree.fx.FXGraphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Draws a laid-out formula on a JavaFX canvas through FXGraphics2D, under the canvas's current transform. */
public final class TexPainter {
    private TexPainter() {
    }

    /** Paints {@code icon} with its top-left corner at (x, y) in the canvas's current user space. */
    public static void paint(GraphicsContext g, TeXIcon icon, double x, double y) {
        MathFonts.register();
        Affine t = g.getTransform();
        g.save();
        FXGraphics2D g2 = new FXGraphics2D(g);
        // N.B. FXGraphics2D starts from the identity and sets its own transform on the context: hand it ours,
        // so formulas follow the plot's translate/rotate/scale
        g2.setTransform(new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy()));
        g2.translate(x, y);
        icon.paintIcon(null, g2, 0, 0);
        g.restore();
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
