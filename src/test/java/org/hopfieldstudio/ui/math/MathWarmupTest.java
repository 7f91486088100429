package org.hopfieldstudio.ui.math;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Issue 12: JLaTeXMath warmed up on a background thread while other threads typeset at the same time. */
class MathWarmupTest {

    @Test
    void formulasTypesetWhileTheWarmUpRunsAndItFinishes() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            MathWarmup.start();
            MathWarmup.start(); // idempotent
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<TeXIcon>> icons = new ArrayList<>();
                for (String tex : List.of("w_{ij} = \\frac{1}{N}\\sum_\\mu \\xi_i^\\mu \\xi_j^\\mu",
                        "h_i = \\sum_j w_{ij} s_j", "E = -\\tfrac{1}{2} s^\\top W s")) {
                    icons.add(pool.submit(() -> Tex.of(tex).icon(16, -1, java.awt.Color.BLACK)));
                }
                for (Future<TeXIcon> f : icons) {
                    assertTrue(f.get().getIconWidth() > 0);
                }
            } finally {
                pool.shutdownNow();
            }
            MathWarmup.await();
            assertTrue(MathWarmup.done());
            assertTrue(new Tex(MathWarmup.SAMPLE, MathWarmup.SAMPLE).valid(), "the warm-up's own formula parses");
        });
    }
}
