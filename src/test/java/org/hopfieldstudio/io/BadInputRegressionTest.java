package org.hopfieldstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per example of issue 14 for the io readers: each was a hang, a crash or a foreign exception. */
class BadInputRegressionTest {
    @TempDir
    Path dir;

    // ---- special files: refused before they are opened, never read forever --------------------------------

    private static Path fifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            // N.B. only where coreutils' mkfifo is missing (it runs here and in CI): the FIFO cases are then skipped
            return org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
        }
        assumeTrue(mk.waitFor() == 0 && Files.exists(p), "mkfifo failed");
        return p;
    }

    @Test
    void namedPipeAsPatternFileIsRefusedWithoutBlocking() throws Exception {
        Path pipe = fifo(dir, "f.txt");
        PatternFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(PatternFormatException.class, () -> PatternFiles.read(pipe)));
        assertEquals("f.txt: is a named pipe, not a regular file; only regular files are read as a pattern file",
                e.getMessage());
    }

    @Test
    void namedPipeAsImageOrNpyIsRefusedWithoutBlocking() throws Exception {
        Path pipe = fifo(dir, "p.png");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(assertThrows(PatternFormatException.class,
                    () -> PatternImages.importPng(pipe, 10, 10, 0.5, false)).getMessage().contains("named pipe"));
            assertTrue(assertThrows(InputFormatException.class,
                    () -> Npy.readFloat32(pipe)).getMessage().contains("named pipe"));
        });
    }

    @Test
    void devZeroIsRefusedInsteadOfFillingTheHeap() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        PatternFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(PatternFormatException.class, () -> PatternFiles.read(zero)));
        assertTrue(e.getMessage().startsWith("zero: is a character device"), e.getMessage());
        assertThrows(InputFormatException.class, () -> Npy.readFloat32(zero));
    }

    @Test
    void folderAndMissingFileAreNamed() {
        assertEquals(dir.getFileName() + ": is a folder, not a pattern file",
                assertThrows(PatternFormatException.class, () -> PatternFiles.read(dir)).getMessage());
        String missing = assertThrows(PatternFormatException.class,
                () -> PatternFiles.read(dir.resolve("gone.txt"))).getMessage();
        assertTrue(missing.startsWith("gone.txt: no such file"), missing);
    }

    @Test
    void sizeCapIsEnforcedWhileReadingNotFromTheReportedSize() {
        // an endless stream (like /dev/zero or a growing file): the cap stops the read
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '#';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) '#');
                return len;
            }
        };
        PatternFormatException e = assertThrows(PatternFormatException.class,
                () -> PatternFiles.read(endless, "stream.txt"));
        assertEquals("stream.txt: file is larger than the 16 MiB limit for a pattern file", e.getMessage());
    }

    @Test
    void sparseFileOverTheCapIsRefused() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PatternFiles.MAX_FILE_BYTES + 1);
        }
        assertTrue(assertThrows(PatternFormatException.class, () -> PatternFiles.read(big)).getMessage()
                .contains("larger than the 16 MiB limit"));
    }

    // ---- reader and writer agree ------------------------------------------------------------------------

    static Stream<Arguments> namesTheWriterRefuses() {
        return Stream.of(
                Arguments.of("tab in a pattern name", "pattern a\tb 1x1\n#\n", 1, "control character a tab"),
                Arguments.of("tab in a set name", "set s\tt\npattern a 1x1\n#\n", 1, "control character a tab"),
                Arguments.of("C1 NEL in a name", "pattern a\u0085b 1x1\n#\n", 1, "control character U+0085"),
                Arguments.of("C1 CSI in a row", "pattern a 1x2\n#\u009B\n", 2, "control character U+009B"),
                Arguments.of("C1 in a comment", "; caf\u0090\npattern a 1x1\n#\n", 1, "control character U+0090"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesTheWriterRefuses")
    void whatTheWriterRefusesTheReaderRefusesWithItsLine(String label, String text, int line, String detail) {
        PatternFormatException e = assertThrows(PatternFormatException.class, () -> PatternFiles.parse(text, "n.txt"));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void writerRefusesTabAndC1ControlsInNames() {
        for (String bad : List.of("a\tb", "a\u0085b", "x\u009B", "\uD800x")) {
            assertThrows(IllegalArgumentException.class,
                    () -> PatternFiles.format(PatternSet.of("s", Pattern.blank(bad, 1, 1))), bad);
            assertThrows(IllegalArgumentException.class,
                    () -> PatternFiles.format(PatternSet.of(bad, Pattern.blank("p", 1, 1))), bad);
        }
    }

    @Test
    void writerRefusesTwoPatternsOfOneNameWhichTheReaderWouldRefuse() {
        PatternSet twice = PatternSet.of("s", Pattern.blank("a", 1, 1), Pattern.blank("a", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> PatternFiles.format(twice));
    }

    @Test
    void setNameFromAFileNameWithOuterBlanksIsMadeWritable() throws Exception {
        Path lead = Files.writeString(dir.resolve(" lead.txt"), "pattern a 1x1\n#\n");
        PatternSet set = PatternFiles.read(lead);
        assertEquals("lead", set.name());
        Path again = dir.resolve("again.txt");
        PatternFiles.write(set, again);
        assertEquals(set.patterns(), PatternFiles.read(again).patterns());
        assertEquals("patterns", PatternFiles.parse("pattern a 1x1\n#\n", "  .txt").name());
    }

    @Test
    void invalidUtf8NamesItsLine() throws Exception {
        byte[] bytes = "set s\n\npattern A 1x2\n#".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
        bad[bytes.length] = (byte) 0xC3; // a lead byte without its continuation
        bad[bytes.length + 1] = '#';
        bad[bytes.length + 2] = '\n';
        Path file = Files.write(dir.resolve("latin.txt"), bad);
        PatternFormatException e = assertThrows(PatternFormatException.class, () -> PatternFiles.read(file));
        assertEquals(4, e.line(), e.getMessage());
        assertEquals("latin.txt line 4: not a text pattern file (not valid UTF-8: byte 0xC3 at byte 2 of the line)",
                e.getMessage());
    }

    @Test
    void fileWhoseCanonicalFormWouldExceedTheCapIsRefused() {
        // patterns without blank lines between them: the file fits 16 MiB but the canonical form (one blank line
        // more per pattern) would not, so it could be read but never saved and read back (long names keep it quick)
        int count = 20_000;
        String pad = "n".repeat(818);
        StringBuilder sb = new StringBuilder(17 << 20);
        for (int k = 0; k < count; k++) {
            sb.append("pattern ").append(pad).append(String.format("%05d", k)).append(" 1x1\n#\n");
        }
        assertTrue(sb.length() <= PatternFiles.MAX_FILE_BYTES, "" + sb.length());
        assertTrue(sb.length() + count > PatternFiles.MAX_FILE_BYTES, "" + sb.length());
        PatternFormatException e = assertThrows(PatternFormatException.class,
                () -> PatternFiles.parse(sb.toString(), "many.txt"));
        assertTrue(e.getMessage().startsWith("many.txt: 20000 patterns would take 16.0 MiB when saved"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("more than the 16 MiB a pattern file may hold: split the file"));
    }

    @Test
    void canonicalLengthIsTheWrittenLength() {
        SplittableRandom rng = new SplittableRandom(14);
        for (int t = 0; t < 50; t++) {
            List<Pattern> l = new ArrayList<>();
            for (int mu = 0; mu < 1 + rng.nextInt(4); mu++) {
                l.add(Pattern.random("ψ " + t + "·" + mu + (mu % 2 == 0 ? "\uD83D\uDE00" : ""),
                        1 + rng.nextInt(30), 1 + rng.nextInt(30), rng));
            }
            List<Pattern> same = new ArrayList<>();
            for (Pattern p : l) {
                same.add(Pattern.random(p.name(), l.get(0).rows(), l.get(0).cols(), rng));
            }
            PatternSet set = new PatternSet("set é " + t, same);
            assertEquals(PatternFiles.format(set).getBytes(StandardCharsets.UTF_8).length,
                    PatternFiles.canonicalBytes(set.name(), set.patterns()));
        }
    }

    // ---- .npy -------------------------------------------------------------------------------------------

    /** A v1.0 .npy file with this header dictionary and {@code dataBytes} bytes of data. */
    static byte[] npy(String dict, int dataBytes) {
        String text = dict + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + text.length() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[]{(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) text.length());
        b.put(text.getBytes(StandardCharsets.ISO_8859_1));
        return b.array();
    }

    static Stream<Arguments> badNpyHeaders() {
        return Stream.of(
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3 3), }", "expected ','"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (None,), }", "whole numbers"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3L,), }", "expected ','"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (-3, 3), }", "negative dimension"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (65536, 65536, 65536, 65536), }",
                        "more than one Java array can hold"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999, 1), }", "too large"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3), }", "written (n,)"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (03,), }", "leading zero"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False}", "missing 'shape'"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'shape': (3,)}", "given twice"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'extra': 1}", "unknown key"),
                Arguments.of("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", "expected little-endian"),
                Arguments.of("{'descr': '<f4', 'fortran_order': 0, 'shape': (3,), }", "True or False"),
                Arguments.of("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), } junk", "after the closing"),
                Arguments.of("['descr', '<f4']", "'{' at the start"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badNpyHeaders")
    void malformedNpyHeaderIsRefusedNamingTheFile(String dict, String detail) throws Exception {
        Path file = Files.write(dir.resolve("W.npy"), npy(dict, 36));
        InputFormatException e = assertThrows(InputFormatException.class, () -> Npy.readFloat32(file));
        assertTrue(e.getMessage().startsWith("W.npy: "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void npyHeaderWithoutNewlineOrWithAnotherMinorVersionIsRefused() throws Exception {
        byte[] b = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", 4);
        byte[] noNewline = b.clone();
        noNewline[b.length - 5] = ' ';
        Path f1 = Files.write(dir.resolve("a.npy"), noNewline);
        assertTrue(assertThrows(InputFormatException.class, () -> Npy.readFloat32(f1)).getMessage()
                .contains("does not end with a newline"));
        byte[] minor = b.clone();
        minor[7] = 1;
        Path f2 = Files.write(dir.resolve("b.npy"), minor);
        assertTrue(assertThrows(InputFormatException.class, () -> Npy.readFloat32(f2)).getMessage()
                .contains("unsupported .npy version 1.1"));
    }

    @Test
    void npyHeaderKeysInAnyOrderAndAScalarShapeAreRead() throws Exception {
        Path f = Files.write(dir.resolve("s.npy"), npy("{\"shape\": (), 'fortran_order': True, 'descr': '<f4'}", 4));
        Npy.Float32Array a = Npy.readFloat32(f);
        assertEquals(0, a.shape().length);
        assertEquals(1, a.data().length);
        assertTrue(a.fortranOrder());
    }

    @Test
    void writtenNpyPassesTheStrictReader() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        for (int[] shape : new int[][]{{0}, {5}, {2, 3}, {0, 4}, {2, 2, 2}, {}}) {
            int n = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
            float[] data = new float[n];
            for (int k = 0; k < n; k++) {
                data[k] = (float) rng.nextGaussian();
            }
            Path f = dir.resolve("w" + shape.length + n + ".npy");
            Npy.writeFloat32(f, shape, data, false);
            Npy.Float32Array back = Npy.readFloat32(f);
            assertArrayEquals(shape, back.shape());
            assertArrayEquals(data, back.data());
        }
    }

    // ---- images -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bmp", "wbmp", "gif", "png", "jpeg"})
    void truncatedImageIsRefusedNamingTheFile(String format) throws Exception {
        BufferedImage img = new BufferedImage(40, 30, format.equals("wbmp") ? BufferedImage.TYPE_BYTE_BINARY
                : BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, bo));
        byte[] full = bo.toByteArray();
        for (int cut : new int[]{full.length / 2, full.length - 1, 20, 8}) {
            Path f = Files.write(dir.resolve("cut." + format), Arrays.copyOf(full, Math.min(cut, full.length)));
            try {
                PatternImages.importPng(f, 10, 10, 0.5, false);
            } catch (PatternFormatException e) {
                assertTrue(e.getMessage().startsWith("cut." + format + ": "), e.getMessage());
            }
        }
    }

    @Test
    void bmpRenamedPngWithCorruptHeaderIsAPatternFormatException() throws Exception {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        ImageIO.write(img, "bmp", bo);
        byte[] bmp = bo.toByteArray();
        SplittableRandom rng = new SplittableRandom(14);
        for (int k = 0; k < 300; k++) {
            byte[] b = bmp.clone();
            ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(2 + 4 * rng.nextInt(13), rng.nextInt());
            Path f = Files.write(dir.resolve("photo.png"), b);
            try {
                PatternImages.importPng(f, 8, 8, 0.5, false);
            } catch (PatternFormatException e) {
                assertTrue(e.getMessage().startsWith("photo.png: "), e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "colour type {0}, {1} bits")
    @org.junit.jupiter.params.provider.CsvSource({"0, 8", "0, 16", "4, 8", "4, 16", "2, 8", "2, 16"})
    void midGreyDrawingImportsTheSameInGreyAndRgb(int colourType, int bits) throws Exception {
        int max = (1 << bits) - 1;
        // grey 60 … 120 of 255: dark ink, below the ½ threshold in the stored values
        for (int grey8 : new int[]{60, 90, 120}) {
            int sample = grey8 * max / 255;
            Path f = Files.write(dir.resolve("g.png"), TestImages.uniformPng(12, 12, colourType, bits, sample));
            Pattern p = PatternImages.importPng(f, 6, 6, 0.5, false);
            for (int i = 0; i < p.size(); i++) {
                assertEquals(1, p.get(i), "grey " + grey8 + " imports as black");
            }
        }
        Path light = Files.write(dir.resolve("l.png"), TestImages.uniformPng(12, 12, colourType, bits, 200 * max / 255));
        assertEquals(-1, PatternImages.importPng(light, 6, 6, 0.5, false).get(0));
    }

    @Test
    void imageDeclaringMoreThanTheLimitIsRefusedFromItsHeader() throws Exception {
        Path f = Files.write(dir.resolve("huge.png"), TestImages.png(20_000, 20_000, 0, 8, new byte[0]));
        PatternFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(PatternFormatException.class, () -> PatternImages.importPng(f, 10, 10, 0.5, false)));
        assertEquals("huge.png: image is 20000×20000 pixels, more than the 100000000 pixels allowed", e.getMessage());
    }

    @Test
    void largeImageIsSubsampledWhileDecoding() throws Exception {
        byte[] png = TestImages.uniformPng(3000, 2000, 0, 8, 10);
        BufferedImage img = PatternImages.decode(png, "big.png");
        assertTrue((long) img.getWidth() * img.getHeight() <= PatternImages.MAX_DECODED_PIXELS,
                img.getWidth() + "×" + img.getHeight());
        assertEquals(1500, img.getWidth());
        assertEquals(5, PatternImages.subsampling(10_000, 10_000));
        assertEquals(1, PatternImages.subsampling(2000, 2000));
    }
}
