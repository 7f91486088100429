package org.hopfieldstudio.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LockstepTest {
    private static List<Network> nets(int n, int count, long seed) {
        RandomGenerator rng = Seeds.rng(seed);
        List<Network> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add(TestNetworks.randomSymmetric(n, rng, true));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(value = UpdateOrder.class, names = {"RANDOM", "RANDOM_SWEEP", "SEQUENTIAL"})
    void everyPanelVisitsTheSameNeuronsInTheSameOrder(UpdateOrder order) {
        int n = 36;
        for (double temperature : new double[] {0, 0.5}) {
            List<Network> nets = nets(n, 4, 3);
            byte[] cue = TestNetworks.randomState(n, Seeds.rng(9));
            boolean[] clamp = new boolean[n];
            clamp[5] = true;
            clamp[17] = true;
            List<Trace> traces = new ArrayList<>();
            for (int k = 0; k < nets.size(); k++) {
                traces.add(new Trace(100_000));
            }
            RecallConfig config = RecallConfig.of(order, 77).withTemperature(temperature).withClamp(clamp)
                    .withMaxSweeps(temperature > 0 ? 5 : 200);
            Lockstep l = new Lockstep(nets, cue, null, config, traces);
            l.run();
            for (int k = 0; k < nets.size(); k++) {
                assertArrayEquals(cue, traces.get(k).initialState(), "the same cue in panel " + k);
            }
            for (int k = 1; k < nets.size(); k++) {
                int common = Math.min(traces.get(0).size(), traces.get(k).size());
                assertTrue(common >= n, "at least a sweep each");
                for (int t = 0; t < common; t++) {
                    assertEquals(traces.get(0).neuron(t), traces.get(k).neuron(t), "panel " + k + " step " + t);
                }
            }
        }
    }

    @Test
    void afterKStepsEveryUnfinishedPanelHasTakenKSteps() {
        int n = 49;
        List<Network> nets = nets(n, 5, 11);
        Lockstep l = new Lockstep(nets, TestNetworks.randomState(n, Seeds.rng(4)), null,
                RecallConfig.of(UpdateOrder.RANDOM, 5));
        long k = 0;
        for (long batch : new long[] {1, 7, 49, 3, 100, 1000}) {
            l.advance(batch);
            k += batch;
            for (int p = 0; p < l.panels(); p++) {
                Recall r = l.recall(p);
                if (l.isFinished(p)) {
                    assertTrue(r.steps() <= k, "a finished panel stopped early, never ran ahead");
                } else {
                    assertEquals(k, r.steps(), "panel " + p + " after " + k + " lockstep steps");
                }
            }
            if (!l.allFinished()) {
                assertEquals(k, l.clock());
            }
        }
    }

    @Test
    void eachPanelEndsWhereItsOwnRecallEnds() {
        int n = 30;
        List<Network> nets = nets(n, 3, 21);
        byte[] cue = TestNetworks.randomState(n, Seeds.rng(8));
        RecallConfig config = RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 6);
        Lockstep l = new Lockstep(nets, cue, null, config);
        l.run();
        for (int k = 0; k < nets.size(); k++) {
            RecallResult alone = new Recall(nets.get(k), cue, null, config).run();
            assertArrayEquals(alone.finalState(), l.recall(k).state());
            assertEquals(alone.steps(), l.recall(k).steps());
        }
    }

    @Test
    void stepsToEndOfSweepFinishesTheSlowestPanelsSweep() {
        int n = 25;
        Lockstep l = new Lockstep(nets(n, 2, 2), TestNetworks.randomState(n, Seeds.rng(1)), null,
                RecallConfig.of(UpdateOrder.SEQUENTIAL, 1));
        l.advance(7);
        assertEquals(18, l.stepsToEndOfSweep());
    }
}
