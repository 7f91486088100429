package org.hopfieldstudio.ui.recall;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.Trace;
import org.hopfieldstudio.io.AtomicFiles;
import org.hopfieldstudio.ui.concurrent.Job;
import org.hopfieldstudio.ui.figure.G2Sketch;
import org.hopfieldstudio.ui.figure.GifWriter;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * The recall animation for slides: the run that was shown, replayed from its seeded spec with a {@link Trace}
 * (so it is exactly that run), drawn frame by frame off the FX thread into a looping GIF or a numbered PNG
 * sequence, with the grid alone or the grid beside the energy and overlap charts.
 */
public final class RecallAnimation {
    /** What each frame shows. */
    public enum Content {
        GRID("Grid alone"), GRID_AND_CHARTS("Grid with energy and overlap charts");

        private final String label;

        Content(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Output kind. */
    public enum Format {
        GIF("Animated GIF (loops)"), PNG_SEQUENCE("PNG sequence (a folder of frames)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * @param fps            frames per second of the GIF (PNG sequences: for the video tool to use)
     * @param width          width of a frame in pixels
     * @param sweepsPerFrame how far the run advances per frame (0.1 = a tenth of N neuron updates)
     * @param target         the GIF file, or the folder for the PNG sequence
     */
    public record Options(Content content, Format format, int fps, int width, double sweepsPerFrame, File target) {
        public Options {
            if (fps < 1 || fps > 50) {
                throw new IllegalArgumentException("frame rate must be 1 … 50 per second, got " + fps);
            }
            if (width < 64 || width > 4096) {
                throw new IllegalArgumentException("width must be 64 … 4096 pixels, got " + width);
            }
            if (!(sweepsPerFrame > 0)) {
                throw new IllegalArgumentException("sweeps per frame must be positive");
            }
        }
    }

    /** What was written. */
    public record Result(File target, int frames, int width, int height, boolean truncated) {
        public String describe() {
            return String.format(Locale.ROOT, "%d frames of %d×%d px written to %s%s", frames, width, height, target,
                    truncated ? " (the run was longer than " + MAX_STEPS + " steps: the animation stops there)" : "");
        }
    }

    /** Steps recorded at most (memory: a few bytes plus p floats each). */
    static final int MAX_STEPS = 2_000_000;
    /** Frames at most; a longer run advances more per frame. */
    static final int MAX_FRAMES = 1500;

    private RecallAnimation() {
    }

    /**
     * The export as a background job. {@code energy} and {@code overlap} are fresh plots (in no scene) that the
     * job alone draws; null for {@link Content#GRID}.
     */
    /**
     * The style of the charts in a frame: the window's palette at the zoom that fits a chart of {@code chartW} ×
     * {@code chartH} px (100 % for about 330 × 150 px, between 75 % and 250 %), whatever the window's zoom.
     */
    static PlotStyle frameStyle(PlotStyle window, double chartW, double chartH) {
        double fit = Math.min(chartW / 330.0, chartH / 150.0);
        return window.palette().plotStyle(Math.max(0.75, Math.min(2.5, fit)));
    }

    static Job<Result> job(RecallSession.Spec spec, int rows, int cols, List<String> names, PlotStyle windowStyle,
                           Options opt, TimeSeriesPlot energy, TimeSeriesPlot overlap) {
        return ctx -> {
            PlotStyle style = windowStyle;
            int n = spec.network().size();
            Trace trace = new Trace(MAX_STEPS);
            Recall recall = new Recall(spec.network(), spec.initial(), spec.stored(), spec.config(), trace);
            long guard = 0;
            while (!recall.isFinished() && !recall.hasReachedSweepCap() && !trace.isTruncated()) {
                recall.step();
                if ((++guard & 4095) == 0) {
                    if (ctx.isCancelled()) {
                        throw new CancellationException();
                    }
                    ctx.progress(Math.min(0.25, 0.25 * recall.sweeps() / Math.max(1, spec.config().maxSweeps())), 1,
                            "Replaying the run: " + recall.sweeps() + " sweeps");
                }
            }
            int steps = trace.size();
            boolean sync = steps > 0 && trace.neuron(0) < 0;
            double perFrame = sync ? Math.max(1, Math.round(opt.sweepsPerFrame())) : Math.max(1, opt.sweepsPerFrame() * n);
            perFrame = Math.max(perFrame, steps / (double) (MAX_FRAMES - 1));
            int frames = (int) Math.ceil(steps / perFrame) + 1;

            int gridW = opt.content() == Content.GRID ? opt.width() : (int) Math.round(opt.width() * 0.48);
            double cell = Math.max(1, Math.floor((double) gridW / cols));
            int gridPxW = (int) (cell * cols);
            int gridPxH = (int) (cell * rows);
            int height = opt.content() == Content.GRID ? gridPxH : Math.max(gridPxH, 240);
            int width = opt.content() == Content.GRID ? gridPxW : opt.width();
            // N.B. the charts are styled for the frame, not for the window's zoom: a 640-px GIF saved at 175 % drew
            // 28-px text on 150-px charts (a 35-px plot, 'sweeps' over the axis' 0); the palette stays the window's
            style = frameStyle(style, width - gridPxW - 8, height / 2.0);

            double totalSweeps = sync ? steps : (double) steps / n;
            SeriesBuffer eSeries = new SeriesBuffer(4096);
            List<SeriesBuffer> mSeries = new ArrayList<>();
            double eMin = Double.POSITIVE_INFINITY;
            double eMax = Double.NEGATIVE_INFINITY;
            for (int t = -1; t < steps; t++) {
                eMin = Math.min(eMin, trace.energyAfter(t));
                eMax = Math.max(eMax, trace.energyAfter(t));
            }
            if (energy != null) {
                double pad = Math.max(1e-6, (eMax - eMin) * 0.05);
                energy.usePlotStyle(style);
                energy.setFixedXMax(Math.max(totalSweeps, 1e-3));
                energy.setBounds(eMin - pad, eMax + pad);
                energy.setLinesQuietly(List.of(new TimeSeriesPlot.Line(eSeries, Color.web("#1f77b4"), 1.8, null)));
                overlap.usePlotStyle(style);
                overlap.setFixedXMax(Math.max(totalSweeps, 1e-3));
                List<TimeSeriesPlot.Line> lines = new ArrayList<>();
                for (int mu = 0; mu < trace.patterns(); mu++) {
                    SeriesBuffer b = new SeriesBuffer(4096);
                    mSeries.add(b);
                    boolean target = mu == spec.target();
                    String name = mu < names.size() ? names.get(mu) : "ξ" + (mu + 1);
                    lines.add(new TimeSeriesPlot.Line(b, target ? Color.web("#d62728") : style.series(mu + 1),
                            target ? 2.4 : 1.4, mu < 6 || target ? name : null));
                }
                // N.B. the target drawn last, on top, and named first in the legend (which lists the lines from the
                // top one down): target, then the other named patterns in order
                List<TimeSeriesPlot.Line> ordered = new ArrayList<>(lines);
                java.util.Collections.reverse(ordered);
                if (spec.target() >= 0 && spec.target() < trace.patterns()) {
                    TimeSeriesPlot.Line t = lines.get(spec.target());
                    ordered.remove(t);
                    ordered.add(t);
                }
                overlap.setLinesQuietly(ordered);
            }

            byte[] state = trace.initialState();
            int applied = -1; // steps applied to state
            File dir = opt.format() == Format.PNG_SEQUENCE ? opt.target() : null;
            if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
                throw new IOException("cannot create the folder " + dir);
            }
            List<File> written = new ArrayList<>();
            // N.B. the GIF goes to a temporary file that replaces the target only when complete: a cancelled or
            // failed export leaves an existing file as it was
            java.nio.file.Path gifTmp = opt.format() == Format.GIF ? AtomicFiles.newSibling(opt.target().toPath()) : null;
            GifWriter gif = gifTmp != null ? new GifWriter(gifTmp.toFile(), Math.round(1000f / opt.fps())) : null;
            boolean ok = false;
            try {
                for (int f = 0; f < frames; f++) {
                    if (ctx.isCancelled()) {
                        throw new CancellationException();
                    }
                    int upTo = f == frames - 1 ? steps - 1 : Math.min(steps - 1, (int) Math.round(f * perFrame) - 1);
                    int sampleEvery = Math.max(1, (int) (perFrame / 16));
                    for (int t = applied + 1; t <= upTo; t++) {
                        int i = trace.neuron(t);
                        if (i >= 0) {
                            if (trace.flipped(t)) {
                                state[i] = (byte) -state[i];
                            }
                        } else {
                            state = trace.stateAt(t);
                        }
                        if (energy != null && (t % sampleEvery == 0 || t == upTo)) {
                            sampleCharts(trace, t, sync ? t + 1 : (t + 1.0) / n, eSeries, mSeries);
                        }
                    }
                    if (energy != null && applied < 0 && upTo < 0) {
                        sampleCharts(trace, -1, 0, eSeries, mSeries);
                    }
                    applied = Math.max(applied, upTo);
                    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = img.createGraphics();
                    g.setColor(G2Sketch.awtColor(style.background()));
                    g.fillRect(0, 0, width, height);
                    drawGrid(g, state, rows, cols, cell, 0, (height - gridPxH) / 2);
                    if (energy != null) {
                        double cx = gridPxW + 8;
                        double cw = width - cx;
                        G2Sketch sk = new G2Sketch(g);
                        sk.translate(cx, 0);
                        energy.paintTo(sk, cw, height / 2.0);
                        sk.translate(0, height / 2.0);
                        overlap.paintTo(sk, cw, height / 2.0);
                    }
                    g.dispose();
                    if (gif != null) {
                        gif.write(img, f == frames - 1 ? 200 : Math.max(2, Math.round(100f / opt.fps())));
                    } else {
                        File out = new File(dir, String.format(Locale.ROOT, "frame-%04d.png", f));
                        if (!ImageIO.write(img, "png", out)) {
                            throw new IOException("no PNG writer");
                        }
                        written.add(out);
                    }
                    ctx.progress(0.25 + 0.75 * (f + 1) / frames, 1,
                            String.format(Locale.ROOT, "Frame %d of %d", f + 1, frames));
                }
                ok = true;
            } finally {
                if (gif != null) {
                    gif.close();
                }
                if (!ok) {
                    // N.B. a cancelled or failed export leaves no half-written files behind
                    if (gifTmp != null) {
                        java.nio.file.Files.deleteIfExists(gifTmp);
                    }
                    written.forEach(File::delete);
                }
            }
            if (gifTmp != null) {
                AtomicFiles.replace(gifTmp, opt.target().toPath());
            }
            return new Result(opt.target(), frames, width, height, trace.isTruncated());
        };
    }

    private static void sampleCharts(Trace trace, int t, double x, SeriesBuffer e, List<SeriesBuffer> m) {
        e.add(x, trace.energyAfter(t));
        for (int mu = 0; mu < m.size(); mu++) {
            m.get(mu).add(x, trace.overlapAfter(t, mu));
        }
    }

    /** Cells dark for +1, light for −1, with thin grid lines when the cells are large enough to show them. */
    static void drawGrid(Graphics2D g, byte[] state, int rows, int cols, double cell, double x0, double y0) {
        java.awt.Color on = new java.awt.Color(0x111111);
        java.awt.Color off = java.awt.Color.WHITE;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                g.setColor(state[r * cols + c] > 0 ? on : off);
                g.fillRect((int) (x0 + c * cell), (int) (y0 + r * cell), (int) cell, (int) cell);
            }
        }
        if (cell >= 6) {
            g.setColor(new java.awt.Color(0xbbbbbb));
            for (int c = 0; c <= cols; c++) {
                int x = (int) Math.min(x0 + c * cell, x0 + cols * cell - 1);
                g.drawLine(x, (int) y0, x, (int) (y0 + rows * cell - 1));
            }
            for (int r = 0; r <= rows; r++) {
                int y = (int) Math.min(y0 + r * cell, y0 + rows * cell - 1);
                g.drawLine((int) x0, y, (int) (x0 + cols * cell - 1), y);
            }
        }
    }
}
