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

    @Test
    void positionAndTicksAreSavedWithTheWorkspaceAndComeBackOnOpen(@TempDir Path dir) {
        lessons.loadBundled();
        lessons.open(0);
        assertTrue(lessons.next());
        assertTrue(lessons.previous());
        runToEnd();
        assertEquals(List.of(true, false, false), lessons.ticks());
        var saved = model.document().lessonProperty().get();
        assertEquals(new org.hopfieldstudio.io.Workspace.LessonPosition("bundled", "01-repair.md", 0,
                List.of(true, false, false)), saved);
        assertTrue(model.document().isDirty(), "a tick is progress worth saving");
        Path file = dir.resolve("student.hopfield");
        java.util.concurrent.atomic.AtomicBoolean ok = new java.util.concurrent.atomic.AtomicBoolean();
        model.document().save(file, false, ok::set);
        assertTrue(ok.get());

        StudioModel other = TestStudio.model();
        LessonsViewModel otherLessons = new LessonsViewModel(other, new CrosstalkViewModel(Runnable::run,
                Runnable::run));
        otherLessons.loadBundled();
        otherLessons.open(3);
        other.document().open(file, ok::set);
        assertTrue(ok.get());
        assertEquals(0, otherLessons.indexProperty().get());
        assertEquals(List.of(true, false, false), otherLessons.ticks());
        assertArrayEquals(model.grid().state(), other.grid().state(), "the workspace's grid, not the prepared cue");
        assertEquals(saved, other.document().lessonProperty().get());
        assertFalse(other.document().isDirty());
        // the second task ("run twice") counts runs from the reopening: the ticks are kept, the run history is not
        for (int run = 0; run < 2; run++) {
            other.recall().corrupt();
            other.recall().runToConvergence();
            other.recall().onFrame(System.nanoTime());
            assertEquals(List.of(true, run == 1, false), otherLessons.ticks());
        }
    }

    @Test
    void aLecturersTrackIsReadAgainOnOpenAndAMissingOneIsReportedWithTheStateStillOpen(@TempDir Path dir)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("course"));
        Files.writeString(folder.resolve("a.md"), """
                ---
                title: Store a third
                set: letters
                stored: A, X
                task: patterns-at-least 3 | Store a third pattern.
                task: occluded | Hide part of the grid.
                ---
                Text.
                """);
        Files.writeString(folder.resolve("b.md"), """
                ---
                title: Second
                set: letters
                stored: A
                task: patterns-at-least 2 | Store a second pattern.
                ---
                Text.
                """);
        assertTrue(lessons.openPath(folder));
        assertTrue(lessons.next());
        assertTrue(lessons.previous());
        model.grid().clear();
        model.grid().paint(3, 1);
        assertTrue(model.library().storeCurrent());
        assertEquals(List.of(true, false), lessons.ticks());
        Path file = dir.resolve("course.hopfield");
        model.document().save(file, false, ok -> { });

        StudioModel other = TestStudio.model();
        LessonsViewModel otherLessons = new LessonsViewModel(other, new CrosstalkViewModel(Runnable::run,
                Runnable::run));
        otherLessons.loadBundled();
        otherLessons.open(0);
        other.document().open(file, ok -> { });
        assertEquals("course", otherLessons.trackNameProperty().get());
        assertEquals("Store a third", otherLessons.lessonProperty().get().title());
        assertEquals(List.of(true, false), otherLessons.ticks());

        Files.delete(folder.resolve("a.md"));
        Files.delete(folder.resolve("b.md"));
        Files.delete(folder);
        StudioModel third = TestStudio.model();
        LessonsViewModel thirdLessons = new LessonsViewModel(third, new CrosstalkViewModel(Runnable::run,
                Runnable::run));
        thirdLessons.loadBundled();
        thirdLessons.open(0);
        java.util.concurrent.atomic.AtomicBoolean ok = new java.util.concurrent.atomic.AtomicBoolean();
        third.document().open(file, ok::set);
        assertTrue(ok.get(), "the workspace opens even though its lesson track is gone");
        assertEquals(3, third.library().count());
        assertEquals("A network that remembers", thirdLessons.lessonProperty().get().title());
        assertTrue(third.notices().notices().stream().anyMatch(n -> n.title().equals("Lesson track not found")
                && n.text().contains("Lessons ▸ Open")), String.valueOf(third.notices().notices()));
    }

    @Test
    void aLessonCanStartFromALecturersWorkspaceWithItsTrainedWNotRewritten(@TempDir Path dir) throws Exception {
        StudioModel lecturer = TestStudio.model();
        lecturer.startLesson("letters", List.of("A", "X", "O"), "X", "mpf", 0, 5);
        float[] trained = lecturer.protocol().network().weightsUnsafe().clone();
        lecturer.document().save(dir.resolve("trained.hopfield"), false, ok -> { });
        Files.writeString(dir.resolve("mpf.md"), """
                ---
                title: A trained W
                workspace: trained.hopfield
                show: A
                noise: 0.1
                seed: 3
                task: end-state stored A | Run until the end state reads "stored pattern 'A'".
                solve: run
                ---
                MPF wrote this W at home.
                """);
        assertTrue(lessons.openPath(dir.resolve("mpf.md")));
        assertEquals(3, model.library().count());
        assertEquals("mpf", model.protocol().network().protocol());
        assertArrayEquals(trained, model.protocol().network().weightsUnsafe());
        assertEquals(0, model.protocol().writesProperty().get(), "the saved W is used, not rewritten");
        byte[] a = model.library().storedSet().get(0).toArray();
        byte[] cue = model.grid().state();
        int flipped = 0;
        for (int i = 0; i < a.length; i++) {
            flipped += a[i] != cue[i] ? 1 : 0;
        }
        assertEquals(10, flipped, "show A with 10 % noise, applied on top of the workspace");
        assertEquals("ok", LessonRunner.check(dir.resolve("mpf.md")).get(0).status());
        assertEquals("ok", LessonRunner.run(dir.resolve("mpf.md")).get(0).status());
    }

    @Test
    void aMissingOrClashingWorkspaceIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        lessons.loadBundled();
        lessons.open(0);
        Files.writeString(dir.resolve("gone.md"), """
                ---
                title: Gone
                workspace: nowhere.hopfield
                task: patterns-at-least 9 | Store more.
                ---
                Text.
                """);
        assertFalse(lessons.openPath(dir.resolve("gone.md")));
        assertEquals("A network that remembers", lessons.lessonProperty().get().title());
        assertTrue(model.notices().notices().stream().anyMatch(n -> n.text().contains("gone.md:3")
                && n.text().contains("nowhere.hopfield is not next to the lesson")), model.notices().notices().toString());
        Files.writeString(dir.resolve("both.md"), """
                ---
                title: Both
                workspace: w.hopfield
                set: letters
                task: patterns-at-least 9 | Store more.
                ---
                Text.
                """);
        LessonFormatException e = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                () -> Lessons.readFile(dir.resolve("both.md")));
        assertTrue(e.getMessage().contains("both.md:4") && e.getMessage().contains("'set' and 'workspace'"),
                e.getMessage());
        Files.writeString(dir.resolve("path.md"), """
                ---
                title: Path
                workspace: ../secret.hopfield
                task: patterns-at-least 9 | Store more.
                ---
                Text.
                """);
        e = org.junit.jupiter.api.Assertions.assertThrows(LessonFormatException.class,
                () -> Lessons.readFile(dir.resolve("path.md")));
        assertTrue(e.getMessage().contains("path.md:3"), e.getMessage());
    }
}
