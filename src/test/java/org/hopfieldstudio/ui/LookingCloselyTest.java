package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.Hebb;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.ui.crosstalk.CrosstalkSnapshot;
import org.hopfieldstudio.ui.crosstalk.IncrementalCrosstalk;
import org.hopfieldstudio.ui.heatmap.WeightHeatmapViewModel;
import org.junit.jupiter.api.Test;

/** Issue 7, defect 16 ("looking closely"), the parts a view-model test can see. */
class LookingCloselyTest {
    private static Network hebb(PatternSet set) {
        return new Hebb().write(new WriteRequest(set, java.util.Map.of(), 1, (d, t, o, m) -> { }, () -> false));
    }

    @Test
    void crosstalkAxisCoversEveryTermOfTheLetters() {
        PatternSet letters = PatternLibrary.load("letters");
        IncrementalCrosstalk c = new IncrementalCrosstalk(10, 10, 1, letters);
        c.setPatterns(letters.count(), Cancellation.NEVER);
        CrosstalkSnapshot s = CrosstalkSnapshot.of(c, 60, 3);
        assertTrue(s.std() > 5, "the letters' crosstalk is wide: std " + s.std());
        assertEquals(0, s.below(), "no term left of the axis");
        assertEquals(0, s.above(), "no term right of the axis");
        double xHi = s.binLo() + s.density().length * s.binWidth();
        assertTrue(xHi - s.binLo() > 4 * s.std(), "axis " + s.binLo() + " … " + xHi + " follows std " + s.std());
    }

    @Test
    void heatmapCaptionSpeaksOfSquaresNotPixels() {
        WeightHeatmapViewModel vm = new WeightHeatmapViewModel(Runnable::run, Runnable::run, 1000);
        vm.networkProperty().set(hebb(TestStudio.axo()));
        assertTrue(vm.captionProperty().get().contains("100×100 weights, one square each"), vm.captionProperty().get());
        assertTrue(!vm.captionProperty().get().contains("pixel"));
    }

    @Test
    void clickingTheHeatmapSelectsTheReceivingNeuron() {
        WeightHeatmapViewModel vm = new WeightHeatmapViewModel(Runnable::run, Runnable::run, 1000);
        vm.networkProperty().set(hebb(TestStudio.axo()));
        assertNull(vm.selectedNeuronProperty().get());
        vm.selectAt(0.705, 0.375); // column j = 70, row i = 37
        assertEquals(37, vm.selectedNeuronProperty().get());
        assertEquals(37, vm.receptiveFieldProperty().get().neuron());
        vm.selectAt(1.5, 0.2); // outside: unchanged
        assertEquals(37, vm.selectedNeuronProperty().get());
    }
}
