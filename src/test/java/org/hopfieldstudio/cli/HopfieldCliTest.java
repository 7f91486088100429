package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.Npy;
import org.hopfieldstudio.protocol.Protocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HopfieldCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Exit 2, nothing on stdout, exactly one line on stderr starting with "error: " and containing {@code part}. */
    static void assertBadInput(Run r, String part) {
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out(), "stdout carries only results");
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr: " + r.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertTrue(lines.get(0).contains(part), lines.get(0) + " should mention " + part);
    }

    @Test
    void capacityPrintsTheExactCsvHeaderAndOneRowPerLoad() {
        Run r = run("capacity", "--neurons", "40", "--loads", "0.05:0.15:0.05", "--trials", "3", "--seed", "4");
        assertEquals(0, r.code(), r.err());
        assertEquals("protocol,neurons,patterns,load,trials,stable_fraction,recall_fraction,mean_overlap",
                r.outLines().get(0));
        assertEquals(CapacityCommand.HEADER, r.outLines().get(0));
        assertEquals(4, r.outLines().size());
        assertTrue(r.outLines().get(1).startsWith("hebb,40,2,0.05,3,"), r.outLines().get(1));
        assertEquals("", r.err());
    }

    @Test
    void basinPrintsTheExactCsvHeader() {
        Run r = run("basin", "--neurons", "40", "--patterns", "3", "--distances", "0:10:5", "--trials", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("protocol,neurons,patterns,distance,trials,recall_fraction,mean_overlap", r.outLines().get(0));
        assertEquals(4, r.outLines().size());
        assertTrue(r.outLines().get(1).startsWith("hebb,40,3,0,2,"), r.outLines().get(1));
    }

    @Test
    void capacityJsonIsAnArrayOfRows() {
        Run r = run("capacity", "--neurons", "20", "--loads", "0.1", "--trials", "1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("[\n  {\"protocol\": \"hebb\", \"neurons\": 20,"), r.out());
    }

    @Test
    void crosstalkPrintsJsonWithTheIssueKeys() {
        Run r = run("crosstalk", "--neurons", "200", "--patterns", "20", "--trials", "2", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        for (String key : List.of("measured_error", "theory_error", "crosstalk_std", "theory_std")) {
            assertTrue(r.out().contains("\"" + key + "\": "), key + " in " + r.out());
        }
        assertTrue(r.out().strip().startsWith("{") && r.out().strip().endsWith("}"));
    }

    @Test
    void patternsListsTheBundledSets() {
        Run r = run("patterns");
        assertEquals(0, r.code(), r.err());
        assertEquals("set,pattern,rows,cols", r.outLines().get(0));
        for (String set : List.of("classic,", "letters,", "digits,")) {
            assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith(set)), set);
        }
        assertTrue(r.out().contains("letters,B,10,10"), r.out());
    }

    @Test
    void recallReportsOverlapStepsFlipsEnergiesConvergenceEndStateAndSeed() {
        Run r = run("recall", "--set", "classic", "--pattern", "X", "--noise", "0.1", "--seed", "5",
                "--order", "sequential");
        assertEquals(0, r.code(), r.err());
        for (String key : List.of("final_overlap", "steps", "flips", "energy_before", "energy_after", "converged",
                "end_state", "end_state_label", "seed")) {
            assertTrue(r.out().contains("\"" + key + "\": "), key + " in " + r.out());
        }
        assertTrue(r.out().contains("\"flipped_bits\": 3"), r.out());
    }

    @Test
    void recallIsReproducibleForASeed() {
        String[] args = {"recall", "--set", "letters", "--pattern", "C", "--noise", "0.25", "--seed", "9"};
        assertEquals(run(args).out(), run(args).out());
    }

    @Test
    void trainWritesRowMajorWeightsAndThresholdsAsNpy() throws IOException {
        Path w = tmp.resolve("W.npy");
        Run r = run("train", "--protocol", "hebb", "--random", "30:4", "--seed", "2", "--out", w.toString());
        assertEquals(0, r.code(), r.err());
        Npy.Float32Array a = Npy.readFloat32(w);
        assertArrayEquals(new int[]{30, 30}, a.shape());
        Npy.Float32Array theta = Npy.readFloat32(tmp.resolve("W.theta.npy"));
        assertArrayEquals(new int[]{30}, theta.shape());
        PatternSet set = PatternSet.random(30, 4, Seeds.rng(Seeds.derive(2, 0)));
        Network net = Protocols.byId("hebb").write(set, Seeds.derive(2, 1));
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 30; j++) {
                assertEquals(net.weight(i, j), a.data()[i * 30 + j], 0f, "W[" + i + "," + j + "]");
            }
        }
        assertTrue(r.out().contains("\"stable_patterns\": 4"), r.out());
    }

    @Test
    void transposeGivesRowMajorForAsymmetricW() {
        float[] colMajor = {1, 2, 3, 4}; // W_00 = 1, W_10 = 2, W_01 = 3, W_11 = 4
        assertArrayEquals(new float[]{1, 3, 2, 4}, TrainCommand.transpose(colMajor, 2));
        assertEquals(Path.of("x/W.theta.npy"), TrainCommand.thetaPath(Path.of("x/W.npy")));
        assertEquals(Path.of("weights.theta.npy"), TrainCommand.thetaPath(Path.of("weights")));
    }

    @Test
    void badNoiseIsRefused() {
        assertBadInput(run("recall", "--set", "classic", "--noise", "1.5"),
                "noise must be a fraction between 0 and 1, got 1.5");
        assertBadInput(run("capacity", "--noise", "-0.1", "--neurons", "10", "--trials", "1"), "noise");
    }

    @Test
    void unknownProtocolIsRefused() {
        assertBadInput(run("capacity", "--protocol", "nope", "--neurons", "10"), "unknown protocol 'nope'");
    }

    @Test
    void unknownOrderIsRefused() {
        assertBadInput(run("recall", "--set", "classic", "--order", "diagonal"), "unknown update order 'diagonal'");
    }

    @Test
    void unknownSetAndPatternAreRefused() {
        assertBadInput(run("recall", "--set", "no-such-set"), "unknown pattern set 'no-such-set'");
        assertBadInput(run("recall", "--set", "classic", "--pattern", "Q"), "no pattern 'Q' in set 'classic'");
    }

    @Test
    void malformedPatternFileIsRefused() throws IOException {
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "pattern A 3x3\n#.#\n##\n#.#\n");
        Run r = run("recall", "--set", bad.toString());
        assertBadInput(r, "bad.txt");
    }

    @Test
    void negativeTrialsAreRefused() {
        assertBadInput(run("capacity", "--trials", "-3"), "--trials must be at least 1, got -3");
        assertBadInput(run("basin", "--trials", "0"), "--trials must be at least 1, got 0");
    }

    @Test
    void nTooLargeForMemoryIsRefused() {
        assertBadInput(run("capacity", "--neurons", "50000", "--trials", "1"), "N = 50000");
        assertBadInput(run("train", "--random", "45000:2", "--out", tmp.resolve("w.npy").toString()), "N = 45000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--neurons=abc", "--loads=0.1:0.2", "--format=xml", "--param=lr=1"})
    void badCapacityArgumentsGiveOneLineAndExit2(String arg) {
        assertBadInput(run("capacity", "--neurons", "10", "--trials", "1", arg), "");
    }

    @Test
    void parseErrorsHintAtHelpInsteadOfDumpingUsage() {
        Run r = run("capacity", "--bogus");
        assertBadInput(r, "Unknown option: '--bogus'");
        assertTrue(r.err().contains("try hopfield capacity --help"), r.err());
        assertBadInput(run("train", "--out", "w.npy"), "--set");
        assertBadInput(run(), "a command is required");
    }

    /** Each name of {@link HopfieldCli#COMMANDS} is its class's own, so help, suggestions and dispatch agree. */
    @Test
    void commandNamesAreTheCommandsOwnNames() {
        assertEquals(11, HopfieldCli.COMMANDS.size());
        HopfieldCli.COMMANDS.forEach((name, c) ->
                assertEquals(name, c.getAnnotation(picocli.CommandLine.Command.class).name(), c.getName()));
    }

    /** A run naming a command registers only that one; help and a run without a command still see every command. */
    @Test
    void helpAndSuggestionsListEveryCommandWhileARunNeedsOnlyItsOwn() {
        Run help = run("--help");
        assertEquals(0, help.code(), help.err());
        for (String name : HopfieldCli.COMMANDS.keySet()) {
            assertTrue(help.out().contains("  " + name + " "), name + " in the help: " + help.out());
        }
        assertBadInput(run("patern"), "'patern'");
        Run none = run();
        assertTrue(none.err().contains(String.join(", ", HopfieldCli.COMMANDS.keySet())), none.err());
        Run patterns = run("patterns", "--set", "letters");
        assertEquals(0, patterns.code(), patterns.err());
        assertEquals("set,pattern,rows,cols", patterns.outLines().get(0));
        Run sub = run("workspace", "--help");
        assertEquals(0, sub.code(), sub.err());
        assertTrue(sub.out().contains("info") && sub.out().contains("create"), sub.out());
    }

    @Test
    void unknownProtocolParameterIsRefused() {
        assertBadInput(run("capacity", "--neurons", "10", "--param", "lr=0.1"), "has no parameter 'lr'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hebb", "pinv", "storkey", "mpf", "trn", "km"})
    void basinAcceptsEveryProtocolName(String protocol) {
        List<String> args = new java.util.ArrayList<>(List.of("basin", "--protocol", protocol, "--neurons", "25",
                "--patterns", "3", "--distances", "0:4:4", "--trials", "1", "--seed", "3"));
        if (protocol.equals("trn")) {
            args.addAll(List.of("--param", "iterations=20"));
        }
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.outLines().get(1).startsWith(protocol + ",25,3,0,1,"), r.out());
    }

    @Test
    void recallWithKrauthMezardSaysEnergyIsNotGuaranteed() {
        Run r = run("recall", "--set", "classic", "--protocol", "km", "--param", "c=1", "--noise", "0.1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("asymmetric W"), r.out());
    }

    @Test
    void censusOnClassicFindsStoredPatternsOrInversesAndCountsSumToStarts() {
        Run r = run("census", "--set", "classic", "--protocol", "hebb", "--starts", "100", "--seed", "1");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(CensusCommand.HEADER, lines.get(0));
        assertTrue(lines.get(0).startsWith("rank,count,fraction,kind,label,energy"), lines.get(0));
        int sum = 0;
        boolean patternOrInverse = false;
        int previous = Integer.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            int count = Integer.parseInt(cells[1]);
            assertTrue(count <= previous, "sorted by frequency: " + r.out());
            previous = count;
            sum += count;
            patternOrInverse |= cells[3].equals("stored") || cells[3].equals("inverse");
        }
        assertEquals(100, sum, r.out());
        assertTrue(patternOrInverse, r.out());
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
    }

    @Test
    void censusJsonGivesKindTotalsThatSumToStarts() {
        Run r = run("census", "--set", "classic", "--starts", "50", "--seed", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        int sum = 0;
        for (String kind : List.of("stored", "inverse", "mixture", "other_stable", "two_cycle", "not_converged")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + kind + "\": (\\d+)").matcher(r.out());
            assertTrue(m.find(), kind + " in " + r.out());
            sum += Integer.parseInt(m.group(1));
        }
        assertEquals(50, sum, r.out());
        assertTrue(r.out().contains("\"attractors\": [\n    {\"rank\": 1, \"count\": "), r.out());
        assertTrue(r.out().contains("\"starts\": 50"), r.out());
    }

    @Test
    void censusIsReproducibleForASeed() {
        String[] args = {"census", "--random", "40:5", "--starts", "60", "--order", "random", "--seed", "8"};
        Run a = run(args);
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), run(args).out());
    }

    @Test
    void censusRefusesBadInput() {
        assertBadInput(run("census", "--set", "classic", "--starts", "0"), "--starts must be at least 1, got 0");
        assertBadInput(run("census", "--starts", "5"), "--set");
        assertBadInput(run("census", "--set", "classic", "--random", "10:2"), "mutually exclusive");
        assertBadInput(run("census", "--set", "classic", "--order", "diagonal"), "unknown update order 'diagonal'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "capacity --neurons 30 --loads 0.05:0.15:0.05 --trials 4 --seed 2",
            "basin --neurons 30 --patterns 3 --distances 0:6:3 --trials 4 --seed 2",
            "census --set classic --starts 40 --seed 2"})
    void progressGoesToStderrOnlyAndLeavesStdoutUnchanged(String command) {
        String[] plain = command.split(" ");
        String[] withProgress = java.util.Arrays.copyOf(plain, plain.length + 1);
        withProgress[plain.length] = "--progress";
        Run quiet = run(plain);
        Run loud = run(withProgress);
        assertEquals(0, loud.code(), loud.err());
        assertEquals(quiet.out(), loud.out());
        assertEquals("", quiet.err(), "no progress unless asked or on a terminal");
        String name = plain[0];
        assertTrue(loud.err().startsWith("\r" + name + ": "), loud.err());
        String ending = System.lineSeparator();
        assertTrue(loud.err().endsWith(ending), "the line is ended: " + loud.err());
        assertEquals(loud.err().length() - ending.length(), loud.err().indexOf(ending),
                "one line, rewritten with \\r: " + loud.err());
        assertTrue(!loud.out().contains("\r") && !loud.out().contains(name + ": "), loud.out());
    }

    @Test
    void progressIsShownWithoutTheFlagWhenStderrIsATerminal() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(out), new PrintWriter(err), true,
                "census", "--set", "classic", "--starts", "20");
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("census: start 20/20"), err.toString());
        assertEquals(run("census", "--set", "classic", "--starts", "20").out(), out.toString());
    }
}
