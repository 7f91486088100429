package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz test of the command line's argument handling (issue 14, point 2): seeded random invocations built from each
 * command's options with valid, boundary and hostile values, junk tokens and repeated options. Every run must end
 * quickly with exit 0 (results on stdout, nothing on stderr) or exit 2 (nothing on stdout, exactly one
 * {@code error:} line, no file left behind); exit 1, an internal failure, is a bug.
 *
 * <p>N.B. valid counts are kept small so that every accepted run is quick; the hostile ones are those that must be
 * refused before any work (0, negative, above the bounds, not numbers).
 */
class CliFuzzTest {
    private static final long SEED = 1_414L;

    @TempDir
    Path tmp;

    private static final String[] SMALL = {"1", "2", "3", "5"};
    private static final String[] HOSTILE_INT = {"0", "-1", "-2147483648", "2147483647", "99999999999", "abc", "",
        "1e3", "0x10", "٣", "1.5", " 2", "+"};
    private static final String[] HOSTILE_TEXT = {"", " ", ":", "::", "a:b:c", "\t", "é", "\u0000", "-", "--",
        "x".repeat(5000), "1e308", "NaN", "-Infinity", "../../etc/passwd", "/dev/zero"};

    /** Each command's options and a generator of a valid value for each (null = a flag without value). */
    private Map<String, Map<String, String[]>> commands() {
        String out = tmp.resolve("out").resolve("W.npy").toString();
        return Map.of(
                "patterns", Map.of("--set", new String[]{"classic", "letters", "digits"},
                        "--format", new String[]{"csv", "json", "CSV"}),
                "recall", Map.of("--set", new String[]{"classic", "letters"},
                        "--pattern", new String[]{"A", "X", "checker"},
                        "--noise", new String[]{"0", "0.1", "0.5", "1"},
                        "--order", new String[]{"random", "sequential", "synchronous", "random-sweep"},
                        "--protocol", new String[]{"hebb", "storkey"},
                        "--seed", new String[]{"1", "-5", "9223372036854775807"},
                        "--max-sweeps", SMALL,
                        "--format", new String[]{"json", "csv"}),
                "capacity", Map.of("--neurons", new String[]{"10", "16", "20"},
                        "--trials", SMALL,
                        "--loads", new String[]{"0.1", "0.05:0.15:0.05", "0.2:0.2:0.1"},
                        "--noise", new String[]{"0", "0.1"},
                        "--threads", new String[]{"1", "2"},
                        "--protocol", new String[]{"hebb", "storkey"},
                        "--seed", new String[]{"3"}),
                "crosstalk", Map.of("--neurons", new String[]{"50", "100"},
                        "--patterns", SMALL,
                        "--trials", SMALL,
                        "--seed", new String[]{"7"}),
                "basin", Map.of("--neurons", new String[]{"16", "20"},
                        "--patterns", SMALL,
                        "--distances", new String[]{"0:4:2", "1", "0:16:8"},
                        "--trials", SMALL,
                        "--threads", new String[]{"1"}),
                "census", Map.of("--set", new String[]{"classic"},
                        "--starts", SMALL,
                        "--order", new String[]{"random", "sequential"},
                        "--seed", new String[]{"2"}),
                "train", Map.of("--set", new String[]{"classic"},
                        "--out", new String[]{out},
                        "--protocol", new String[]{"hebb", "storkey"},
                        "--seed", new String[]{"4"}),
                "bench", Map.of("--only", new String[]{"bogus", "hebb,mpf"},
                        "--repeat", new String[]{"0", "-1", "1001"}));
    }

    private record Outcome(int code, String out, String err) {
    }

    @Test
    void randomInvocationsExitZeroOrTwoWithOneErrorLine() {
        Map<String, Map<String, String[]>> commands = commands();
        List<String> names = commands.keySet().stream().sorted().toList();
        SplittableRandom rng = new SplittableRandom(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(40), () -> {
            Files.createDirectories(tmp.resolve("out"));
            int ok = 0;
            int refused = 0;
            for (int k = 0; k < 300; k++) {
                String cmd = names.get(rng.nextInt(names.size()));
                Map<String, String[]> opts = commands.get(cmd);
                List<String> optNames = opts.keySet().stream().sorted().toList();
                List<String> args = new ArrayList<>();
                args.add(rng.nextInt(50) == 0 ? cmd.toUpperCase() : cmd);
                // required inputs most of the time, so that many invocations are valid
                if ((cmd.equals("recall") || cmd.equals("census") || cmd.equals("train")) && rng.nextInt(8) != 0) {
                    args.add("--set");
                    args.add("classic");
                }
                if (cmd.equals("bench")) {
                    // N.B. a valid bench runs for minutes: every bench case carries a refused key
                    args.add("--only");
                    args.add("bogus");
                }
                if (cmd.equals("train") && rng.nextInt(8) != 0) {
                    args.add("--out");
                    args.add(tmp.resolve("out").resolve("W" + k + ".npy").toString());
                }
                for (int o = rng.nextInt(4); o > 0; o--) {
                    String opt = optNames.get(rng.nextInt(optNames.size()));
                    String[] valid = opts.get(opt);
                    args.add(opt);
                    int r = rng.nextInt(10);
                    args.add(r < 6 ? valid[rng.nextInt(valid.length)]
                            : r < 8 ? HOSTILE_INT[rng.nextInt(HOSTILE_INT.length)]
                            : HOSTILE_TEXT[rng.nextInt(HOSTILE_TEXT.length)]);
                }
                switch (rng.nextInt(12)) {
                    case 0 -> args.add(1 + rng.nextInt(args.size()), "--bogus");
                    case 1 -> args.add("stray");
                    case 2 -> {
                        if (!cmd.equals("bench")) {
                            args.remove(args.size() - 1);
                        }
                    }
                    case 3 -> args.add(HOSTILE_TEXT[rng.nextInt(HOSTILE_TEXT.length)]);
                    default -> {
                    }
                }
                String shown = "seed " + SEED + " case " + k + ": hopfield " + String.join(" ", args);
                List<Path> before = tree();
                Outcome r = run(args);
                assertTrue(r.code() == 0 || r.code() == 2, shown + " → exit " + r.code() + " " + r.err());
                if (r.code() == 0) {
                    ok++;
                    assertTrue(!r.out().isEmpty(), shown);
                    assertTrue(r.err().lines().allMatch(l -> l.startsWith("note: ") || l.startsWith("bench: ")),
                            shown + " → " + r.err());
                } else {
                    refused++;
                    List<String> lines = r.err().lines().toList();
                    assertEquals("", r.out(), shown);
                    assertEquals(1, lines.size(), shown + " → " + r.err());
                    assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).length() > 15, shown);
                    assertEquals(before, tree(), "no file left behind: " + shown);
                }
            }
            assertTrue(ok > 20 && refused > 20, "both outcomes are exercised: " + ok + " ok, " + refused
                    + " refused");
        });
    }

    private static Outcome run(List<String> args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = HopfieldCli.run(new PrintWriter(o), new PrintWriter(e), args.toArray(String[]::new));
        return new Outcome(code, o.toString(), e.toString());
    }

    private List<Path> tree() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            return all.sorted().toList();
        }
    }
}
