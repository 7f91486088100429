package org.hopfieldstudio.ui.crosstalk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.ui.DemoNetworks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** View-model tests with same-thread executors; no FX toolkit. */
class CrosstalkViewModelTest {

    private static CrosstalkViewModel model() {
        return new CrosstalkViewModel(Runnable::run, Runnable::run);
    }

    @ParameterizedTest
    @CsvSource({"5, 5, 1", "5, 5, 7", "10, 12, 20", "20, 20, 60"})
    void incrementalTermsEqualCrosstalkTermsGoingUp(int rows, int cols, int p) {
        IncrementalCrosstalk c = new IncrementalCrosstalk(rows, cols, 42, null);
        c.setPatterns(p, Cancellation.NEVER);
        assertArrayEquals(Crosstalk.terms(c.storedSet()), c.terms(), 1e-6f);
    }

    @Test
    void incrementalTermsEqualCrosstalkTermsAfterMovingUpAndDown() {
        IncrementalCrosstalk c = new IncrementalCrosstalk(12, 10, 3, null);
        for (int p : new int[] {30, 7, 19, 1, 25, 24}) {
            c.setPatterns(p, Cancellation.NEVER);
            assertEquals(p, c.patterns());
            assertArrayEquals(Crosstalk.terms(c.storedSet()), c.terms(), 1e-6f, "p = " + p);
        }
    }

    @Test
    void measuredErrorAndUnstableBitsAgreeWithCrosstalkMeasure() {
        IncrementalCrosstalk c = new IncrementalCrosstalk(10, 10, 9, null);
        c.setPatterns(25, Cancellation.NEVER);
        CrosstalkSnapshot snap = CrosstalkSnapshot.of(c, 50, 3);
        Crosstalk.Stats stats = Crosstalk.measure(c.storedSet());
        assertEquals(stats.measuredError(), snap.measuredError(), 1e-12);
        assertEquals(stats.crosstalkMean(), snap.mean(), 1e-9);
        assertEquals(stats.crosstalkStd(), snap.std(), 1e-9);
        assertEquals(stats.theoryError(), snap.theoryError(), 1e-12);
    }

    @Test
    void histogramHoldsEveryTermAndIntegratesToOne() {
        IncrementalCrosstalk c = new IncrementalCrosstalk(25, 40, 1, null);
        c.setPatterns(138, Cancellation.NEVER);
        CrosstalkSnapshot snap = CrosstalkSnapshot.of(c, 70, 3);
        double area = 0;
        for (double d : snap.density()) {
            area += d * snap.binWidth();
        }
        double outside = (double) (snap.below() + snap.above()) / (1000L * 138);
        assertEquals(1.0, area + outside, 1e-9);
        assertTrue(outside < 1e-3, "range covers the distribution");
    }

    @Test
    void libraryPatternsComeFirstWhenTheGridMatches() {
        PatternSet lib = DemoNetworks.shapes(10);
        IncrementalCrosstalk c = new IncrementalCrosstalk(10, 10, 5, lib);
        c.setPatterns(8, Cancellation.NEVER);
        for (int mu = 0; mu < lib.count(); mu++) {
            assertTrue(c.pattern(mu).sameCells(lib.get(mu)));
        }
        assertArrayEquals(Crosstalk.terms(c.storedSet()), c.terms(), 1e-6f);
    }

    @Test
    void movingPChangesTheMeasuredError() {
        CrosstalkViewModel vm = model();
        vm.patternsProperty().set(20);
        double low = vm.snapshotProperty().get().measuredError();
        String lowText = vm.measuredErrorTextProperty().get();
        vm.patternsProperty().set(250);
        double high = vm.snapshotProperty().get().measuredError();
        assertEquals(250, vm.snapshotProperty().get().patterns());
        assertTrue(high > low, low + " → " + high);
        assertNotEquals(lowText, vm.measuredErrorTextProperty().get());
        assertTrue(vm.measuredPointsProperty().get().keySet().containsAll(List.of(20, 250)), "points kept for the chart");
    }

    @Test
    void measuredErrorFollowsTheoryAtTheDefaultSize() {
        CrosstalkViewModel vm = model(); // 25×40 = 1000 neurons
        vm.patternsProperty().set(138);
        CrosstalkSnapshot s = vm.snapshotProperty().get();
        assertEquals(s.theoryError(), s.measuredError(), 0.004);
    }

    @Test
    void changingTheSeedClearsTheCollectedPoints() {
        CrosstalkViewModel vm = model();
        vm.patternsProperty().set(30);
        vm.patternsProperty().set(40);
        vm.seedProperty().set(99);
        assertEquals(1, vm.measuredPointsProperty().get().size());
    }

    @Test
    void sliderRangeFollowsGridSize() {
        CrosstalkViewModel vm = model();
        vm.rowsProperty().set(5);
        vm.colsProperty().set(5);
        assertEquals(7, vm.maxPatternsProperty().get());
        assertTrue(vm.patternsProperty().get() <= 7);
        assertEquals(25, vm.snapshotProperty().get().neurons());
    }

    @Test
    void libraryOfAnotherGridSizeIsReportedAndNotUsed() {
        CrosstalkViewModel vm = model();
        vm.libraryProperty().set(DemoNetworks.shapes(10));
        vm.useLibraryProperty().set(true);
        assertTrue(vm.libraryNoteProperty().get().contains("not used"), vm.libraryNoteProperty().get());
        vm.rowsProperty().set(10);
        vm.colsProperty().set(10);
        assertTrue(vm.libraryNoteProperty().get().startsWith("Patterns 1–5"), vm.libraryNoteProperty().get());
    }

    @Test
    void orthogonalitySamplesHaveMeanKAndStdSqrtNMinusK() {
        CrosstalkViewModel vm = model();
        vm.overlapCellsProperty().set(600);
        OrthogonalitySnapshot o = vm.orthogonalityProperty().get();
        assertEquals(600, o.overlap());
        assertEquals(600, OrthogonalitySnapshot.mean(o.shared()), 3 * Math.sqrt(400) / Math.sqrt(o.shared().length) * 3);
        assertEquals(Math.sqrt(400), OrthogonalitySnapshot.std(o.shared()), 1.5);
        assertEquals(Math.sqrt(1000), OrthogonalitySnapshot.std(o.random()), 2);
    }

    @Test
    void onlyTheNewestQueuedValueIsComputed() {
        List<Runnable> queue = new ArrayList<>();
        CrosstalkViewModel vm = new CrosstalkViewModel(queue::add, Runnable::run);
        queue.clear();
        vm.patternsProperty().set(10);
        vm.patternsProperty().set(11);
        vm.patternsProperty().set(12);
        for (Runnable r : new ArrayList<>(queue)) {
            r.run();
        }
        assertEquals(12, vm.snapshotProperty().get().patterns());
        assertEquals(1, vm.measuredPointsProperty().get().size(), "stale values 10 and 11 never computed");
        assertSame(vm.measuredPointsProperty().get().firstKey(), vm.measuredPointsProperty().get().lastKey());
    }
}
