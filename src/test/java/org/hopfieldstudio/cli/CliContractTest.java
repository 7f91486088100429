package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's contract for bad input (issue 14, point 3): every invocation in {@link #TABLE} exits 2 with
 * nothing on stdout and exactly one stderr line, starting {@code error: }, that names the problem; it leaves no file
 * behind and ends within a few seconds. Runs in-process through {@link HopfieldCli#run}.
 *
 * <p>Table rows: {@code expected part of the message | arguments}. Arguments are split on blanks; {@code ''} is an
 * empty argument and {@code {name}} a fixture file (see {@link #fixtures}).
 */
class CliContractTest {
    /** Every row: what the message must contain, then the arguments. */
    static final String TABLE = """
            a command is required                      |
            Unmatched argument                         | bogus
            Unknown option: '--bogus'                  | --bogus
            Unknown option: '--bogus'                  | capacity --bogus
            Unknown options: '--nope', '1'             | patterns --nope 1
            Unmatched argument                         | patterns extra
            unknown pattern set 'nope'                 | patterns --set nope
            Missing required parameter                 | patterns --set
            unknown format 'xml'                       | patterns --format xml
            is a folder, not a pattern file            | patterns --set {dir}
            is a named pipe, not a regular file        | patterns --set {fifo}
            is a character device                      | patterns --set /dev/zero
            ragged.txt line 3: row has 4 cells         | patterns --set {ragged}
            empty.txt: the file is empty               | patterns --set {empty}
            binary.txt line 1: not a text pattern file | patterns --set {binary}
            control character U+0085                   | patterns --set {c1}
            control character a tab                    | patterns --set {tabname}
            latin1.txt line 4: not a text pattern file (not valid UTF-8 | patterns --set {latin1}
            at most 200×200                            | patterns --set {huge}
            larger than the 16 MiB limit               | patterns --set {sparse}
            is used twice                              | patterns --set {twice}
            Missing required option: '--set            | recall
            noise                                      | recall --set classic --noise 1.5
            noise                                      | recall --set classic --noise -0.1
            noise                                      | recall --set classic --noise NaN
            noise                                      | recall --set classic --noise Infinity
            Invalid value for option '--noise'         | recall --set classic --noise abc
            unknown update order 'diagonal'            | recall --set classic --order diagonal
            no pattern 'Q' in set 'classic'            | recall --set classic --pattern Q
            unknown protocol 'nope'                    | recall --set classic --protocol nope
            has no parameter 'lr'                      | recall --set classic --param lr=0.1
            --param must be key=value                  | recall --set classic --param bogus
            --param must be key=value                  | recall --set classic --param =3
            --param lr needs a number                  | recall --set classic --protocol trn --param lr=fast
            must be between                            | recall --set classic --protocol trn --param lr=-1
            must be a whole number                     | recall --set classic --protocol mpf --param maxIterations=1.5
            --max-sweeps must be at least 1, got 0     | recall --set classic --max-sweeps 0
            --max-sweeps must be at least 1, got -1    | recall --set classic --max-sweeps -1
            --max-sweeps must be at most 1000000       | recall --set classic --max-sweeps 2147483647
            Invalid value for option '--max-sweeps'    | recall --set classic --max-sweeps 99999999999
            Invalid value for option '--seed'          | recall --set classic --seed abc
            unknown format 'yaml'                      | recall --set classic --format yaml
            is a named pipe                            | recall --set {fifo}
            is a character device                      | recall --set /dev/zero
            is a folder                                | recall --set {dir}
            unknown pattern set 'missing.txt'          | recall --set missing.txt
            --trials must be at least 1, got 0         | capacity --trials 0
            --trials must be at least 1, got -3        | capacity --trials -3
            --trials must be at most 100000, got 2147483647 | capacity --trials 2147483647
            --trials must be at most 100000, got 100001 | capacity --trials 100001
            Invalid value for option '--trials'        | capacity --trials abc
            Invalid value for option '--trials'        | capacity --trials 99999999999
            --neurons must be at least 1, got 0        | capacity --neurons 0
            --neurons must be at least 1, got -1       | capacity --neurons -1
            N = 50000                                  | capacity --neurons 50000 --trials 1
            --neurons must be at most 1000000          | capacity --neurons 2000000
            Invalid value for option '--neurons'       | capacity --neurons 1e3
            means p = Infinity patterns; at most 100000 | capacity --loads 1e308
            means p = 200000 patterns; at most 100000  | capacity --neurons 100 --loads 2000
            loads must be positive, got 0              | capacity --loads 0
            loads must be positive                     | capacity --loads -0.1
            TO must not be below FROM                  | capacity --loads 0.3:0.1:0.1
            STEP must be positive                      | capacity --loads 0:1:0
            STEP must be positive                      | capacity --loads 0:1:-0.1
            values; at most 100000                     | capacity --loads 0:1e308:1e-300
            values; at most 100000                     | capacity --loads 0.001:100:0.0001
            --loads must be FROM:TO:STEP               | capacity --loads abc
            --loads must be FROM:TO:STEP               | capacity --loads 0.1:0.2
            --loads must be FROM:TO:STEP               | capacity --loads 0.1:0.2:0.1:0.3
            --loads must be FROM:TO:STEP               | capacity --loads NaN
            --loads must be FROM:TO:STEP               | capacity --loads 0.1:Infinity:0.1
            --loads must be FROM:TO:STEP               | capacity --loads ''
            noise                                      | capacity --noise 2
            --threads must be at least 1, got 0        | capacity --threads 0
            --threads must be at most 1024             | capacity --threads 5000
            unknown protocol 'nope'                    | capacity --protocol nope
            has no parameter 'lr'                      | capacity --param lr=0.1
            capacity would take about                  | capacity --neurons 1000 --trials 100000 --loads 0.01:1:0.01
            capacity sweep: 101 points × 100000 trials | capacity --trials 100000 --loads 0.01:1.01:0.01
            unknown format 'xml'                       | capacity --format xml
            'maybe' is not a boolean                   | capacity --progress=maybe
            --patterns must be at least 1, got 0       | crosstalk --patterns 0
            --patterns must be at least 1, got -5      | crosstalk --patterns -5
            --patterns must be at most 100000          | crosstalk --patterns 2147483647
            Invalid value for option '--patterns'      | crosstalk --patterns abc
            --trials must be at most 100000            | crosstalk --trials 2147483647
            --trials must be at least 1, got 0         | crosstalk --trials 0
            --neurons must be at least 1               | crosstalk --neurons 0
            --neurons must be at most 1000000          | crosstalk --neurons 2000000
            too large for one trial                    | crosstalk --neurons 100000 --patterns 1000
            too large for one trial                    | crosstalk --neurons 1000000 --patterns 1000 --trials 1
            crosstalk would take about                 | crosstalk --neurons 40000 --patterns 1000 --trials 100000
            unknown format 'tsv'                       | crosstalk --format tsv
            Unknown options: '--threads', '2'          | crosstalk --threads 2
            --patterns must be at most 100000, got 2147483647 | basin --patterns 2147483647
            --patterns must be at least 1, got 0       | basin --patterns 0
            Invalid value for option '--patterns'      | basin --patterns abc
            --distances must lie between 0 and 100, got 0:2147483647:1 | basin --distances 0:2147483647:1
            --distances must lie between 0 and 100     | basin --distances -1:5:1
            --distances must lie between 0 and 100     | basin --distances 101
            TO must not be below FROM                  | basin --distances 5:0:1
            STEP must be positive                      | basin --distances 0:10:0
            STEP must be positive                      | basin --distances 0:10:-1
            --distances must be FROM:TO:STEP           | basin --distances 0:10
            --distances must be FROM:TO:STEP           | basin --distances abc
            --distances must be FROM:TO:STEP           | basin --distances 0.5
            --distances must be FROM:TO:STEP           | basin --distances 0:10:2:3
            --trials must be at least 1, got 0         | basin --trials 0
            --neurons must be at least 1               | basin --neurons 0
            --neurons must be at most 1000000          | basin --neurons 2000000
            N·p = 5000·100000                          | basin --neurons 5000 --patterns 100000
            basin sweep: 101 points × 100000 trials    | basin --trials 100000 --distances 0:100:1 --neurons 100
            basin would take about                     | basin --trials 100000 --distances 0:10:1 --neurons 1000 --patterns 100
            unknown protocol 'nope'                    | basin --protocol nope
            --starts must be at most 1000000, got 2147483647 | census --set classic --starts 2147483647
            --starts must be at least 1, got 0         | census --set classic --starts 0
            --starts must be at least 1, got -1        | census --set classic --starts -1
            Invalid value for option '--starts'        | census --set classic --starts abc
            P in --random N:P must be at most 100000, got 100000000 | census --random 100:100000000
            --random must be N:P                       | census --random 100:5:
            --random must be N:P                       | census --random 100
            --random must be N:P                       | census --random :5
            --random must be N:P                       | census --random abc:5
            --random must be N:P                       | census --random 100:5:7
            --random must be N:P                       | census --random ''
            P in --random N:P must be at least 1, got 0 | census --random 100:0
            N in --random N:P must be at least 1, got 0 | census --random 0:5
            P in --random N:P must be at least 1, got -1 | census --random 100:-1
            N in --random N:P must be at most 1000000  | census --random 2000000:2
            cells, more than the 100000000             | census --random 40000:10000
            Missing required option: '--set            | census --starts 5
            mutually exclusive                         | census --set classic --random 10:2
            unknown update order 'diagonal'            | census --set classic --order diagonal
            unknown pattern set 'nope'                 | census --set nope
            is a named pipe                            | census --set {fifo}
            Missing required option: '--out            | train --set classic
            --out needs a file name                    | train --set classic --out ''
            does not exist                             | train --set classic --out {dir}/nodir/W.npy
            is a folder                                | train --set classic --out {dir}
            is a folder                                | train --set classic --out {thetadir}
            is not a regular file                      | train --set classic --out {fifo}
            unknown pattern set 'nope'                 | train --set nope --out {out}/W.npy
            --random must be N:P                       | train --random 100:5: --out {out}/W.npy
            N = 45000                                  | train --random 45000:2 --out {out}/W.npy
            unknown protocol 'nope'                    | train --set classic --protocol nope --out {out}/W.npy
            has no parameter 'lr'                      | train --set classic --param lr=1 --out {out}/W.npy
            Missing required option: '--set            | train --out {out}/W.npy
            mutually exclusive                         | train --set classic --random 10:2 --out {out}/W.npy
            ragged.txt line 3                          | train --set {ragged} --out {out}/W.npy
            is a character device                      | train --set /dev/zero --out {out}/W.npy
            --only: unknown key 'bogus'                | bench --only bogus
            --only: unknown key 'bogus'                | bench --only hebb_write_n10000_p50,bogus
            --only: unknown key ''                     | bench --only ''
            --repeat must be at least 1, got 0         | bench --repeat 0
            --repeat must be at least 1, got -1        | bench --repeat -1
            --repeat must be at most 1000              | bench --repeat 5000
            Invalid value for option '--repeat'        | bench --repeat abc
            unknown format 'xml'                       | bench --format xml
            Missing required option: '--set            | compare
            unknown protocol 'nope'                    | compare --set classic --protocols nope
            twice                                      | compare --set classic --protocols hebb,hebb
            alternatives                               | compare --set classic --noise 0.1 --occlude top
            --occlude must be top, bottom, left or right | compare --set classic --occlude middle
            --max-sweeps must be at least 1, got 0     | compare --set classic --max-sweeps 0
            --max-sweeps must be at most 1000000       | compare --set classic --max-sweeps 2147483647
            no pattern 'Q' in set 'classic'            | compare --set classic --pattern Q
            --param must be PROTOCOL.KEY=VALUE         | compare --set classic --param x=1
            is a named pipe                            | compare --set {fifo}
            noise                                      | compare --set classic --noise 3
            """;

    static Path root;
    static Path fixtures;
    static Path out;

    @BeforeAll
    static void fixtures() throws Exception {
        root = Files.createTempDirectory("cli-contract");
        fixtures = Files.createDirectories(root.resolve("in"));
        out = Files.createDirectories(root.resolve("out"));
        Files.writeString(fixtures.resolve("ragged.txt"), "pattern A 5x5\n#####\n####\n");
        Files.writeString(fixtures.resolve("empty.txt"), "");
        Files.write(fixtures.resolve("binary.txt"), new byte[]{'p', 0, 1, 2, 3, (byte) 0xFF});
        Files.writeString(fixtures.resolve("c1.txt"), "pattern a\u0085 1x1\n#\n");
        Files.writeString(fixtures.resolve("tabname.txt"), "pattern a\tb 1x1\n#\n");
        Files.write(fixtures.resolve("latin1.txt"),
                "set s\npattern a 1x1\n#\npattern caf\u00e9 1x1\n#\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(fixtures.resolve("huge.txt"), "pattern huge 100000x100000\n");
        Files.writeString(fixtures.resolve("twice.txt"), "pattern A 1x1\n#\npattern A 1x1\n.\n");
        try (RandomAccessFile f = new RandomAccessFile(fixtures.resolve("sparse.txt").toFile(), "rw")) {
            f.setLength((16L << 20) + 1);
        }
        Files.createDirectories(fixtures.resolve("thetadir.theta.npy"));
        Path fifo = fixtures.resolve("fifo.npy");
        try {
            new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            // rows with {fifo} then fail with a clear message: the test machine needs mkfifo
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String substitute(String arg) {
        return switch (arg) {
            case "''" -> "";
            case "{dir}" -> fixtures.toString();
            case "{fifo}" -> fixtures.resolve("fifo.npy").toString();
            case "{thetadir}" -> fixtures.resolve("thetadir.npy").toString();
            default -> {
                if (arg.startsWith("{out}")) {
                    yield out + arg.substring(5);
                }
                if (arg.startsWith("{dir}")) {
                    yield fixtures + arg.substring(5);
                }
                if (arg.startsWith("{") && arg.endsWith("}")) {
                    yield fixtures.resolve(arg.substring(1, arg.length() - 1) + ".txt").toString();
                }
                yield arg;
            }
        };
    }

    static List<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            int bar = line.indexOf('|');
            String expected = line.substring(0, bar).strip();
            String args = line.substring(bar + 1).strip();
            rows.add(Arguments.of(args, expected));
        }
        return rows;
    }

    @Test
    void theTableHoldsAtLeast150BadInvocations() {
        assertTrue(rows().size() >= 150, "rows: " + rows().size());
    }

    @ParameterizedTest(name = "[{index}] hopfield {0}")
    @MethodSource("rows")
    void badInvocationExitsTwoWithOneErrorLineAndNothingElse(String args, String expected) throws Exception {
        String[] argv = args.isEmpty() ? new String[0]
                : Stream.of(args.split(" +")).map(CliContractTest::substitute).toArray(String[]::new);
        List<Path> before = tree();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> HopfieldCli.run(new PrintWriter(o), new PrintWriter(e), argv));
        List<String> lines = e.toString().lines().toList();
        String shown = String.join(" ", argv) + " → " + e;
        assertEquals(2, code, shown);
        assertEquals("", o.toString(), "nothing on stdout: " + shown);
        assertEquals(1, lines.size(), "one stderr line: " + shown);
        assertTrue(lines.get(0).startsWith("error: "), shown);
        assertTrue(lines.get(0).length() > "error: ".length() + 10, "the line names the problem: " + shown);
        assertTrue(lines.get(0).contains(expected), "should contain '" + expected + "': " + shown);
        assertEquals(before, tree(), "no file left behind: " + shown);
        assertTrue(!Files.exists(Path.of("W.npy")) && !Files.exists(Path.of("W.theta.npy")));
    }

    private static List<Path> tree() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().toList();
        }
    }
}
