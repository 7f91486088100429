package org.hopfieldstudio.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    @Test
    void tooLargeNSaysHowMuchItNeedsAndHowToFixIt() {
        // 40,000 neurons: 6.0 GB of weights, more than the test JVM's heap (-Xmx4g).
        InsufficientMemoryException e = assertThrows(InsufficientMemoryException.class,
                () -> MemoryBudget.requireWeights(40_000));
        assertTrue(e.getMessage().contains("6.0 GB"), e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
    }

    @Test
    void nBeyondJavaArrayLimitIsRefused() {
        InsufficientMemoryException e = assertThrows(InsufficientMemoryException.class,
                () -> MemoryBudget.requireWeights(100_000));
        assertTrue(e.getMessage().contains("smaller grid"), e.getMessage());
    }

    @Test
    void smallNetworkFits() {
        assertDoesNotThrow(() -> MemoryBudget.requireWeights(10_000));
    }

    @Test
    void emptyNetworkHasZeroEnergyEverywhere() {
        Network net = Network.empty(3, 3);
        assertTrue(net.energy(Pattern.random("r", 3, 3, Seeds.rng(1)).toArray()) == 0.0);
    }
}
