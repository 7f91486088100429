package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.cli.HopfieldCli;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 5: the capacity lab sweeps several sizes N for an overlay, refuses a size whose writes do not fit
 * the heap with the figure and the way out, and agrees with {@code capacity --neurons N,N,…}.
 */
class CapacityOverlayTest {
    private static CapacityLabViewModel lab(String... protocols) {
        CapacityLabViewModel vm = new CapacityLabViewModel(Runnable::run, Runnable::run);
        vm.neuronsProperty().set(25);
        vm.loadsTextProperty().set("0.08:0.24:0.08");
        vm.trialsTextProperty().set("3");
        vm.noiseTextProperty().set("0.1");
        vm.seedTextProperty().set("7");
        vm.select(protocols);
        return vm;
    }

    @Test
    void overlaySweepsEverySizeWithTheValuesOfADirectSweepAtThatSize() {
        CapacityLabViewModel vm = lab("hebb", "storkey");
        vm.overlayNeuronsTextProperty().set("36, 16");
        assertEquals("", vm.validationMessageProperty().get());
        List<Double> progress = new java.util.ArrayList<>();
        List<String> statuses = new java.util.ArrayList<>();
        vm.progressProperty().addListener((o, a, v) -> progress.add(v.doubleValue()));
        vm.statusProperty().addListener((o, a, v) -> statuses.add(v));
        assertTrue(vm.run());
        for (int k = 1; k < progress.size(); k++) {
            assertTrue(progress.get(k) >= progress.get(k - 1) - 1e-12, "progress never goes back: " + progress);
        }
        assertTrue(progress.size() > 10, "progress reported along the way: " + progress);
        assertTrue(statuses.stream().anyMatch(t -> t.startsWith("Storkey at N = 36, α = 0.16")), statuses.toString());
        assertEquals(List.of(16, 25, 36), vm.sweepSizesProperty().get());
        assertEquals(3 * 3 * 2, vm.results().size());
        for (int n : List.of(16, 25, 36)) {
            for (String id : List.of("hebb", "storkey")) {
                List<CapacitySweep.Point> direct = CapacitySweep.run(CapacitySweep.Config.of(Protocols.byId(id), n,
                        new double[] {0.08, 0.16, 0.24}, 3, 0.1, 7));
                List<CapacitySweep.Point> lab = vm.sortedResults().stream()
                        .filter(p -> p.protocol().equals(id) && p.neurons() == n).toList();
                assertEquals(direct, lab, id + " at N = " + n);
            }
        }
        assertTrue(vm.statusProperty().get().startsWith("Done: 18 points, N = 16, 25, 36,"), vm.statusProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("capacity-N16-25-36-seed7.csv", vm.suggestedFileName());
    }

    @Test
    void overlayCsvEqualsTheCliWithAListOfSizes() throws Exception {
        CapacityLabViewModel vm = lab("hebb");
        vm.overlayNeuronsTextProperty().set("16 36");
        vm.probesProperty().set(2);
        assertTrue(vm.run());
        StringBuilder sb = new StringBuilder();
        vm.writeCsv(sb);
        StringWriter out = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "capacity",
                "--protocol", "hebb", "--neurons", "16,25,36", "--loads", "0.08:0.24:0.08", "--trials", "3",
                "--noise", "0.1", "--seed", "7", "--probes", "2");
        assertEquals(0, code);
        assertEquals(out.toString().replace("\r\n", "\n"), sb.toString());
        assertTrue(vm.statusProperty().get().contains("(2 probes)"), vm.statusProperty().get());
    }

    @Test
    void badOverlayTextIsRefusedWithTheReason() {
        CapacityLabViewModel vm = lab("hebb");
        vm.overlayNeuronsTextProperty().set("400, x");
        assertTrue(vm.validationMessageProperty().get().startsWith("Overlay N: 'x' is not a whole number"),
                vm.validationMessageProperty().get());
        assertFalse(vm.run());
        vm.overlayNeuronsTextProperty().set("400, 50000");
        assertTrue(vm.validationMessageProperty().get().contains("50000 is out of range: N goes from 4 to 46340"),
                vm.validationMessageProperty().get());
        vm.overlayNeuronsTextProperty().set("16, 36, 49, 64, 81, 100");
        assertTrue(vm.validationMessageProperty().get().contains("7 sizes"), vm.validationMessageProperty().get());
        vm.overlayNeuronsTextProperty().set("16, 25, 36");
        assertEquals("", vm.validationMessageProperty().get(), "N itself may be listed again");
    }

    @Test
    void largeNRunsWhenTheFactorsFitAndIsRefusedWithTheFigureAndTheWayOutWhenNot() {
        CapacityLabViewModel vm = lab("hebb");
        vm.setHeapLimit(() -> 4L << 30);
        vm.neuronsProperty().set(46_340);
        vm.loadsTextProperty().set("0.02:0.12:0.02");
        // Hebb keeps W factored up to α = 1/8: 8·N·p bytes, 2.0 GB at p = 5561
        assertEquals("", vm.validationMessageProperty().get());
        vm.loadsTextProperty().set("0.02:0.40:0.02");
        String why = vm.validationMessageProperty().get();
        assertTrue(why.startsWith("Hebb at N = 46340, α = 0.4 (p = 18536) needs 8.0 GB per trial, more than the 4.0 GB"
                + " Java heap."), why);
        assertTrue(why.contains("α ≤ 0.124,"), why);
        assertTrue(why.contains("choose N ≤ 32768"), why);
        assertTrue(why.contains("-Xmx"), why);
        assertFalse(vm.run());
        assertTrue(vm.statusProperty().get().startsWith("Not started: Hebb at N = 46340"));
        // the limit of the protocol, not the loads typed, decides what is swept
        vm.protocol("hebb").maxLoadProperty().set(0.12);
        assertEquals("", vm.validationMessageProperty().get());
        // an overlay size that does not fit is refused in the same way
        vm.neuronsProperty().set(100);
        vm.protocol("hebb").maxLoadProperty().set(0.4);
        vm.overlayNeuronsTextProperty().set("46340");
        assertTrue(vm.validationMessageProperty().get().startsWith("Hebb at N = 46340"),
                vm.validationMessageProperty().get());
    }

    @Test
    void theBasinPanelChecksMemoryToo() {
        CapacityLabViewModel vm = lab("trn");
        vm.setHeapLimit(() -> 1L << 30);
        vm.panelProperty().set(CapacityLabViewModel.Panel.BASINS);
        vm.neuronsProperty().set(40_000);
        assertTrue(vm.validationMessageProperty().get().startsWith("TRN at N = 40000, p = 10 needs"),
                vm.validationMessageProperty().get());
        assertFalse(vm.run());
    }

    private static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString().replace("\r\n", "\n"), err.toString()};
    }

    @Test
    void cliNeuronsListRunsOneSweepPerNInTheOrderGiven() {
        String[] both = cli("capacity", "--neurons", "25,16", "--loads", "0.1:0.2:0.1", "--trials", "2", "--seed", "3");
        String[] first = cli("capacity", "--neurons", "25", "--loads", "0.1:0.2:0.1", "--trials", "2", "--seed", "3");
        String[] second = cli("capacity", "--neurons", "16", "--loads", "0.1:0.2:0.1", "--trials", "2", "--seed", "3");
        assertEquals("0", both[0], both[2]);
        String rows = first[1] + second[1].substring(second[1].indexOf('\n') + 1);
        assertEquals(rows, both[1]);
        assertEquals(5, both[1].split("\n").length);
        String[] bad = cli("capacity", "--neurons", "16,0", "--loads", "0.1");
        assertEquals("2", bad[0]);
        assertEquals("error: --neurons must be at least 1, got 0", bad[2].strip());
    }
}
