package org.hopfieldstudio.ui.common;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.figure.Figure;
import org.hopfieldstudio.ui.figure.FigureExport;
import org.hopfieldstudio.ui.figure.FxSketch;
import org.hopfieldstudio.ui.figure.MathText;
import org.hopfieldstudio.ui.figure.MeasuringSketch;
import org.hopfieldstudio.ui.figure.Sketch;
import org.hopfieldstudio.ui.figure.SvgSketch;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * A resizable chart: subclasses draw their data through a {@link Sketch} inside the plot area that {@link Axes}
 * lays out (title, both axes with ticks at 1-2-5 steps, tick labels, axis titles). The same drawing code paints
 * the screen, a PNG at any scale and an SVG ({@link #figure()}; right-click for the export menu). Colours, text size
 * and line widths come from the theme's {@link PlotStyle}, so the chart follows the palette and the zoom. Points
 * that subclasses draw with {@link Axes#series} get a hover read-out of the nearest one; histogram bars registered with
 * {@link #hoverBar} read out the bar under the pointer.
 *
 * <p>Titles, axis titles and legend entries are {@link MathText}: words with typeset formulas between {@code $…$}.
 * A legend never covers data: a layout pass ({@link MeasuringSketch}) records what the data cover, the legend goes
 * into an empty corner of the plot area (or the middle of its top or bottom edge), and when none is empty it goes
 * above the plot area, which shrinks to make room; a plot too short for that (it would lose over 40 % of its height)
 * keeps its height and gives up width instead: the legend goes in a column right of the plot area, and a legend too
 * wide for that goes above all the same. Only a plot too small for any of these has its legend in the corner with
 * the fewest data.
 */
public abstract class PlotCanvas extends Region implements Figure {
    private final Canvas canvas = new Canvas();
    private final Label readout = new Label();
    private final Circle readoutDot = new Circle(5);
    private final List<HoverPoint> hoverPoints = new ArrayList<>();
    private final List<HoverBar> hoverBars = new ArrayList<>();
    /** Rectangles {x0, y0, x1, y1} covered by data in the pass being drawn. */
    private final List<double[]> occupied = new ArrayList<>();
    /** The plot area {left, top, right, bottom} of the last {@link Axes} made in this paint, or null. */
    private double[] plotArea;
    private boolean recording;
    /** Height reserved above the plot area for a legend that fits nowhere inside it (0: inside). */
    private double legendAbove;
    /** Set by a layout pass whose legend found no empty place: the height it needs above the plot. */
    private double legendOverflow;
    /** Width reserved right of the plot area for a legend that fits nowhere inside it nor above it (0: none). */
    private double legendBeside;
    /** Set by a layout pass whose legend goes right of the plot area: the width it needs there. */
    private double legendBesideNeed;
    /** The width the layout pass flowed an outside legend into. */
    private double legendFlowWidth;
    /** The legend box of the last pass, {x, y, width, height}, or null (for tests). */
    private double[] lastLegend;
    /** The rectangles covered by data in the last pass (for tests). */
    private List<double[]> lastOccupied = List.of();
    /** The message box {x, y, width, height} of the last pass ({@link Axes#message}), empty if it fitted nowhere. */
    private double[] lastMessage;
    /** The plot area {left, top, right, bottom} the last message was placed in. */
    private double[] lastMessageArea;
    private PlotStyle style = PlotStyle.DEFAULT;
    /** The screen's static chrome ({@link #chrome}) as an image, the key it was drawn for, and how often it was drawn. */
    private WritableImage chromeImage;
    private Object chromeKey;
    private double chromeScale;
    private int chromeBuilds;
    private boolean cacheChrome = true;
    /** Paints of the screen so far (for tests). */
    private int screenPaints;

    /**
     * A data point on screen with its read-out text, made only when the point is hovered: a live plot registers
     * hundreds of points per frame, and formatting their numbers every frame was most of the FX thread's work.
     */
    private record HoverPoint(double x, double y, Supplier<String> text, Color color) {
    }

    /** A histogram bar on screen (x0 … x1, its top at y, the plot area from top to bottom) with its read-out. */
    private record HoverBar(double x0, double x1, double y, double top, double bottom, String text, Color color) {
    }

    protected PlotCanvas() {
        getChildren().addAll(canvas, readoutDot, readout);
        getStyleClass().add("plot-canvas");
        readout.getStyleClass().add("plot-readout");
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        readoutDot.setManaged(false);
        readoutDot.setVisible(false);
        readoutDot.setMouseTransparent(true);
        readoutDot.setFill(null);
        readoutDot.setStrokeWidth(2);
        setMinSize(200, 160);
        setPrefSize(600, 360);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideReadout());
        FigureExport.install(this, this);
        PlotStyle.follow(this, s -> {
            style = s;
            redraw();
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    public final void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        hoverPoints.clear();
        hoverBars.clear();
        screenPaints++;
        recording = true;
        try {
            paint(new FxSketch(canvas.getGraphicsContext2D()), w, h);
        } finally {
            recording = false;
        }
    }

    private void paint(Sketch g, double w, double h) {
        legendAbove = 0;
        legendBeside = 0;
        if (placesLegend() && w > 80 && h > 60) {
            // N.B. a layout pass: where do the data go, does the legend fit inside without covering any?
            boolean rec = recording;
            recording = false;
            legendOverflow = 0;
            legendBesideNeed = 0;
            legendFlowWidth = 0;
            try {
                paintOnce(new MeasuringSketch(g), w, h);
            } finally {
                recording = rec;
            }
            legendAbove = legendOverflow;
            legendBeside = legendBesideNeed;
        }
        paintOnce(g, w, h);
    }

    /**
     * Whether this chart may draw a legend with {@link Axes#legend} (then each paint first runs a layout pass to
     * find a place for it where it covers no data). Charts without such a legend (live plots) override this to
     * draw once; a legend they draw anyway goes to the corner with the fewest data.
     */
    protected boolean placesLegend() {
        return true;
    }

    /**
     * For a chart that lays out its own legend outside the plot area ({@link #placesLegend()} false: a live plot,
     * whose legend must not hop from corner to corner as its data move, nor cost a layout pass each frame): the
     * {@link Axes} made next in this paint leave {@code above} px between the title and the plot area and
     * {@code beside} px right of it. Call it in {@link #draw} before making the axes; every paint starts with none.
     */
    protected final void reserveLegendRoom(double above, double beside) {
        legendAbove = Math.max(0, above);
        legendBeside = Math.max(0, beside);
    }

    /** Records the box {x, y, width, height} of a legend the chart drew itself, for {@link #legendBounds()}. */
    protected final void legendDrawn(double x, double y, double width, double height) {
        lastLegend = new double[] {x, y, width, height};
    }

    private void paintOnce(Sketch g, double w, double h) {
        occupied.clear();
        plotArea = null;
        lastLegend = null;
        lastMessage = null;
        g.save();
        g.setFill(style.background());
        g.fillRect(0, 0, w, h);
        if (w > 80 && h > 60) {
            draw(g, w, h);
        }
        g.restore();
        lastOccupied = List.copyOf(occupied);
    }

    /**
     * Paints the chart into any sketch at {@code w × h} (background included): for exports and for animation frames
     * rendered off the FX thread (then on a plot that is in no scene and that only that thread touches).
     */
    public final void paintTo(Sketch g, double w, double h) {
        paint(g, w, h);
    }

    /** Uses this style instead of the scene's (for a plot rendered outside the window, e.g. animation frames). */
    public final void usePlotStyle(PlotStyle s) {
        style = s;
    }

    /** Draws the chart into {@code g}, {@code w × h} pixels at 1×. */
    protected abstract void draw(Sketch g, double w, double h);

    /** The theme's plot style now in effect. */
    protected final PlotStyle style() {
        return style;
    }

    protected final Font titleFont() {
        return style.boldFont(1.3);
    }

    protected final Font labelFont() {
        return style.font(1.15);
    }

    protected final Font tickFont() {
        return style.font(1.0);
    }

    protected final Font legendFont() {
        return style.font(1.07);
    }

    protected final Color ink() {
        return style.ink();
    }

    /** Background of boxes drawn over data (legends, labels): the plot background, slightly see-through. */
    protected final Color veil() {
        return style.background().deriveColor(0, 1, 1, 0.88);
    }

    // ---- static chrome, drawn once --------------------------------------------------------------------------------

    /**
     * Draws what does not change from frame to frame (a live plot's background, typeset title, legend) with
     * {@code painter}. On the screen the result is kept as an image and drawn again while {@code key} (a value with
     * {@code equals}: everything the painter's drawing depends on) stays the same, so a plot redrawn every frame
     * neither lays out nor fills its title's formula outlines again; exports and off-screen renders draw it directly.
     * The painter draws onto an opaque background, before any data, so the cached and the direct drawing give the
     * same pixels. Call it first in {@link #draw}.
     */
    protected final void chrome(Sketch g, double w, double h, Object key, java.util.function.Consumer<Sketch> painter) {
        if (!recording || !cacheChrome || !(g instanceof FxSketch fx) || fx.context() != canvas.getGraphicsContext2D()) {
            painter.accept(g);
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
        int pw = (int) Math.ceil(w * scale);
        int ph = (int) Math.ceil(h * scale);
        if (pw < 1 || ph < 1) {
            painter.accept(g);
            return;
        }
        if (chromeImage == null || scale != chromeScale || !key.equals(chromeKey)) {
            Canvas off = new Canvas(pw, ph);
            javafx.scene.canvas.GraphicsContext og = off.getGraphicsContext2D();
            og.scale(scale, scale);
            og.setFill(style.background());
            og.fillRect(0, 0, w, h);
            FxSketch os = new FxSketch(og);
            os.save();
            painter.accept(os);
            os.restore();
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(style.background());
            WritableImage reuse = chromeImage != null && (int) chromeImage.getWidth() == pw
                    && (int) chromeImage.getHeight() == ph ? chromeImage : null;
            chromeImage = off.snapshot(p, reuse);
            chromeKey = key;
            chromeScale = scale;
            chromeBuilds++;
        }
        javafx.scene.canvas.GraphicsContext sg = fx.context();
        sg.save();
        sg.setImageSmoothing(false);
        sg.setGlobalAlpha(1);
        sg.drawImage(chromeImage, 0, 0, pw / scale, ph / scale);
        sg.restore();
    }

    /** How many times the chart was painted on the screen (for tests). */
    public final int screenPaints() {
        return screenPaints;
    }

    /** How many times the screen's static chrome was drawn (for tests: once per change of size, style or title). */
    public final int chromeBuilds() {
        return chromeBuilds;
    }

    /** Turns the chrome cache off (tests compare the cached drawing with the direct one). */
    public final void setChromeCached(boolean cached) {
        this.cacheChrome = cached;
        chromeImage = null;
        chromeKey = null;
    }

    /** The plot as now on the screen (the canvas alone, without hover read-outs), for tests. */
    public final WritableImage screenImage() {
        return canvas.snapshot(null, null);
    }

    // ---- Figure: export -------------------------------------------------------------------------------------

    @Override
    public String figureName() {
        String id = getId();
        return id == null || id.isEmpty() ? "chart" : id;
    }

    /**
     * The smallest height / width of an exported picture of this plot (0: the exported picture is the plot as laid
     * out on screen). A chart meant for slides sets it, so that a window that squeezes the chart (a projector at a
     * large zoom) does not squeeze the figure: its plot area stays readable.
     */
    protected double minExportAspect() {
        return 0;
    }

    /** The height of an exported picture {@code w} wide of a plot {@code h} high on screen. */
    protected final double exportHeight(double w, double h) {
        return Math.max(h, Math.ceil(w * minExportAspect()));
    }

    @Override
    public BufferedImage renderPng(double scale) {
        double w = Math.max(1, getWidth());
        double h = exportHeight(w, Math.max(1, getHeight()));
        Canvas off = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        FxSketch g = new FxSketch(off.getGraphicsContext2D());
        off.getGraphicsContext2D().scale(scale, scale);
        paint(g, w, h);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(style.background());
        WritableImage img = off.snapshot(p, null);
        return SwingFXUtils.fromFXImage(img, null);
    }

    @Override
    public String renderSvg() {
        double w = Math.max(1, getWidth());
        double h = exportHeight(w, Math.max(1, getHeight()));
        SvgSketch g = new SvgSketch(w, h);
        g.setTitle(figureName());
        paint(g, w, h);
        return g.toSvg();
    }

    // ---- hover read-out ---------------------------------------------------------------------------------------

    /** Registers a point for the hover read-out (screen coordinates); only while painting the screen. */
    protected final void hoverPoint(double x, double y, String text, Color color) {
        if (recording) {
            hoverPoints.add(new HoverPoint(x, y, () -> text, color));
        }
    }

    /**
     * As {@link #hoverPoint(double, double, String, Color)}, the text made only if the point is hovered (for plots
     * redrawn every frame: no number formatting per point and frame).
     */
    protected final void hoverPoint(double x, double y, Supplier<String> text, Color color) {
        if (recording) {
            hoverPoints.add(new HoverPoint(x, y, text, color));
        }
    }

    /** Hover points registered by the last screen paint (for tests). */
    public final int hoverPointCount() {
        return hoverPoints.size();
    }

    /** Marks a screen point as covered by data, so legends avoid it. */
    protected final void occupy(double x, double y) {
        add(x, y, x, y);
    }

    /** Marks a rectangle as covered by data (a histogram bar), so legends avoid it. */
    protected final void occupyRect(double x, double y, double w, double h) {
        add(Math.min(x, x + w), Math.min(y, y + h), Math.max(x, x + w), Math.max(y, y + h));
    }

    /**
     * Records data drawn over (x0, y0)–(x1, y1), cut to the plot area: the parts outside it are clipped away (a bar
     * taller than the y axis, a theory curve beyond it), so they show nothing a legend could cover.
     */
    private void add(double x0, double y0, double x1, double y1) {
        if (plotArea != null) {
            x0 = Math.max(x0, plotArea[0]);
            y0 = Math.max(y0, plotArea[1]);
            x1 = Math.min(x1, plotArea[2]);
            y1 = Math.min(y1, plotArea[3]);
            if (x0 > x1 || y0 > y1) {
                return;
            }
        }
        occupied.add(new double[] {x0, y0, x1, y1});
    }

    /** Marks the line from (x1, y1) to (x2, y2) as covered by data (points every few pixels along it). */
    protected final void occupyLine(double x1, double y1, double x2, double y2) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        int n = (int) Math.min(2000, Math.ceil(len / 3));
        for (int k = 0; k <= n; k++) {
            double t = n == 0 ? 0 : (double) k / n;
            occupy(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t);
        }
    }

    /**
     * Registers a histogram bar for the hover read-out (screen coordinates; x0 … x1 wide, its top at y, inside a
     * plot area from top to bottom); only while painting the screen.
     */
    protected final void hoverBar(double x0, double x1, double y, double top, double bottom, String text, Color color) {
        if (recording) {
            hoverBars.add(new HoverBar(Math.min(x0, x1), Math.max(x0, x1), y, top, bottom, text, color));
        }
    }

    /** The legend's box {x, y, width, height} as last drawn, or null without a legend (for tests). */
    public final double[] legendBounds() {
        return lastLegend == null ? null : lastLegend.clone();
    }

    /**
     * The box {x, y, width, height} of the message ({@link Axes#message}, e.g. "Press Run…") as last drawn; an empty
     * array when the chart had a message that fitted nowhere; null without a message (for tests).
     */
    public final double[] messageBounds() {
        return lastMessage == null ? null : lastMessage.clone();
    }

    /** The plot area {left, top, right, bottom} the last message was placed in, or null (for tests). */
    public final double[] messageArea() {
        return lastMessage == null ? null : lastMessageArea.clone();
    }

    /** The plot area {left, top, right, bottom} of the last paint, or null if it had none (for tests). */
    public final double[] plotAreaBounds() {
        return plotArea == null ? null : plotArea.clone();
    }

    /** The rectangles {x0, y0, x1, y1} the data covered when last drawn (for tests). */
    public final List<double[]> dataBounds() {
        return lastOccupied;
    }

    /** The read-out text now shown, or null (for tests). */
    public final String readoutText() {
        return readout.isVisible() ? readout.getText() : null;
    }

    /** Shows the read-out of the data point nearest to (x, y) within about 40 px; hides it otherwise. */
    public final void hover(double x, double y) {
        HoverPoint best = null;
        double bestD = Math.pow(style.px(40), 2);
        for (HoverPoint p : hoverPoints) {
            double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        if (best == null) {
            HoverBar bar = barAt(x, y);
            if (bar != null) {
                String text = bar.text();
                best = new HoverPoint((bar.x0() + bar.x1()) / 2, bar.y(), () -> text, bar.color());
            }
        }
        if (best == null) {
            hideReadout();
            return;
        }
        readout.setText(best.text().get());
        readout.setVisible(true);
        readout.autosize();
        double lw = readout.prefWidth(-1);
        double lh = readout.prefHeight(lw);
        double lx = best.x() + 12 + lw > getWidth() ? best.x() - 12 - lw : best.x() + 12;
        double ly = Math.max(0, Math.min(getHeight() - lh, best.y() - lh - 8));
        readout.resizeRelocate(Math.max(0, lx), ly, lw, lh);
        readoutDot.setRadius(style.px(6));
        readoutDot.setStroke(best.color());
        readoutDot.setCenterX(best.x());
        readoutDot.setCenterY(best.y());
        readoutDot.setVisible(true);
    }

    /** The bar under x (or the nearest within a few pixels), when y is inside its plot area. */
    private HoverBar barAt(double x, double y) {
        HoverBar best = null;
        double bestD = style.px(6);
        for (HoverBar b : hoverBars) {
            if (y < b.top() || y > b.bottom()) {
                continue;
            }
            double d = x < b.x0() ? b.x0() - x : x > b.x1() ? x - b.x1() : 0;
            if (d <= bestD) {
                bestD = d;
                best = b;
                if (d == 0) {
                    break;
                }
            }
        }
        return best;
    }

    private void hideReadout() {
        readout.setVisible(false);
        readoutDot.setVisible(false);
    }

    // ---- axes -------------------------------------------------------------------------------------------------

    /** Plot area and linear scales; draws the frame, grid, ticks and labels. */
    protected final class Axes {
        public final double left;
        public final double top;
        public final double right;
        public final double bottom;
        public final double x0;
        public final double x1;
        public final double y0;
        public final double y1;
        private final boolean compact;
        private final double width;
        private final double height;
        private final double xStep;
        private final double yStep;
        /** Top of the band above the plot area that a legend placed outside uses. */
        private final double legendBandTop;
        private MathText xTitle = MathText.text("x");
        private MathText yTitle = MathText.text("y");

        public Axes(double w, double h, double x0, double x1, double y0, double y1) {
            this(w, h, x0, x1, y0, y1, false);
        }

        /**
         * @param compact  a small live plot: a smaller title, no separate x-axis title row (the x unit sits left of
         *                 the x tick labels), fewer ticks
         */
        public Axes(double w, double h, double x0, double x1, double y0, double y1, boolean compact) {
            this.compact = compact;
            this.width = w;
            this.height = h;
            this.x0 = x0;
            this.x1 = x1 > x0 ? x1 : x0 + 1;
            this.y0 = y0;
            this.y1 = y1 > y0 ? y1 : y0 + 1;
            Font tf = tickFont();
            double tickH = textHeight(tf);
            // N.B. titles carry typeset symbols (sub- and superscripts reach a little beyond the text's line)
            double titleH = textHeight(compact ? labelFont() : titleFont()) * 1.12;
            double labelH = textHeight(labelFont()) * 1.12;
            double pad = style.px(6);
            this.legendBandTop = titleH + pad * (compact ? 1 : 2);
            this.top = legendBandTop + (legendAbove > 0 ? legendAbove + pad : 0);
            this.bottom = h - (tickH + pad * 1.5 + (compact ? 0 : labelH + pad));
            double ys = niceStep((this.y1 - this.y0) / Math.max(2, Math.min(compact ? 3 : 6, (bottom - top) / (tickH * 2.2))));
            // N.B. at least two labelled ticks, so the scale can be read
            // N.B. stop when the step no longer shrinks (niceStep(0) is 1: a range that no step can divide, e.g. a
            // denormal or a huge offset, cycled here for ever and froze the window)
            while (Math.floor(this.y1 / ys + 1e-9) - Math.ceil(this.y0 / ys - 1e-9) < 1) {
                double smaller = niceStep(ys * 0.39); // N.B. not 0.4: 0.05 × 0.4 rounds above 0.02 and niceStep gave 0.05 back
                if (!(smaller < ys) || smaller < Double.MIN_NORMAL) {
                    break;
                }
                ys = smaller;
            }
            this.yStep = ys;
            double widest = compact ? textWidth("sweeps", tf) : 0;
            for (double v = Math.ceil(this.y0 / yStep) * yStep; v <= this.y1 + 1e-9 * yStep; v += yStep) {
                widest = Math.max(widest, textWidth(tick(v, yStep), tf));
            }
            this.left = widest + pad * 2 + (compact ? 0 : labelH + pad);
            this.right = w - style.px(compact ? 10 : 18) - legendBeside;
            double widestX = Math.max(textWidth(tick(this.x1, niceStep((this.x1 - this.x0) / 7)), tf),
                    textWidth(tick(this.x0, niceStep((this.x1 - this.x0) / 7)), tf));
            double maxTicks = Math.max(2, (right - left) / (widestX + style.px(24)));
            this.xStep = niceStep((this.x1 - this.x0) / Math.min(compact ? 5 : 8, maxTicks));
            plotArea = new double[] {left, top, right, bottom};
        }

        public double x(double v) {
            return left + (v - x0) / (x1 - x0) * (right - left);
        }

        public double y(double v) {
            return bottom - (v - y0) / (y1 - y0) * (bottom - top);
        }

        /** Tick step on the x axis (1, 2 or 5 times a power of ten). */
        public double xStep() {
            return xStep;
        }

        public double yStep() {
            return yStep;
        }

        /** Frame, grid, ticks, tick labels, title and axis titles, all plain text. */
        public void frame(Sketch g, String title, String xLabel, String yLabel) {
            frame(g, MathText.text(title), MathText.text(xLabel), MathText.text(yLabel));
        }

        /** As {@link #frame(Sketch, String, String, String)}, the titles with typeset formulas between {@code $…$}. */
        public void frame(Sketch g, MathText title, MathText xLabel, MathText yLabel) {
            grid(g);
            titles(g, title, xLabel, yLabel);
        }

        /** The axis titles the hover read-outs use, without drawing them (see {@link #titles}). */
        public void nameAxes(MathText xLabel, MathText yLabel) {
            this.xTitle = xLabel;
            this.yTitle = yLabel;
        }

        /** The first half of {@link #frame}: grid lines, ticks, tick labels and the frame of the plot area. */
        public void grid(Sketch g) {
            Color ink = style.ink();
            g.setLineWidth(style.line(1));
            g.setFont(tickFont());
            g.setFill(ink);
            double tl = style.px(5);
            for (double v = Math.ceil(x0 / xStep) * xStep; v <= x1 + 1e-9 * xStep; v += xStep) {
                double px = x(v);
                g.setStroke(style.grid());
                g.strokeLine(px, top, px, bottom);
                g.setStroke(ink);
                g.strokeLine(px, bottom, px, bottom + tl);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(tick(v, xStep), px, bottom + tl + 1);
            }
            // N.B. a very short plot (a live plot at 200 %) may get ticks closer than a line of tick text: every tick
            // keeps its mark and grid line, but a label that would overprint the last one drawn is left out
            double lineH = textHeight(tickFont());
            double lastLabel = Double.NaN;
            for (double v = Math.ceil(y0 / yStep) * yStep; v <= y1 + 1e-9 * yStep; v += yStep) {
                double py = y(v);
                g.setStroke(style.grid());
                g.strokeLine(left, py, right, py);
                g.setStroke(ink);
                g.strokeLine(left - tl, py, left, py);
                if (!Double.isNaN(lastLabel) && Math.abs(lastLabel - py) < lineH) {
                    continue;
                }
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(tick(v, yStep), left - tl - 2, py);
                lastLabel = py;
            }
            g.setStroke(ink);
            g.strokeRect(left, top, right - left, bottom - top);
        }

        /**
         * The second half of {@link #frame}: the title and the axis titles (which also name the axes for the read-outs);
         * none of them depends on the data's range, so a live plot draws them as its cached chrome.
         */
        public void titles(Sketch g, MathText title, MathText xLabel, MathText yLabel) {
            nameAxes(xLabel, yLabel);
            Color ink = style.ink();
            double tl = style.px(5);
            Font titleFont = compact ? labelFont() : titleFont();
            double room = right + style.px(compact ? 8 : 14) - left;
            g.setFont(titleFont);
            double titleW = title.width(g);
            if (titleW > room && room > 0) {
                // N.B. a narrow plot: the title shrinks to fit its width (down to the tick text's size), never cut
                titleFont = Font.font(titleFont.getFamily(), titleFont.getStyle().contains("Bold")
                        ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                        Math.max(tickFont().getSize() * 0.85, titleFont.getSize() * room / titleW));
            }
            g.setFont(titleFont);
            title.draw(g, left, style.px(compact ? 3 : 6), TextAlignment.LEFT, VPos.TOP, ink);
            if (compact) {
                // the x unit in the free corner left of the x tick labels
                g.setFont(tickFont());
                xLabel.draw(g, left - tl - 2, bottom + tl + 1, TextAlignment.RIGHT, VPos.TOP, style.muted());
                return;
            }
            g.setFont(labelFont());
            // N.B. centred on the plot, but kept inside the figure and off a legend column at the right (a plot
            // narrowed by that column is narrower than its title)
            double xw = xLabel.width(g);
            double xc = Math.max(xw / 2 + style.px(4), Math.min((left + right) / 2, right + style.px(14) - xw / 2));
            xLabel.draw(g, xc, height - style.px(4), TextAlignment.CENTER, VPos.BOTTOM, ink);
            // N.B. the rotated title runs along the left margin, centred on the plot; longer than the room there (a short
            // plot: Compare's basin chart at 200 %), it shrinks to fit rather than run off the canvas, cut
            double mid = (top + bottom) / 2;
            double yRoom = 2 * Math.min(mid, height - mid) - style.px(4);
            g.setFont(fitted(g, yLabel, labelFont(), yRoom));
            g.save();
            g.translate(style.px(6), mid);
            g.rotate(-90);
            yLabel.draw(g, 0, 0, TextAlignment.CENTER, VPos.TOP, ink);
            g.restore();
        }

        /** Clips subsequent drawing to the plot area; pair with {@code g.restore()}. */
        public void clip(Sketch g) {
            g.save();
            g.clipRect(left, top, right - left, bottom - top);
        }

        /**
         * A data series: a line through the points (xs[k], ys[k]) in data units, with a dot on each, in {@code c}.
         * Arrays not modified.
         */
        public void series(Sketch g, double[] xs, double[] ys, Color c) {
            series(g, xs, ys, c, null);
        }

        /** As {@link #series(Sketch, double[], double[], Color)}, each point with a hover read-out titled {@code name}. */
        public void series(Sketch g, double[] xs, double[] ys, Color c, String name) {
            g.setStroke(c);
            g.setLineWidth(style.line(3));
            g.beginPath();
            for (int k = 0; k < xs.length; k++) {
                if (k == 0) {
                    g.moveTo(x(xs[k]), y(ys[k]));
                } else {
                    g.lineTo(x(xs[k]), y(ys[k]));
                    occupyLine(x(xs[k - 1]), y(ys[k - 1]), x(xs[k]), y(ys[k]));
                }
            }
            g.stroke();
            g.setFill(c);
            double r = style.px(4);
            for (int k = 0; k < xs.length; k++) {
                g.fillOval(x(xs[k]) - r, y(ys[k]) - r, 2 * r, 2 * r);
                occupyRect(x(xs[k]) - r, y(ys[k]) - r, 2 * r, 2 * r);
                if (name != null) {
                    double xv = xs[k];
                    double yv = ys[k];
                    hoverPoint(x(xv), y(yv), () -> readoutText(name, xv, yv), c);
                }
            }
        }

        /** "name\nx-title = x\ny-title = y", numbers to about four significant digits. */
        public String readoutText(String name, double xv, double yv) {
            return (name == null ? "" : name + "\n") + xTitle.plain() + " = " + value(xv) + "\n" + yTitle.plain()
                    + " = " + value(yv);
        }

        /** As {@link #legend(Sketch, boolean, Color[], boolean[], MathText...)} with plain entries. */
        public void legend(Sketch g, boolean atRight, Color[] colors, boolean[] lines, String... entries) {
            legend(g, atRight, colors, lines, texts(entries));
        }

        /**
         * A legend that covers no data: in an empty corner of the plot area ({@code atRight} first; then the middle
         * of the top and bottom edges), or, when the data leave none, in rows above the plot area (in a short plot:
         * in a column right of it). Swatch colours
         * and line-or-box flags per entry; entries may carry formulas between {@code $…$}. Draw it after the data.
         */
        public void legend(Sketch g, boolean atRight, Color[] colors, boolean[] lines, MathText... entries) {
            double[] box = legendBox(g, atRight, entries);
            lastLegend = new double[] {box[0], box[1], box[2], box[3]};
            double bx = box[0];
            double by = box[1];
            double lh = box[4];
            g.setFont(legendFont());
            g.setFill(veil());
            g.fillRect(bx, by, box[2], box[3]);
            g.setStroke(style.muted());
            g.setLineWidth(style.line(1));
            g.strokeRect(bx, by, box[2], box[3]);
            double sw = style.px(22);
            double[][] at = entryPositions(g, box, entries);
            for (int k = 0; k < entries.length; k++) {
                double ex = at[k][0];
                double cy = at[k][1] + lh / 2;
                if (lines[k]) {
                    g.setStroke(colors[k]);
                    g.setLineWidth(style.line(3));
                    g.strokeLine(ex + style.px(8), cy, ex + style.px(8) + sw, cy);
                    g.setLineWidth(style.line(1));
                } else {
                    g.setFill(colors[k]);
                    g.fillRect(ex + style.px(10), cy - style.px(6), sw - style.px(4), style.px(12));
                }
                entries[k].draw(g, ex + sw + style.px(14), cy, TextAlignment.LEFT, VPos.CENTER, style.ink());
            }
        }

        /** {x, y, width, height, line height} of the legend box {@link #legend} would draw (plain entries). */
        public double[] legendBox(Sketch g, boolean atRight, String... entries) {
            return legendBox(g, atRight, texts(entries));
        }

        /**
         * {x, y, width, height, line height} of the legend box {@link #legend} would draw; in a layout pass, a
         * legend that fits nowhere inside asks for room above the plot area.
         */
        public double[] legendBox(Sketch g, boolean atRight, MathText... entries) {
            g.setFont(legendFont());
            double lh = g.textHeight() * 1.3;
            double sw = style.px(22) + style.px(22);
            double pad = style.px(4);
            if (legendAbove > 0) {
                // outside: entries flow in rows across the band above the plot area
                double[] size = flow(g, entries, null);
                return new double[] {left, legendBandTop, size[0], size[1], lh};
            }
            double width = 0;
            for (MathText e : entries) {
                width = Math.max(width, e.width(g));
            }
            double bw = width + sw;
            double bh = lh * entries.length + 2 * pad;
            double m = style.px(8);
            if (legendBeside > 0) {
                // outside: one entry a row in the column right of the plot area, level with its top (or as high as
                // keeps it inside the figure)
                double y = Math.max(pad, Math.min(top, height - bh - pad));
                return new double[] {right + m, y, bw, bh, lh};
            }
            double l = atRight ? right - bw - m : left + m;
            double r = atRight ? left + m : right - bw - m;
            double mid = (left + right - bw) / 2;
            double t = top + m;
            double b = bottom - bh - m;
            double[][] places = {{l, t}, {r, t}, {l, b}, {r, b}, {mid, t}, {mid, b}};
            double[] best = places[0];
            int fewest = Integer.MAX_VALUE;
            for (double[] c : places) {
                if (c[0] < left || c[0] + bw > right || c[1] < top || c[1] + bh > bottom) {
                    continue;
                }
                int n = covered(c[0] - m / 2, c[1] - m / 2, c[0] + bw + m / 2, c[1] + bh + m / 2);
                if (n < fewest) {
                    fewest = n;
                    best = c;
                }
                if (n == 0) {
                    break;
                }
            }
            if (fewest > 0 && g instanceof MeasuringSketch) {
                legendFlowWidth = Math.max(style.px(120), right - left);
                double need = flow(g, entries, null)[1] + style.px(6);
                double plotH = bottom - top;
                // N.B. only when the plot keeps most of its height: a short plot (a small window, a large zoom)
                // would be squashed flat, so there the legend stays inside, in the corner with the fewest data
                double plotW = right - left;
                double beside = bw + 2 * m - style.px(18);
                if (plotH - need >= Math.max(0.6 * plotH, style.px(90))) {
                    legendOverflow = need - style.px(6);
                } else {
                    legendFlowWidth = 0;
                    // N.B. a short plot (a small window, a large zoom) would be squashed flat by rows above it: it
                    // gives up width instead, the legend in a column at its right, while the plot keeps a third
                    if (plotW - beside >= Math.max(plotW / 3, style.px(60))) {
                        legendBesideNeed = beside;
                    } else if (plotH - need >= style.px(36)) {
                        // N.B. a legend too wide for a column beside the plot (Crosstalk's long entries at 200 %)
                        // still goes above it: a flat plot that shows all its data beats a legend over them
                        legendFlowWidth = Math.max(style.px(120), right - left);
                        legendOverflow = need - style.px(6);
                    }
                }
            }
            // N.B. without a layout pass (placesLegend() false), or in a plot too small to give the legend room
            // above or beside it, a legend that fits nowhere takes the corner with the fewest data
            return new double[] {best[0], best[1], bw, bh, lh};
        }

        /**
         * A message inside the plot area (an empty chart's "Press Run…"), in the muted ink on the veil: wrapped at
         * spaces and, if need be, set smaller (down to 0.85 of the tick text) so that it stays inside the frame, off
         * the axes and their tick labels; at the first place from the centre outwards that meets none of the
         * rectangles {@code avoid} and {@code keepOff} ({x, y, width, height}: marker labels, the legend), else the
         * first that meets none of {@code keepOff}, else in the centre. Left out when it fits at no size (a plot too
         * small to say anything). Draw the legend after it, placed before it ({@link #legendBox}).
         *
         * @return whether it was drawn
         */
        public boolean message(Sketch g, String text, List<double[]> avoid, List<double[]> keepOff) {
            lastMessageArea = new double[] {left, top, right, bottom};
            double m = style.px(8);
            double p = style.px(4);
            double roomW = right - left - 2 * m - 2 * p;
            double roomH = bottom - top - 2 * m - 2 * p;
            Font base = labelFont();
            double floor = tickFont().getSize() * 0.85;
            List<double[]> all = new ArrayList<>(avoid);
            all.addAll(keepOff);
            // N.B. the largest text first, in lines as wide as the plot, then narrower lines (beside a legend); the
            // first layout that fits somewhere free wins; failing that the first that fits at all goes in the centre
            Object[] fallback = null;
            for (int pass = 0; pass < 2; pass++) {
                for (double size = base.getSize(); ; size = Math.max(floor, size * 0.9)) {
                    Font f = Font.font(base.getFamily(), size);
                    for (double share : new double[] {1, 0.6, 0.4}) {
                        g.setFont(f);
                        List<String> lines = wrapWords(g, text, roomW * share);
                        double lh = g.textHeight();
                        if (lines == null || lines.size() * lh > roomH) {
                            continue;
                        }
                        double tw = 0;
                        for (String line : lines) {
                            tw = Math.max(tw, g.textWidth(line));
                        }
                        double bw = tw + 2 * p;
                        double bh = lines.size() * lh + 2 * p;
                        double[] at = messagePlace(bw, bh, m, pass == 0 ? all : keepOff);
                        if (at == null && fallback == null) {
                            fallback = new Object[] {f, lines, lh, bw, bh};
                        }
                        if (at != null) {
                            drawMessage(g, f, lines, lh, at, bw, bh, p);
                            return true;
                        }
                    }
                    if (size <= floor) {
                        break;
                    }
                }
            }
            if (fallback != null) {
                double bw = (double) fallback[3];
                double bh = (double) fallback[4];
                @SuppressWarnings("unchecked")
                List<String> lines = (List<String>) fallback[1];
                drawMessage(g, (Font) fallback[0], lines, (double) fallback[2],
                        new double[] {(left + right - bw) / 2, (top + bottom - bh) / 2}, bw, bh, p);
                return true;
            }
            lastMessage = new double[0];
            return false;
        }

        private void drawMessage(Sketch g, Font f, List<String> lines, double lh, double[] at, double bw, double bh,
                double p) {
            g.setFont(f);
            g.setFill(veil());
            g.fillRect(at[0], at[1], bw, bh);
            g.setFill(style.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            for (int k = 0; k < lines.size(); k++) {
                g.fillText(lines.get(k), at[0] + bw / 2, at[1] + p + k * lh);
            }
            lastMessage = new double[] {at[0], at[1], bw, bh};
        }

        /** Top-left corner for a message box: centred if free, else the nearest free place; null if none is free. */
        private double[] messagePlace(double bw, double bh, double m, List<double[]> avoid) {
            double cx = (left + right - bw) / 2;
            double cy = (top + bottom - bh) / 2;
            double[] xs = {cx, left + m, right - m - bw};
            double step = style.px(6);
            // N.B. offsets 0, +1, −1, +2, −2, … steps from the centre
            for (int k = 0; k <= 2 * (bottom - top) / step; k++) {
                double y = cy + ((k + 1) / 2) * step * (k % 2 == 0 ? -1 : 1);
                if (y < top + m || y + bh > bottom - m) {
                    continue;
                }
                for (double x : xs) {
                    boolean free = true;
                    for (double[] r : avoid) {
                        if (x < r[0] + r[2] && x + bw > r[0] && y < r[1] + r[3] && y + bh > r[1]) {
                            free = false;
                            break;
                        }
                    }
                    if (free) {
                        return new double[] {x, y};
                    }
                }
            }
            return null;
        }

        /** The text broken at spaces into lines of at most {@code width}; null if a word is wider than that. */
        private List<String> wrapWords(Sketch g, String text, double width) {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.split(" ")) {
                String next = line.isEmpty() ? word : line + " " + word;
                if (g.textWidth(next) <= width) {
                    line = next;
                } else if (line.isEmpty() || g.textWidth(word) > width) {
                    return null;
                } else {
                    lines.add(line);
                    line = word;
                }
            }
            lines.add(line);
            return lines;
        }

        /** Data rectangles that meet the rectangle (x0, y0)–(x1, y1). */
        private int covered(double x0, double y0, double x1, double y1) {
            int n = 0;
            for (double[] o : occupied) {
                if (o[0] <= x1 && o[2] >= x0 && o[1] <= y1 && o[3] >= y0) {
                    n++;
                }
            }
            return n;
        }

        /**
         * Lays the entries out in rows across the figure's width (the band above the plot area); returns
         * {width, height} and fills {@code at} (top-left of each entry relative to the box) when given.
         */
        private double[] flow(Sketch g, MathText[] entries, double[][] at) {
            g.setFont(legendFont());
            double lh = g.textHeight() * 1.3;
            double pad = style.px(4);
            // N.B. the width the layout pass measured, so the rows are those it reserved room for
            double avail = legendFlowWidth > 0 ? legendFlowWidth : Math.max(style.px(120), right - left);
            double sw = style.px(22) + style.px(22);
            double x = 0;
            double rows = 1;
            double widest = 0;
            for (int k = 0; k < entries.length; k++) {
                double ew = entries[k].width(g) + sw;
                if (x > 0 && x + ew > avail) {
                    rows++;
                    x = 0;
                }
                if (at != null) {
                    at[k] = new double[] {x, pad + (rows - 1) * lh};
                }
                x += ew + style.px(8);
                widest = Math.max(widest, x - style.px(8));
            }
            return new double[] {widest, rows * lh + 2 * pad};
        }

        /** Top-left corner of each entry of a legend drawn in {@code box}. */
        private double[][] entryPositions(Sketch g, double[] box, MathText[] entries) {
            double[][] at = new double[entries.length][];
            if (legendAbove > 0) {
                flow(g, entries, at);
                for (double[] p : at) {
                    p[0] += box[0];
                    p[1] += box[1];
                }
                return at;
            }
            for (int k = 0; k < entries.length; k++) {
                at[k] = new double[] {box[0], box[1] + style.px(4) + box[4] * k};
            }
            return at;
        }
    }

    private static MathText[] texts(String[] entries) {
        MathText[] t = new MathText[entries.length];
        for (int k = 0; k < entries.length; k++) {
            t[k] = MathText.text(entries[k]);
        }
        return t;
    }

    /** The ink of the normal palette (for static helpers of subclasses written before the theme). */
    public static Color plotInk() {
        return PlotStyle.DEFAULT.ink();
    }

    /** Measured text extents by font and text (tick labels and the like repeat every frame); cleared when large. */
    private static final Map<TextKey, Double> TEXT_WIDTHS = new ConcurrentHashMap<>();
    private static final int MAX_TEXT_WIDTHS = 4096;

    private record TextKey(Font font, String text) {
    }

    protected static double textWidth(String s, Font f) {
        TextKey key = new TextKey(f, s);
        Double w = TEXT_WIDTHS.get(key);
        if (w == null) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(s);
            t.setFont(f);
            w = t.getLayoutBounds().getWidth();
            if (TEXT_WIDTHS.size() > MAX_TEXT_WIDTHS) {
                TEXT_WIDTHS.clear();
            }
            TEXT_WIDTHS.put(key, w);
        }
        return w;
    }

    static double textHeight(Font f) {
        // N.B. a key no text width uses (a width of "Ag" would be a different number)
        TextKey key = new TextKey(f, null);
        Double h = TEXT_WIDTHS.get(key);
        if (h == null) {
            javafx.scene.text.Text t = new javafx.scene.text.Text("Ag");
            t.setFont(f);
            h = t.getLayoutBounds().getHeight();
            TEXT_WIDTHS.put(key, h);
        }
        return h;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    public static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    /**
     * {@code font}, or a smaller size of it at which {@code text} is at most {@code room} wide in {@code g}: an axis
     * title longer than its axis shrinks (its full text also names the axis in the hover read-out) rather than being
     * cut by the canvas's edge. Leaves {@code g}'s font as it found it.
     */
    public static Font fitted(Sketch g, MathText text, Font font, double room) {
        Font before = g.getFont();
        g.setFont(font);
        double w = text.width(g);
        Font result = font;
        if (w > room && room > 0) {
            // N.B. the width of typeset text is nearly, not exactly, proportional to its size: shrink, then check
            double size = font.getSize() * room / w;
            for (int i = 0; i < 4; i++) {
                result = Font.font(font.getFamily(), font.getStyle().contains("Bold")
                        ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, size);
                g.setFont(result);
                double now = text.width(g);
                if (now <= room) {
                    break;
                }
                size *= 0.97 * room / now;
            }
        }
        if (before != null) {
            g.setFont(before);
        }
        return result;
    }

    /** A tick label: as many decimals as the step needs, a true minus sign. */
    public static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
        return (v < 0 ? "−" : "") + s;
    }

    /** A read-out number: about four significant digits. */
    public static String value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        String s = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : Math.abs(v) >= 1 ? "%.3f" : "%.4f", v);
        return s.replace('-', '−');
    }
}
