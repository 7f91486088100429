package org.hopfieldstudio.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NoiseTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 50, 99, 100})
    void flipExactlyFlipsThatManyDistinctBits(int k) {
        byte[] s = new byte[100];
        Arrays.fill(s, (byte) 1);
        int[] idx = Noise.flipExactly(s, k, Seeds.rng(k));
        assertEquals(k, Arrays.stream(idx).distinct().count());
        int minus = 0;
        for (byte b : s) {
            minus += b < 0 ? 1 : 0;
        }
        assertEquals(k, minus);
    }

    @Test
    void sameSeedGivesSameCorruption() {
        byte[] a = Pattern.random("a", 10, 10, Seeds.rng(1)).toArray();
        byte[] b = a.clone();
        Noise.flipFraction(a, 0.2, Seeds.rng(77));
        Noise.flipFraction(b, 0.2, Seeds.rng(77));
        assertArrayEquals(a, b);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
    void noiseOutsideUnitIntervalIsRefused(double f) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Noise.flipFraction(new byte[10], f, Seeds.rng(1)));
        assertEquals(true, e.getMessage().contains("between 0 and 1"));
    }

    @Test
    void occludeHalfSetsBottomRowsAndMarksThem() {
        byte[] s = new byte[16];
        Arrays.fill(s, (byte) 1);
        boolean[] mask = new boolean[16];
        Noise.occludeHalf(s, 4, 4, Noise.Half.BOTTOM, Noise.Fill.OFF, Seeds.rng(0), mask);
        for (int i = 0; i < 16; i++) {
            assertEquals(i >= 8 ? -1 : 1, s[i]);
            assertEquals(i >= 8, mask[i]);
        }
        boolean[] clamp = Noise.clampVisible(mask);
        assertEquals(true, clamp[0]);
        assertEquals(false, clamp[15]);
    }

    @Test
    void occludedRectangleIsClippedToTheGrid() {
        byte[] s = new byte[9];
        Arrays.fill(s, (byte) 1);
        Noise.occludeRect(s, 3, 3, 1, 1, 10, 10, Noise.Fill.OFF, Seeds.rng(0), null);
        assertArrayEquals(new byte[] {1, 1, 1, 1, -1, -1, 1, -1, -1}, s);
    }
}
