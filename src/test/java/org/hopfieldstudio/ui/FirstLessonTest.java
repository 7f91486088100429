package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternLibrary;
import org.junit.jupiter.api.Test;

/** The lesson `mvn javafx:run` opens with must succeed: the corrupted letter is repaired. No toolkit needed. */
class FirstLessonTest {

    @Test
    void firstLessonStoresTheLessonLettersUnderHebbAndCorruptsA() {
        StudioModel model = TestStudio.model();
        assertTrue(model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb", HopfieldStudioApp.DEFAULT_NOISE, 2024));
        assertEquals(HopfieldStudioApp.DEFAULT_LESSON.size(), model.library().count());
        assertEquals("hebb", model.protocol().networkProperty().get().protocol());
        PatternSet letters = PatternLibrary.load("letters");
        byte[] a = letters.get(letters.indexOf("A")).toArray();
        assertEquals(15, Measures.hamming(a, model.grid().state()));
        assertTrue(model.recall().stepTextProperty().get().startsWith("Lesson: A and X are stored under Hebb"),
                model.recall().stepTextProperty().get());
    }

    @Test
    void firstLessonRunToConvergenceRepairsTheLetter() {
        StudioModel model = TestStudio.model();
        model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb", HopfieldStudioApp.DEFAULT_NOISE, 2024);
        model.recall().runToConvergence();
        model.recall().onFrame(0);
        PatternSet letters = PatternLibrary.load("letters");
        assertArrayEquals(letters.get(letters.indexOf("A")).toArray(), model.grid().state());
        assertTrue(model.recall().endStateProperty().get().contains("A"), model.recall().endStateProperty().get());
    }

    @Test
    void aShapeDrawnAfterTheLessonIsStoredAndRepaired() {
        StudioModel model = TestStudio.model();
        model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb", HopfieldStudioApp.DEFAULT_NOISE, 2024);
        model.grid().clear();
        for (int i = 0; i < 100; i++) {
            int r = i / 10;
            int c = i % 10;
            if (r == c || r + 1 == c) { // a thick diagonal, drawn cell by cell
                model.grid().paint(i, 1);
            }
        }
        byte[] drawn = model.grid().state();
        assertTrue(model.library().storeCurrent());
        assertEquals(3, model.library().count());
        model.recall().corrupt();
        assertEquals(15, Measures.hamming(drawn, model.grid().state()));
        model.recall().runToConvergence();
        model.recall().onFrame(0);
        assertArrayEquals(drawn, model.grid().state());
    }

    @Test
    void unknownLessonPatternNamesLoadNothing() {
        StudioModel model = TestStudio.model();
        assertEquals(false, model.startLesson("letters", java.util.List.of("A", "Ω"), "A", "hebb", 0.2, 1));
    }
}
