package org.hopfieldstudio.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.ui.DemoNetworks;
import org.junit.jupiter.api.Test;

/** View-model and builder tests; no FX toolkit (same-thread executors). */
class HeatmapViewModelTest {

    /** A 5-neuron (1×5 grid) network with W_ij = 10·i + j, so every entry is recognisable. */
    private static Network indexed(int rows, int cols) {
        int n = rows * cols;
        float[] w = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[j * n + i] = 100 * i + j;
            }
        }
        return new Network(rows, cols, w, new float[n], false, "indexed");
    }

    private static WeightHeatmapViewModel model(int maxSide) {
        return new WeightHeatmapViewModel(Runnable::run, Runnable::run, maxSide);
    }

    @Test
    void colorMapSendsZeroToWhitePlusMaxToRedMinusMaxToBlue() {
        assertEquals(0xffffffff, DivergingColorMap.argb(0, 0.5));
        int red = DivergingColorMap.argb(0.5, 0.5);
        int blue = DivergingColorMap.argb(-0.5, 0.5);
        assertTrue(r(red) > 150 && r(red) > 2 * g(red) && r(red) > 2 * b(red), Integer.toHexString(red));
        assertTrue(b(blue) > 150 && b(blue) > 2 * r(blue) && b(blue) > g(blue), Integer.toHexString(blue));
        assertEquals(red, DivergingColorMap.argb(7, 0.5), "saturates above +scale");
        assertEquals(blue, DivergingColorMap.argb(-7, 0.5), "saturates below −scale");
    }

    @Test
    void colorMapIsSymmetricAroundWhite() {
        for (int k = 1; k <= 10; k++) {
            int pos = DivergingColorMap.argb(k / 10.0, 1);
            int neg = DivergingColorMap.argb(-k / 10.0, 1);
            assertEquals(DivergingColorMap.index(k / 10.0, 1) - DivergingColorMap.CENTER,
                    DivergingColorMap.CENTER - DivergingColorMap.index(-k / 10.0, 1));
            assertTrue(r(pos) >= b(pos) && b(neg) >= r(neg));
        }
    }

    @Test
    void smallNetworkIsOneWeightPerPixelTransposedToRowMajor() {
        Network net = indexed(2, 3);
        HeatmapImage img = HeatmapBuilder.build(net, 1000, Cancellation.NEVER);
        assertEquals(1, img.block());
        assertEquals(6, img.side());
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(net.weight(i, j), img.valuesUnsafe()[i * 6 + j]);
            }
        }
        assertEquals(505, img.maxAbsWeight());
        assertEquals(505, img.scale());
    }

    @Test
    void blockAggregationAveragesEachBlockIncludingTheSmallerEdgeBlocks() {
        // N = 5, budget 2 → k = 3, side 2: blocks {0,1,2} and {3,4}
        Network net = indexed(1, 5);
        HeatmapImage img = HeatmapBuilder.build(net, 2, Cancellation.NEVER);
        assertEquals(3, img.block());
        assertEquals(2, img.side());
        float[] expected = new float[4];
        int[][] ranges = {{0, 3}, {3, 5}};
        for (int bi = 0; bi < 2; bi++) {
            for (int bj = 0; bj < 2; bj++) {
                double s = 0;
                int c = 0;
                for (int i = ranges[bi][0]; i < ranges[bi][1]; i++) {
                    for (int j = ranges[bj][0]; j < ranges[bj][1]; j++) {
                        s += net.weight(i, j);
                        c++;
                    }
                }
                expected[bi * 2 + bj] = (float) (s / c);
            }
        }
        assertArrayEquals(expected, img.valuesUnsafe(), 1e-4f);
        assertEquals(404, img.maxAbsWeight(), "max|W| is over all weights, not block means");
        assertEquals(expected[3], img.scale(), 1e-4, "colour scale is the largest |block mean|");
    }

    @Test
    void aggregationOfALargeHebbMatrixMatchesANaiveMean() {
        Network net = DemoNetworks.hebb(DemoNetworks.shapes(12)); // N = 144, k = 7 for a 21-pixel budget
        HeatmapImage img = HeatmapBuilder.build(net, 21, Cancellation.NEVER);
        int k = img.block();
        assertEquals(7, k);
        for (int bi = 0; bi < img.side(); bi++) {
            for (int bj = 0; bj < img.side(); bj++) {
                double s = 0;
                int c = 0;
                for (int i = bi * k; i < Math.min(144, bi * k + k); i++) {
                    for (int j = bj * k; j < Math.min(144, bj * k + k); j++) {
                        s += net.weight(i, j);
                        c++;
                    }
                }
                assertEquals(s / c, img.valuesUnsafe()[bi * img.side() + bj], 1e-6);
            }
        }
    }

    @Test
    void cancelledRenderThrowsCancellation() {
        assertThrows(CancellationException.class, () -> HeatmapBuilder.build(indexed(3, 3), 1000, () -> true));
    }

    @Test
    void hoverMapsPixelToNeuronsInANonAggregatedImage() {
        WeightHeatmapViewModel vm = model(1000);
        vm.networkProperty().set(indexed(2, 3)); // N = 6, 6×6 image
        HeatmapImage.Cell c = vm.imageProperty().get().cellAtFraction(4.5 / 6, 1.2 / 6);
        assertEquals(new HeatmapImage.Cell(1, 1, 4, 4, 104f), c); // row i = 1, column j = 4
        vm.hover(4.5 / 6, 1.2 / 6);
        assertEquals("i = 1 (0, 1),  j = 4 (1, 1):  w_ij = 104.0000", vm.hoverTextProperty().get());
    }

    @Test
    void hoverMapsPixelToBlockRangesInAnAggregatedImage() {
        WeightHeatmapViewModel vm = model(2);
        vm.networkProperty().set(indexed(1, 5)); // k = 3, side 2
        HeatmapImage img = vm.imageProperty().get();
        assertEquals(new HeatmapImage.Cell(3, 4, 0, 2, img.valuesUnsafe()[2]), img.cellAt(0, 1));
        assertEquals(new HeatmapImage.Cell(0, 2, 3, 4, img.valuesUnsafe()[1]), img.cellAtFraction(0.99, 0.0));
        vm.hover(0.25, 0.75);
        String text = vm.hoverTextProperty().get();
        assertTrue(text.startsWith("i = 3 … 4 (0, 3) … (0, 4),  j = 0 … 2 (0, 0) … (0, 2):  mean w = "), text);
        assertTrue(text.endsWith("(2×3 block)"), text);
        assertNull(img.cellAtFraction(1.0, 0.5), "outside the image");
        vm.hover(-0.1, 0.5);
        assertEquals("", vm.hoverTextProperty().get());
    }

    @Test
    void captionSaysHowPixelsAreAggregated() {
        WeightHeatmapViewModel vm = model(2);
        vm.networkProperty().set(indexed(1, 5));
        assertTrue(vm.captionProperty().get().contains("each the mean of 3×3 weights"), vm.captionProperty().get());
    }

    @Test
    void newNetworkReplacesTheImage() {
        WeightHeatmapViewModel vm = model(1000);
        vm.networkProperty().set(DemoNetworks.hebb(DemoNetworks.shapes(6)));
        HeatmapImage first = vm.imageProperty().get();
        vm.networkProperty().set(DemoNetworks.hebb(DemoNetworks.random(6, 6, 3, 1)));
        HeatmapImage second = vm.imageProperty().get();
        assertNotNull(second);
        assertFalse(java.util.Arrays.equals(first.argbUnsafe(), second.argbUnsafe()));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void selectedNeuronShowsItsRowOnTheGrid() {
        WeightHeatmapViewModel vm = model(1000);
        Network net = indexed(2, 3);
        vm.networkProperty().set(net);
        vm.selectedNeuronProperty().set(4);
        HeatmapBuilder.FieldImage f = vm.receptiveFieldProperty().get();
        assertEquals("Receptive field of neuron 4 (1, 1)", f.title());
        assertArrayEquals(net.row(4), f.values());
        assertEquals(2, f.rows());
        assertEquals(3, f.cols());
        vm.hoverField(0.9, 0.1); // cell (0, 2) = j = 2
        assertEquals("j = 2 (0, 2):  w_4,2 = 402.0000", vm.fieldHoverTextProperty().get());
        vm.selectedNeuronProperty().set(null);
        assertNull(vm.receptiveFieldProperty().get());
        vm.selectedNeuronProperty().set(99);
        assertNull(vm.receptiveFieldProperty().get(), "out of range hides the field");
    }

    private static int r(int c) {
        return (c >> 16) & 0xff;
    }

    private static int g(int c) {
        return (c >> 8) & 0xff;
    }

    private static int b(int c) {
        return c & 0xff;
    }
}
