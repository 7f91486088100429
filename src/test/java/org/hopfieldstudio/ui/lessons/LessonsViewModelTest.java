package org.hopfieldstudio.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;
import org.hopfieldstudio.ui.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lessons panel's model, walked as a student would, through view-model commands only. */
class LessonsViewModelTest {
    private final StudioModel model = TestStudio.model();
    private final LessonsViewModel lessons = new LessonsViewModel(model, new CrosstalkViewModel(Runnable::run,
            Runnable::run));

    private void runToEnd() {
        model.recall().runToConvergence();
        model.recall().onFrame(System.nanoTime());
    }

    @Test
    void lessonOneTicksEachTaskWhenTheStudentDoesIt() {
        lessons.loadBundled();
        assertTrue(lessons.open(0));
        assertEquals(List.of(false, false, false), lessons.ticks());
        assertEquals(2, model.library().count());
        assertEquals("15", lessons.live("d")); // 15 % of the 100 cells of A are flipped in the cue
        runToEnd();
        assertEquals(1, lessons.context().finishedRuns(), model.recall().endStateProperty().get());
        assertEquals(List.of(true, false, false), lessons.ticks());
        model.recall().corrupt();
        runToEnd();
        assertEquals(List.of(true, true, false), lessons.ticks());
        model.grid().clear();
        for (int i = 0; i < 30; i++) {
            model.grid().paint(i, 1);
        }
        assertTrue(model.library().storeCurrent());
        assertEquals(List.of(true, true, true), lessons.ticks());
        assertEquals("Lesson 1 of " + lessons.track().size() + " · 3 of 3 tasks done",
                lessons.positionTextProperty().get());
    }

    @Test
    void resetBringsBackThePreparedStateAndClearsTheTicks() {
        lessons.loadBundled();
        lessons.open(0);
        byte[] cue = model.grid().state();
        runToEnd();
        assertTrue(lessons.ticks().get(0));
        assertTrue(lessons.reset());
        assertEquals(List.of(false, false, false), lessons.ticks());
        assertArrayEquals(cue, model.grid().state());
    }

    @Test
    void nextAndPreviousOpenTheNeighbouringLessonsInTheirPreparedStates() {
        lessons.loadBundled();
        lessons.open(0);
        assertFalse(lessons.hasPrevious());
        assertTrue(lessons.next());
        assertEquals(1, lessons.indexProperty().get());
        assertEquals(25, model.grid().size()); // lesson 2 is on the classic 5×5 grid
        assertEquals("sequential", model.recall().orderProperty().get().cliName());
        assertTrue(lessons.previous());
        assertEquals(100, model.grid().size());
    }

    @Test
    void aTaskAlreadyTrueInThePreparedStateDoesNotTickUntilItHasBeenFalse(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("l.md"), """
                ---
                title: Unarmed
                set: letters
                stored: A, X
                task: patterns-at-least 2 | Keep two patterns.
                ---
                Text.
                """);
        assertTrue(lessons.openPath(dir.resolve("l.md")));
        model.library().storeCurrent(); // still true: no tick, it never stopped holding
        assertEquals(List.of(false), lessons.ticks());
        model.library().clear();
        model.library().loadBuiltIn("letters", List.of("A", "X"));
        assertEquals(List.of(true), lessons.ticks());
    }

    @Test
    void aMalformedLessonFileIsReportedWithFileAndLineAndTheOpenLessonStays(@TempDir Path dir) throws Exception {
        lessons.loadBundled();
        lessons.open(0);
        byte[] before = model.grid().state();
        int notices = model.notices().notices().size();
        Path bad = dir.resolve("bad.md");
        Files.writeString(bad, "---\ntitle: Bad\ntask: fly-away | t\n---\nText\n");
        assertFalse(lessons.openPath(bad));
        Notice n = model.notices().notices().get(model.notices().notices().size() - 1);
        assertEquals(notices + 1, model.notices().notices().size());
        assertEquals(Notice.Level.ERROR, n.level());
        assertTrue(n.text().contains("bad.md:3: unknown check 'fly-away'"), n.text());
        assertEquals(0, lessons.indexProperty().get());
        assertEquals("A network that remembers", lessons.lessonProperty().get().title());
        assertArrayEquals(before, model.grid().state());
    }

    @Test
    void aLessonWhosePreparedStateCannotBeAppliedIsNotOpened(@TempDir Path dir) throws Exception {
        lessons.loadBundled();
        lessons.open(0);
        Files.writeString(dir.resolve("l.md"), """
                ---
                title: Unknown set
                set: hieroglyphs
                task: occluded | Hide something.
                ---
                Text.
                """);
        assertFalse(lessons.openPath(dir.resolve("l.md")));
        assertEquals("A network that remembers", lessons.lessonProperty().get().title());
        assertEquals(lessons.track().size(), Lessons.bundled().size());
    }

    @Test
    void liveNumbersFollowTheModel() {
        lessons.loadBundled();
        lessons.open(0);
        assertEquals("2", lessons.live("p"));
        assertEquals("100", lessons.live("N"));
        assertEquals("0.020", lessons.live("alpha"));
        assertEquals("15", lessons.live("d"));
        runToEnd();
        assertEquals("0", lessons.live("d"));
        assertEquals("+1.000", lessons.live("m"));
        assertEquals("stored pattern 'A'", lessons.live("end"));
    }
}
