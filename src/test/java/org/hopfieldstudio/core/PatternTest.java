package org.hopfieldstudio.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternTest {
    private static Pattern p(String name, int rows, int cols, int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return new Pattern(name, rows, cols, b);
    }

    @Test
    void cellRowColumnMapsToRowTimesColsPlusColumn() {
        Pattern x = p("x", 2, 3, 1, -1, -1, -1, -1, 1);
        assertEquals(1, x.get(0, 0));
        assertEquals(1, x.get(1, 2));
        assertEquals(x.get(5), x.get(1, 2));
    }

    @Test
    void valuesOtherThanPlusMinusOneAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p("z", 1, 2, 1, 0));
        assertTrue(e.getMessage().contains("cell 1"));
    }

    @Test
    void wrongCellCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> p("z", 2, 2, 1, 1, 1));
    }

    @Test
    void patternIsImmutableAgainstTheCallersArray() {
        byte[] b = {1, -1};
        Pattern x = new Pattern("x", 1, 2, b);
        b[0] = -1;
        assertEquals(1, x.get(0));
        x.toArray()[1] = 1;
        assertEquals(-1, x.get(1));
    }

    @Test
    void shiftWrapsAroundTheGrid() {
        Pattern x = p("x", 2, 2, 1, -1, -1, -1);
        Pattern right = x.shifted(0, 1);
        assertEquals(1, right.get(0, 1));
        assertEquals(1, right.shifted(0, 1).get(0, 0));
        assertEquals(1, x.shifted(1, 0).get(1, 0));
    }

    @Test
    void overlapAndHammingAgree() {
        Pattern a = Pattern.random("a", 10, 10, Seeds.rng(1));
        Pattern b = Pattern.random("b", 10, 10, Seeds.rng(2));
        assertEquals(100 * (1 - a.overlap(b)) / 2, a.hamming(b), 1e-12);
        assertEquals(-1.0, a.overlap(a.inverted()), 1e-12);
    }

    @Test
    void patternSetRefusesMixedSizesNamingBothPatterns() {
        Pattern a = Pattern.blank("small", 5, 5);
        Pattern b = Pattern.blank("big", 10, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PatternSet("mixed", List.of(a, b)));
        assertTrue(e.getMessage().contains("small") && e.getMessage().contains("big"), e.getMessage());
    }

    @Test
    void patternSetRefusesEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new PatternSet("none", List.of()));
    }

    @Test
    void rowMajorMatrixHoldsPatternsInRows() {
        PatternSet s = PatternSet.random(3, 4, 5, Seeds.rng(9));
        float[] x = s.toRowMajorFloats();
        assertEquals(s.get(4).get(11), x[4 * 12 + 11]);
        assertEquals(5, s.count());
        assertEquals(12, s.neurons());
    }

    @Test
    void squarestGridIsUsedForRandomSets() {
        assertEquals(10, PatternSet.squarestRows(100));
        assertEquals(25, PatternSet.squarestRows(1000));
        assertEquals(1, PatternSet.squarestRows(13));
        assertArrayEquals(new int[] {32, 32}, new int[] {PatternSet.squarestRows(1024), 1024 / 32});
    }
}
