package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.concurrent.Durations;
import org.junit.jupiter.api.Test;

/**
 * The capacity lab's estimate of the time a sweep takes (shown as "about … left" and, above 30 s, in the notice with
 * Cancel). At N = 6400 it was about four times the real time: the lab divided the time so far by the fraction of a
 * cost model done, so the slow first trials (before the JIT compiles the recall) counted for the whole sweep, the model
 * took dense points for factored ones, and the notice kept its first figure to the end.
 */
class CapacityLabEstimateTest {
    private static final int N = 64;
    private static final int TRIALS = 2;

    /** The lab's cost model: its ratios between points match those measured at N = 6400 (README figures). */
    @Test
    void theCostModelFollowsTheTimesMeasuredAtN6400() {
        // Hebb, N = 6400, 2 trials, 20 probes, seconds a point (bench/CapacityEstimate): α = 0.04 and 0.12 factored,
        // 0.14 and 0.24 dense
        double[] loads = {0.04, 0.12, 0.14, 0.24};
        double[] seconds = {0.82, 2.43, 6.17, 7.05};
        CapacityLabViewModel.CapacityPlan plan = plan(6400, 20);
        WritingProtocol hebb = Protocols.byId("hebb");
        for (int i = 1; i < loads.length; i++) {
            double model = CapacityLabViewModel.work(plan, hebb, 6400, loads[i])
                    / CapacityLabViewModel.work(plan, hebb, 6400, loads[i - 1]);
            double measured = seconds[i] / seconds[i - 1];
            assertTrue(model / measured < 1.3 && measured / model < 1.3, "α = " + loads[i - 1] + " → " + loads[i]
                    + ": the model's cost ratio " + model + ", measured " + measured);
        }
    }

    /**
     * A Hebb sweep at N = 64 (W factored, p ≤ 8) whose first trial takes ten seconds more (the JIT), every other trial
     * the same time per unit of the cost of recalling all p probes with factors of rank p (p·N visits of O(p), about
     * N·p·(4p + 5) with the write): from the second point on the estimate of the total is the real total, and so is
     * the notice's figure at the end.
     */
    @Test
    void theEstimateComesFromTheFinishedPointsNotFromTheSlowFirstTrials() {
        AtomicLong now = new AtomicLong();
        WritingProtocol hebb = Protocols.byId("hebb");
        List<Long> pointEnds = new ArrayList<>();
        WritingProtocol timed = new Timed(hebb) {
            private boolean warm;

            @Override
            public Network write(WriteRequest request) {
                int p = request.patterns().count();
                double s = 0.3 * p * (4 * p + 5) / TRIALS + (warm ? 0 : 10);
                warm = true;
                now.addAndGet((long) (s * 1e9));
                return hebb.write(request);
            }
        };
        CapacityLabViewModel vm = new CapacityLabViewModel(Runnable::run, Runnable::run, List.of(timed), 1);
        vm.neuronsProperty().set(N);
        vm.loadsTextProperty().set("0.02:0.12:0.02"); // p = 1, 3, 4, 5, 6, 8
        vm.trialsTextProperty().set(String.valueOf(TRIALS));
        vm.probesProperty().set(0);
        vm.protocols().get(0).maxLoadProperty().set(0.4);
        vm.setClock(now::get);
        List<double[]> estimates = new ArrayList<>(); // {elapsed, estimated total}
        List<String> notices = new ArrayList<>();
        vm.timeTextProperty().addListener((o, a, t) -> {
            Matcher m = Pattern.compile(".* elapsed · about (.*) left").matcher(t);
            if (m.matches() && pointEnds.size() >= 2) { // from the second point's result on
                double elapsed = now.get() / 1e9;
                estimates.add(new double[] {elapsed, elapsed + Durations.seconds(m.group(1))});
            }
        });
        vm.longWorkProperty().addListener((o, a, t) -> notices.add(t));
        vm.results().addListener((javafx.collections.ListChangeListener<Object>) c -> pointEnds.add(now.get()));
        assertTrue(vm.run());
        assertEquals(6, vm.results().size());
        double total = now.get() / 1e9;
        for (double[] e : estimates) {
            assertTrue(Math.abs(e[1] / total - 1) < 0.1, "at " + e[0] + " s the estimate of the total was " + e[1]
                    + " s; it took " + total + " s");
        }
        assertTrue(estimates.size() >= 8, "estimates after the second point: " + estimates.size());
        List<String> shown = notices.stream().filter(t -> !t.isEmpty()).toList();
        assertFalse(shown.isEmpty(), "a sweep of " + total + " s is announced");
        Matcher last = Pattern.compile("take about (.*) at the rate").matcher(shown.get(shown.size() - 1));
        assertTrue(last.find(), shown.get(shown.size() - 1));
        assertTrue(Math.abs(Durations.seconds(last.group(1)) / total - 1) < 0.1, "the notice's last figure " + last.group(1)
                + " against " + total + " s: it follows the estimate");
    }

    private static CapacityLabViewModel.CapacityPlan plan(int n, int probes) {
        return new CapacityLabViewModel.CapacityPlan(n, new double[] {0.1}, TRIALS, 0.1, 1, List.of(), List.of(n),
                probes);
    }

    /** A protocol that writes as another does (same id, form and memory) and moves a fake clock. */
    private abstract static class Timed implements WritingProtocol {
        final WritingProtocol inner;

        Timed(WritingProtocol inner) {
            this.inner = inner;
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public String displayName() {
            return inner.displayName();
        }

        @Override
        public String formula() {
            return inner.formula();
        }

        @Override
        public String description() {
            return inner.description();
        }

        @Override
        public boolean writesSymmetric() {
            return inner.writesSymmetric();
        }

        @Override
        public long bytesToWrite(int n, int p) {
            return inner.bytesToWrite(n, p);
        }

        @Override
        public int weightRank(int n, int p) {
            return inner.weightRank(n, p);
        }
    }
}
