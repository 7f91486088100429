package org.hopfieldstudio.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recall with the real writing protocols: the end-to-end path the UI and CLI take. */
class ProtocolRecallTest {

    @Test
    void hebbRecallsASinglePatternFromThirtyPercentNoise() {
        RandomGenerator rng = Seeds.rng(21);
        PatternSet set = PatternSet.random(30, 30, 1, rng);
        Network net = Protocols.byId("hebb").write(set, 1);
        byte[] probe = set.get(0).toArray();
        Noise.flipFraction(probe, 0.30, rng);
        RecallResult res = new Recall(net, probe, set, RecallConfig.of(UpdateOrder.RANDOM, 4)).run();
        assertTrue(res.converged());
        assertArrayEquals(set.get(0).toArray(), res.finalState());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hebb", "pinv"})
    void lowRankFieldsOfRealProtocolsEqualDenseFields(String id) {
        RandomGenerator rng = Seeds.rng(22);
        PatternSet set = PatternSet.random(20, 20, 12, rng);
        Network net = Protocols.byId(id).write(set, 1);
        assertTrue(net.isFactored(), id + " should write its exact factors (p ≤ N/8)");
        Network dense = new Network(net.rows(), net.cols(), net.weightsUnsafe(), net.thresholdsUnsafe(), true, id);
        byte[] s = TestNetworks.randomState(400, rng);
        double[] a = new double[400];
        double[] b = new double[400];
        net.fields(s, a);
        dense.fields(s, b);
        for (int i = 0; i < 400; i++) {
            assertEquals(b[i], a[i], 1e-5);
        }
    }

    @Test
    void pseudoInverseRepairsACorruptedLetterThatHebbConfuses() {
        PatternSet letters = PatternLibrary.load("letters");
        Network net = Protocols.byId("pinv").write(letters, 1);
        int e = letters.indexOf("E");
        byte[] probe = letters.get(e).toArray();
        Noise.flipExactly(probe, 3, Seeds.rng(5));
        RecallResult res = new Recall(net, probe, letters, RecallConfig.of(UpdateOrder.RANDOM_SWEEP, 3)).run();
        assertTrue(res.converged());
        assertArrayEquals(letters.get(e).toArray(), res.finalState());
    }
}
