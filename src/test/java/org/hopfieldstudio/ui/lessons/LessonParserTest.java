package org.hopfieldstudio.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lesson files: what is accepted, and every malformed one refused with file, line and the problem. */
class LessonParserTest {
    private static final String GOOD = """
            ---
            title: Two letters
            set: letters
            stored: A, X
            show: A
            noise: 0.15
            hide: census, crosstalk-tab
            task: end-state stored A | Run until A is repaired.
            task: patterns-at-least 3 | Store a shape.
            solve: run
            solve: draw 1 1 4 4
            solve: store
            ---
            Text with $h_i = \\sum_j w_{ij} s_j$ and p = {{p}}.
            """;

    static Lesson parse(String text) throws LessonFormatException {
        return LessonParser.parse("l.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWellFormedLessonIsReadWithItsTasksStepsAndSettings() throws Exception {
        Lesson l = parse(GOOD);
        assertEquals("Two letters", l.title());
        assertEquals(2, l.tasks().size());
        assertEquals(Check.Kind.END_STATE, l.tasks().get(0).check().kind());
        assertEquals(8, l.tasks().get(0).line());
        assertEquals("Run until A is repaired.", l.tasks().get(0).text());
        assertEquals(3, l.solution().size());
        assertEquals(Action.DRAW, l.solution().get(1).action());
        assertEquals("A, X", l.prepare().get("stored").value());
        assertEquals(4, l.prepare().get("stored").line());
        assertTrue(l.hide().contains("census"));
        assertTrue(l.body().startsWith("Text with $h_i"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", 1, "starts with a header"),
                Arguments.of("title: x\n", 1, "starts with a header"),
                Arguments.of("---\ntitle: x\n", 1, "no closing '---'"),
                Arguments.of("---\ntask: protocol hebb | t\n---\nbody\n", 2, "no 'title:'"),
                Arguments.of("---\ntitle: x\n---\nbody\n", 2, "no 'task:'"),
                Arguments.of("---\ntitle: x\ntitle: y\ntask: occluded | t\n---\nb\n", 3, "title is given twice"),
                Arguments.of("---\ntitle:\ntask: occluded | t\n---\nb\n", 2, "title is empty"),
                Arguments.of("---\ntitle: x\nnonsense line\n---\nb\n", 3, "expected 'key: value'"),
                Arguments.of("---\ntitle: x\ncolour: red\ntask: occluded | t\n---\nb\n", 3, "unknown key 'colour'"),
                Arguments.of("---\ntitle: x\ntask: occluded t\n---\nb\n", 3, "task reads"),
                Arguments.of("---\ntitle: x\ntask: occluded |  \n---\nb\n", 3, "no text after '|'"),
                Arguments.of("---\ntitle: x\ntask: | t\n---\nb\n", 3, "needs a check"),
                Arguments.of("---\ntitle: x\ntask: fly-away | t\n---\nb\n", 3, "unknown check 'fly-away'"),
                Arguments.of("---\ntitle: x\ntask: end-state sideways | t\n---\nb\n", 3, "KIND one of"),
                Arguments.of("---\ntitle: x\ntask: end-state mixture A | t\n---\nb\n", 3, "only stored and inverse"),
                Arguments.of("---\ntitle: x\ntask: patterns-at-least many | t\n---\nb\n", 3, "not a whole number"),
                Arguments.of("---\ntitle: x\ntask: patterns-at-least -1 | t\n---\nb\n", 3, "from 0"),
                Arguments.of("---\ntitle: x\ntask: overlap-at-least 2 | t\n---\nb\n", 3, "between -1 and 1"),
                Arguments.of("---\ntitle: x\ntask: order diagonal | t\n---\nb\n", 3, "random, sweep"),
                Arguments.of("---\ntitle: x\ntask: occluded now | t\n---\nb\n", 3, "no arguments"),
                Arguments.of("---\ntitle: x\ntask: crosstalk-error-above NaN | t\n---\nb\n", 3, "not a number"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nsolve: dance\n---\nb\n", 4, "unknown step 'dance'"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nsolve: draw 1 2\n---\nb\n", 4, "takes 4 arguments"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nsolve: noise 0.9\n---\nb\n", 4, "0 to 0.5"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nsolve: occlude middle\n---\nb\n", 4, "unknown half"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nhide: everything\n---\nb\n", 4, "cannot hide 'everything'"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nhide: census\nhide: library\n---\nb\n", 5, "given twice"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nnoise: 0.7\n---\nb\n", 4, "0 to 0.5"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\ngrid: 150\n---\nb\n", 4, "5 to 100"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nseed: x1\n---\nb\n", 4, "whole number"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nset: letters\nset: digits\n---\nb\n", 5, "given twice"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nstored: A\n---\nb\n", 4, "give the set"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nset: letters\nrandom: 3\n---\nb\n", 5, "either 'set' or 'random'"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\nblend: A, X\n---\nb\n", 4, "blend: FIRST, SECOND, FRACTION"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\n---\n   \n", 4, "no text after the header"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\n---\nnow {{temperature}}\n", 5, "unknown live number"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\n---\na $x^2 formula\n", 5, "not closed"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\n---\nbell \u0007 rings\n", 5, "control character"),
                Arguments.of("---\ntitle: x\ntask: occluded | t\n---\n\nsee $\\undefinedmacro{x}$ here\n", 6, "not valid LaTeX"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedLessonNamesFileLineAndProblem(String text, int line, String problem) {
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> parse(text));
        assertEquals("l.md", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("l.md:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        byte[] good = "---\ntitle: x\ntask: occluded | t\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 4];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = 'a';
        bad[good.length + 1] = (byte) 0xC3;
        bad[good.length + 2] = (byte) 0x28;
        bad[good.length + 3] = '\n';
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse("l.md", bad));
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() {
        byte[] big = new byte[LessonParser.MAX_BYTES + 1];
        LessonFormatException e = assertThrows(LessonFormatException.class, () -> LessonParser.parse("big.md", big));
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
    }

    @Test
    void formulasSplitInlineAndDisplayAndKeepEscapedDollars() {
        var runs = Formulas.split("cost \\$5: $a+b$ then $$\\sum x$$ end");
        assertEquals(5, runs.size());
        assertEquals("cost $5: ", runs.get(0).text());
        assertTrue(runs.get(1).formula() && !runs.get(1).display());
        assertEquals("\\sum x", runs.get(3).text());
        assertTrue(runs.get(3).display());
    }
}
