package org.hopfieldstudio.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpyTest {

    @Test
    void headerIsNumpyV1PaddedTo64Bytes() {
        byte[] h = Npy.header(new int[]{3, 4}, false);
        assertEquals(0, h.length % 64);
        assertEquals(0x93, h[0] & 0xFF);
        assertEquals("NUMPY", new String(h, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, h[6]);
        assertEquals(0, h[7]);
        assertEquals(h.length - 10, (h[8] & 0xFF) | (h[9] & 0xFF) << 8);
        String dict = new String(h, 10, h.length - 10, StandardCharsets.US_ASCII);
        assertTrue(dict.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"), dict);
        assertTrue(dict.endsWith(" \n"), dict);
    }

    @Test
    void oneDimensionalShapeIsWrittenAsPythonOneTuple() {
        byte[] h = Npy.header(new int[]{7}, true);
        assertTrue(new String(h, StandardCharsets.US_ASCII).contains("'fortran_order': True, 'shape': (7,), }"));
    }

    @Test
    void writtenMatrixReadsBackExactly(@TempDir Path dir) throws Exception {
        SplittableRandom rng = new SplittableRandom(7);
        // more than one 1 MiB chunk, and not a whole number of chunks
        int rows = 700;
        int cols = 513;
        float[] data = new float[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rng.nextGaussian();
        }
        data[0] = Float.NaN;
        data[1] = -0.0f;
        Path file = dir.resolve("w.npy");
        Npy.writeFloat32(file, new int[]{rows, cols}, data, false);
        Npy.Float32Array back = Npy.readFloat32(file);
        assertArrayEquals(new int[]{rows, cols}, back.shape());
        assertFalse(back.fortranOrder());
        assertEquals(Float.floatToRawIntBits(data[1]), Float.floatToRawIntBits(back.data()[1]));
        assertArrayEquals(data, back.data());
        assertEquals(Npy.header(new int[]{rows, cols}, false).length + 4L * data.length, Files.size(file));
    }

    @Test
    void dataIsLittleEndianFloat32(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.npy");
        Npy.writeFloat32(file, new int[]{1}, new float[]{1.0f}, false);
        byte[] b = Files.readAllBytes(file);
        // 1.0f = 0x3F800000
        assertArrayEquals(new byte[]{0, 0, (byte) 0x80, 0x3F}, Arrays.copyOfRange(b, b.length - 4, b.length));
    }

    @Test
    void fortranOrderFlagRoundTrips(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.npy");
        Npy.writeFloat32(file, new int[]{2, 2}, new float[]{1, 3, 2, 4}, true);
        assertTrue(Npy.readFloat32(file).fortranOrder());
    }

    @Test
    void shapeThatDoesNotMatchDataIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> Npy.writeFloat32(dir.resolve("x.npy"), new int[]{3, 3}, new float[8], false));
    }

    @Test
    void nonNpyFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "hello there, not numpy");
        IOException e = assertThrows(IOException.class, () -> Npy.readFloat32(file));
        assertTrue(e.getMessage().startsWith("plain.txt: not a .npy file"), e.getMessage());
    }

    @Test
    void truncatedDataIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.npy");
        Npy.writeFloat32(file, new int[]{4, 4}, new float[16], false);
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, b.length - 3));
        IOException e = assertThrows(IOException.class, () -> Npy.readFloat32(file));
        assertTrue(e.getMessage().contains("needs"), e.getMessage());
    }
}
