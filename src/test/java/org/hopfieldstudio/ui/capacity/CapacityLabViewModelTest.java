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
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.cli.HopfieldCli;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.protocol.Hebb;
import org.hopfieldstudio.protocol.ProtocolException;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capacity lab's view model without a toolkit: both executors run on the calling thread. */
class CapacityLabViewModelTest {
    private static final double[] LOADS = {0.08, 0.16, 0.24};

    private static CapacityLabViewModel tiny(String... protocols) {
        return tiny(new CapacityLabViewModel(Runnable::run, Runnable::run), protocols);
    }

    private static CapacityLabViewModel tiny(CapacityLabViewModel vm, String... protocols) {
        vm.neuronsProperty().set(25);
        vm.loadsTextProperty().set("0.08:0.24:0.08");
        vm.trialsTextProperty().set("3");
        vm.noiseTextProperty().set("0.1");
        vm.seedTextProperty().set("7");
        vm.select(protocols);
        return vm;
    }

    private static List<CapacitySweep.Point> of(CapacityLabViewModel vm, String id) {
        return vm.sortedResults().stream().filter(p -> p.protocol().equals(id)).toList();
    }

    @Test
    void tinySweepFillsTheResultsOfEverySelectedProtocolWithTheValuesOfADirectSweep() {
        CapacityLabViewModel vm = tiny("hebb", "pinv", "storkey", "mpf");
        assertTrue(vm.run());
        assertEquals(12, vm.results().size());
        for (String id : List.of("hebb", "pinv", "storkey", "mpf")) {
            List<CapacitySweep.Point> direct = CapacitySweep.run(
                    CapacitySweep.Config.of(Protocols.byId(id), 25, LOADS, 3, 0.1, 7));
            assertEquals(direct, of(vm, id), id);
        }
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Done: 12 points"), vm.statusProperty().get());
        assertEquals(25, vm.sweepNeuronsProperty().get());
        assertEquals(0.24, vm.sweepMaxLoadProperty().get(), 1e-12);
    }

    @Test
    void pointsStreamInLoadByLoadForAllProtocols() {
        CapacityLabViewModel vm = tiny("hebb", "storkey");
        List<String> arrivals = new ArrayList<>();
        vm.results().addListener((ListChangeListener<CapacitySweep.Point>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(p -> arrivals.add(p.protocol() + "@" + p.load()));
            }
        });
        vm.run();
        assertEquals(List.of("hebb@0.08", "storkey@0.08", "hebb@0.16", "storkey@0.16", "hebb@0.24", "storkey@0.24"),
                arrivals);
    }

    @Test
    void loadsAboveAProtocolsLimitAreSkippedForThatProtocolOnly() {
        CapacityLabViewModel vm = tiny("hebb", "pinv");
        vm.protocol("hebb").maxLoadProperty().set(0.1);
        vm.run();
        assertEquals(1, of(vm, "hebb").size());
        assertEquals(3, of(vm, "pinv").size());
    }

    @Test
    void cancelDuringTheSweepStopsItAndKeepsTheFinishedPoints() {
        CapacityLabViewModel vm = tiny("hebb", "pinv", "storkey");
        vm.results().addListener((ListChangeListener<CapacitySweep.Point>) c -> vm.cancel());
        vm.run();
        assertEquals(1, vm.results().size());
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Cancelled"), vm.statusProperty().get());
    }

    @Test
    void cancelBeforeTheQueuedSweepStartsComputesNothing() {
        List<Runnable> queue = new ArrayList<>();
        CapacityLabViewModel vm = tiny(new CapacityLabViewModel(queue::add, Runnable::run), "hebb");
        assertTrue(vm.run());
        assertTrue(vm.runningProperty().get());
        vm.cancel();
        queue.forEach(Runnable::run);
        assertTrue(vm.results().isEmpty());
        assertFalse(vm.runningProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.5:0.1:0.1 | 20  | 0.1  | FROM must not be above TO",
            "0.1:0.5:0   | 20  | 0.1  | STEP must be positive",
            "abc         | 20  | 0.1  | Loads must be FROM:TO:STEP",
            "0:0.5:0.1   | 20  | 0.1  | Loads must be positive",
            "0.1:0.5:0.1 | 0   | 0.1  | Trials must be between 1",
            "0.1:0.5:0.1 | two | 0.1  | Trials must be a whole number",
            "0.1:0.5:0.1 | 20  | 1.5  | Probe noise must be between 0 and 1",
            "0.1:0.5:0.1 | 20  | -0.1 | Probe noise must be between 0 and 1",
    })
    void badInputIsRefusedWithAMessageAndDoesNotRun(String loads, String trials, String noise, String message) {
        AtomicInteger started = new AtomicInteger();
        Executor counting = r -> {
            started.incrementAndGet();
            r.run();
        };
        CapacityLabViewModel vm = tiny(new CapacityLabViewModel(counting, Runnable::run), "hebb");
        vm.loadsTextProperty().set(loads);
        vm.trialsTextProperty().set(trials);
        vm.noiseTextProperty().set(noise);
        assertTrue(vm.validationMessageProperty().get().contains(message), vm.validationMessageProperty().get());
        assertFalse(vm.run());
        assertEquals(0, started.get());
        assertTrue(vm.results().isEmpty());
        assertFalse(vm.runningProperty().get());
        vm.loadsTextProperty().set("0.1");
        vm.trialsTextProperty().set("1");
        vm.noiseTextProperty().set("0");
        assertEquals("", vm.validationMessageProperty().get());
    }

    @Test
    void noSelectedProtocolIsRefused() {
        CapacityLabViewModel vm = tiny();
        assertEquals("Select at least one protocol.", vm.validationMessageProperty().get());
        assertFalse(vm.run());
    }

    /** Hebb that refuses more than 3 patterns. */
    private static final class FailsAboveThree implements WritingProtocol {
        private final Hebb hebb = new Hebb();

        @Override
        public String id() {
            return "picky";
        }

        @Override
        public String displayName() {
            return "Picky";
        }

        @Override
        public String formula() {
            return "";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public boolean writesSymmetric() {
            return true;
        }

        @Override
        public Network write(WriteRequest request) {
            if (request.patterns().count() > 3) {
                throw new ProtocolException("Picky stores at most 3 patterns");
            }
            return hebb.write(request);
        }
    }

    @Test
    void aFailingProtocolIsReportedAndTheOthersContinue() {
        CapacityLabViewModel vm = tiny(new CapacityLabViewModel(Runnable::run, Runnable::run,
                List.of(new Hebb(), new FailsAboveThree()), 0), "hebb", "picky");
        vm.protocol("picky").maxLoadProperty().set(1);
        vm.run();
        assertEquals(3, of(vm, "hebb").size());
        assertEquals(1, of(vm, "picky").size()); // p = 2 works; p = 4 fails, p = 6 is skipped
        String why = vm.protocol("picky").failureProperty().get();
        assertTrue(why.contains("Picky stores at most 3 patterns") && why.contains("α = 0.16"), why);
        assertEquals("", vm.protocol("hebb").failureProperty().get());
        assertTrue(vm.statusProperty().get().contains("Failed: picky"), vm.statusProperty().get());
    }

    @Test
    void krauthMezardBeyondTheGardnerBoundFailsWithItsReason() {
        CapacityLabViewModel vm = tiny("hebb", "km");
        vm.loadsTextProperty().set("0.2:2.2:2");
        vm.protocol("hebb").maxLoadProperty().set(3);
        vm.protocol("km").failureProperty();
        vm.trialsTextProperty().set("1");
        vm.run();
        assertEquals(2, of(vm, "hebb").size());
        assertEquals(1, of(vm, "km").size());
        assertTrue(vm.protocol("km").failureProperty().get().contains("Gardner"),
                vm.protocol("km").failureProperty().get());
    }

    @Test
    void csvExportHasTheCliHeaderAndTheCliRows() throws Exception {
        CapacityLabViewModel vm = tiny("hebb", "pinv");
        vm.run();
        StringBuilder sb = new StringBuilder();
        vm.writeCsv(sb);
        String[] lines = sb.toString().split("\n");
        assertEquals("protocol,neurons,patterns,load,trials,stable_fraction,recall_fraction,mean_overlap", lines[0]);
        assertEquals(7, lines.length);
        StringBuilder cli = new StringBuilder(CapacityCsv.HEADER).append('\n');
        for (String id : List.of("hebb", "pinv")) {
            StringWriter out = new StringWriter();
            int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "capacity",
                    "--protocol", id, "--neurons", "25", "--loads", "0.08:0.24:0.08", "--trials", "3",
                    "--noise", "0.1", "--seed", "7");
            assertEquals(0, code);
            String text = out.toString().replace("\r\n", "\n");
            cli.append(text.substring(text.indexOf('\n') + 1));
        }
        assertEquals(cli.toString(), sb.toString());
    }

    @Test
    void exportWritesTheCsvFile(@TempDir Path dir) throws Exception {
        CapacityLabViewModel vm = tiny("storkey");
        vm.run();
        Path f = dir.resolve("capacity.csv");
        assertTrue(vm.exportCsv(f));
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertEquals(CapacityCsv.HEADER, lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("storkey,25,2,0.08,3,"), lines.get(1));
    }

    @Test
    void basinSweepFillsOneCurvePerProtocolWithTheValuesOfADirectSweep() {
        CapacityLabViewModel vm = tiny("hebb", "pinv");
        vm.panelProperty().set(CapacityLabViewModel.Panel.BASINS);
        vm.basinPatternsProperty().set(3);
        assertTrue(vm.run());
        int[] d = CapacityLabViewModel.basinDistances(25);
        assertEquals(0, d[0]);
        assertEquals(12, d[d.length - 1]);
        assertEquals(2 * d.length, vm.basinResults().size());
        for (String id : List.of("hebb", "pinv")) {
            List<BasinSweep.Point> direct = BasinSweep.run(BasinSweep.Config.of(Protocols.byId(id), 25, 3, d, 3, 7));
            assertEquals(direct, vm.basinResults().stream().filter(p -> p.protocol().equals(id)).toList());
        }
        assertTrue(vm.results().isEmpty());
    }

    @Test
    void basinPatternsOutOfRangeAreRefused() {
        CapacityLabViewModel vm = tiny("hebb");
        vm.panelProperty().set(CapacityLabViewModel.Panel.BASINS);
        vm.basinPatternsProperty().set(0);
        assertTrue(vm.validationMessageProperty().get().startsWith("Stored patterns p must be between 1"));
        assertFalse(vm.run());
    }

    @Test
    void theoryMarkersAreTheLoadsOfDesignSection3() {
        List<TheoryMarkers.Marker> m = TheoryMarkers.forNeurons(100);
        double ln = Math.log(100);
        assertEquals(List.of(1 / (4 * ln), 1 / (2 * ln), 0.138, 1 / Math.sqrt(2 * ln), 1.0, 2.0),
                m.stream().map(TheoryMarkers.Marker::load).toList());
    }
}
