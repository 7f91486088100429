package org.hopfieldstudio.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternFiles;
import org.hopfieldstudio.io.PatternImages;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.notify.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping files onto the window: workspaces open, pattern files and PNGs are added or put in place, undoably. */
class FileDropTest {
    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();
    private final List<Path> asked = new ArrayList<>();

    private static StudioModel lesson() {
        StudioModel m = TestStudio.model();
        assertTrue(m.startLesson("letters", List.of("A", "X"), "A", "hebb", 0.15, 2024));
        m.document().startFresh();
        return m;
    }

    private FileDrop drop(StudioModel m, FileDrop.Choice answer) {
        return new FileDrop(m.library(), opened::add, m.notices(), f -> {
            asked.add(f);
            return answer;
        });
    }

    private Path patternFile(String name, int side, int count) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, PatternFiles.format(PatternSet.random(side, side, count,
                org.hopfieldstudio.core.Seeds.rng(side * 31L + count))));
        return f;
    }

    private static Notice last(StudioModel m) {
        return m.notices().notices().get(m.notices().notices().size() - 1);
    }

    @Test
    void aWorkspaceOpensThroughTheFileMenusFlowWithoutAsking() throws IOException {
        StudioModel m = lesson();
        Path ws = dir.resolve("lesson.HOPFIELD");
        Files.writeString(ws, "whatever: opening checks it");
        assertTrue(drop(m, FileDrop.Choice.ADD).drop(List.of(ws)));
        assertEquals(List.of(ws), opened);
        assertEquals(List.of(), asked);
    }

    @Test
    void aPatternFileIsAddedOrReplacesTheStoredPatternsAndEitherIsUndone() throws IOException {
        StudioModel m = lesson();
        List<Pattern> before = List.copyOf(m.library().patterns());
        Path f = patternFile("more.txt", 10, 3);
        drop(m, FileDrop.Choice.ADD).drop(List.of(f));
        assertEquals(List.of(f), asked);
        assertEquals(5, m.library().count());
        assertEquals(before, m.library().patterns().subList(0, 2), "Add keeps the stored patterns");
        assertTrue(m.document().history().undoTextProperty().get().startsWith("Undo Add '"));
        m.document().undo();
        assertEquals(before, m.library().patterns());

        drop(m, FileDrop.Choice.REPLACE).drop(List.of(f));
        assertEquals(3, m.library().count());
        m.document().undo();
        assertEquals(before, m.library().patterns());

        drop(m, FileDrop.Choice.CANCEL).drop(List.of(f));
        assertEquals(before, m.library().patterns(), "Cancel changes nothing");
    }

    @Test
    void aPngIsAddedAsOnePatternAtTheGridSize() throws IOException {
        StudioModel m = lesson();
        Path png = dir.resolve("smile.png");
        Pattern p = PatternSet.random(10, 10, 1, org.hopfieldstudio.core.Seeds.rng(5)).get(0);
        javax.imageio.ImageIO.write(PatternImages.toImage(p, 4), "png", png.toFile());
        drop(m, FileDrop.Choice.ADD).drop(List.of(png));
        assertEquals(3, m.library().count());
        Pattern added = m.library().patterns().get(2);
        assertEquals("smile", added.name());
        assertEquals(new Pattern("smile", 10, 10, p.toArray()), added);
        m.document().undo();
        assertEquals(2, m.library().count());
        drop(m, FileDrop.Choice.REPLACE).drop(List.of(png));
        assertEquals(1, m.library().count());
        assertEquals("smile", m.library().setName());
    }

    @Test
    void failuresSayWhyAndWhatToDoAndChangeNothing() throws IOException {
        StudioModel m = lesson();
        List<Pattern> before = List.copyOf(m.library().patterns());
        FileDrop d = drop(m, FileDrop.Choice.ADD);

        assertFalse(d.drop(List.of(patternFile("big.txt", 12, 2))));
        assertTrue(last(m).text().contains("12×12") && last(m).text().contains("Replace"), last(m).text());

        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "# name: x\n#.#\n##\n");
        assertFalse(d.drop(List.of(broken)));
        assertEquals(Notice.Level.ERROR, last(m).level());
        assertTrue(last(m).text().contains("broken.txt"), last(m).text());

        assertFalse(d.drop(List.of(dir.resolve("gone.png"))));
        assertTrue(last(m).text().contains("does not exist"), last(m).text());

        assertFalse(d.drop(List.of(dir)));
        assertTrue(last(m).text().contains("is a folder"), last(m).text());

        assertFalse(d.drop(List.of(broken, broken)));
        assertTrue(last(m).text().contains("one file at a time"), last(m).text());

        Path notPng = dir.resolve("photo.png");
        Files.writeString(notPng, "not an image");
        assertFalse(d.drop(List.of(notPng)));
        assertEquals("Could not add photo.png", last(m).title());

        assertEquals(before, m.library().patterns());
        assertFalse(m.document().isDirty());
    }
}
