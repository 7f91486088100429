package org.hopfieldstudio.io;

import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternLibraryTest {

    @Test
    void listsTheBundledSetsInIndexOrder() {
        assertEquals(List.of("classic", "letters", "digits", "blocks100"), PatternLibrary.names());
    }

    @ParameterizedTest(name = "{0}: {1} patterns of {2}x{3}")
    @CsvSource({"classic, 3, 5, 5", "letters, 26, 10, 10", "digits, 10, 10, 10", "blocks100, 5, 100, 100"})
    void bundledSetHasItsCountAndSize(String set, int count, int rows, int cols) {
        PatternSet s = PatternLibrary.load(set);
        assertEquals(count, s.count());
        assertEquals(rows, s.rows());
        assertEquals(cols, s.cols());
    }

    @Test
    void everyBundledSetHasPairwiseDistinctPatterns() {
        for (PatternSet s : PatternLibrary.builtIn()) {
            for (int a = 0; a < s.count(); a++) {
                for (int b = a + 1; b < s.count(); b++) {
                    assertFalse(s.get(a).sameCells(s.get(b)),
                            s.name() + ": " + s.get(a).name() + " equals " + s.get(b).name());
                }
            }
        }
    }

    @Test
    void lettersAreNamedAToZAndDigitsZeroToNine() {
        assertEquals(IntStream.rangeClosed('A', 'Z').mapToObj(c -> String.valueOf((char) c)).toList(),
                PatternLibrary.load("letters").patterns().stream().map(Pattern::name).toList());
        assertEquals(IntStream.rangeClosed(0, 9).mapToObj(String::valueOf).toList(),
                PatternLibrary.load("digits").patterns().stream().map(Pattern::name).toList());
    }

    /** The notebook's make_pattern (reference/001), with 1 → +1 and 0 → −1. */
    @Test
    void classicShapesMatchTheTeachingNotebook() {
        PatternSet s = PatternLibrary.load("classic");
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals((r + c) % 2 == 1 ? 1 : -1, s.get(0).get(r, c), "checkerboard");
                assertEquals(r == c || r + c == 4 ? 1 : -1, s.get(1).get(r, c), "X");
            }
        }
        assertEquals(List.of("checkerboard", "X", "A"), s.patterns().stream().map(Pattern::name).toList());
        Pattern a = s.get(2);
        String[] rows = {"..#..", ".#.#.", "#####", "#...#", "#...#"};
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(rows[r].charAt(c) == '#' ? 1 : -1, a.get(r, c), "A at " + r + "," + c);
            }
        }
    }

    /** BU as drawn by the notebook: B spine, loops and bars, then U's verticals and bottom bar. */
    @Test
    void blockLettersBuMatchTheNotebookSlices() {
        int[][] on = {{0, 100, 5, 15}, {0, 10, 5, 35}, {0, 50, 30, 40}, {40, 50, 5, 35}, {50, 60, 5, 35},
                {50, 100, 30, 40}, {90, 100, 5, 35}, {0, 90, 60, 70}, {0, 90, 85, 95}, {90, 100, 60, 95}};
        Pattern bu = PatternLibrary.load("blocks100").get(3);
        assertEquals("BU", bu.name());
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < 100; c++) {
                boolean black = false;
                for (int[] box : on) {
                    black |= r >= box[0] && r < box[1] && c >= box[2] && c < box[3];
                }
                assertEquals(black ? 1 : -1, bu.get(r, c), "BU at " + r + "," + c);
            }
        }
    }

    @Test
    void singleBlockLetterIsTheCombinedImageShiftedToTheCentre() {
        PatternSet s = PatternLibrary.load("blocks100");
        Pattern bu = s.get(3);
        Pattern bc = s.get(4);
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < 100; c++) {
                // B occupies columns 5..39 of BU/BC, U and C columns 60..94; alone each sits at 32..66
                int inB = c - 27;
                int inRight = c + 28;
                assertEquals(inB >= 0 && inB < 50 ? bu.get(r, inB) : -1, s.get(0).get(r, c), "B");
                assertEquals(inRight >= 50 && inRight < 100 ? bu.get(r, inRight) : -1, s.get(1).get(r, c), "U");
                assertEquals(inRight >= 50 && inRight < 100 ? bc.get(r, inRight) : -1, s.get(2).get(r, c), "C");
            }
        }
    }

    @Test
    void loadIgnoresCaseAndReturnsTheSharedSet() {
        assertSame(PatternLibrary.load("letters"), PatternLibrary.load("LETTERS"));
    }

    @Test
    void unknownSetIsRefusedListingTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatternLibrary.load("greek"));
        assertTrue(e.getMessage().contains("'greek'") && e.getMessage().contains("letters"), e.getMessage());
    }

    /** Surefire runs in the project directory, where the editable originals live. */
    @Test
    void indexListsEveryPatternFileOfTheTopLevelFolder() throws Exception {
        Path dir = Path.of("patterns");
        TreeSet<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("index.txt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(PatternLibrary.indexedFiles()));
    }

    @Test
    void bundledFilesAreInCanonicalFormApartFromComments() throws Exception {
        for (String file : PatternLibrary.indexedFiles()) {
            String text = Files.readString(Path.of("patterns", file));
            String withoutComments = text.lines().filter(l -> !l.startsWith(";")).collect(Collectors.joining("\n"));
            String canonical = PatternFiles.format(PatternFiles.parse(text, file)).lines()
                    .filter(l -> !l.startsWith(";")).collect(Collectors.joining("\n"));
            assertEquals(canonical, withoutComments, file);
        }
    }
}
