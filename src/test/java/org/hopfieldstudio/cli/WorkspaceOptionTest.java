package org.hopfieldstudio.cli;

import static org.hopfieldstudio.cli.HopfieldCliTest.assertBadInput;
import static org.hopfieldstudio.cli.HopfieldCliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --workspace FILE} on census, train, capacity, basin and compare (issue 8 point 6): each takes the workspace's
 * patterns, protocol, parameters, seed and stored W, gives what the same command gives from the set the workspace was
 * created from, and refuses a bad file or {@code --set} beside it with one error line.
 */
class WorkspaceOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** classic (3 patterns of 5×5) under MPF with 200 iterations, seed 4: W stored (a trained protocol). */
    private Path mpf;

    @BeforeEach
    void create() {
        mpf = tmp.resolve("mpf.hopfield");
        ok(run("workspace", "create", "--set", "classic", "--protocol", "mpf", "--param", "maxIterations=200",
                "--seed", "4", "--out", mpf.toString()));
    }

    private static HopfieldCliTest.Run ok(HopfieldCliTest.Run r) {
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static JsonNode json(HopfieldCliTest.Run r) throws IOException {
        return JSON.readTree(ok(r).out());
    }

    private static byte[] entry(Path workspace, String name) throws IOException {
        try (ZipFile z = new ZipFile(workspace.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    /** The workspace with its stored W (and θ) doubled: the same dynamics, other bytes than any rewrite gives. */
    private Path doubledW() throws IOException {
        WorkspaceFiles.Opened o = WorkspaceFiles.read(mpf);
        Workspace ws = o.workspace();
        Network net = ws.weights().network();
        float[] w = net.weightsUnsafe().clone();
        float[] theta = net.thresholdsUnsafe().clone();
        for (int k = 0; k < w.length; k++) {
            w[k] *= 2;
        }
        for (int k = 0; k < theta.length; k++) {
            theta[k] *= 2;
        }
        Network doubled = new Network(ws.rows(), ws.cols(), w, theta, net.isSymmetric(), "mpf");
        Path f = tmp.resolve("doubled.hopfield");
        WorkspaceFiles.write(ws.withWeights(Workspace.Weights.of(doubled, "mpf", ws.weights().parameters(),
                ws.weights().seed(), true)), f, true);
        return f;
    }

    // ---- train --------------------------------------------------------------------------------------------------

    @Test
    void trainWritesTheStoredWAsTheSameNpyTheWorkspaceHolds() throws IOException {
        Path w = tmp.resolve("W.npy");
        JsonNode r = json(run("train", "--workspace", mpf.toString(), "--out", w.toString()));
        assertEquals("workspace", r.get("weights_from").asText());
        assertEquals("mpf", r.get("protocol").asText());
        assertArrayEquals(entry(mpf, "weights.npy"), Files.readAllBytes(w), "W.npy is the workspace's weights.npy");
        assertArrayEquals(entry(mpf, "thresholds.npy"), Files.readAllBytes(TrainCommand.thetaPath(w)));
        Path fromSet = tmp.resolve("W-set.npy");
        ok(run("train", "--set", "classic", "--protocol", "mpf", "--param", "maxIterations=200", "--seed", "4",
                "--out", fromSet.toString()));
        assertArrayEquals(Files.readAllBytes(fromSet), Files.readAllBytes(w),
                "the same W as training the set with the seed the workspace was created with");
    }

    @Test
    void trainWritesTheStoredWNotARewriteOfIt() throws IOException {
        Path doubled = doubledW();
        Path w = tmp.resolve("W2.npy");
        assertEquals("workspace", json(run("train", "--workspace", doubled.toString(), "--out", w.toString()))
                .get("weights_from").asText());
        assertArrayEquals(entry(doubled, "weights.npy"), Files.readAllBytes(w));
        assertFalse(java.util.Arrays.equals(entry(mpf, "weights.npy"), Files.readAllBytes(w)),
                "a rewrite would give the undoubled W");
        Path other = tmp.resolve("W3.npy");
        assertEquals("rewritten", json(run("train", "--workspace", doubled.toString(), "--protocol", "hebb",
                "--out", other.toString())).get("weights_from").asText(), "another protocol writes W now");
        assertEquals("rewritten", json(run("train", "--workspace", doubled.toString(), "--param", "maxIterations=150",
                "--out", other.toString())).get("weights_from").asText(), "other parameters write W now");
    }

    // ---- census -------------------------------------------------------------------------------------------------

    @Test
    void censusOfTheWorkspaceIsTheCensusOfItsSetWithItsSeed() throws IOException {
        HopfieldCliTest.Run fromFile = ok(run("census", "--workspace", mpf.toString(), "--starts", "60"));
        HopfieldCliTest.Run fromSet = ok(run("census", "--set", "classic", "--protocol", "mpf", "--param",
                "maxIterations=200", "--seed", "4", "--starts", "60"));
        assertEquals(CensusCommand.HEADER, fromFile.outLines().get(0));
        assertEquals(fromSet.out(), fromFile.out());
        JsonNode j = json(run("census", "--workspace", mpf.toString(), "--starts", "60", "--format", "json"));
        assertEquals("workspace", j.get("weights_from").asText());
        assertEquals(4, j.get("seed").asLong());
        // the stored W is what the census runs on: doubling W and θ changes every energy, not the attractors
        JsonNode d = json(run("census", "--workspace", doubledW().toString(), "--starts", "60", "--format", "json"));
        assertEquals(j.get("distinct"), d.get("distinct"));
        double e = j.get("attractors").get(0).get("energy").asDouble();
        assertEquals(2 * e, d.get("attractors").get(0).get("energy").asDouble(), 1e-3 * Math.abs(e) + 1e-6);
    }

    // ---- capacity -----------------------------------------------------------------------------------------------

    @Test
    void capacityTakesProtocolParametersNAndSeedAndSaysItIgnoresThePatterns() {
        HopfieldCliTest.Run fromFile = ok(run("capacity", "--workspace", mpf.toString(), "--loads", "0.08:0.16:0.08",
                "--trials", "2"));
        HopfieldCliTest.Run same = ok(run("capacity", "--protocol", "mpf", "--param", "maxIterations=200",
                "--neurons", "25", "--seed", "4", "--loads", "0.08:0.16:0.08", "--trials", "2"));
        assertEquals(same.out(), fromFile.out());
        assertTrue(fromFile.err().contains("note: capacity draws fresh random patterns"), fromFile.err());
        assertTrue(fromFile.err().contains("N = 25 and seed 4"), fromFile.err());
        HopfieldCliTest.Run larger = ok(run("capacity", "--workspace", mpf.toString(), "--neurons", "30", "--loads",
                "0.1:0.1:0.1", "--trials", "1", "--protocol", "hebb"));
        List<Map<String, String>> rows = CompareCommandTest.table(larger.out());
        assertEquals("30", rows.get(0).get("neurons"), "--neurons overrides the workspace's N");
        assertEquals("hebb", rows.get(0).get("protocol"));
    }

    // ---- basin --------------------------------------------------------------------------------------------------

    @Test
    void basinProbesTheWorkspacesPatternsUnderItsStoredW() throws IOException {
        HopfieldCliTest.Run r = ok(run("basin", "--workspace", mpf.toString(), "--trials", "3"));
        assertEquals(BasinCommand.HEADER, r.outLines().get(0));
        List<Map<String, String>> rows = CompareCommandTest.table(r.out());
        WorkspaceFiles.Opened o = WorkspaceFiles.read(mpf);
        Workspace ws = o.workspace();
        int[] d = BasinSweep.halfRange(25, 11);
        List<BasinSweep.Point> expected = BasinSweep.onPatterns("mpf", ws.weights().network(), ws.patterns(), d, 3,
                Seeds.derive(4, 4), RecallConfig.DEFAULT_MAX_SWEEPS, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(expected.size(), rows.size());
        assertEquals("12", rows.get(rows.size() - 1).get("distance"), "0 to N/2 by default");
        for (int k = 0; k < rows.size(); k++) {
            assertEquals(String.valueOf(expected.get(k).distance()), rows.get(k).get("distance"));
            assertEquals(expected.get(k).recallFraction(), Double.parseDouble(rows.get(k).get("recall_fraction")),
                    1e-6, "d = " + expected.get(k).distance());
            assertEquals(expected.get(k).meanOverlap(), Double.parseDouble(rows.get(k).get("mean_overlap")), 1e-6);
            assertEquals("3", rows.get(k).get("patterns"), "the workspace's three patterns");
        }
        assertEquals("1", rows.get(0).get("recall_fraction"), "MPF stores the three classic patterns");
        HopfieldCliTest.Run some = ok(run("basin", "--workspace", mpf.toString(), "--trials", "1", "--distances",
                "2:4:2"));
        assertEquals(3, some.outLines().size(), "header and the two distances asked for");
        assertBadInput(run("basin", "--workspace", mpf.toString(), "--patterns", "5"),
                "--patterns does not apply with --workspace");
        assertBadInput(run("basin", "--workspace", mpf.toString(), "--neurons", "50"),
                "--neurons does not apply with --workspace");
        assertBadInput(run("basin", "--workspace", mpf.toString(), "--distances", "0:30:5"), "--distances");
    }

    // ---- compare ------------------------------------------------------------------------------------------------

    @Test
    void compareRowsEqualRecallOfTheWorkspaceForEachProtocol() {
        String[] cue = {"--pattern", "A", "--noise", "0.2", "--order", "sweep", "--seed", "7"};
        List<String> args = new ArrayList<>(List.of("compare", "--workspace", mpf.toString(), "--protocols",
                "hebb,pinv,mpf"));
        args.addAll(List.of(cue));
        HopfieldCliTest.Run r = ok(run(args.toArray(String[]::new)));
        List<Map<String, String>> rows = CompareCommandTest.table(r.out());
        assertEquals(3, rows.size());
        for (Map<String, String> row : rows) {
            List<String> single = new ArrayList<>(List.of("recall", "--workspace", mpf.toString(), "--protocol",
                    row.get("protocol"), "--format", "csv"));
            single.addAll(List.of(cue));
            Map<String, String> expected = CompareCommandTest.table(ok(run(single.toArray(String[]::new))).out()).get(0);
            for (String col : CompareCommand.HEADER.split(",")) {
                if (!col.equals("cue_checksum")) {
                    assertEquals(expected.get(col), row.get(col), row.get("protocol") + " " + col);
                }
            }
            assertEquals(rows.get(0).get("cue_checksum"), row.get("cue_checksum"));
        }
        // mpf is the workspace's own protocol: its row is recalled with the stored W (energies double with it)
        List<String> doubledArgs = new ArrayList<>(args);
        try {
            doubledArgs.set(2, doubledW().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Map<String, String>> d = CompareCommandTest.table(ok(run(doubledArgs.toArray(String[]::new))).out());
        assertEquals(2 * Double.parseDouble(rows.get(2).get("energy_after")),
                Double.parseDouble(d.get(2).get("energy_after")), 1e-3);
        assertEquals(rows.get(0).get("energy_after"), d.get(0).get("energy_after"), "hebb is written from the patterns");
    }

    @Test
    void workspaceSeedIsTheDefaultAndParamOverridesOneParameterOfItsProtocol() throws IOException {
        // the recall seed of a created workspace is its --seed; --param is checked against the workspace's protocol
        JsonNode own = json(run("recall", "--workspace", mpf.toString(), "--param", "maxIterations=200"));
        assertEquals("workspace", own.get("weights_from").asText(), "the same parameters: the stored W");
        assertEquals(4, own.get("seed").asLong());
        assertEquals("rewritten", json(run("recall", "--workspace", mpf.toString(), "--param", "maxIterations=50"))
                .get("weights_from").asText());
        assertEquals("workspace", json(run("recall", "--workspace", mpf.toString(), "--protocol", "mpf"))
                .get("weights_from").asText(), "naming the workspace's own protocol keeps its parameters");
        assertBadInput(run("recall", "--workspace", mpf.toString(), "--param", "epochs=3"),
                "protocol 'mpf' has no parameter 'epochs'");
    }

    // ---- refusals -----------------------------------------------------------------------------------------------

    @Test
    void setBesideWorkspaceAndBadFilesAreOneErrorLinePerCommand() throws IOException {
        Path bad = tmp.resolve("bad.hopfield");
        Files.writeString(bad, "not a zip");
        String w = mpf.toString();
        String out = tmp.resolve("W.npy").toString();
        assertBadInput(run("census", "--set", "classic", "--workspace", w), "give --set or --random or --workspace, not both");
        assertBadInput(run("census", "--random", "25:3", "--workspace", w), "not both");
        assertBadInput(run("train", "--set", "classic", "--workspace", w, "--out", out), "not both");
        assertBadInput(run("compare", "--set", "classic", "--workspace", w), "give --set or --workspace, not both");
        assertBadInput(run("compare"), "Missing required option: '--set=SET|FILE' (or '--workspace=FILE')");
        assertBadInput(run("census"), "'--random=N:P' (or '--workspace=FILE')");
        for (String[] cmd : new String[][]{{"census"}, {"train", "--out", out}, {"capacity"}, {"basin"},
                {"compare"}, {"recall"}}) {
            List<String> a = new ArrayList<>(List.of(cmd));
            a.addAll(List.of("--workspace", bad.toString()));
            assertBadInput(run(a.toArray(String[]::new)), "bad.hopfield: not a workspace");
            a.set(a.size() - 1, tmp.resolve("missing.hopfield").toString());
            assertBadInput(run(a.toArray(String[]::new)), "missing.hopfield");
        }
        assertFalse(Files.exists(tmp.resolve("W.npy")), "nothing written");
    }
}
