package org.hopfieldstudio.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {
    private static final PatternSet LETTERS = PatternLibrary.load("letters");

    /** All 26 letters stored, B corrupted by 15 % (seed 2), Hebb and the pseudo-inverse chosen, order sweep, seed 2. */
    static StudioModel letters(String... protocols) {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        int b = LETTERS.indexOf("B");
        m.library().showInGrid(b);
        m.recall().orderProperty().set(UpdateOrder.RANDOM_SWEEP);
        m.recall().seedProperty().set(2);
        m.grid().setState(Comparison.noisy(LETTERS, b, 0.15, 2).state(), null);
        List<String> chosen = List.of(protocols);
        for (CompareSlot s : m.compare().slots()) {
            s.selectedProperty().set(chosen.contains(s.protocol().id()));
        }
        return m;
    }

    @Test
    void hebbEndsInAMixtureAndThePseudoInverseOnTheLetterAsTheCliSays() {
        StudioModel m = letters("hebb", "pinv");
        CompareViewModel c = m.compare();
        c.runToEnd();
        c.onFrame(0);
        assertTrue(c.finishedProperty().get());
        ComparePanel hebb = c.panels().get(0);
        ComparePanel pinv = c.panels().get(1);
        assertEquals(EndState.Kind.MIXTURE, hebb.end().kind(), hebb.end().label());
        assertEquals("stored pattern 'B'", pinv.end().label());
        // the same run as `hopfield compare --set letters --pattern B --noise 0.15 --order sweep --seed 2`
        Comparison.Cue cue = Comparison.noisy(LETTERS, LETTERS.indexOf("B"), 0.15, 2);
        Comparison.Row row = Comparison.recall("hebb", Protocols.byId("hebb").write(LETTERS, 1), cue, LETTERS,
                Comparison.config(cue, UpdateOrder.RANDOM_SWEEP, 2, 200));
        assertEquals(row.steps(), hebb.steps());
        assertEquals(row.flips(), hebb.flips());
        assertArrayEquals(row.finalState(), hebb.stateUnsafe());
        assertTrue(c.summaryProperty().get().startsWith("Reached 'B' exactly: Pseudo"), c.summaryProperty().get());
        assertTrue(c.summaryProperty().get().contains("mixture of"), c.summaryProperty().get());
    }

    @Test
    void everyPanelStartsFromTheSameCueAndStepsInLockstep() {
        StudioModel m = letters("hebb", "pinv", "storkey");
        CompareViewModel c = m.compare();
        byte[] cue = m.grid().state();
        c.write();
        for (ComparePanel p : c.panels()) {
            assertEquals(ComparePanel.Status.READY, p.status());
            assertArrayEquals(cue, p.stateUnsafe(), p.protocol().id() + " shows the cue");
        }
        java.util.Set<Integer> visited = new java.util.HashSet<>();
        for (int k = 1; k <= 40; k++) {
            c.step();
            c.onFrame(k);
            int highlighted = c.panels().get(0).highlightProperty().get();
            visited.add(highlighted);
            for (ComparePanel p : c.panels()) {
                assertEquals(k, p.steps(), p.protocol().id() + " after " + k + " steps");
                assertEquals(highlighted, p.highlightProperty().get(), "step " + k + ": the same neuron updated in "
                        + p.protocol().id() + " as in " + c.panels().get(0).protocol().id());
            }
        }
        assertTrue(visited.size() > 20, "the visits go round the neurons: " + visited);
        c.reset();
        for (ComparePanel p : c.panels()) {
            assertEquals(0, p.steps());
            assertArrayEquals(cue, p.stateUnsafe());
        }
    }

    /** Play hands every panel the same steps each frame: frame by frame the running panels stand on the same step. */
    @Test
    void playingKeepsThePanelsInLockstepFrameByFrame() {
        StudioModel m = letters("hebb", "pinv", "storkey");
        CompareViewModel c = m.compare();
        c.speedProperty().set(0.8);
        c.play();
        long now = 0;
        int frames = 0;
        java.util.Set<Long> clocks = new java.util.HashSet<>();
        for (; frames < 5000 && !c.finishedProperty().get(); frames++) {
            now += 16_666_667L;
            c.onFrame(now);
            long clock = -1;
            int neuron = -2;
            for (ComparePanel p : c.panels()) {
                if (p.isFinished()) {
                    continue;
                }
                if (clock < 0) {
                    clock = p.steps();
                    neuron = p.highlightProperty().get();
                }
                assertEquals(clock, p.steps(), "frame " + frames + ": " + p.protocol().id());
                assertEquals(neuron, p.highlightProperty().get(), "frame " + frames + ": " + p.protocol().id());
            }
            long max = c.panels().stream().mapToLong(ComparePanel::steps).max().orElse(0);
            for (ComparePanel p : c.panels()) {
                assertTrue(p.isFinished() || p.steps() == max, "no finished panel ran ahead of a running one");
            }
            clocks.add(max);
        }
        assertTrue(c.finishedProperty().get(), "the run ended within " + frames + " frames");
        assertTrue(clocks.size() > 10, "the run was played over many frames, not in one: " + clocks.size());
    }

    @Test
    void replayRepeatsTheRunExactly() {
        StudioModel m = letters("hebb", "pinv");
        CompareViewModel c = m.compare();
        c.runToEnd();
        c.onFrame(0);
        byte[] first = c.panels().get(0).stateUnsafe().clone();
        long steps = c.panels().get(0).steps();
        c.reset();
        c.runToEnd();
        c.onFrame(1);
        assertArrayEquals(first, c.panels().get(0).stateUnsafe());
        assertEquals(steps, c.panels().get(0).steps());
    }

    @Test
    void aWrittenWIsReusedForTheSamePatternsAndParameters() {
        StudioModel m = letters("hebb", "pinv");
        CompareViewModel c = m.compare();
        c.write();
        Network pinv = c.panels().get(1).network();
        // choosing a third protocol rebuilds the panels; the pseudo-inverse keeps its W
        c.slots().stream().filter(s -> s.protocol().id().equals("storkey")).findFirst().orElseThrow()
                .selectedProperty().set(true);
        ComparePanel again = c.panels().stream().filter(p -> p.protocol().id().equals("pinv")).findFirst().orElseThrow();
        assertEquals(ComparePanel.Status.READY, again.status());
        assertSame(pinv, again.network());
        // the Memory tab wrote Hebb for these patterns: its W is taken, not written again
        assertSame(m.protocol().network(), c.panels().get(0).network());
        assertTrue(c.panels().get(0).reasonProperty().get().contains("reused"));
    }

    @Test
    void oneProtocolIsNotAComparison() {
        StudioModel m = letters("hebb");
        m.compare().play();
        assertFalse(m.compare().isPlaying());
        assertTrue(m.compare().statusProperty().get().contains("Choose 2 to 6"), m.compare().statusProperty().get());
    }

    @Test
    void basinsUseTheSameProbesForEveryProtocolAndTheLetterBasinsDiffer() {
        StudioModel m = letters("hebb", "pinv");
        CompareViewModel c = m.compare();
        c.write();
        c.runBasins();
        List<BasinSweep.Point> pts = c.basinPoints();
        assertFalse(c.basinRunningProperty().get());
        long hebb = pts.stream().filter(p -> p.protocol().equals("hebb")).count();
        assertEquals(hebb, pts.stream().filter(p -> p.protocol().equals("pinv")).count());
        assertEquals(0, pts.get(0).distance());
        assertEquals(50, pts.get((int) hebb - 1).distance(), "up to N/2");
        double pinvAt0 = pts.stream().filter(p -> p.protocol().equals("pinv") && p.distance() == 0).findFirst()
                .orElseThrow().recallFraction();
        assertEquals(1.0, pinvAt0, "every letter is a fixed point of the pseudo-inverse");
        double hebbAt0 = pts.get(0).recallFraction();
        assertTrue(hebbAt0 < 1.0, "with 26 letters Hebb keeps not all of them: " + hebbAt0);
    }
}
