package org.hopfieldstudio.ui.crosstalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hovering a histogram reads out the bar under the pointer: its range and its count. */
@ExtendWith(ApplicationExtension.class)
class HistogramHoverFxTest {
    private CrosstalkHistogramPlot crosstalk;
    private OrthogonalityPlot orthogonality;

    @Start
    void start(Stage stage) {
        crosstalk = new CrosstalkHistogramPlot();
        orthogonality = new OrthogonalityPlot();
        stage.setScene(new Scene(new Pane(crosstalk, orthogonality), 900, 900));
        stage.show();
    }

    private static double parse(String s) {
        return Double.parseDouble(s.replace('−', '-'));
    }

    @Test
    void crosstalkBarsReadOutTheirRangeAndHowManyTermsFallInIt(FxRobot robot) {
        // N = 100, p = 10: 1000 terms in 40 bins of width 0.05 from −1; counts 0, 1, …, 39 but bin 7 empty
        int n = 100;
        int p = 10;
        double lo = -1;
        double bw = 0.05;
        double[] density = new double[40];
        long total = (long) n * p;
        for (int b = 0; b < 40; b++) {
            density[b] = (b == 7 ? 0 : b) / (total * bw);
        }
        CrosstalkSnapshot s = new CrosstalkSnapshot(n, p, 10, 10, lo, bw, density, 0, 0, 0, 0, 0, 0, 0.1, null);
        Map<Integer, String> seen = new LinkedHashMap<>();
        robot.interact(() -> {
            crosstalk.resize(800, 400);
            crosstalk.layout();
            crosstalk.setData(s);
            crosstalk.hover(3, 3);
            assertNull(crosstalk.readoutText(), "nothing outside the plot area");
            for (double x = 0; x < 800; x += 2) {
                crosstalk.hover(x, 300);
                String t = crosstalk.readoutText();
                if (t != null) {
                    Matcher m = Pattern.compile("^(\\S+) ≤ .* < (\\S+)\\n([0-9,]+) of ([0-9,]+) terms$").matcher(t);
                    assertTrue(m.matches(), t);
                    int bin = (int) Math.round((parse(m.group(1)) - lo) / bw);
                    assertEquals(lo + (bin + 1) * bw, parse(m.group(2)), 1e-9, t);
                    assertEquals(total, Long.parseLong(m.group(4).replace(",", "")));
                    seen.put(bin, m.group(3));
                }
            }
        });
        assertEquals(40, seen.size(), "every bin, empty or not, reads out: " + seen.keySet());
        for (Map.Entry<Integer, String> e : seen.entrySet()) {
            assertEquals(e.getKey() == 7 ? 0 : e.getKey(), Integer.parseInt(e.getValue().replace(",", "")),
                    "bin " + e.getKey());
        }
    }

    @Test
    void orthogonalityBarsCountBothSamplesInTheirRange(FxRobot robot) {
        OrthogonalitySnapshot s = OrthogonalitySnapshot.of(64, 20, 3000, 11);
        Map<String, int[]> seen = new LinkedHashMap<>();
        robot.interact(() -> {
            orthogonality.resize(800, 400);
            orthogonality.layout();
            orthogonality.setData(s);
            for (double x = 0; x < 800; x += 3) {
                orthogonality.hover(x, 300);
                String t = orthogonality.readoutText();
                if (t == null) {
                    continue;
                }
                Matcher m = Pattern.compile("^(\\S+) < ξ·S < (\\S+)\\nrandom pairs: ([0-9,]+)\\nsharing k = 20 cells: ([0-9,]+)$")
                        .matcher(t);
                assertTrue(m.matches(), t);
                seen.put(m.group(1), new int[] {(int) parse(m.group(1)), (int) parse(m.group(2)),
                        Integer.parseInt(m.group(3).replace(",", "")), Integer.parseInt(m.group(4).replace(",", ""))});
            }
        });
        assertTrue(seen.size() > 10, "bins read out: " + seen.size());
        int random = 0;
        int shared = 0;
        for (int[] bin : seen.values()) {
            // counted here from the samples themselves
            int cr = 0;
            int cs = 0;
            for (int v : s.random()) {
                cr += v > bin[0] && v < bin[1] ? 1 : 0;
            }
            for (int v : s.shared()) {
                cs += v > bin[0] && v < bin[1] ? 1 : 0;
            }
            assertEquals(cr, bin[2], String.format(Locale.ROOT, "random pairs in (%d, %d)", bin[0], bin[1]));
            assertEquals(cs, bin[3], String.format(Locale.ROOT, "shared pairs in (%d, %d)", bin[0], bin[1]));
            random += bin[2];
            shared += bin[3];
        }
        assertTrue(random > 0.95 * s.random().length && shared > 0.95 * s.shared().length,
                "the bins read out hold nearly all samples: " + random + ", " + shared);
    }
}
