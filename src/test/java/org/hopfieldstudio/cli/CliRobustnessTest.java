package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.hopfieldstudio.analysis.Crosstalk;
import org.hopfieldstudio.analysis.Limits;
import org.hopfieldstudio.io.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line examples of issue 14 that the contract table cannot show (they need files or estimates). */
class CliRobustnessTest {
    @TempDir
    Path tmp;

    @Test
    void trainMovesNeitherFileIntoPlaceWhenTheSecondCannotBeWritten() throws Exception {
        Path w = tmp.resolve("W.npy");
        Path theta = tmp.resolve("missing").resolve("W.theta.npy");
        assertThrows(IOException.class, () -> TrainCommand.writeBoth(w, new int[]{2, 2}, new float[4], theta,
                new float[2]));
        assertFalse(Files.exists(w), "no partial W.npy");
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void trainKeepsTheOldFilesWhenItFails() throws Exception {
        Path w = tmp.resolve("W.npy");
        Npy.writeFloat32(w, new int[]{1}, new float[]{7}, false);
        Npy.writeFloat32(TrainCommand.thetaPath(w), new int[]{1}, new float[]{8}, false);
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "train", "--random",
                "100:5:", "--out", w.toString());
        assertEquals(2, code);
        assertEquals(7f, Npy.readFloat32(w).data()[0]);
        assertEquals(8f, Npy.readFloat32(TrainCommand.thetaPath(w)).data()[0]);
    }

    @Test
    void trainWritesBothFilesAndNoTemporaries() throws Exception {
        Path w = tmp.resolve("W.npy");
        int code = HopfieldCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "train",
                "--set", "classic", "--out", w.toString());
        assertEquals(0, code);
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("W.npy", "W.theta.npy"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void fileSystemFailuresSayWhatHappenedNotOnlyThePath() {
        assertEquals("permission denied: /x/W.npy", HopfieldCli.describe(new AccessDeniedException("/x/W.npy")));
        assertEquals("(empty file name): is a directory",
                HopfieldCli.describe(new FileSystemException("", null, "Is a directory")));
        assertTrue(HopfieldCli.describe(new java.nio.file.NoSuchFileException("/x/a.txt"))
                .startsWith("no such file or folder: /x/a.txt"));
    }

    @Test
    void everyBenchFigureIsAKnownKey() throws Exception {
        String src = Files.readString(Path.of("src/main/java/org/hopfieldstudio/cli/BenchCommand.java"));
        Matcher m = java.util.regex.Pattern.compile("wanted\\(\"([a-z0-9_]+)\"\\)").matcher(src);
        int n = 0;
        while (m.find()) {
            assertTrue(BenchCommand.KEYS.contains(m.group(1)), m.group(1) + " must be listed in BenchCommand.KEYS");
            n++;
        }
        assertEquals(BenchCommand.KEYS.size(), n);
    }

    @Test
    void longCrosstalkSaysHowLongBeforeItStarts() {
        // crosstalk --neurons 50000 --patterns 1000: allowed (N·p = 5·10⁷) but minutes long, so it says so
        String note = Limits.checkDuration("crosstalk", Limits.seconds(Crosstalk.operations(50_000, 1000, 10), 2),
                "--trials");
        assertNotNull(note);
        assertTrue(note.startsWith("crosstalk will take about "), note);
        assertEquals(null, Limits.checkDuration("crosstalk", Limits.seconds(Crosstalk.operations(1000, 100, 10), 2),
                "--trials"));
    }

    @Test
    void loadTimesNeuronsNeverOverflows() {
        assertThrows(IllegalArgumentException.class, () -> Limits.patternsAt(1e308, 100));
        assertThrows(IllegalArgumentException.class, () -> Limits.patternsAt(Double.NaN, 100));
        assertEquals(1, Limits.patternsAt(1e-9, 100));
        assertEquals(14, Limits.patternsAt(0.138, 100));
    }
}
