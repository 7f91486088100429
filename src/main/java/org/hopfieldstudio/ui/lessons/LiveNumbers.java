package org.hopfieldstudio.ui.lessons;

import java.util.List;
import java.util.Locale;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.crosstalk.CrosstalkSnapshot;

/**
 * The numbers a lesson's text can show live, written {@code {{name}}}: they are read from the model each time the
 * text is refreshed.
 */
final class LiveNumbers {
    /** Every name a lesson may use. */
    static final List<String> NAMES = List.of("p", "N", "alpha", "capacity", "E", "m", "d", "end", "protocol",
            "steps", "runs", "error", "theory", "crosstalk-p");

    private LiveNumbers() {
    }

    static String value(String name, LessonContext c) {
        StudioModel m = c.model();
        int p = m.library().count();
        int n = m.grid().size();
        return switch (name) {
            case "p" -> Integer.toString(p);
            case "N" -> Integer.toString(n);
            case "alpha" -> String.format(Locale.ROOT, "%.3f", (double) p / n);
            case "capacity" -> String.format(Locale.ROOT, "%.1f", 0.138 * n);
            case "E" -> {
                // N.B. during a run the recall has the energy already; a fresh O(N²) sum only for small grids
                var series = m.recall().energySeries();
                Network net = m.protocol().network();
                if (series.size() > 0) {
                    yield String.format(Locale.ROOT, "%.3f", series.lastY());
                }
                yield net == null || net.size() != n || n > 2500 ? "–" : String.format(Locale.ROOT, "%.3f",
                        net.energy(m.grid().stateUnsafe()));
            }
            case "m", "d" -> {
                int t = m.recall().targetProperty().get();
                if (m.library().storedSet() == null || t < 0 || t >= p || m.library().storedSet().neurons() != n) {
                    yield "–";
                }
                byte[] xi = m.library().storedSet().get(t).toArray();
                byte[] s = m.grid().stateUnsafe();
                long dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += xi[i] * s[i];
                }
                yield name.equals("m") ? String.format(Locale.ROOT, "%+.3f", (double) dot / n)
                        : Long.toString((n - dot) / 2);
            }
            case "end" -> {
                var e = m.recall().endStateKindProperty().get();
                yield e == null ? "(no run finished yet)" : e.label();
            }
            case "protocol" -> {
                Network net = m.protocol().network();
                yield net == null ? "(none)" : m.protocol().selectedProperty().get().displayName();
            }
            case "steps" -> Long.toString(m.recall().stepsProperty().get());
            case "runs" -> Integer.toString(c.finishedRuns());
            case "error", "theory" -> {
                CrosstalkSnapshot s = c.crosstalk().snapshotProperty().get();
                yield s == null ? "–" : String.format(Locale.ROOT, "%.2f %%",
                        100 * (name.equals("error") ? s.measuredError() : s.theoryError()));
            }
            case "crosstalk-p" -> Integer.toString(c.crosstalk().patternsProperty().get());
            default -> throw new IllegalArgumentException("unknown live number " + name);
        };
    }
}
