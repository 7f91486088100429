package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.api.Test;

class StorkeyTest {

    /**
     * N = 4, ξ¹ = (+, +, −, −), ξ² = (+, −, +, −), worked out by hand from the rule itself.
     *
     * <p>Pattern 1, W = 0: every h is 0, so w_ij = ξ¹_i ξ¹_j / 4:
     * w01 = +¼, w02 = −¼, w03 = −¼, w12 = −¼, w13 = −¼, w23 = +¼.
     *
     * <p>Pattern 2, ξ = (+1, −1, +1, −1), with h_ij = Σ_{k≠i,j} w_ik ξ_k from the weights above:
     * <pre>
     *   (0,1): h01 = w02ξ2 + w03ξ3 = −¼ + ¼ = 0      h10 = w12ξ2 + w13ξ3 = −¼ + ¼ = 0
     *          Δ = ¼(ξ0ξ1 − ξ0h10 − h01ξ1) = ¼(−1)               = −¼  → w01 = 0
     *   (0,2): h02 = w01ξ1 + w03ξ3 = −¼ + ¼ = 0      h20 = w21ξ1 + w23ξ3 = ¼ − ¼ = 0
     *          Δ = ¼(+1)                                         = +¼  → w02 = 0
     *   (0,3): h03 = w01ξ1 + w02ξ2 = −¼ − ¼ = −½     h30 = w31ξ1 + w32ξ2 = ¼ + ¼ = ½
     *          Δ = ¼(−1 − (+1)(½) − (−½)(−1)) = ¼(−2)            = −½  → w03 = −¾
     *   (1,2): h12 = w10ξ0 + w13ξ3 = ¼ + ¼ = ½       h21 = w20ξ0 + w23ξ3 = −¼ − ¼ = −½
     *          Δ = ¼(−1 − (−1)(−½) − (½)(+1)) = ¼(−2)            = −½  → w12 = −¾
     *   (1,3): h13 = w10ξ0 + w12ξ2 = ¼ − ¼ = 0       h31 = w30ξ0 + w32ξ2 = −¼ + ¼ = 0
     *          Δ = ¼(+1)                                         = +¼  → w13 = 0
     *   (2,3): h23 = w20ξ0 + w21ξ1 = −¼ + ¼ = 0      h32 = w30ξ0 + w31ξ1 = −¼ + ¼ = 0
     *          Δ = ¼(−1)                                         = −¼  → w23 = 0
     * </pre>
     * (Hebb would give w03 = w12 = −½ and zeros elsewhere: Storkey's field terms add the extra −¼.)
     */
    @Test
    void storkeyEqualsHandComputedCaseForTwoPatternsOnFourNeurons() {
        PatternSet set = PatternSet.of("hand",
                new Pattern("a", 1, 4, new byte[]{1, 1, -1, -1}),
                new Pattern("b", 1, 4, new byte[]{1, -1, 1, -1}));
        Network net = new Storkey().write(set, 0);
        double[][] expected = {
                {0, 0, 0, -0.75},
                {0, 0, -0.75, 0},
                {0, -0.75, 0, 0},
                {-0.75, 0, 0, 0}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], net.weight(i, j), 1e-7, "W[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void storkeyAfterOnePatternEqualsHebb() {
        PatternSet one = PatternSet.random(5, 6, 1, Seeds.rng(4));
        assertArrayEquals(new Hebb().write(one, 0).weightsUnsafe(), new Storkey().write(one, 0).weightsUnsafe());
    }

    /** The rule literally: a copy of the old W on the right, h by its defining sum with both exclusions. */
    private static double[][] naiveStorkey(PatternSet set) {
        int n = set.neurons();
        double[][] w = new double[n][n];
        for (Pattern p : set.patterns()) {
            double[][] old = new double[n][];
            for (int i = 0; i < n; i++) {
                old[i] = w[i].clone();
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    double hij = 0;
                    double hji = 0;
                    for (int k = 0; k < n; k++) {
                        if (k != i && k != j) {
                            hij += old[i][k] * p.get(k);
                            hji += old[j][k] * p.get(k);
                        }
                    }
                    w[i][j] = old[i][j] + (p.get(i) * p.get(j) - p.get(i) * hji - hij * p.get(j)) / n;
                }
            }
        }
        return w;
    }

    @Test
    void storkeyEqualsNaiveTripleLoopImplementation() {
        PatternSet set = PatternSet.random(5, 7, 9, Seeds.rng(21));
        double[][] expected = naiveStorkey(set);
        Network net = new Storkey().write(set, 0);
        for (int i = 0; i < 35; i++) {
            for (int j = 0; j < 35; j++) {
                assertEquals(expected[i][j], net.weight(i, j), 1e-6, "W[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void storkeyIsExactlySymmetricWithZeroDiagonal() {
        Network net = new Storkey().write(PatternSet.random(30, 40, 20, Seeds.rng(6)), 0);
        for (int i = 0; i < net.size(); i++) {
            assertEquals(0f, net.weight(i, i));
            for (int j = 0; j < i; j++) {
                assertEquals(net.weight(i, j), net.weight(j, i), "W[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void storkeyStoresRandomPatternsBeyondHebbsExactStabilityLoad() {
        // N = 100, p = 15: above Hebb's all-stable load N/(2 ln N) ≈ 11, well below Storkey's ≈ 33
        PatternSet set = PatternSet.random(10, 10, 15, Seeds.rng(100));
        assertEquals(List.of(), Fixtures.unstable(new Storkey().write(set, 0), set));
    }

    @Test
    void storkeyReportsProgressOncePerPattern() {
        PatternSet set = PatternSet.random(6, 6, 7, Seeds.rng(2));
        List<Long> done = new ArrayList<>();
        new Storkey().write(WriteRequest.of(set, 0).withProgress((d, total, obj, msg) -> {
            assertEquals(7, total);
            done.add(d);
        }));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), done);
    }

    @Test
    void storkeyChecksCancellationBetweenPatterns() {
        PatternSet set = PatternSet.random(6, 6, 7, Seeds.rng(2));
        AtomicInteger polls = new AtomicInteger();
        WriteRequest request = WriteRequest.of(set, 0).withCancellation(() -> polls.incrementAndGet() > 3);
        assertThrows(CancellationException.class, () -> new Storkey().write(request));
        assertTrue(polls.get() >= 4);
    }
}
