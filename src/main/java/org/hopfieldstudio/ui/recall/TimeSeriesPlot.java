package org.hopfieldstudio.ui.recall;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.figure.MathText;
import org.hopfieldstudio.ui.figure.Sketch;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * A small live line plot: cheaper than a LineChart (no nodes per point, bounded point counts from
 * {@link SeriesBuffer}), with ticks and tick labels on both axes (time in sweeps), a legend of the labelled
 * lines in the title row, and a hover read-out of the nearest point. Drawn through {@link PlotCanvas}, so it
 * follows the theme and exports to PNG and SVG.
 */
public final class TimeSeriesPlot extends PlotCanvas {
    /** One line to draw. */
    public record Line(SeriesBuffer data, Color color, double width, String label) {
    }

    /** The recall view's plots' titles. */
    public static final MathText ENERGY = MathText.of("Energy $E(t)$");
    public static final MathText OVERLAP = MathText.of("Overlap $m^{\\mu}(t)$ with each stored pattern");
    /** {@link #OVERLAP} where the plot is too narrow for it (an animation frame). */
    public static final MathText OVERLAP_SHORT = MathText.of("Overlap $m^{\\mu}(t)$");
    public static final MathText HAMMING = MathText.of("Hamming distance $d(t)$ to the target");

    private static final MathText SWEEPS = MathText.text("sweeps");
    /** Points per line offered to the hover read-out (every k-th point beyond this). */
    private static final int HOVER_POINTS = 300;
    /** Boxes a line's covered area is recorded in (see {@link #dataBounds()}). */
    private static final int COVER_BOXES = 48;

    private final MathText title;
    private MathText shortTitle;
    private Double fixedMin;
    private Double fixedMax;
    private List<Line> lines = List.of();
    private double fixedXMax = Double.NaN;
    private double sharedXMax;

    public TimeSeriesPlot(String title, Double fixedMin, Double fixedMax) {
        this(MathText.text(title), fixedMin, fixedMax);
    }

    /** A plot whose title carries typeset symbols (words and {@code $…$}, e.g. "Energy $E(t)$"). */
    public TimeSeriesPlot(MathText title, Double fixedMin, Double fixedMax) {
        this.title = title;
        this.shortTitle = title == OVERLAP ? OVERLAP_SHORT : null;
        this.fixedMin = fixedMin;
        this.fixedMax = fixedMax;
        getStyleClass().add(Styles.PLOT);
        setMinSize(120, 90);
        setPrefSize(300, 130);
    }

    @Override
    public String figureName() {
        return getId() == null ? title.plain().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "") : getId();
    }

    /** A shorter title drawn when the plot is too narrow for the full one (null: always the full one). */
    public void setShortTitle(MathText t) {
        this.shortTitle = t;
    }

    /** Extends the time axis to at least {@code t} sweeps, so several plots share one time axis (Compare view). */
    public void setSharedXMax(double t) {
        this.sharedXMax = t;
    }

    /** Fixes the time axis at 0 … {@code sweeps} (an animation keeps its axes still); NaN follows the data. */
    public void setFixedXMax(double sweeps) {
        this.fixedXMax = sweeps;
    }

    /** Fixes the value axis (an animation keeps its axes still). */
    public void setBounds(double min, double max) {
        this.fixedMin = min;
        this.fixedMax = max;
    }

    /** Sets the lines without redrawing (for a plot drawn only through {@link #paintTo}). */
    public void setLinesQuietly(List<Line> newLines) {
        this.lines = newLines;
    }

    public void setLines(List<Line> newLines) {
        this.lines = newLines;
        redraw();
    }

    /** No legend in the plot area (labelled lines are named in the title row): drawn in one pass. */
    @Override
    protected boolean placesLegend() {
        return false;
    }

    @Override
    protected void draw(Sketch g, double w, double h) {
        double xmax = 1e-9;
        double ymin = Double.POSITIVE_INFINITY;
        double ymax = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            SeriesBuffer s = l.data();
            for (int k = 0; k < s.size(); k++) {
                xmax = Math.max(xmax, s.x(k));
                ymin = Math.min(ymin, s.y(k));
                ymax = Math.max(ymax, s.y(k));
            }
        }
        if (fixedMin != null) {
            ymin = fixedMin;
        }
        if (fixedMax != null) {
            ymax = fixedMax;
        }
        if (!(ymin < ymax)) {
            double c = Double.isFinite(ymin) ? ymin : 0;
            ymin = c - 1;
            ymax = c + 1;
        }
        xmax = Double.isNaN(fixedXMax) ? Math.max(Math.max(xmax, sharedXMax), 1) : fixedXMax;
        // N.B. the legend names the line drawn last (on top: the recall target) first
        List<LegendEntry> legend = new ArrayList<>();
        for (int k = lines.size() - 1; k >= 0; k--) {
            Line l = lines.get(k);
            if (l.label() != null) {
                legend.add(new LegendEntry(l.label(), l.color()));
            }
        }
        Axes a = new Axes(w, h, 0, xmax, ymin, ymax, true);
        g.setFont(labelFont());
        MathText shown = shortTitle != null && title.width(g) > (a.right - a.left) * 0.8 ? shortTitle : title;
        LegendLayout place = legendLayout(g, w, h, a, shown, legend);
        if (place.above() > 0 || place.beside() > 0) {
            // N.B. the legend outside the plot area, which gives up that room: made again with it reserved
            reserveLegendRoom(place.above(), place.beside());
            a = new Axes(w, h, 0, xmax, ymin, ymax, true);
            place = place.at(a, style().px(10));
        }
        if (place.box() != null) {
            legendDrawn(place.box()[0], place.box()[1], place.box()[2], place.box()[3]);
        }
        // N.B. the title, the x unit and the legend change only with the size, the palette, the plot area's frame and
        // the labelled lines: drawn once into a cached image, not every frame (issue 9: 200 % kept the frame rate)
        Axes axes = a;
        LegendLayout drawn = place;
        a.nameAxes(SWEEPS, title);
        Chrome key = new Chrome(w, h, style(), shown, a.left, a.top, a.right, a.bottom, legend, place.kind());
        chrome(g, w, h, key, c -> {
            axes.titles(c, shown, SWEEPS, title);
            drawLegend(c, drawn, legend);
        });
        a.grid(g);
        if (ymin < 0 && ymax > 0) {
            g.setStroke(style().muted());
            g.setLineWidth(style().line(1));
            g.strokeLine(a.left, a.y(0), a.right, a.y(0));
        }
        boolean anyLabel = !legend.isEmpty();
        a.clip(g);
        for (Line l : lines) {
            SeriesBuffer s = l.data();
            if (s.size() == 0) {
                continue;
            }
            g.setStroke(l.color());
            g.setLineWidth(style().line(l.width()));
            g.beginPath();
            boolean hover = l.label() != null || !anyLabel;
            int every = Math.max(1, s.size() / HOVER_POINTS);
            // N.B. what the line covers, for the legend checks: the bounding box of each run of points (a segment
            // lies inside the box of its ends), a few dozen boxes a line rather than one per point
            int run = Math.max(1, s.size() / COVER_BOXES);
            double bx0 = 0;
            double by0 = 0;
            double bx1 = 0;
            double by1 = 0;
            for (int k = 0; k < s.size(); k++) {
                double x = a.x(s.x(k));
                double y = a.y(s.y(k));
                if (k == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
                if (k % run == 0) {
                    if (k > 0) {
                        bx0 = Math.min(bx0, x);
                        by0 = Math.min(by0, y);
                        bx1 = Math.max(bx1, x);
                        by1 = Math.max(by1, y);
                        occupyRect(bx0, by0, bx1 - bx0, by1 - by0);
                    }
                    bx0 = x;
                    by0 = y;
                    bx1 = x;
                    by1 = y;
                } else {
                    bx0 = Math.min(bx0, x);
                    by0 = Math.min(by0, y);
                    bx1 = Math.max(bx1, x);
                    by1 = Math.max(by1, y);
                }
                if (hover && (k % every == 0 || k == s.size() - 1)) {
                    // N.B. the text is made when hovered, from the values now (the buffer moves on)
                    String label = l.label();
                    double xv = s.x(k);
                    double yv = s.y(k);
                    hoverPoint(x, y, () -> axes.readoutText(label, xv, yv).replace("sweeps =", "t ="), l.color());
                }
            }
            occupyRect(bx0, by0, bx1 - bx0, by1 - by0);
            g.stroke();
        }
        g.restore();
    }

    /** The names of the labelled lines the legend shows now, in its order (for tests: none may be left out). */
    public List<String> legendLabels() {
        return shownLabels;
    }

    /** A labelled line's name and colour, as the legend shows it. */
    private record LegendEntry(String label, Color color) {
    }

    /** Everything the cached chrome's drawing depends on. */
    private record Chrome(double w, double h, PlotStyle style, MathText title, double left, double top, double right,
                          double bottom, List<LegendEntry> legend, Place place) {
    }

    /**
     * Where the legend goes. Never over the data, and not moving with them (a live plot's lines move every frame, a
     * legend in their emptiest corner would hop about): in the title row, right of the title, where all of it fits
     * there; else in rows between the title and the plot area, where the plot keeps most of its height; else in a
     * column right of the plot area, where the plot keeps a third of its width; else in rows above or a column
     * beside in a smaller text (down to 0.8 of the tick text), else above all the same (a flat plot that shows all its data beats a
     * legend over them).
     */
    private enum Place { NONE, TITLE_ROW, ABOVE, BESIDE }

    /**
     * The legend's place, the room it takes above or beside the plot area, its text, each entry's top-left corner and
     * the box around all of them {x, y, width, height} (null without a legend).
     */
    private record LegendLayout(Place kind, double above, double beside, Font font, double[][] entries, double[] box,
                                double rowHeight, double swatch, double gap) {
        /** The same layout beside the plot area of {@code a} (made with the room reserved); others stay put. */
        LegendLayout at(Axes a, double columnGap) {
            if (kind != Place.BESIDE) {
                return this;
            }
            double dx = a.right + columnGap - box[0];
            double[][] moved = new double[entries.length][];
            for (int k = 0; k < entries.length; k++) {
                moved[k] = new double[] {entries[k][0] + dx, entries[k][1]};
            }
            return new LegendLayout(kind, above, beside, font, moved, new double[] {box[0] + dx, box[1], box[2], box[3]},
                    rowHeight, swatch, gap);
        }
    }

    private List<String> shownLabels = List.of();

    private LegendLayout legendLayout(Sketch g, double w, double h, Axes a, MathText shown, List<LegendEntry> legend) {
        List<String> names = new ArrayList<>();
        for (LegendEntry e : legend) {
            names.add(e.label());
        }
        shownLabels = List.copyOf(names);
        if (legend.isEmpty()) {
            return new LegendLayout(Place.NONE, 0, 0, null, new double[0][], null, 0, 0, 0);
        }
        double swatch = style().px(16);
        double gap = style().px(6);
        g.setFont(tickFont());
        double tickH = g.textHeight();
        double tickRoom = tickH * 2.2;
        double plotH = a.bottom - a.top;
        double plotW = a.right - a.left;
        Font base = legendFont();
        double floor = tickFont().getSize() * 0.8;
        for (Font f = base; ; f = Font.font(f.getFamily(), Math.max(floor, f.getSize() * 0.9))) {
            boolean first = f == base;
            boolean last = f.getSize() <= floor;
            g.setFont(f);
            double rowH = g.textHeight() * 1.1;
            double space = style().px(14);
            double[] widths = new double[legend.size()];
            double total = 0;
            double widest = 0;
            for (int k = 0; k < widths.length; k++) {
                widths[k] = swatch + gap + g.textWidth(legend.get(k).label());
                total += widths[k] + (k > 0 ? space : 0);
                widest = Math.max(widest, widths[k]);
            }
            double[][] at = new double[widths.length][];
            if (first) {
                g.setFont(labelFont());
                double titleEnd = a.left + shown.width(g) + style().px(16);
                double titleRowH = a.top - style().px(6);
                if (titleEnd + total <= a.right && rowH <= titleRowH + 1) {
                    // the title row, right-aligned, level with the title's middle
                    double x = a.right - total;
                    double y = style().px(3) + Math.max(0, (titleRowH - style().px(3) - rowH) / 2);
                    for (int k = 0; k < widths.length; k++) {
                        at[k] = new double[] {x, y};
                        x += widths[k] + space;
                    }
                    return new LegendLayout(Place.TITLE_ROW, 0, 0, f, at, new double[] {a.right - total, y, total, rowH},
                            rowH, swatch, gap);
                }
            }
            // rows between the title and the plot area, from the title's left edge to the figure's right margin
            double x0 = a.left;
            double room = Math.max(widest, w - style().px(6) - x0);
            double x = 0;
            int rows = 1;
            double used = 0;
            for (int k = 0; k < widths.length; k++) {
                if (x > 0 && x + widths[k] > room) {
                    rows++;
                    x = 0;
                }
                at[k] = new double[] {x0 + x, a.top + (rows - 1) * rowH};
                x += widths[k] + space;
                used = Math.max(used, x - space);
            }
            double need = rows * rowH;
            double kept = plotH - need - style().px(6);
            LegendLayout above = new LegendLayout(Place.ABOVE, need, 0, f, at, new double[] {x0, a.top, used, need},
                    rowH, swatch, gap);
            if (first ? kept >= Math.max(0.6 * plotH, tickRoom) : kept >= tickRoom) {
                return above;
            }
            // a column right of the plot area, level with its top, or higher where the column is taller than that
            double columnGap = style().px(10);
            double colH = widths.length * rowH;
            if (plotW - widest - columnGap >= Math.max(plotW / 3, style().px(80))
                    && colH <= h - style().px(6)) {
                double y0 = Math.max(style().px(3), Math.min(a.top, h - style().px(3) - colH));
                double[][] col = new double[widths.length][];
                for (int k = 0; k < widths.length; k++) {
                    col[k] = new double[] {a.right + columnGap, y0 + k * rowH};
                }
                return new LegendLayout(Place.BESIDE, 0, widest + columnGap, f, col,
                        new double[] {a.right + columnGap, y0, widest, colH}, rowH, swatch, gap);
            }
            if (last) {
                // N.B. a plot too small for any of these (no window or animation frame makes one): above all the
                // same, the plot area flattened but not inverted
                if (kept < tickH) {
                    return new LegendLayout(Place.ABOVE, Math.max(0, plotH - tickH - style().px(6)), 0, f, at,
                            new double[] {x0, a.top, used, need}, rowH, swatch, gap);
                }
                return above;
            }
        }
    }

    /** Each legend entry: a short stroke in the line's colour, then its name in the ink. */
    private void drawLegend(Sketch g, LegendLayout place, List<LegendEntry> legend) {
        if (place.kind() == Place.NONE) {
            return;
        }
        g.setFont(place.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < legend.size(); k++) {
            LegendEntry l = legend.get(k);
            double x = place.entries()[k][0];
            double cy = place.entries()[k][1] + place.rowHeight() / 2;
            g.setStroke(l.color());
            g.setLineWidth(style().line(3));
            g.strokeLine(x + style().px(1), cy, x + place.swatch() - style().px(1), cy);
            g.setFill(ink());
            g.fillText(l.label(), x + place.swatch() + place.gap(), cy);
        }
    }
}
