package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.cli.HopfieldCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7, defects 14 and 15: basin results export, the default loads, time estimates for sweeps. */
class CapacityLabMessagesTest {
    private static CapacityLabViewModel tiny(String... protocols) {
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
    void basinResultsExportAsTheCliBasinCommandPrintsThem(@TempDir Path dir) throws Exception {
        CapacityLabViewModel vm = tiny("hebb", "pinv");
        vm.panelProperty().set(CapacityLabViewModel.Panel.BASINS);
        vm.basinPatternsProperty().set(3);
        assertFalse(vm.exportableBinding().get(), "nothing to export yet");
        assertTrue(vm.run());
        assertTrue(vm.exportableBinding().get(), "basin results can be exported");
        assertTrue(vm.suggestedFileName().startsWith("basins-N25-p3-seed7"), vm.suggestedFileName());
        Path f = dir.resolve("basins.csv");
        assertTrue(vm.exportCsv(f));
        String written = Files.readString(f, StandardCharsets.UTF_8);
        StringBuilder cli = new StringBuilder(CapacityCsv.BASIN_HEADER).append('\n');
        for (String id : List.of("hebb", "pinv")) {
            StringWriter out = new StringWriter();
            int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "basin",
                    "--protocol", id, "--neurons", "25", "--patterns", "3", "--distances", "0:12:1", "--trials", "3",
                    "--seed", "7");
            assertEquals(0, code);
            String text = out.toString().replace("\r\n", "\n");
            cli.append(text.substring(text.indexOf('\n') + 1));
        }
        assertEquals(cli.toString(), written);
        vm.panelProperty().set(CapacityLabViewModel.Panel.CAPACITY);
        assertFalse(vm.exportableBinding().get(), "no capacity results");
    }

    @Test
    void theDefaultLoadsReachEveryProtocolsDefaultLimit() {
        double[] loads = Range.parse(CapacityLabViewModel.DEFAULT_LOADS, "Loads");
        for (String id : List.of("hebb", "pinv", "storkey", "mpf", "trn", "km")) {
            assertTrue(loads[loads.length - 1] >= CapacityLabViewModel.defaultMaxLoad(id) - 1e-9, id);
        }
    }

    @Test
    void aSweepShowsElapsedAndTimeLeftAndAnnouncesLongWork() {
        CapacityLabViewModel vm = tiny("hebb", "storkey");
        AtomicLong now = new AtomicLong();
        vm.setClock(() -> now.addAndGet(2_000_000_000L)); // every reading two seconds later: a slow sweep
        List<String> times = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        vm.timeTextProperty().addListener((o, a, t) -> times.add(t));
        vm.longWorkProperty().addListener((o, a, t) -> warnings.add(t));
        assertTrue(vm.run());
        assertTrue(times.stream().anyMatch(t -> t.matches(".* elapsed · about .* left")), times.toString());
        assertTrue(warnings.get(0).startsWith("This sweep will take about "), warnings.toString());
        assertTrue(warnings.get(0).contains("Cancel keeps the points finished so far"));
        assertTrue(vm.timeTextProperty().get().startsWith("Took "), vm.timeTextProperty().get());
        assertEquals("", vm.longWorkProperty().get(), "the warning goes when the sweep ends");
    }

    @Test
    void aQuickSweepIsNotAnnounced() {
        CapacityLabViewModel vm = tiny("hebb");
        AtomicLong now = new AtomicLong();
        vm.setClock(() -> now.addAndGet(1_000_000L));
        List<String> warnings = new ArrayList<>();
        vm.longWorkProperty().addListener((o, a, t) -> warnings.add(t));
        assertTrue(vm.run());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
