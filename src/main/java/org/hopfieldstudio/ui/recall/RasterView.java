package org.hopfieldstudio.ui.recall;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.hopfieldstudio.ui.Styles;

/**
 * Neurons (rows) × time (columns) raster, as in the teaching notebook: black = +1. One {@code setPixels} of
 * the ring buffer per frame, then the two halves of the ring are drawn so time runs left to right.
 */
public final class RasterView extends Pane {
    private final Canvas canvas = new Canvas();
    private final RasterBuffer buffer;
    private WritableImage image;
    private int drawnVersion = -1;
    private org.hopfieldstudio.ui.theme.PlotStyle style = org.hopfieldstudio.ui.theme.PlotStyle.DEFAULT;

    public RasterView(RasterBuffer buffer) {
        this.buffer = buffer;
        getStyleClass().add(Styles.PLOT);
        setId("raster");
        getChildren().add(canvas);
        org.hopfieldstudio.ui.figure.FigureExport.install(this,
                new org.hopfieldstudio.ui.figure.NodeFigure(canvas, "raster"));
        setMinHeight(80);
        setPrefHeight(150);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> drawnVersion = -1);
        canvas.heightProperty().addListener(o -> drawnVersion = -1);
        // the part of the raster not yet filled is the plot background of the palette
        org.hopfieldstudio.ui.theme.PlotStyle.follow(this, s -> {
            style = s;
            drawnVersion = -1;
        });
    }

    public void repaintIfDirty() {
        if (drawnVersion == buffer.version()) {
            return;
        }
        drawnVersion = buffer.version();
        int w = buffer.width();
        int rows = buffer.rows();
        if (image == null || (int) image.getHeight() != rows) {
            image = new WritableImage(w, rows);
        }
        image.getPixelWriter().setPixels(0, 0, w, rows, PixelFormat.getIntArgbPreInstance(), buffer.pixelsUnsafe(), 0, w);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        g.setFill(style.palette().isDark() ? style.grid() : Color.web("#f4f4f4"));
        g.fillRect(0, 0, cw, ch);
        g.setImageSmoothing(false);
        int filled = buffer.filled();
        int cursor = buffer.cursor();
        double colW = cw / w;
        if (filled < w) {
            g.drawImage(image, 0, 0, filled, rows, 0, 0, filled * colW, ch);
        } else {
            int older = w - cursor;
            g.drawImage(image, cursor, 0, older, rows, 0, 0, older * colW, ch);
            g.drawImage(image, 0, 0, cursor, rows, older * colW, 0, cursor * colW, ch);
        }
        // N.B. no caption drawn on the raster (it covered the neurons): the title above it says what the axes are
    }
}
