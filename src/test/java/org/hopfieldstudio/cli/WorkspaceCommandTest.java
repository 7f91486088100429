package org.hopfieldstudio.cli;

import static org.hopfieldstudio.cli.HopfieldCliTest.assertBadInput;
import static org.hopfieldstudio.cli.HopfieldCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static JsonNode json(HopfieldCliTest.Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void createdWorkspaceWithTrainedWIsDescribedByInfoAndRecalledWithItsStoredW() throws IOException {
        Path f = tmp.resolve("mpf.hopfield");
        JsonNode created = json(run("workspace", "create", "--set", "classic", "--protocol", "mpf",
                "--param", "maxIterations=200", "--seed", "4", "--out", f.toString()));
        assertTrue(created.get("weights_stored").asBoolean());
        JsonNode info = json(run("workspace", "info", f.toString()));
        assertEquals(1, info.get("format_version").asInt());
        assertEquals(25, info.get("neurons").asInt());
        assertEquals(5, info.get("rows").asInt());
        assertEquals("mpf", info.get("protocol").asText());
        assertEquals(200.0, info.get("parameters").get("maxIterations").asDouble());
        assertTrue(info.get("weights_stored").asBoolean());
        assertEquals(created.get("weights_checksum").asText(), info.get("weights_checksum").asText());
        assertTrue(info.get("weights_checksum").asText().matches("crc32c:[0-9a-f]{8}"));

        JsonNode fromFile = json(run("recall", "--workspace", f.toString(), "--noise", "0.2"));
        assertEquals("workspace", fromFile.get("weights_from").asText());
        assertEquals("mpf", fromFile.get("protocol").asText());
        JsonNode fromSet = json(run("recall", "--set", "classic", "--protocol", "mpf", "--param", "maxIterations=200",
                "--seed", "4", "--noise", "0.2"));
        for (String k : new String[]{"final_overlap", "steps", "flips", "energy_after", "end_state"}) {
            assertEquals(fromSet.get(k), fromFile.get(k), k + " is the same as retraining with the same seed");
        }
    }

    @Test
    void hebbWorkspaceWithoutWIsRewrittenOnRecallAndWithWeightsStoresIt() throws IOException {
        Path plain = tmp.resolve("hebb.hopfield");
        Path full = tmp.resolve("hebb-w.hopfield");
        json(run("workspace", "create", "--random", "36:3", "--protocol", "hebb", "--out", plain.toString()));
        json(run("workspace", "create", "--random", "36:3", "--protocol", "hebb", "--with-weights", "--out",
                full.toString()));
        assertEquals(false, json(run("workspace", "info", plain.toString())).get("weights_stored").asBoolean());
        assertEquals(true, json(run("workspace", "info", full.toString())).get("weights_stored").asBoolean());
        assertEquals("rewritten", json(run("recall", "--workspace", plain.toString())).get("weights_from").asText());
        assertEquals("workspace", json(run("recall", "--workspace", full.toString())).get("weights_from").asText());
        assertEquals("rewritten", json(run("recall", "--workspace", full.toString(), "--protocol", "storkey"))
                .get("weights_from").asText(), "another protocol rewrites W");
    }

    @Test
    void malformedWorkspaceIsOneErrorLineNamingTheFile() throws IOException {
        Path bad = tmp.resolve("bad.hopfield");
        Files.writeString(bad, "not a zip");
        assertBadInput(run("workspace", "info", bad.toString()), "bad.hopfield: not a workspace");
        assertBadInput(run("recall", "--workspace", bad.toString()), "bad.hopfield: not a workspace");
        assertBadInput(run("workspace", "info", tmp.resolve("none.hopfield").toString()), "no such file");
    }

    @Test
    void recallNeedsExactlyOneOfSetAndWorkspace() throws IOException {
        Path f = tmp.resolve("w.hopfield");
        json(run("workspace", "create", "--set", "classic", "--out", f.toString()));
        assertBadInput(run("recall", "--set", "classic", "--workspace", f.toString()), "not both");
        assertBadInput(run("recall"), "Missing required option: '--set");
    }

    @Test
    void createIntoMissingFolderIsRefused() {
        assertBadInput(run("workspace", "create", "--set", "classic", "--out", tmp.resolve("no/x.hopfield").toString()),
                "does not exist");
    }
}
