package org.hopfieldstudio.ui.recall;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
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
        Axes a = new Axes(w, h, 0, xmax, ymin, ymax, true);
        g.setFont(labelFont());
        MathText shown = shortTitle != null && title.width(g) > (a.right - a.left) * 0.8 ? shortTitle : title;
        List<LegendEntry> legend = new ArrayList<>();
        for (Line l : lines) {
            if (l.label() != null) {
                legend.add(new LegendEntry(l.label(), l.color()));
            }
        }
        // N.B. the title, the x unit and the legend change only with the size, the palette, the plot area's frame and
        // the labelled lines: drawn once into a cached image, not every frame (issue 9: 200 % kept the frame rate)
        a.nameAxes(SWEEPS, title);
        Chrome key = new Chrome(w, h, style(), shown, a.left, a.top, a.right, a.bottom, legend);
        chrome(g, w, h, key, c -> {
            a.titles(c, shown, SWEEPS, title);
            drawLegend(c, a, shown, legend);
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
            for (int k = 0; k < s.size(); k++) {
                double x = a.x(s.x(k));
                double y = a.y(s.y(k));
                if (k == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
                if (hover && (k % every == 0 || k == s.size() - 1)) {
                    // N.B. the text is made when hovered, from the values now (the buffer moves on)
                    String label = l.label();
                    double xv = s.x(k);
                    double yv = s.y(k);
                    hoverPoint(x, y, () -> a.readoutText(label, xv, yv).replace("sweeps =", "t ="), l.color());
                }
            }
            g.stroke();
        }
        g.restore();
    }

    /** A labelled line's name and colour, as the legend in the title row shows it. */
    private record LegendEntry(String label, Color color) {
    }

    /** Everything the cached chrome's drawing depends on. */
    private record Chrome(double w, double h, PlotStyle style, MathText title, double left, double top, double right,
                          double bottom, List<LegendEntry> legend) {
    }

    /** The legend of the labelled lines in the title row, right-aligned, as far as there is room beside the title. */
    private void drawLegend(Sketch g, Axes a, MathText shown, List<LegendEntry> legend) {
        g.setFont(labelFont());
        double lx = a.right;
        double titleEnd = a.left + shown.width(g) + style().px(12);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        for (LegendEntry l : legend) {
            String text = l.label();
            double tw = g.textWidth(text);
            if (lx - tw < titleEnd) {
                break;
            }
            g.setFill(l.color());
            g.fillText(text, lx, style().px(3));
            lx -= tw + style().px(10);
        }
    }
}
