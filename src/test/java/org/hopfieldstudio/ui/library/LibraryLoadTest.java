package org.hopfieldstudio.ui.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternFiles;
import org.hopfieldstudio.ui.concurrent.Job;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.concurrent.SameThreadTaskRunner;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.grid.GridViewModel;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loading files in the window (issue 14, and defect 2 of issue 7): files are read through the injected runner,
 * sizes the grid cannot show are refused with a notice, and a failure of any kind changes nothing.
 */
class LibraryLoadTest {
    @TempDir
    Path dir;

    /** A runner that keeps the submitted job until the test runs it: what the FX thread sees meanwhile. */
    static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> JobHandle submit(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> new SameThreadTaskRunner().submit(title, job, onSuccess, onFailure));
            return null;
        }
    }

    private final NoticeBoard notices = new NoticeBoard();
    private final GridViewModel grid = new GridViewModel(10, 10);

    private LibraryViewModel library(TaskRunner tasks, PatternCatalog catalog) {
        return new LibraryViewModel(grid, catalog, notices, tasks);
    }

    private record Snapshot(List<Pattern> patterns, int selected, String setName, int rows, int cols, byte[] state) {
    }

    private Snapshot snapshot(LibraryViewModel lib) {
        return new Snapshot(List.copyOf(lib.patterns()), lib.selectedProperty().get(), lib.setNameProperty().get(),
                grid.rows(), grid.cols(), grid.state());
    }

    private void assertUnchanged(Snapshot before, LibraryViewModel lib) {
        Snapshot after = snapshot(lib);
        assertEquals(before.patterns(), after.patterns());
        assertEquals(before.selected(), after.selected());
        assertEquals(before.setName(), after.setName());
        assertEquals(before.rows(), after.rows());
        assertEquals(before.cols(), after.cols());
        assertArrayEquals(before.state(), after.state());
    }

    private Path patternFile(String name, int side) throws IOException {
        PatternSet set = PatternSet.random(side, side, 2, new SplittableRandom(side));
        Path file = dir.resolve(name);
        PatternFiles.write(set.withName("s" + side), file);
        return file;
    }

    private LibraryViewModel withLetters(TaskRunner tasks) {
        LibraryViewModel lib = library(tasks, new IoPatternCatalog());
        assertTrue(lib.loadBuiltIn("letters"));
        lib.showInGrid(3);
        grid.toggle(7);
        return lib;
    }

    @ParameterizedTest(name = "{0}×{0}")
    @CsvSource({"150", "200", "1", "3"})
    void validFileOfASizeTheGridCannotShowIsRefusedWithAClearNotice(int side) throws Exception {
        LibraryViewModel lib = withLetters(new SameThreadTaskRunner());
        Snapshot before = snapshot(lib);
        int posted = notices.notices().size();
        assertFalse(lib.loadFile(patternFile("big.txt", side)));
        assertUnchanged(before, lib);
        assertEquals(posted + 1, notices.notices().size());
        Notice n = notices.notices().get(posted);
        assertEquals(Notice.Level.ERROR, n.level());
        assertEquals("Could not open big.txt", n.title());
        assertEquals("Its patterns are " + side + "×" + side + " cells; the grid shows 5×5 to 100×100 cells. Nothing "
                + "was changed. (The command line reads pattern files up to 200×200.)", n.text());
    }

    @Test
    void gridRefusesAPatternItCannotShowBeforeChangingAnything() {
        grid.toggle(4);
        byte[] before = grid.state();
        assertThrows(IllegalArgumentException.class, () -> grid.load(Pattern.blank("big", 150, 150)));
        assertEquals(10, grid.rows());
        assertEquals(10, grid.cols());
        assertArrayEquals(before, grid.state());
    }

    @Test
    void fileIsReadThroughTheInjectedRunnerNotOnTheCallingThread() throws Exception {
        HeldRunner runner = new HeldRunner();
        LibraryViewModel lib = withLetters(runner);
        Snapshot before = snapshot(lib);
        Path file = patternFile("ok.txt", 20);
        lib.loadFile(file);
        assertTrue(lib.loadingProperty().get());
        assertUnchanged(before, lib);
        assertEquals(1, runner.held.size());
        runner.held.get(0).run();
        assertFalse(lib.loadingProperty().get());
        assertEquals(2, lib.count());
        assertEquals(20, grid.rows());
        assertEquals("s20", lib.setNameProperty().get());
    }

    @Test
    void imageIsImportedThroughTheInjectedRunner() throws Exception {
        HeldRunner runner = new HeldRunner();
        LibraryViewModel lib = withLetters(runner);
        Path png = dir.resolve("p.png");
        org.hopfieldstudio.io.PatternImages.exportPng(Pattern.random("p", 10, 10, new SplittableRandom(1)), png, 3);
        byte[] before = grid.state();
        lib.importImage(png);
        assertArrayEquals(before, grid.state());
        runner.held.get(0).run();
        assertArrayEquals(Pattern.random("p", 10, 10, new SplittableRandom(1)).toArray(), grid.state());
    }

    @Test
    void namedPipeIsANoticeAndNoHang() throws Exception {
        Path pipe = dir.resolve("f.txt");
        Process mk = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mk.waitFor() == 0);
        LibraryViewModel lib = withLetters(new SameThreadTaskRunner());
        Snapshot before = snapshot(lib);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(lib.loadFile(pipe)));
        assertUnchanged(before, lib);
        Notice n = notices.notices().get(notices.notices().size() - 1);
        assertEquals("Could not open f.txt", n.title());
        assertTrue(n.text().contains("is a named pipe, not a regular file"), n.text());
    }

    @Test
    void missingFileSaysItIsMissingNotJustItsPath() {
        LibraryViewModel lib = withLetters(new SameThreadTaskRunner());
        assertFalse(lib.loadFile(dir.resolve("gone.txt")));
        String text = notices.notices().get(notices.notices().size() - 1).text();
        assertTrue(text.startsWith("gone.txt: no such file"), text);
    }

    @Test
    void anErrorWhileReadingIsANoticeAndNothingIsLost() {
        IoPatternCatalog io = new IoPatternCatalog();
        PatternCatalog exhausted = new PatternCatalog() {
            @Override
            public List<String> builtInNames() {
                return io.builtInNames();
            }

            @Override
            public PatternSet loadBuiltIn(String name) {
                return io.loadBuiltIn(name);
            }

            @Override
            public PatternSet readFile(Path file) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public Pattern importImage(Path image, int rows, int cols) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public void writeFile(PatternSet set, Path file) {
            }

            @Override
            public void exportImage(Pattern pattern, Path image) {
            }
        };
        LibraryViewModel lib = library(new SameThreadTaskRunner(), exhausted);
        assertTrue(lib.loadBuiltIn("letters"));
        Snapshot before = snapshot(lib);
        assertFalse(lib.loadFile(dir.resolve("zero")));
        assertUnchanged(before, lib);
        assertFalse(lib.loadingProperty().get());
        String text = notices.notices().get(notices.notices().size() - 1).text();
        assertTrue(text.startsWith("not enough memory"), text);
    }

    @Test
    void malformedFileNamesFileAndLine() throws Exception {
        LibraryViewModel lib = withLetters(new SameThreadTaskRunner());
        Snapshot before = snapshot(lib);
        Path bad = Files.writeString(dir.resolve("ragged.txt"), "pattern A 5x5\n#####\n####\n");
        assertFalse(lib.loadFile(bad));
        assertUnchanged(before, lib);
        assertEquals("ragged.txt line 3: row has 4 cells, expected 5 (pattern 'A' is 5×5)",
                notices.notices().get(notices.notices().size() - 1).text());
    }
}
