package org.hopfieldstudio.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;

class LibraryViewModelTest {
    @Test
    void storeCurrentAddsTheGridAsANewPattern() {
        StudioModel m = TestStudio.model();
        m.grid().toggle(3);
        assertTrue(m.library().storeCurrent());
        assertEquals(1, m.library().count());
        assertTrue(m.library().patterns().get(0).sameCells(m.grid().toPattern("x")));
    }

    @Test
    void lettersAreOverTheHebbLimitAndSayHowFar() {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        assertTrue(m.library().overLimitProperty().get());
        assertEquals("p = 26, N = 100, α = p/N = 0.260 > 0.138 (Hebb limit 13.8 patterns)",
                m.library().capacityTextProperty().get());
    }

    @Test
    void patternOfAnotherSizeIsRefusedWithANotice() {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        assertFalse(m.library().store(Pattern.blank("small", 5, 5)));
        assertEquals(26, m.library().count());
        assertEquals(1, m.notices().notices().size());
    }

    @Test
    void renameAndRemoveChangeTheStoredSet() {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        m.library().rename(0, "Alpha");
        assertEquals("Alpha", m.library().storedSet().get(0).name());
        m.library().remove(0);
        assertEquals(25, m.library().storedSet().count());
    }

    @Test
    void unknownBundledSetIsANoticeNotAnException() {
        StudioModel m = TestStudio.model();
        assertFalse(m.library().loadBuiltIn("no-such-set"));
        assertEquals(1, m.notices().notices().size());
    }

    @Test
    void clickingAThumbnailLoadsItIntoTheGridAndMakesItTheTarget() {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        m.library().showInGrid(23);
        assertTrue(m.grid().toPattern("g").sameCells(m.library().patterns().get(23)));
        assertEquals(23, m.recall().targetProperty().get());
    }

    @Test
    void savedSetLoadsBackWithTheSamePatterns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("classic");
        m.grid().clear();
        m.grid().toggle(12);
        m.library().storeCurrent();
        java.util.List<Pattern> before = java.util.List.copyOf(m.library().patterns());
        java.nio.file.Path file = dir.resolve("mine.txt");
        assertTrue(m.library().saveFile(file));
        m.library().clear();
        assertTrue(m.library().loadFile(file));
        assertEquals(before, java.util.List.copyOf(m.library().patterns()));
    }

    @Test
    void failedSaveSaysWhyAndKeepsThePatterns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        int notices = m.notices().notices().size();
        assertFalse(m.library().saveFile(dir.resolve("no/such/folder/letters.txt")));
        assertEquals(26, m.library().count());
        assertEquals(notices + 1, m.notices().notices().size());
        assertTrue(m.notices().notices().get(notices).title().contains("Could not save"));
    }

    @Test
    void exportedGridPngImportsBackAsTheSamePattern(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StudioModel m = TestStudio.model();
        m.library().loadBuiltIn("letters");
        m.library().showInGrid(1);
        byte[] b = m.grid().state();
        java.nio.file.Path png = dir.resolve("B.png");
        assertTrue(m.library().exportGridPng(png));
        m.grid().clear();
        assertTrue(m.library().importImage(png));
        org.junit.jupiter.api.Assertions.assertArrayEquals(b, m.grid().state());
    }
}
