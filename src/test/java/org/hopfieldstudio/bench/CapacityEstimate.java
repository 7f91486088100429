package org.hopfieldstudio.bench;

import java.util.Locale;
import java.util.Set;
import org.hopfieldstudio.ui.capacity.CapacityLabViewModel;
import org.hopfieldstudio.ui.concurrent.Durations;
import org.hopfieldstudio.ui.capacity.ProtocolChoice;

/**
 * How honest the capacity lab's time estimate is: runs one sweep of the lab's view model (on this thread, all cores
 * for the trials) and prints, at every progress step, the elapsed time, the fraction done and the lab's "time left"
 * text, then each point's wall time and, at the end, what the estimate said at 10, 25 and 50 % of the real time
 * against the real total. Arguments: N, loads, trials, probes, protocols (comma-separated ids), e.g.
 * {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) org.hopfieldstudio.bench.CapacityEstimate
 * 6400 0.02:0.24:0.02 2 20 hebb}.
 */
public final class CapacityEstimate {
    private CapacityEstimate() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        String loads = args[1];
        String trials = args[2];
        int probes = Integer.parseInt(args[3]);
        Set<String> ids = Set.of(args[4].split(","));
        CapacityLabViewModel vm = new CapacityLabViewModel(Runnable::run, Runnable::run);
        vm.neuronsProperty().set(n);
        vm.loadsTextProperty().set(loads);
        vm.trialsTextProperty().set(trials);
        vm.probesProperty().set(probes);
        for (ProtocolChoice c : vm.protocols()) {
            c.selectedProperty().set(ids.contains(c.id()));
        }
        long start = System.nanoTime();
        double[] lastPoint = {0};
        java.util.List<double[]> said = new java.util.ArrayList<>(); // {elapsed, estimated total}
        vm.timeTextProperty().addListener((o, a, t) -> {
            double s = (System.nanoTime() - start) / 1e9;
            double f = vm.progressProperty().get();
            System.out.printf(Locale.ROOT, "%8.2f s  %6.2f %%  %s%n", s, 100 * f, t);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("about (.*) left").matcher(t);
            if (m.find()) {
                said.add(new double[] {s, s + Durations.seconds(m.group(1))});
            }
        });
        vm.longWorkProperty().addListener((o, a, t) -> {
            if (!t.isEmpty() && (a.isEmpty() || !t.substring(0, 40).equals(a.substring(0, 40)))) {
                System.out.printf(Locale.ROOT, "%8.2f s  notice: %s%n", (System.nanoTime() - start) / 1e9,
                        t.substring(0, t.indexOf(" at the rate")));
            }
        });
        vm.results().addListener((javafx.collections.ListChangeListener<Object>) ch -> {
            double s = (System.nanoTime() - start) / 1e9;
            Object p = vm.results().get(vm.results().size() - 1);
            System.out.printf(Locale.ROOT, "point %s: %.2f s%n", p, s - lastPoint[0]);
            lastPoint[0] = s;
        });
        if (!vm.runCapacity()) {
            throw new IllegalStateException(vm.validationMessageProperty().get());
        }
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s; real total %.1f s%n", vm.statusProperty().get(), total);
        System.out.println("long-work notice: " + vm.longWorkProperty().get());
        for (double at : new double[] {0.1, 0.25, 0.5, 0.75}) {
            double[] best = null;
            for (double[] e : said) {
                if (e[0] <= at * total) {
                    best = e;
                }
            }
            if (best != null) {
                System.out.printf(Locale.ROOT, "at %2.0f %% of the real time (%.1f s): estimated total %.1f s = %.2f × real%n",
                        100 * at, best[0], best[1], best[1] / total);
            }
        }
    }
}
