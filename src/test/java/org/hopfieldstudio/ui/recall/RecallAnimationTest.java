package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.ui.DemoNetworks;
import org.hopfieldstudio.ui.concurrent.JobContext;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recall animation is rendered off the FX thread (here: the test thread) from a replayed, seeded run. N.B. the
 * toolkit is started by TestFX (ApplicationExtension), never by Platform.startup, which would break the robot of
 * the UI tests that run after this one in the same JVM.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class RecallAnimationTest {
    private static final JobContext QUIET = new JobContext() {
        @Override
        public void progress(double done, double total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private static RecallSession.Spec spec() {
        PatternSet set = DemoNetworks.shapes(12);
        Network net = DemoNetworks.hebb(set);
        byte[] start = set.get(0).toArray();
        Noise.flipFraction(start, 0.2, new SplittableRandom(7));
        return new RecallSession.Spec(1, net, start, set, 0, RecallConfig.of(UpdateOrder.RANDOM, 11));
    }

    /** What {@code read} takes from a reader of the GIF {@code f} (frames, sizes, images). */
    private static <T> T gif(File f, GifRead<T> read) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(f)) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            return read.from(r);
        }
    }

    @FunctionalInterface
    private interface GifRead<T> {
        T from(ImageReader r) throws Exception;
    }

    private static int gifFrames(File f, int[] size) throws Exception {
        return gif(f, r -> {
            int n = r.getNumImages(true);
            size[0] = r.getWidth(0);
            size[1] = r.getHeight(0);
            return n;
        });
    }

    @Test
    void gifOfTheGridDecodesWithTheExpectedFrameCountAndSizeAndLoops(@TempDir Path dir) throws Exception {
        File gif = dir.resolve("recall.gif").toFile();
        RecallAnimation.Options opt = new RecallAnimation.Options(RecallAnimation.Content.GRID, RecallAnimation.Format.GIF,
                10, 240, 0.25, gif);
        RecallAnimation.Result res = RecallAnimation.job(spec(), 12, 12, List.of(), PlotStyle.DEFAULT, opt, null, null)
                .run(QUIET);
        int[] size = new int[2];
        assertEquals(res.frames(), gifFrames(gif, size));
        assertTrue(res.frames() >= 3, "several frames: " + res.frames());
        assertEquals(240, size[0]); // 12 cells of 20 px
        assertEquals(240, size[1]);
        String bytes = new String(java.nio.file.Files.readAllBytes(gif.toPath()), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("NETSCAPE2.0"), "loop extension");
    }

    @Test
    void sameSpecGivesTheSameAnimationAndTheLastFrameIsTheEndState(@TempDir Path dir) throws Exception {
        RecallAnimation.Options a = new RecallAnimation.Options(RecallAnimation.Content.GRID,
                RecallAnimation.Format.PNG_SEQUENCE, 10, 120, 0.5, dir.resolve("a").toFile());
        RecallAnimation.Options b = new RecallAnimation.Options(RecallAnimation.Content.GRID,
                RecallAnimation.Format.PNG_SEQUENCE, 10, 120, 0.5, dir.resolve("b").toFile());
        RecallAnimation.Result ra = RecallAnimation.job(spec(), 12, 12, List.of(), PlotStyle.DEFAULT, a, null, null).run(QUIET);
        RecallAnimation.job(spec(), 12, 12, List.of(), PlotStyle.DEFAULT, b, null, null).run(QUIET);
        String last = String.format("frame-%04d.png", ra.frames() - 1);
        BufferedImage la = ImageIO.read(new File(a.target(), last));
        BufferedImage lb = ImageIO.read(new File(b.target(), last));
        assertEquals(120, la.getWidth());
        for (int y = 0; y < la.getHeight(); y += 3) {
            for (int x = 0; x < la.getWidth(); x += 3) {
                assertEquals(la.getRGB(x, y), lb.getRGB(x, y));
            }
        }
        // the end state of this run is the stored pattern 0: compare the centre of each cell
        byte[] target = DemoNetworks.shapes(12).get(0).toArray();
        for (int i = 0; i < 144; i++) {
            int px = la.getRGB((i % 12) * 10 + 5, (i / 12) * 10 + 5) & 0xffffff;
            assertEquals(target[i] > 0, px < 0x808080, "cell " + i);
        }
        assertEquals(ra.frames(), a.target().listFiles().length);
    }

    /**
     * Issue 9's lecture: a 640-px GIF saved from a window at 175 % (projector) had the window's 28-px plot text on its
     * 150-px charts, so the plots were 35 px high with "sweeps" over the axis' 0. The charts of a frame are styled for
     * the frame: the same GIF from a window at 100 % and at 175 % is the same picture, in the window's palette.
     */
    @Test
    void chartsInAFrameAreStyledForTheFrameNotForTheWindowsZoom(@TempDir Path dir) throws Exception {
        java.awt.image.BufferedImage[] last = new java.awt.image.BufferedImage[2];
        double[] zooms = {1.0, 1.75};
        for (int k = 0; k < 2; k++) {
            File gif = dir.resolve("z" + k + ".gif").toFile();
            RecallAnimation.Options opt = new RecallAnimation.Options(RecallAnimation.Content.GRID_AND_CHARTS,
                    RecallAnimation.Format.GIF, 12, 640, 2, gif);
            java.util.concurrent.atomic.AtomicReference<TimeSeriesPlot[]> plots =
                    new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.CountDownLatch made = new java.util.concurrent.CountDownLatch(1);
            javafx.application.Platform.runLater(() -> {
                plots.set(new TimeSeriesPlot[] {new TimeSeriesPlot(TimeSeriesPlot.ENERGY, null, null),
                        new TimeSeriesPlot(TimeSeriesPlot.OVERLAP, -1.0, 1.0)});
                made.countDown();
            });
            assertTrue(made.await(10, java.util.concurrent.TimeUnit.SECONDS));
            RecallAnimation.job(spec(), 12, 12, List.of("a", "b", "c"),
                    org.hopfieldstudio.ui.theme.Palette.PROJECTOR.plotStyle(zooms[k]), opt, plots.get()[0],
                    plots.get()[1]).run(QUIET);
            last[k] = gif(gif, r -> r.read(r.getNumImages(true) - 1));
        }
        assertEquals(last[0].getWidth(), last[1].getWidth());
        assertEquals(last[0].getHeight(), last[1].getHeight());
        int differ = 0;
        for (int y = 0; y < last[0].getHeight(); y++) {
            for (int x = 0; x < last[0].getWidth(); x++) {
                differ += last[0].getRGB(x, y) == last[1].getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differ, "pixels that differ between the GIFs saved at 100 % and at 175 %");
    }

    @Test
    void gridWithChartsFramesAreWiderAndCancelLeavesNoFile(@TempDir Path dir) throws Exception {
        File gif = dir.resolve("charts.gif").toFile();
        RecallAnimation.Options opt = new RecallAnimation.Options(RecallAnimation.Content.GRID_AND_CHARTS,
                RecallAnimation.Format.GIF, 12, 640, 0.25, gif);
        // N.B. the plots are made on the FX thread (as the window does) and drawn here, off it
        java.util.concurrent.atomic.AtomicReference<TimeSeriesPlot[]> plots = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch made = new java.util.concurrent.CountDownLatch(1);
        javafx.application.Platform.runLater(() -> {
            plots.set(new TimeSeriesPlot[] {new TimeSeriesPlot(TimeSeriesPlot.ENERGY, null, null),
                    new TimeSeriesPlot(TimeSeriesPlot.OVERLAP, -1.0, 1.0)});
            made.countDown();
        });
        assertTrue(made.await(10, java.util.concurrent.TimeUnit.SECONDS));
        TimeSeriesPlot energy = plots.get()[0];
        TimeSeriesPlot overlap = plots.get()[1];
        assertFalse(javafx.application.Platform.isFxApplicationThread());
        RecallAnimation.Result res = RecallAnimation.job(spec(), 12, 12, List.of("a", "b", "c"), PlotStyle.DEFAULT, opt,
                energy, overlap).run(QUIET);
        int[] size = new int[2];
        assertEquals(res.frames(), gifFrames(gif, size));
        assertEquals(640, size[0]);
        assertEquals(res.height(), size[1]);
        if (Boolean.getBoolean("gif.dump")) {
            java.nio.file.Files.copy(gif.toPath(), Path.of("target/recall-charts.gif"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        File cancelled = dir.resolve("cancelled.gif").toFile();
        AtomicInteger polls = new AtomicInteger();
        JobContext cancelSoon = new JobContext() {
            @Override
            public void progress(double done, double total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 2;
            }
        };
        RecallAnimation.Options o2 = new RecallAnimation.Options(RecallAnimation.Content.GRID, RecallAnimation.Format.GIF,
                10, 240, 0.05, cancelled);
        assertThrows(CancellationException.class,
                () -> RecallAnimation.job(spec(), 12, 12, List.of(), PlotStyle.DEFAULT, o2, null, null).run(cancelSoon));
        assertFalse(cancelled.exists(), "no half-written GIF");

        // a cancelled export over an earlier GIF leaves that GIF as it was, and no temporary file
        java.nio.file.Files.copy(gif.toPath(), cancelled.toPath());
        byte[] before = java.nio.file.Files.readAllBytes(cancelled.toPath());
        polls.set(0);
        assertThrows(CancellationException.class,
                () -> RecallAnimation.job(spec(), 12, 12, List.of(), PlotStyle.DEFAULT, o2, null, null).run(cancelSoon));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(cancelled.toPath()));
        try (var files = java.nio.file.Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
