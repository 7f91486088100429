package org.hopfieldstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our own fuzz tests of the input readers (issue 14, point 2): seeded generators of mutated valid inputs and of
 * hostile ones, thousands of cases within a few seconds. For every case: only {@link InputFormatException} (or its
 * subclass {@link PatternFormatException}) comes out, its message names the file (and the line where the problem
 * has one), everything ends within a time limit, and what is accepted round-trips through the writer.
 *
 * <p>Each generator is seeded; a failure prints the seed and the case number, so it replays exactly.
 */
class InputFuzzTest {
    private static final long SEED = 14_2026L;
    @TempDir
    Path dir;

    // ---- generators -------------------------------------------------------------------------------------

    private static final String[] FRAGMENTS = {"pattern ", "set ", "; ", "#", ".", "1", "0", "x", "X", "×", " ", "\t",
        "\r", "\n", "\n\n", "200", "201", "0x0", "99999999999", "-1", "A", "é", "\u0085", "\u009B", "\u0000", "\u007F",
        "\uFEFF", "\u2028", "\uD83D\uDE00", "5x5", "1x1", "pattern A 2x2\n##\n..\n", "PATTERN", "Set"};

    /** A valid file: random names (blanks, non-ASCII, emoji), sizes, CR LF or LF, comments, blank lines. */
    static String validText(SplittableRandom rng) {
        int rows = 1 + rng.nextInt(rng.nextInt(10) == 0 ? 200 : 12);
        int cols = 1 + rng.nextInt(rng.nextInt(10) == 0 ? 200 : 12);
        String nl = rng.nextBoolean() ? "\n" : "\r\n";
        StringBuilder sb = new StringBuilder();
        if (rng.nextBoolean()) {
            sb.append("; comment ").append(rng.nextInt()).append(nl);
        }
        if (rng.nextBoolean()) {
            sb.append(rng.nextBoolean() ? "set " : "SET\t").append(name(rng)).append(nl);
        }
        int p = 1 + rng.nextInt(4);
        for (int mu = 0; mu < p; mu++) {
            sb.append(rng.nextBoolean() ? nl : "");
            sb.append("pattern ").append(name(rng)).append(' ').append(mu).append(' ')
                    .append(rows).append(new String[]{"x", "X", "×"}[rng.nextInt(3)]).append(cols).append(nl);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    sb.append("#.10".charAt(rng.nextInt(4)));
                }
                sb.append(rng.nextInt(5) == 0 ? " \t" : "").append(nl);
            }
        }
        return sb.toString();
    }

    private static String name(SplittableRandom rng) {
        String[] parts = {"A", "letter", "Ω", "é", "\uD83D\uDE00", "x y", "1", "#", "set", "pattern"};
        StringBuilder sb = new StringBuilder(parts[rng.nextInt(parts.length)]);
        for (int k = rng.nextInt(3); k > 0; k--) {
            sb.append(' ').append(parts[rng.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    /** Byte-level mutations of a valid file: flips, insertions of fragments, deletions, truncation, duplication. */
    static byte[] mutate(byte[] in, SplittableRandom rng) {
        List<Byte> b = new ArrayList<>(in.length + 16);
        for (byte x : in) {
            b.add(x);
        }
        for (int m = 1 + rng.nextInt(4); m > 0; m--) {
            int at = b.isEmpty() ? 0 : rng.nextInt(b.size());
            switch (rng.nextInt(6)) {
                case 0 -> {
                    if (!b.isEmpty()) {
                        b.set(at, (byte) (b.get(at) ^ (1 << rng.nextInt(8))));
                    }
                }
                case 1 -> {
                    byte[] f = FRAGMENTS[rng.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int k = f.length - 1; k >= 0; k--) {
                        b.add(at, f[k]);
                    }
                }
                case 2 -> {
                    for (int k = rng.nextInt(8); k > 0 && at < b.size(); k--) {
                        b.remove(at);
                    }
                }
                case 3 -> {
                    while (b.size() > at) {
                        b.remove(b.size() - 1);
                    }
                }
                case 4 -> b.add(at, (byte) rng.nextInt(256));
                default -> {
                    int end = Math.min(b.size(), at + rng.nextInt(40));
                    b.addAll(at, new ArrayList<>(b.subList(at, end)));
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = b.get(k);
        }
        return out;
    }

    /** Hostile text: random fragments glued together, random bytes, absurd headers. */
    static byte[] hostile(SplittableRandom rng) {
        if (rng.nextInt(4) == 0) {
            byte[] r = new byte[rng.nextInt(300)];
            rng.nextBytes(r);
            return r;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = rng.nextInt(40); k > 0; k--) {
            sb.append(FRAGMENTS[rng.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- the checks -------------------------------------------------------------------------------------

    private static void checkFailure(InputFormatException e, String source, int lines, String what) {
        assertTrue(e.getMessage().startsWith(source + ": ") || e.getMessage().startsWith(source + " line "),
                what + " names the file: " + e.getMessage());
        assertEquals(source, e.source(), what);
        assertTrue(e.line() >= 0 && e.line() <= lines + 1, what + " line " + e.line() + " of " + lines);
        assertTrue(!e.detail().isBlank(), what);
    }

    /** Reads, and when accepted: write → read gives the same set, and the canonical text is a fixed point. */
    private static void checkPatternText(byte[] bytes, String what) {
        String source = "fuzz.txt";
        PatternSet set;
        try {
            set = PatternFiles.decode(bytes, source);
        } catch (PatternFormatException e) {
            int lines = 1;
            for (byte b : bytes) {
                lines += b == '\n' ? 1 : 0;
            }
            checkFailure(e, source, lines, what);
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": foreign exception " + e, e);
        }
        String canonical = PatternFiles.format(set);
        PatternSet back;
        try {
            back = PatternFiles.parse(canonical, "other.txt");
        } catch (PatternFormatException e) {
            throw new AssertionError(what + ": accepted but its canonical form is refused: " + e.getMessage(), e);
        }
        assertEquals(set.name(), back.name(), what);
        assertEquals(set.patterns(), back.patterns(), what);
        assertEquals(canonical, PatternFiles.format(back), what);
    }

    @Test
    void patternTextParserTakesMutatedAndHostileInputCalmly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            SplittableRandom rng = new SplittableRandom(SEED);
            int accepted = 0;
            for (int k = 0; k < 3000; k++) {
                String what = "seed " + SEED + " case " + k;
                byte[] input = switch (k % 3) {
                    case 0 -> validText(rng).getBytes(StandardCharsets.UTF_8);
                    case 1 -> mutate(validText(rng).getBytes(StandardCharsets.UTF_8), rng);
                    default -> hostile(rng);
                };
                try {
                    PatternFiles.decode(input, "fuzz.txt");
                    accepted++;
                } catch (PatternFormatException e) {
                    // checked below
                }
                checkPatternText(input, what);
            }
            assertTrue(accepted > 1000, "the valid third (and some mutants) are accepted: " + accepted);
        });
    }

    @Test
    void everyNameTheReaderAcceptsTheWriterWrites() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int k = 0; k < 3000; k++) {
            StringBuilder n = new StringBuilder();
            for (int c = 1 + rng.nextInt(6); c > 0; c--) {
                int cp = switch (rng.nextInt(4)) {
                    case 0 -> rng.nextInt(0x20, 0x7F);
                    case 1 -> rng.nextInt(0, 0x200);
                    case 2 -> rng.nextInt(0x2000, 0x3000);
                    default -> rng.nextInt(0x1F600, 0x1F650);
                };
                n.appendCodePoint(cp);
            }
            String name = n.toString();
            String text = "set s\npattern " + name + " 1x1\n#\n";
            boolean readable;
            try {
                readable = PatternFiles.parse(text, "n.txt").get(0).name().equals(name.strip());
            } catch (PatternFormatException e) {
                readable = false;
            }
            boolean writable = PatternFiles.nameProblem(name) == null;
            if (writable) {
                PatternSet set = PatternSet.of("s", Pattern.blank(name, 1, 1));
                try {
                    assertEquals(name, PatternFiles.parse(PatternFiles.format(set), "w.txt").get(0).name(), name);
                } catch (PatternFormatException e) {
                    fail("written name '" + name + "' does not read back: " + e.getMessage());
                }
                assertTrue(readable, "the reader refuses a name the writer writes: " + name.codePoints().boxed().toList());
            }
        }
    }

    // ---- images -----------------------------------------------------------------------------------------

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, bo)) {
            throw new IOException("no writer for " + format);
        }
        return bo.toByteArray();
    }

    @Test
    void imageImportTakesMutatedAndHostileFilesCalmly() throws Exception {
        SplittableRandom rng = new SplittableRandom(SEED + 2);
        List<byte[]> seeds = new ArrayList<>();
        for (String format : new String[]{"png", "bmp", "gif", "wbmp", "jpeg"}) {
            int type = format.equals("wbmp") ? BufferedImage.TYPE_BYTE_BINARY
                    : format.equals("png") ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
            BufferedImage img = new BufferedImage(9, 7, type);
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 9; x++) {
                    img.setRGB(x, y, rng.nextBoolean() ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            seeds.add(encode(img, format));
        }
        seeds.add(TestImages.uniformPng(5, 5, TestImages.GREY_ALPHA, 16, 1000));
        assertTimeoutPreemptively(Duration.ofSeconds(25), () -> {
            for (int k = 0; k < 1500; k++) {
                String what = "seed " + (SEED + 2) + " case " + k;
                byte[] input;
                if (k % 10 == 9) {
                    input = hostile(rng);
                } else {
                    byte[] base = seeds.get(k % seeds.size());
                    input = base.clone();
                    for (int m = 1 + rng.nextInt(3); m > 0; m--) {
                        int at = rng.nextInt(Math.min(input.length, 80));
                        if (rng.nextInt(3) == 0 && at + 4 <= input.length) {
                            ByteBuffer.wrap(input).order(rng.nextBoolean() ? ByteOrder.LITTLE_ENDIAN
                                    : ByteOrder.BIG_ENDIAN).putInt(at, rng.nextInt());
                        } else {
                            input[at] = (byte) rng.nextInt(256);
                        }
                    }
                    if (rng.nextInt(4) == 0) {
                        input = java.util.Arrays.copyOf(input, rng.nextInt(input.length + 1));
                    }
                }
                try {
                    BufferedImage img = PatternImages.decode(input, "fuzz.png");
                    Pattern p = PatternImages.fromImage(img, "p", 1 + rng.nextInt(20), 1 + rng.nextInt(20), 0.5,
                            false);
                    assertTrue(p.size() > 0, what);
                } catch (PatternFormatException e) {
                    checkFailure(e, "fuzz.png", 0, what);
                } catch (RuntimeException | OutOfMemoryError e) {
                    throw new AssertionError(what + ": foreign exception " + e, e);
                }
            }
        });
    }

    @Test
    void decodedImagesRoundTripThroughExport() throws Exception {
        SplittableRandom rng = new SplittableRandom(SEED + 3);
        for (int k = 0; k < 60; k++) {
            Pattern p = Pattern.random("p" + k, 1 + rng.nextInt(30), 1 + rng.nextInt(30), rng);
            byte[] png = encode(PatternImages.toImage(p, 1 + rng.nextInt(4)), "png");
            assertEquals(p, PatternImages.fromImage(PatternImages.decode(png, "r.png"), "p" + k, p.rows(), p.cols(),
                    0.5, false));
        }
    }

    // ---- .npy -------------------------------------------------------------------------------------------

    private static final String[] NPY_FRAGMENTS = {"'descr'", "'<f4'", "'<f8'", "'fortran_order'", "True", "False",
        "'shape'", "(", ")", ",", ":", "{", "}", " ", "3", "-1", "None", "L", "65536", "99999999999", "0", "\"",
        "'", "\n", "()", "(3,)", "(2, 3)"};

    @Test
    void npyReaderTakesMutatedAndHostileFilesCalmly() throws Exception {
        SplittableRandom rng = new SplittableRandom(SEED + 4);
        Path file = dir.resolve("fuzz.npy");
        Path valid = dir.resolve("valid.npy");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            int accepted = 0;
            for (int k = 0; k < 1600; k++) {
                String what = "seed " + (SEED + 4) + " case " + k;
                int[] shape = new int[rng.nextInt(4)];
                int n = 1;
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = rng.nextInt(5);
                    n *= shape[d];
                }
                float[] data = new float[n];
                for (int i = 0; i < n; i++) {
                    data[i] = (float) rng.nextGaussian();
                }
                Npy.writeFloat32(valid, shape, data, rng.nextBoolean());
                byte[] bytes = Files.readAllBytes(valid);
                switch (k % 4) {
                    case 0 -> {
                        // valid: must round-trip exactly
                        Npy.Float32Array a = Npy.readFloat32(valid);
                        assertArrayEquals(shape, a.shape(), what);
                        assertArrayEquals(data, a.data(), what);
                        accepted++;
                        continue;
                    }
                    case 1 -> {
                        for (int m = 1 + rng.nextInt(3); m > 0; m--) {
                            bytes[rng.nextInt(Math.min(bytes.length, 128))] = (byte) rng.nextInt(256);
                        }
                    }
                    case 2 -> {
                        // a header of glued fragments, padded as numpy pads
                        StringBuilder h = new StringBuilder();
                        for (int f = rng.nextInt(16); f > 0; f--) {
                            h.append(NPY_FRAGMENTS[rng.nextInt(NPY_FRAGMENTS.length)]);
                        }
                        h.append('\n');
                        byte[] text = h.toString().getBytes(StandardCharsets.US_ASCII);
                        ByteBuffer b = ByteBuffer.allocate(10 + text.length + rng.nextInt(64))
                                .order(ByteOrder.LITTLE_ENDIAN);
                        b.put(new byte[]{(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) text.length)
                                .put(text);
                        bytes = b.array();
                    }
                    default -> bytes = java.util.Arrays.copyOf(bytes, rng.nextInt(bytes.length + 8));
                }
                Files.write(file, bytes);
                try {
                    Npy.Float32Array a = Npy.readFloat32(file);
                    long count = 1;
                    for (int d : a.shape()) {
                        assertTrue(d >= 0, what);
                        count *= d;
                    }
                    assertEquals(count, a.data().length, what);
                    accepted++;
                } catch (InputFormatException e) {
                    checkFailure(e, "fuzz.npy", 0, what);
                } catch (RuntimeException e) {
                    throw new AssertionError(what + ": foreign exception " + e, e);
                }
            }
            assertTrue(accepted >= 400, "" + accepted);
        });
    }
}
