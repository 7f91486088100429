package org.hopfieldstudio.ui.recall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;

class RecallViewModelTest {
    private static StudioModel axoUnderPinv() {
        StudioModel m = TestStudio.model();
        m.protocol().select("pinv");
        m.library().replaceAll(TestStudio.axo());
        m.library().showInGrid(0);
        return m;
    }

    @Test
    void corruptFlipsExactlyRoundNoiseTimesNCells() {
        StudioModel m = axoUnderPinv();
        byte[] before = m.grid().state();
        m.recall().noiseProperty().set(0.2);
        m.recall().corrupt();
        assertEquals(20, Measures.hamming(before, m.grid().state()));
    }

    @Test
    void runToConvergenceRepairsTheCorruptedLetter() {
        StudioModel m = axoUnderPinv();
        m.recall().noiseProperty().set(0.2);
        m.recall().corrupt();
        m.recall().runToConvergence();
        m.recall().onFrame(0);
        assertArrayEquals(TestStudio.axo().get(0).toArray(), m.grid().state());
        assertTrue(m.recall().endStateProperty().get().contains("stored pattern 'A'"), m.recall().endStateProperty().get());
        assertTrue(m.recall().energySeries().size() > 2);
        assertTrue(m.recall().energySeries().lastY() < m.recall().energySeries().y(0), "energy falls");
        assertEquals(0f, m.recall().hammingSeries().lastY());
    }

    @Test
    void stepUpdatesExactlyOneNeuronAndNamesIt() {
        StudioModel m = axoUnderPinv();
        m.recall().corrupt();
        m.recall().step();
        m.recall().onFrame(0);
        assertTrue(m.recall().stepTextProperty().get().contains("step 1 · neuron"), m.recall().stepTextProperty().get());
        assertTrue(m.grid().highlightProperty().get() >= 0);
    }

    @Test
    void sameSeedReplaysTheIdenticalRun() {
        StudioModel m = axoUnderPinv();
        m.recall().corrupt();
        for (int k = 0; k < 30; k++) {
            m.recall().step();
        }
        m.recall().onFrame(0);
        byte[] first = m.grid().state();
        String text = m.recall().stepTextProperty().get();
        m.recall().reset();
        for (int k = 0; k < 30; k++) {
            m.recall().step();
        }
        m.recall().onFrame(0);
        assertArrayEquals(first, m.grid().state());
        assertEquals(text, m.recall().stepTextProperty().get());
    }

    @Test
    void resetReturnsToTheCorruptedStart() {
        StudioModel m = axoUnderPinv();
        m.recall().corrupt();
        byte[] start = m.grid().state();
        m.recall().runToConvergence();
        m.recall().onFrame(0);
        m.recall().reset();
        assertArrayEquals(start, m.grid().state());
        assertFalse(m.recall().finishedProperty().get());
    }

    @Test
    void playAdvancesAFrameBudgetAndStopsAtTheFixedPoint() {
        StudioModel m = axoUnderPinv();
        m.recall().corrupt();
        m.recall().speedProperty().set(1.0); // a sweep per frame
        m.recall().play();
        long t = 0;
        for (int f = 0; f < 100 && !m.recall().finishedProperty().get(); f++) {
            m.recall().onFrame(t += 16_666_667);
        }
        assertTrue(m.recall().finishedProperty().get());
        assertFalse(m.recall().isPlaying());
        assertArrayEquals(TestStudio.axo().get(0).toArray(), m.grid().state());
    }

    @Test
    void clampedOcclusionRecoversTheHiddenHalf() {
        StudioModel m = axoUnderPinv();
        m.recall().occludeHalf(Noise.Half.BOTTOM);
        m.recall().clampProperty().set(true);
        m.recall().runToConvergence();
        m.recall().onFrame(0);
        assertArrayEquals(TestStudio.axo().get(0).toArray(), m.grid().state());
    }

    @Test
    void speedScaleRunsFromOneNeuronPerSecondToASweepPerFrame() {
        assertEquals(1.0, RecallViewModel.neuronsPerSecond(0, 100), 1e-9);
        assertEquals(6000.0, RecallViewModel.neuronsPerSecond(1, 100), 1e-6);
    }
}
