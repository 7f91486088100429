package org.hopfieldstudio.ui.grid;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * The pattern grid as one canvas: the cells are one pixel each in a {@link WritableImage} (one bulk
 * {@code setPixels} per repaint), drawn scaled with smoothing off, so 100×100 costs the same as 5×5.
 * Repaints happen at most once per frame, from {@link #repaintIfDirty()}, when the view model changed.
 *
 * <p>Mouse: click toggles a cell; drag paints (primary = +1 black, secondary = −1 white); Shift+drag draws
 * a rectangle that is handed to {@link #setOnRectangle} (occlusion).
 *
 * <p>Keyboard (issue 9 point 6): the grid takes the focus (Tab, or a click); arrow keys move a cell cursor
 * (Shift+arrow by five cells, Home/End to the row's ends), Space or Enter toggles its cell (an undoable edit like
 * a click), Ctrl+Space or Ctrl+Enter selects its neuron (receptive field, as Ctrl+click). The cursor is drawn only
 * while the grid has the focus, in two tones so it shows on black and white cells in every palette.
 */
public final class GridView extends VBox {
    public static final String ID = "grid";
    /** Style class of the focusable pane around the canvas (its focus ring is in studio.css). */
    public static final String CANVAS_HOLDER = "grid-canvas-holder";

    private final GridViewModel model;
    private final Canvas canvas = new Canvas();
    private final Pane canvasHolder = new Pane(canvas);
    private final Label status = new Label();
    private WritableImage image;
    private int[] pixels;
    private boolean dirty = true;

    private int pressCell = -1;
    private boolean dragged;
    private int dragValue;
    private int rectR0 = -1;
    private int rectC0;
    private int rectR1;
    private int rectC1;
    private Consumer<int[]> onRectangle = r -> { };
    private PlotStyle style = PlotStyle.DEFAULT;

    public GridView(GridViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        canvas.setId(ID);
        canvasHolder.setId("gridHolder");
        canvasHolder.getStyleClass().add(CANVAS_HOLDER);
        canvasHolder.setFocusTraversable(true);
        canvasHolder.setAccessibleText("Pattern grid: arrow keys move the cell cursor, Space or Enter toggles the cell");
        canvasHolder.setMinSize(200, 200);
        canvasHolder.setPrefSize(560, 560);
        VBox.setVgrow(canvasHolder, Priority.ALWAYS);
        status.getStyleClass().add(Styles.STATUS);
        status.setId("gridStatus");
        status.setMaxWidth(Double.MAX_VALUE);
        setAlignment(Pos.TOP_CENTER);
        setSpacing(4);
        getChildren().addAll(canvasHolder, status);
    }

    private void initListeners() {
        // grid lines and outlines follow the zoom (line widths) and the palette (accent)
        PlotStyle.follow(this, st -> {
            style = st;
            dirty = true;
        });
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> dirty = true);
        canvas.heightProperty().addListener(o -> dirty = true);
        model.versionProperty().addListener(o -> dirty = true);
        model.highlightProperty().addListener(o -> dirty = true);
        model.hoverProperty().addListener(o -> dirty = true);
        model.cursorProperty().addListener(o -> dirty = true);
        canvasHolder.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                model.showCursor();
            }
            dirty = true;
        });
        canvasHolder.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        status.textProperty().bind(model.hoverTextProperty());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hoverProperty().set(cellAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hoverProperty().set(-1));
    }

    public Canvas canvas() {
        return canvas;
    }

    /** Receives {r0, c0, r1, c1} (end-exclusive) when the user Shift+drags a rectangle. */
    public void setOnRectangle(Consumer<int[]> handler) {
        this.onRectangle = handler;
    }

    // ---- geometry --------------------------------------------------------------------------------------------

    private double cellSize() {
        // N.B. two pixels kept free: the outer grid lines (drawn at round(y) + 0.5) stay inside the canvas
        return Math.max(1e-6, Math.min((canvas.getWidth() - 2) / model.cols(), (canvas.getHeight() - 2) / model.rows()));
    }

    private double originX() {
        return (canvas.getWidth() - cellSize() * model.cols()) / 2;
    }

    private double originY() {
        return (canvas.getHeight() - cellSize() * model.rows()) / 2;
    }

    /** Canvas coordinates of the centre of cell i (for tests that click cells). */
    public double[] cellCentre(int i) {
        double cs = cellSize();
        return new double[] {originX() + (i % model.cols() + 0.5) * cs, originY() + (i / model.cols() + 0.5) * cs};
    }

    private int rowAt(double y) {
        return (int) Math.floor((y - originY()) / cellSize());
    }

    private int colAt(double x) {
        return (int) Math.floor((x - originX()) / cellSize());
    }

    private int cellAt(double x, double y) {
        int r = rowAt(y);
        int c = colAt(x);
        if (r < 0 || c < 0 || r >= model.rows() || c >= model.cols()) {
            return -1;
        }
        return model.index(r, c);
    }

    /** The focusable pane around the canvas (takes the keyboard for the cell cursor). */
    public Pane canvasHolder() {
        return canvasHolder;
    }

    // ---- keyboard ------------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        if (e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int step = e.isShiftDown() ? 5 : 1;
        boolean ctrl = e.isShortcutDown();
        KeyCode k = e.getCode();
        if (ctrl && k != KeyCode.SPACE && k != KeyCode.ENTER) {
            return; // N.B. Ctrl+arrows and the like belong to others
        }
        switch (k) {
            case UP, KP_UP -> model.moveCursor(-step, 0);
            case DOWN, KP_DOWN -> model.moveCursor(step, 0);
            case LEFT, KP_LEFT -> model.moveCursor(0, -step);
            case RIGHT, KP_RIGHT -> model.moveCursor(0, step);
            case HOME -> model.moveCursor(0, -model.cols());
            case END -> model.moveCursor(0, model.cols());
            case SPACE, ENTER -> {
                if (ctrl) {
                    model.showCursor();
                    model.selectedCellProperty().set(model.cursorProperty().get());
                } else {
                    model.toggleAtCursor();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- mouse ---------------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        int i = cellAt(e.getX(), e.getY());
        if (i >= 0) {
            model.placeCursor(i);
        }
        canvasHolder.requestFocus();
        dragged = false;
        if (e.isShiftDown()) {
            rectR0 = clampRow(rowAt(e.getY()));
            rectC0 = clampCol(colAt(e.getX()));
            rectR1 = rectR0;
            rectC1 = rectC0;
            pressCell = -1;
            dirty = true;
            return;
        }
        rectR0 = -1;
        if (i >= 0) {
            model.selectedCellProperty().set(i);
        }
        if (e.isShortcutDown()) {
            // N.B. Ctrl+click (Cmd on macOS) only selects the neuron, for its receptive field: no toggle, no paint
            pressCell = -1;
            return;
        }
        pressCell = i;
        dragValue = e.getButton() == MouseButton.SECONDARY ? -1 : 1;
    }

    private void dragged(MouseEvent e) {
        if (rectR0 >= 0) {
            rectR1 = clampRow(rowAt(e.getY()));
            rectC1 = clampCol(colAt(e.getX()));
            dirty = true;
            return;
        }
        int i = cellAt(e.getX(), e.getY());
        model.hoverProperty().set(i);
        if (pressCell < 0 || i < 0) {
            return;
        }
        if (!dragged && i != pressCell) {
            dragged = true;
            model.paint(pressCell, dragValue);
        }
        if (dragged) {
            model.paint(i, dragValue);
        }
    }

    private void released(MouseEvent e) {
        if (rectR0 >= 0) {
            int[] rect = {Math.min(rectR0, rectR1), Math.min(rectC0, rectC1), Math.max(rectR0, rectR1) + 1,
                    Math.max(rectC0, rectC1) + 1};
            rectR0 = -1;
            dirty = true;
            onRectangle.accept(rect);
            return;
        }
        if (!dragged && pressCell >= 0 && pressCell == cellAt(e.getX(), e.getY())) {
            model.toggle(pressCell);
        }
        pressCell = -1;
        dragged = false;
    }

    private int clampRow(int r) {
        return Math.max(0, Math.min(model.rows() - 1, r));
    }

    private int clampCol(int c) {
        return Math.max(0, Math.min(model.cols() - 1, c));
    }

    // ---- painting ------------------------------------------------------------------------------------------

    /** Called once per frame by the studio's frame pump. */
    public void repaintIfDirty() {
        if (dirty) {
            dirty = false;
            repaint();
        }
    }

    private void repaint() {
        int rows = model.rows();
        int cols = model.cols();
        if (image == null || (int) image.getWidth() != cols || (int) image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
            pixels = new int[rows * cols];
        }
        byte[] s = model.stateUnsafe();
        if (s.length != pixels.length) {
            return; // mid-resize; the next frame is consistent
        }
        Palette.fill(s, model.occludedUnsafe(), pixels);
        image.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbPreInstance(), pixels, 0, cols);

        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double cs = cellSize();
        double x0 = originX();
        double y0 = originY();
        g.setImageSmoothing(false);
        g.drawImage(image, x0, y0, cs * cols, cs * rows);
        if (cs >= 6) {
            g.setStroke(Color.rgb(128, 128, 128, 0.45));
            g.setLineWidth(Math.min(style.line(1), cs / 4));
            for (int c = 0; c <= cols; c++) {
                double x = Math.round(x0 + c * cs) + 0.5;
                g.strokeLine(x, y0, x, y0 + rows * cs);
            }
            for (int r = 0; r <= rows; r++) {
                double y = Math.round(y0 + r * cs) + 0.5;
                g.strokeLine(x0, y, x0 + cols * cs, y);
            }
        }
        int hl = model.highlightProperty().get();
        if (hl >= 0 && hl < s.length) {
            outline(g, hl, cs, x0, y0, Color.web("#ff8c00"), Math.max(style.line(2), cs / 6));
        }
        int hov = model.hoverProperty().get();
        if (hov >= 0 && hov < s.length && cs >= 4) {
            outline(g, hov, cs, x0, y0, style.accent(), style.line(1.5));
        }
        int cur = model.cursorProperty().get();
        if (canvasHolder.isFocused() && cur >= 0 && cur < s.length) {
            // the keyboard cursor: a thick accent frame with a thin background-coloured line inside, visible on
            // black and white cells alike, in every palette
            double lw = Math.max(style.line(3), cs / 8);
            outline(g, cur, cs, x0, y0, style.accent(), lw);
            double inset = lw / 2 + style.line(1);
            double pad = Math.max(cs, 6) - 2 * inset;
            if (pad > 2) {
                g.setStroke(style.background());
                g.setLineWidth(style.line(1.5));
                g.strokeRect(x0 + (cur % model.cols()) * cs + cs / 2 - pad / 2,
                        y0 + (cur / model.cols()) * cs + cs / 2 - pad / 2, pad, pad);
            }
        }
        if (rectR0 >= 0) {
            g.setStroke(style.accent());
            g.setLineWidth(style.line(2));
            g.setLineDashes(style.px(6), style.px(4));
            int ra = Math.min(rectR0, rectR1);
            int ca = Math.min(rectC0, rectC1);
            g.strokeRect(x0 + ca * cs, y0 + ra * cs, (Math.abs(rectC1 - rectC0) + 1) * cs,
                    (Math.abs(rectR1 - rectR0) + 1) * cs);
            g.setLineDashes();
        }
    }

    private void outline(GraphicsContext g, int i, double cs, double x0, double y0, Color color, double width) {
        int cols = model.cols();
        double pad = Math.max(cs, 6);
        double x = x0 + (i % cols) * cs + cs / 2 - pad / 2;
        double y = y0 + (i / cols) * cs + cs / 2 - pad / 2;
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeRect(x, y, pad, pad);
    }
}
