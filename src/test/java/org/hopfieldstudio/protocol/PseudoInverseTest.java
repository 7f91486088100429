package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;

class PseudoInverseTest {
    private static WriteRequest keepDiagonal(PatternSet set) {
        return WriteRequest.of(set, 0).withParam(PseudoInverse.ZERO_DIAGONAL.key(), 0);
    }

    private static void assertFinite(Network net) {
        for (float v : net.weightsUnsafe()) {
            assertTrue(Float.isFinite(v));
        }
    }

    @Test
    void pseudoInverseMakesCorrelatedPatternsFixedPoints() {
        PatternSet letters = Fixtures.letters();
        // the letters defeat Hebb, which is what makes this a test of the projection
        assertFalse(Fixtures.unstable(new Hebb().write(letters, 0), letters).isEmpty());
        assertEquals(List.of(), Fixtures.unstable(new PseudoInverse().write(letters, 0), letters));
        assertEquals(List.of(), Fixtures.unstable(new PseudoInverse().write(keepDiagonal(letters)), letters));
    }

    @Test
    void pseudoInverseMakesEveryRandomPatternFixedPointBelowN() {
        // p/N = 0.6, far above Hebb's capacity
        PatternSet set = PatternSet.random(10, 10, 60, Seeds.rng(31));
        assertEquals(List.of(), Fixtures.unstable(new PseudoInverse().write(set, 0), set));
    }

    @Test
    void pseudoInverseMakesSlightlyPerturbedCopiesFixedPoints() {
        // 8 copies of one pattern, each with 5 of 100 cells flipped: overlaps ≈ 0.8 between them
        RandomGenerator rng = Seeds.rng(12);
        Pattern base = Pattern.random("base", 10, 10, rng);
        PatternSet set = PatternSet.of("base", base);
        for (int k = 0; k < 8; k++) {
            Pattern q = base.withName("copy" + k);
            for (int f = 0; f < 5; f++) {
                int i = rng.nextInt(100);
                q = q.withCell(i, -q.get(i));
            }
            set = set.with(q);
        }
        assertEquals(List.of(), Fixtures.unstable(new PseudoInverse().write(set, 0), set));
    }

    @Test
    void keptDiagonalGivesTheProjectorOntoThePatternSpan() {
        PatternSet set = Fixtures.letters();
        Network net = new PseudoInverse().write(keepDiagonal(set));
        double[][] w = Fixtures.dense(net);
        int n = net.size();
        // W ξ = ξ for every pattern, and trace W = rank = 5
        for (Pattern p : set.patterns()) {
            for (int i = 0; i < n; i++) {
                double h = 0;
                for (int j = 0; j < n; j++) {
                    h += w[i][j] * p.get(j);
                }
                assertEquals(p.get(i), h, 1e-5, p.name() + " row " + i);
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += w[i][i];
        }
        assertEquals(5.0, trace, 1e-5);
        // W² = W
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += w[i][k] * w[k][j];
                }
                assertEquals(w[i][j], s, 1e-5);
            }
        }
    }

    @Test
    void duplicatedPatternsGiveTheSameWeightsAsTheDistinctOnes() {
        PatternSet letters = Fixtures.letters();
        PatternSet dup = letters.with(letters.get(0).withName("E again")).with(letters.get(2).inverted().withName("−P"));
        Network a = new PseudoInverse().write(letters, 0);
        Network b = new PseudoInverse().write(dup, 0);
        assertFinite(b);
        float[] wa = a.weightsUnsafe();
        float[] wb = b.weightsUnsafe();
        for (int k = 0; k < wa.length; k++) {
            assertEquals(wa[k], wb[k], 1e-5, "entry " + k);
        }
        assertEquals(List.of(), Fixtures.unstable(b, dup));
    }

    @Test
    void linearlyDependentDistinctPatternsAreAllFixedPoints() {
        // ξ¹ + ξ² = ξ³ + ξ⁴ cell by cell (each cell draws one of six ±1 quadruples with a + b = c + d),
        // plus two independent patterns: a rank-5 set of 6 distinct patterns
        int[][] quads = {{1, 1, 1, 1}, {-1, -1, -1, -1}, {1, -1, 1, -1}, {1, -1, -1, 1}, {-1, 1, 1, -1}, {-1, 1, -1, 1}};
        RandomGenerator rng = Seeds.rng(77);
        int n = 64;
        byte[][] cells = new byte[4][n];
        for (int i = 0; i < n; i++) {
            int[] q = quads[rng.nextInt(quads.length)];
            for (int k = 0; k < 4; k++) {
                cells[k][i] = (byte) q[k];
            }
        }
        PatternSet set = PatternSet.of("dependent",
                new Pattern("a", 8, 8, cells[0]), new Pattern("b", 8, 8, cells[1]),
                new Pattern("c", 8, 8, cells[2]), new Pattern("d", 8, 8, cells[3]),
                Pattern.random("e", 8, 8, rng), Pattern.random("f", 8, 8, rng));
        Network net = new PseudoInverse().write(keepDiagonal(set));
        assertFinite(net);
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += net.weight(i, i);
        }
        assertEquals(5.0, trace, 1e-4, "rank of the projector");
        assertEquals(List.of(), Fixtures.unstable(new PseudoInverse().write(set, 0), set));
    }

    @Test
    void atLeastNPatternsGiveTheIdentityOrZeroWithoutNaN() {
        PatternSet set = PatternSet.random(4, 4, 40, Seeds.rng(5)); // p = 40 ≥ N = 16
        Network kept = new PseudoInverse().write(keepDiagonal(set));
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                assertEquals(i == j ? 1.0 : 0.0, kept.weight(i, j), 1e-5, "W[" + i + "][" + j + "]");
            }
        }
        Network zeroed = new PseudoInverse().write(set, 0);
        for (float v : zeroed.weightsUnsafe()) {
            assertEquals(0.0, v, 1e-5);
        }
        // p = N exactly, through the p×p Gram branch
        PatternSet square = PatternSet.random(4, 4, 16, Seeds.rng(6));
        assertFinite(new PseudoInverse().write(keepDiagonal(square)));
        assertEquals(List.of(), Fixtures.unstable(new PseudoInverse().write(square, 0), square));
    }

    @Test
    void pseudoInverseIsExactlySymmetricAndDeterministic() {
        PatternSet set = PatternSet.random(12, 12, 40, Seeds.rng(9));
        Network net = new PseudoInverse().write(set, 0);
        for (int i = 0; i < net.size(); i++) {
            assertEquals(0f, net.weight(i, i));
            for (int j = 0; j < i; j++) {
                assertEquals(net.weight(i, j), net.weight(j, i));
            }
        }
        assertArrayEquals(net.weightsUnsafe(), new PseudoInverse().write(set, 3).weightsUnsafe());
    }

    @Test
    void pseudoInverseStopsWhenCancelled() {
        WriteRequest request = WriteRequest.of(Fixtures.letters(), 0).withCancellation(() -> true);
        assertThrows(CancellationException.class, () -> new PseudoInverse().write(request));
    }

    @Test
    void zeroDiagonalParameterRejectsNonBooleanValues() {
        WriteRequest request = WriteRequest.of(Fixtures.letters(), 0).withParam("zeroDiagonal", 0.5);
        assertThrows(ProtocolException.class, () -> new PseudoInverse().write(request));
    }
}
