package org.hopfieldstudio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Hand-built PNG files for tests: any bit depth and colour type, and headers that lie about their size. */
final class TestImages {
    private TestImages() {
    }

    /** PNG colour types. */
    static final int GREY = 0;
    static final int RGB = 2;
    static final int GREY_ALPHA = 4;

    /**
     * A PNG of {@code w × h} pixels whose every sample is {@code sample} (alpha, when present, fully opaque).
     *
     * @param bitDepth 8 or 16
     */
    static byte[] uniformPng(int w, int h, int colourType, int bitDepth, int sample) throws IOException {
        int channels = switch (colourType) {
            case GREY -> 1;
            case RGB -> 3;
            case GREY_ALPHA -> 2;
            default -> throw new IllegalArgumentException("colour type " + colourType);
        };
        int bytesPerSample = bitDepth / 8;
        int max = (1 << bitDepth) - 1;
        byte[] row = new byte[1 + w * channels * bytesPerSample];
        for (int x = 0; x < w; x++) {
            for (int c = 0; c < channels; c++) {
                boolean alpha = colourType == GREY_ALPHA && c == 1;
                int v = alpha ? max : sample;
                int at = 1 + (x * channels + c) * bytesPerSample;
                if (bytesPerSample == 2) {
                    row[at] = (byte) (v >> 8);
                    row[at + 1] = (byte) v;
                } else {
                    row[at] = (byte) v;
                }
            }
        }
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int y = 0; y < h; y++) {
            d.setInput(row);
            while (!d.needsInput()) {
                z.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return png(w, h, colourType, bitDepth, z.toByteArray());
    }

    /** A PNG whose header declares {@code w × h} but whose data is {@code idat} (possibly empty or wrong). */
    static byte[] png(int w, int h, int colourType, int bitDepth, byte[] idat) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(w).putInt(h).put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
