package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class HebbTest {

    /** W_ij by the definition, in double: (1/N) Σ_μ ξ_i^μ ξ_j^μ off the diagonal, 0 on it. */
    private static double definition(PatternSet set, int i, int j) {
        if (i == j) {
            return 0;
        }
        long sum = 0;
        for (Pattern p : set.patterns()) {
            sum += p.get(i) * p.get(j);
        }
        return (double) sum / set.neurons();
    }

    @ParameterizedTest
    @EnumSource(Hebb.Kernel.class)
    void hebbEqualsDefinitionComputedByNaiveLoop(Hebb.Kernel kernel) {
        // p = 70 > 64 also exercises the multi-word path of the bit kernel
        for (int p : new int[]{1, 3, 64, 70}) {
            PatternSet set = PatternSet.random(6, 7, p, Seeds.rng(11 + p));
            Network net = new Hebb(kernel).write(set, 0);
            for (int i = 0; i < 42; i++) {
                for (int j = 0; j < 42; j++) {
                    assertEquals(definition(set, i, j), net.weight(i, j), 2e-7, "p=" + p + " W[" + i + "][" + j + "]");
                }
            }
        }
    }

    @Test
    void bitKernelRoundsEveryEntryCorrectly() {
        PatternSet set = PatternSet.random(9, 11, 23, Seeds.rng(5));
        Network net = new Hebb(Hebb.Kernel.PACKED_BITS).write(set, 0);
        for (int i = 0; i < 99; i++) {
            for (int j = 0; j < 99; j++) {
                assertEquals((float) definition(set, i, j), net.weight(i, j));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Hebb.Kernel.class)
    void hebbIsSymmetricWithZeroDiagonalAndZeroThresholds(Hebb.Kernel kernel) {
        PatternSet set = PatternSet.random(13, 17, 9, Seeds.rng(3));
        Network net = new Hebb(kernel).write(set, 0);
        int n = net.size();
        for (int i = 0; i < n; i++) {
            assertEquals(0f, net.weight(i, i));
            assertEquals(0f, net.threshold(i));
            for (int j = 0; j < i; j++) {
                assertEquals(net.weight(i, j), net.weight(j, i), "W[" + i + "][" + j + "]");
            }
        }
        assertTrue(net.isSymmetric());
    }

    @Test
    void ndGemmKernelAgreesWithBitKernelWithinOneUlp() {
        PatternSet set = PatternSet.random(20, 30, 70, Seeds.rng(8));
        float[] bits = new Hebb(Hebb.Kernel.PACKED_BITS).write(set, 0).weightsUnsafe();
        float[] gemm = new Hebb(Hebb.Kernel.BLAS_GEMM).write(set, 0).weightsUnsafe();
        for (int k = 0; k < bits.length; k++) {
            assertEquals(bits[k], gemm[k], Math.ulp(bits[k]), "entry " + k);
        }
    }

    @Test
    void hebbMakesASinglePatternAndItsInverseFixedPoints() {
        PatternSet set = Fixtures.letters();
        PatternSet single = PatternSet.of("one", set.get(0));
        Network net = new Hebb().write(single, 0);
        assertTrue(Fixtures.isFixedPoint(net, set.get(0).toArray()));
        assertTrue(Fixtures.isFixedPoint(net, set.get(0).inverted().toArray()));
    }

    @Test
    void hebbAtN10000P50MatchesTheFormulaAtRandomEntries() {
        int n = 10_000;
        PatternSet set = PatternSet.random(100, 100, 50, Seeds.rng(2024));
        Network net = new Hebb().write(set, 1);
        RandomGenerator rng = Seeds.rng(7);
        for (int t = 0; t < 2000; t++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n);
            assertEquals((float) definition(set, i, j), net.weight(i, j), "W[" + i + "][" + j + "]");
            assertEquals(0f, net.weight(i, i));
        }
        for (int t = 0; t < 10; t++) {
            assertTrue(Fixtures.isFixedPoint(net, set.get(t).toArray()), "pattern " + t + " at load 0.005");
        }
    }

    @Test
    void ndGemmKernelAtN10000P50AgreesWithTheFormulaAtRandomEntries() {
        int n = 10_000;
        PatternSet set = PatternSet.random(100, 100, 50, Seeds.rng(2024));
        Network net = new Hebb(Hebb.Kernel.BLAS_GEMM).write(set, 1);
        RandomGenerator rng = Seeds.rng(9);
        for (int t = 0; t < 2000; t++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n);
            float expected = (float) definition(set, i, j);
            assertEquals(expected, net.weight(i, j), Math.ulp(expected), "W[" + i + "][" + j + "]");
        }
    }

    @Test
    void hebbIsDeterministic() {
        PatternSet set = PatternSet.random(10, 10, 12, Seeds.rng(1));
        assertArrayEquals(new Hebb().write(set, 1).weightsUnsafe(), new Hebb().write(set, 2).weightsUnsafe());
    }

    @ParameterizedTest
    @EnumSource(Hebb.Kernel.class)
    void hebbStopsWhenCancelled(Hebb.Kernel kernel) {
        PatternSet set = PatternSet.random(10, 10, 5, Seeds.rng(1));
        WriteRequest request = WriteRequest.of(set, 0).withCancellation(() -> true);
        assertThrows(CancellationException.class, () -> new Hebb(kernel).write(request));
    }

    @ParameterizedTest
    @EnumSource(Hebb.Kernel.class)
    void hebbReportsProgressUpToCompletion(Hebb.Kernel kernel) {
        PatternSet set = PatternSet.random(40, 50, 5, Seeds.rng(1));
        List<long[]> calls = new ArrayList<>();
        new Hebb(kernel).write(WriteRequest.of(set, 0).withProgress((done, total, obj, msg) -> calls.add(new long[]{done, total})));
        assertTrue(calls.size() >= 2, "progress calls: " + calls.size());
        long[] last = calls.get(calls.size() - 1);
        assertEquals(last[1], last[0]);
    }

    @Test
    void registryListsTheThreeClosedFormProtocols() {
        assertInstanceOf(Hebb.class, Protocols.byId("hebb"));
        assertInstanceOf(PseudoInverse.class, Protocols.byId("pinv"));
        assertInstanceOf(Storkey.class, Protocols.byId("storkey"));
        assertEquals("Hebb (HOP)", Protocols.byId("hebb").displayName());
        assertEquals("Pseudo-inverse (PSE)", Protocols.byId("pinv").displayName());
        assertEquals("Storkey", Protocols.byId("storkey").displayName());
    }
}
