package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;

class KrauthMezardTest {
    @Test
    void storesPEqualsNRandomPatternsWithStabilityC() {
        PatternSet set = PatternSet.random(10, 10, 100, Seeds.rng(77));
        Network net = new KrauthMezard().write(set, 0);
        // every pattern a fixed point with stability ξ_i h_i ≥ c = 1 (up to float rounding of W)
        assertTrue(AsyncRecall.minStability(net, set.toArrays()) >= 1 - 1e-4);
        assertTrue(AsyncRecall.minStability(AsyncRecall.hebb(set), set.toArrays()) < 0, "Hebb should fail");
        assertFalse(net.isSymmetric());
        for (int i = 0; i < 100; i++) {
            assertEquals(0f, net.weight(i, i));
        }
    }

    @Test
    void stabilityTargetIsReachedForLargerC() {
        PatternSet set = PatternSet.random(8, 8, 40, Seeds.rng(3));
        Network net = new KrauthMezard().write(WriteRequest.of(set, 0).withParam("c", 5));
        assertTrue(AsyncRecall.minStability(net, set.toArrays()) >= 5 - 1e-4);
    }

    @Test
    void beyondTheGardnerBoundFailsWithAClearMessage() {
        PatternSet set = PatternSet.random(4, 5, 50, Seeds.rng(3)); // p/N = 2.5
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> new KrauthMezard().write(WriteRequest.of(set, 0).withParam("maxUpdates", 20_000)));
        assertTrue(e.getMessage().contains("did not reach stability c = 1 within 20000 updates for neuron"),
                e.getMessage());
        assertTrue(e.getMessage().contains("p/N = 2.5 exceeds the Gardner bound 2"), e.getMessage());
    }

    @Test
    void deterministicAndCancellable() {
        PatternSet set = PatternSet.random(6, 6, 30, Seeds.rng(3));
        assertArrayEquals(new KrauthMezard().write(set, 1).weightsUnsafe(),
                new KrauthMezard().write(set, 1).weightsUnsafe());
        AtomicInteger rows = new AtomicInteger();
        WriteRequest req = WriteRequest.of(set, 0).withProgress((d, t, o, m) -> rows.set((int) d))
                .withCancellation(() -> rows.get() >= 4);
        assertThrows(CancellationException.class, () -> new KrauthMezard().write(req));
    }

    @Test
    void descriptionWarnsAboutAsymmetry() {
        WritingProtocol km = Protocols.byId("km");
        assertFalse(km.writesSymmetric());
        assertTrue(km.description().contains("energy is not guaranteed to fall"));
        assertTrue(km.description().contains("may cycle"));
        assertEquals("Krauth–Mézard (optimal stability)", km.displayName());
        assertEquals("Trained recurrent network (TRN)", Protocols.byId("trn").displayName());
    }
}
