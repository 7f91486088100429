package org.hopfieldstudio.ui.compare;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.hopfieldstudio.ui.grid.Palette;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * A panel's grid: the state one bulk pixel write (STYLE 6), scaled without smoothing, with the neuron being updated
 * outlined. Read-only: the cue is edited in the Memory tab.
 */
final class MiniGrid extends Region {
    private final Canvas canvas = new Canvas();
    private WritableImage image;
    private int[] pixels;
    private byte[] state;
    private boolean[] occluded;
    private int rows;
    private int cols;
    private int highlight = -1;
    private PlotStyle style = PlotStyle.DEFAULT;

    MiniGrid() {
        getChildren().add(canvas);
        // N.B. a small preferred size: the panel gives the grid whatever height the traces and text leave
        setMinSize(80, 80);
        setPrefSize(140, 140);
        PlotStyle.follow(this, st -> {
            style = st;
            repaint();
        });
    }

    void show(byte[] s, boolean[] occ, int r, int c, int hl) {
        state = s;
        occluded = occ;
        rows = r;
        cols = c;
        highlight = hl;
        repaint();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        repaint();
    }

    private void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (state == null || rows * cols != state.length || w < 4 || h < 4) {
            return;
        }
        if (image == null || (int) image.getWidth() != cols || (int) image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
            pixels = new int[rows * cols];
        }
        Palette.fill(state, occluded, pixels);
        image.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbPreInstance(), pixels, 0, cols);
        double cs = Math.min((w - 2) / cols, (h - 2) / rows);
        double x0 = (w - cs * cols) / 2;
        double y0 = (h - cs * rows) / 2;
        g.setImageSmoothing(false);
        g.drawImage(image, x0, y0, cs * cols, cs * rows);
        g.setStroke(style.grid());
        g.setLineWidth(1);
        g.strokeRect(Math.round(x0) + 0.5, Math.round(y0) + 0.5, cs * cols - 1, cs * rows - 1);
        if (highlight >= 0 && highlight < state.length) {
            double pad = Math.max(cs, 6);
            double x = x0 + (highlight % cols) * cs + cs / 2 - pad / 2;
            double y = y0 + (highlight / cols) * cs + cs / 2 - pad / 2;
            g.setStroke(Color.web("#ff8c00"));
            g.setLineWidth(Math.max(2, cs / 6));
            g.strokeRect(x, y, pad, pad);
        }
    }
}
