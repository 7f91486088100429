package org.hopfieldstudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.RecallResult;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.junit.jupiter.api.Test;

class EndStateTest {
    private static final PatternSet ABC = named(PatternSet.random(10, 10, 3, Seeds.rng(17)), "A", "B", "C");

    private static PatternSet named(PatternSet s, String... names) {
        Pattern[] p = new Pattern[names.length];
        for (int k = 0; k < names.length; k++) {
            p[k] = s.get(k).withName(names[k]);
        }
        return PatternSet.of("abc", p);
    }

    @Test
    void storedPatternIsClassifiedAsStored() {
        EndState e = EndState.classify(ABC.get(1).toArray(), ABC, false, true);
        assertEquals(new EndState(EndState.Kind.STORED, 1, "B", "stored pattern 'B'"), e);
    }

    @Test
    void invertedPatternIsClassifiedAsInverse() {
        EndState e = EndState.classify(ABC.get(1).inverted().toArray(), ABC, false, true);
        assertEquals(new EndState(EndState.Kind.INVERSE, 1, "B", "inverse of 'B'"), e);
    }

    @Test
    void symmetricThreeMixtureIsAFixedPointUnderHebbAndClassifiedAsMixture() {
        int n = ABC.neurons();
        byte[] mix = new byte[n];
        for (int i = 0; i < n; i++) {
            mix[i] = (byte) Integer.signum(ABC.get(0).get(i) + ABC.get(1).get(i) + ABC.get(2).get(i));
        }
        Network net = TestHebb.hebb(ABC);
        Recall r = new Recall(net, mix, ABC, RecallConfig.of(UpdateOrder.SEQUENTIAL, 1));
        assertTrue(r.isFixedPoint(), "sign(ξA + ξB + ξC) is a fixed point of Hebb with 3 patterns");
        RecallResult res = r.run();
        EndState e = EndState.classify(res, ABC);
        assertEquals(EndState.Kind.MIXTURE, e.kind());
        assertEquals("mixture of 'A', 'B', 'C'", e.label());
    }

    @Test
    void mixtureWithANegatedComponentIsFound() {
        int n = ABC.neurons();
        byte[] mix = new byte[n];
        for (int i = 0; i < n; i++) {
            mix[i] = (byte) Integer.signum(ABC.get(0).get(i) - ABC.get(1).get(i) + ABC.get(2).get(i));
        }
        EndState e = EndState.classify(mix, ABC, false, true);
        assertEquals(EndState.Kind.MIXTURE, e.kind());
        assertEquals("mixture of 'A', −'B', 'C'", e.label());
    }

    @Test
    void synchronousTwoCycleIsClassifiedAsTwoCycle() {
        // Hebb of ξ = (+1, +1): W_01 = W_10 = ½. From (+1, −1) both neurons flip at once, forever.
        PatternSet one = PatternSet.of("one", new Pattern("P", 1, 2, new byte[]{1, 1}));
        Network net = TestHebb.hebb(one);
        RecallResult r = new Recall(net, new byte[]{1, -1}, one, RecallConfig.of(UpdateOrder.SYNCHRONOUS, 1)).run();
        assertTrue(r.twoCycle());
        EndState e = EndState.classify(r, one);
        assertEquals(EndState.Kind.TWO_CYCLE, e.kind());
        assertEquals("2-cycle", e.label());
    }

    @Test
    void otherStableStateIsSpuriousAndUnconvergedIsReported() {
        byte[] s = ABC.get(0).toArray();
        s[0] = (byte) -s[0];
        EndState e = EndState.classify(s, ABC, false, true);
        assertEquals(EndState.Kind.OTHER_STABLE, e.kind());
        assertEquals("spurious stable state", e.label());
        assertEquals(EndState.Kind.NOT_CONVERGED, EndState.classify(s, ABC, false, false).kind());
    }

    @Test
    void censusFindsStoredPatternsInversesAndCountsEveryStart() {
        Network net = TestHebb.hebb(ABC);
        AttractorCensus.Result r = AttractorCensus.run(net, ABC, 300, UpdateOrder.RANDOM_SWEEP, 5);
        int total = r.attractors().stream().mapToInt(AttractorCensus.Entry::count).sum();
        assertEquals(300, total);
        assertEquals(300, r.byKind().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(r.byKind().get(EndState.Kind.STORED) > 0);
        assertTrue(r.byKind().get(EndState.Kind.INVERSE) > 0);
        for (int k = 1; k < r.attractors().size(); k++) {
            assertTrue(r.attractors().get(k - 1).count() >= r.attractors().get(k).count(), "sorted by count");
        }
        assertFalse(r.attractors().isEmpty());
        AttractorCensus.Result again = AttractorCensus.run(net, ABC, 300, UpdateOrder.RANDOM_SWEEP, 5);
        assertEquals(r.byKind(), again.byKind(), "same seed, same census");
        assertEquals(r.attractors().stream().map(AttractorCensus.Entry::count).toList(),
                again.attractors().stream().map(AttractorCensus.Entry::count).toList());
    }
}
