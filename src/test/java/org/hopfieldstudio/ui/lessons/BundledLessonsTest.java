package org.hopfieldstudio.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.cli.HopfieldCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled track is part of the test run: every lesson parses, prepares, has valid checks none of which is done
 * at the start, and its scripted solution ticks every task ({@code hopfield lessons --check} and {@code --run}).
 */
class BundledLessonsTest {

    @Test
    void theBundledTrackHasAtLeastTenLessonsWithTwoToFourTasksEach() {
        List<Lesson> track = Lessons.bundled();
        assertTrue(track.size() >= 10, "lessons: " + track.size());
        for (Lesson l : track) {
            assertTrue(l.tasks().size() >= 2 && l.tasks().size() <= 4, l.source() + ": " + l.tasks().size());
            assertTrue(!l.solution().isEmpty(), l.source() + " has no scripted solution");
        }
    }

    @Test
    void everyBundledLessonPassesRunIncludingCheck() throws Exception {
        for (LessonRunner.Result r : LessonRunner.run(null)) {
            assertEquals("ok", r.status(), r.lesson());
        }
    }

    @Test
    void cliChecksTheBundledTrackAsCsv() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(err), "lessons", "--check");
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals("lesson,title,tasks,status", lines[0]);
        assertEquals(Lessons.bundled().size() + 1, lines.length);
        assertTrue(lines[1].startsWith("01-repair,A network that remembers,3,ok"), lines[1]);
    }

    @Test
    void cliReportsAFailingLessonWithExitCode3(@TempDir Path dir) throws Exception {
        // a task that the prepared state already satisfies: refused by --check
        Files.writeString(dir.resolve("a.md"), """
                ---
                title: Already done
                set: letters
                stored: A, X
                task: patterns-at-least 2 | Store two patterns.
                ---
                Text.
                """);
        // a scripted solution that does not tick its task: refused by --run
        Files.writeString(dir.resolve("b.md"), """
                ---
                title: Never done
                set: letters
                stored: A, X
                show: A
                noise: 0.1
                task: patterns-at-least 3 | Store a third pattern.
                solve: run
                ---
                Text.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(err), "lessons", "--run", dir.toString());
        assertEquals(3, code);
        String csv = out.toString();
        assertTrue(csv.contains("a,Already done,1,") && csv.contains("already done in the prepared state"), csv);
        assertTrue(csv.contains("b,Never done,1,") && csv.contains("did not tick after the scripted solution"), csv);
    }

    @Test
    void cliRefusesAMissingPathWithOneErrorLine(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(err), "lessons", "--check",
                dir.resolve("nope").toString());
        assertEquals(2, code);
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("error: no such lesson file or folder"), err.toString());
        assertEquals(1, err.toString().strip().split("\n").length);
    }
}
