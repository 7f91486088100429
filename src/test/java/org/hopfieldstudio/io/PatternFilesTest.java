package org.hopfieldstudio.io;

import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternFilesTest {

    private static final String TWO = """
            ; two tiny patterns
            set tiny

            pattern cross 3x3
            .#.
            ###
            .#.

            pattern corners 3x3
            #.#
            ...
            #.#
            """;

    @Test
    void parsesNamesSizesAndCellsWithHashAsPlusOne() throws Exception {
        PatternSet set = PatternFiles.parse(TWO, "tiny.txt");
        assertEquals("tiny", set.name());
        assertEquals(2, set.count());
        Pattern cross = set.get(0);
        assertEquals("cross", cross.name());
        assertEquals(3, cross.rows());
        assertEquals(3, cross.cols());
        assertEquals(1, cross.get(0, 1));
        assertEquals(-1, cross.get(0, 0));
        assertEquals("corners", set.get(1).name());
    }

    @Test
    void zeroAndOneCellsReadAsMinusAndPlusOne() throws Exception {
        PatternSet a = PatternFiles.parse("pattern p 2x2\n10\n01\n", "a.txt");
        PatternSet b = PatternFiles.parse("pattern p 2x2\n#.\n.#\n", "b.txt");
        assertTrue(a.get(0).sameCells(b.get(0)));
    }

    @Test
    void setNameDefaultsToFileStem() throws Exception {
        PatternSet set = PatternFiles.parse("pattern p 1x2\n#.\n", "dir/my shapes.txt");
        assertEquals("my shapes", set.name());
    }

    @Test
    void patternNamesMayContainSpaces() throws Exception {
        PatternSet set = PatternFiles.parse("pattern letter  A 1x1\n#\n", "a.txt");
        assertEquals("letter  A", set.get(0).name());
    }

    @Test
    void windowsLineEndsBomAndTrailingBlanksAreAccepted() throws Exception {
        PatternSet set = PatternFiles.parse("\uFEFFset s\r\npattern p 1x3 \r\n#.#  \r\n", "s.txt");
        assertEquals("s", set.name());
        assertEquals(3, set.get(0).cols());
    }

    @Test
    void formattedSetReadsBackEqual() throws Exception {
        PatternSet set = PatternFiles.parse(TWO, "tiny.txt");
        PatternSet back = PatternFiles.parse(PatternFiles.format(set), "other.txt");
        assertSetsEqual(set, back);
    }

    @Test
    void formatIsCanonical() throws Exception {
        String canonical = PatternFiles.format(PatternFiles.parse(TWO, "tiny.txt"));
        assertEquals(canonical, PatternFiles.format(PatternFiles.parse(canonical, "tiny.txt")));
        assertTrue(canonical.contains("\npattern cross 3x3\n.#.\n###\n.#.\n"), canonical);
    }

    /** Property-style: random sets of assorted sizes and names survive write → read exactly. */
    @Test
    void randomSetsOfAssortedSizesRoundTripThroughFiles(@TempDir Path dir) throws Exception {
        SplittableRandom rng = new SplittableRandom(20240607);
        int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {5, 5}, {10, 10}, {3, 17}, {100, 100}, {200, 200}, {2, 200}};
        for (int trial = 0; trial < 60; trial++) {
            int[] size = sizes[trial % sizes.length];
            int p = 1 + rng.nextInt(6);
            List<Pattern> list = new ArrayList<>();
            for (int mu = 0; mu < p; mu++) {
                String name = (mu % 2 == 0 ? "p " : "Ω-") + trial + "." + mu;
                list.add(Pattern.random(name, size[0], size[1], rng));
            }
            PatternSet set = new PatternSet("set " + trial, list);
            Path file = dir.resolve("t" + trial + ".txt");
            PatternFiles.write(set, file);
            assertSetsEqual(set, PatternFiles.read(file));
        }
    }

    @Test
    void writeRefusesNameThatWouldNotReadBack() {
        PatternSet set = PatternSet.of("s", Pattern.blank(" padded", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> PatternFiles.format(set));
    }

    // ---- bad input: each is refused with file and line, nothing loaded ----

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("ragged row", "pattern B 2x3\n#.#\n#.\n", 3, "row has 2 cells, expected 3 (pattern 'B' is 2×3)"),
                Arguments.of("long row", "pattern B 2x3\n#.#\n#.##\n", 3, "row has 4 cells, expected 3"),
                Arguments.of("unknown character", "pattern B 2x3\n#.#\n#x#\n", 3, "unknown character 'x' at column 2"),
                Arguments.of("space inside a row", "pattern B 1x3\n# #\n", 2, "unknown character a space at column 2"),
                Arguments.of("row before header", "; c\n###\n", 2, "before any pattern header"),
                Arguments.of("missing size", "pattern B\n#\n", 1, "does not end with the size ROWSxCOLS"),
                Arguments.of("missing name", "pattern 2x2\n##\n##\n", 1, "has no name"),
                Arguments.of("bare keyword", "pattern\n", 1, "without name and size"),
                Arguments.of("junk line", "hello world\n", 1, "expected 'pattern NAME ROWSxCOLS'"),
                Arguments.of("fewer rows than declared", "pattern B 3x2\n##\n..\n\npattern C 3x2\n", 4,
                        "has only 2 rows, expected 3"),
                Arguments.of("rows cut by end of file", "set s\npattern B 3x2\n##\n..\n", 2,
                        "has only 2 of its 3 rows before the end of the file"),
                Arguments.of("more rows than declared", "pattern B 2x2\n##\n..\n##\n", 4,
                        "declared 2×2 but has more than 2 rows"),
                Arguments.of("absurd size", "pattern huge 100000x100000\n", 1,
                        "declares 100000×100000 cells; pattern files allow at most 200×200"),
                Arguments.of("overflowing size", "pattern huge 99999999999999999999x2\n", 1, "at most 200×200"),
                Arguments.of("zero size", "pattern none 0x5\n", 1, "at least 1 row and 1 column"),
                Arguments.of("mixed sizes", "pattern A 1x2\n##\npattern B 2x2\n##\n##\n", 3,
                        "pattern 'B' is 2×2 but 'A' (line 1) is 1×2"),
                Arguments.of("duplicate names", "pattern A 1x1\n#\npattern A 1x1\n.\n", 3,
                        "pattern name 'A' is used twice (first on line 1)"),
                Arguments.of("second set line", "set a\nset b\n", 2, "a second 'set' line"),
                Arguments.of("set line after a pattern", "pattern A 1x1\n#\nset late\n", 3, "before the first pattern"),
                Arguments.of("control character", "pattern A 1x2\n#\u0000\n", 2, "not a text pattern file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedWithFileAndLine(String label, String text, int line, String detail) {
        PatternFormatException e = assertThrows(PatternFormatException.class, () -> PatternFiles.parse(text, "bad.txt"));
        assertEquals("bad.txt", e.source());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.txt line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void raggedRowIsRefusedWithFileAndLine() {
        StringBuilder sb = new StringBuilder("set letters\n\npattern B 10x10\n");
        for (int r = 0; r < 10; r++) {
            sb.append(r == 5 ? "#########" : "##########").append('\n');
        }
        PatternFormatException e = assertThrows(PatternFormatException.class,
                () -> PatternFiles.parse(sb.toString(), "letters.txt"));
        assertEquals("letters.txt line 9: row has 9 cells, expected 10 (pattern 'B' is 10×10)", e.getMessage());
    }

    @Test
    void emptyFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        PatternFormatException e = assertThrows(PatternFormatException.class, () -> PatternFiles.read(file));
        assertEquals("empty.txt: the file is empty: no patterns found", e.getMessage());
    }

    @Test
    void fileWithOnlyCommentsIsRefused() {
        PatternFormatException e = assertThrows(PatternFormatException.class,
                () -> PatternFiles.parse("; nothing here\nset s\n", "c.txt"));
        assertTrue(e.getMessage().contains("no patterns found"), e.getMessage());
    }

    @Test
    void binaryGarbageIsRefusedAsNotText(@TempDir Path dir) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = Files.write(dir.resolve("photo.png"), png);
        PatternFormatException e = assertThrows(PatternFormatException.class, () -> PatternFiles.read(file));
        assertTrue(e.getMessage().startsWith("photo.png"), e.getMessage());
        assertTrue(e.getMessage().contains("not a text pattern file"), e.getMessage());
    }

    @Test
    void nulBytesInValidUtf8AreRefusedAsNotText(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("x.txt"), "pattern A 1x1\n#\n\0\0\0".getBytes(StandardCharsets.UTF_8));
        PatternFormatException e = assertThrows(PatternFormatException.class, () -> PatternFiles.read(file));
        assertTrue(e.getMessage().contains("not a text pattern file"), e.getMessage());
    }

    @Test
    void failedWriteLeavesTheExistingFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keep.txt");
        PatternSet good = PatternSet.of("keep", Pattern.blank("a", 2, 2));
        PatternFiles.write(good, file);
        PatternSet bad = PatternSet.of("keep", Pattern.blank("bad\nname", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> PatternFiles.write(bad, file));
        assertSetsEqual(good, PatternFiles.read(file));
    }

    static void assertSetsEqual(PatternSet expected, PatternSet actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.patterns(), actual.patterns());
    }
}
