package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.core.InsufficientMemoryException;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;

/** TRN stays dense: it states its memory and time before starting and refuses early when they do not fit. */
class TrnCostTest {

    @Test
    void costAtTenThousandNeuronsIsGigabytesAndSecondsPerIteration() {
        Trn.Cost c = Trn.cost(10_000, 26, 20, 1, 1500);
        // 5 N² doubles + N² floats = 44·10⁸ bytes, plus the batch states
        assertTrue(c.heapBytes() > 4_400_000_000L && c.heapBytes() < 4_700_000_000L, "heap " + c.heapBytes());
        assertEquals(1_600_000_000L, c.nativeBytes());
        assertEquals((4.0 * 26 * 1e8 + 6e8) / Trn.OPS_PER_SECOND, c.secondsPerIteration(), 1e-9);
        assertTrue(c.describe().contains("4.3 GB of Java heap"), c.describe());
        assertTrue(c.describe().contains("1500 iterations, estimated"), c.describe());
    }

    @Test
    void refusesBeforeAllocatingWhenTheGridIsBeyondADenseMatrix() {
        PatternSet set = PatternSet.random(250, 200, 2, Seeds.rng(1)); // N = 50,000
        InsufficientMemoryException e = assertThrows(InsufficientMemoryException.class,
                () -> new Trn().write(set, 1));
        assertTrue(e.getMessage().startsWith("TRN at N = 50000 stays dense: it needs "), e.getMessage());
        assertTrue(e.getMessage().contains("GB of Java heap"), e.getMessage());
        assertTrue(e.getMessage().contains("factored form"), e.getMessage());
    }

    @Test
    void statesItsCostInTheFirstProgressMessage() {
        PatternSet set = PatternSet.random(5, 5, 3, Seeds.rng(2));
        List<String> messages = new ArrayList<>();
        new Trn().write(WriteRequest.of(set, 1).withParam("iterations", 3)
                .withProgress((done, total, obj, msg) -> messages.add(msg)));
        assertTrue(messages.get(0).startsWith("TRN: needs "), messages.get(0));
        assertTrue(messages.get(0).contains("3 iterations, estimated"), messages.get(0));
    }
}
