package org.hopfieldstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
    /** Splits one CSV line, honouring double quotes. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                if (quoted && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    cur.append('"');
                    k++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static List<Map<String, String>> table(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = cells(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            List<String> c = cells(l);
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), c.get(k));
            }
            rows.add(row);
        }
        return rows;
    }

    private static void assertRowsEqualRecall(String protocols, String... cueArgs) {
        List<String> args = new ArrayList<>(List.of("compare", "--set", "letters", "--pattern", "B", "--protocols",
                protocols, "--order", "random", "--seed", "2"));
        args.addAll(List.of(cueArgs));
        HopfieldCliTest.Run r = HopfieldCliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertEquals(CompareCommand.HEADER, r.outLines().get(0));
        List<Map<String, String>> rows = table(r.out());
        String[] ids = protocols.split(",");
        assertEquals(ids.length, rows.size());
        String checksum = rows.get(0).get("cue_checksum");
        assertTrue(checksum.matches("[0-9a-f]{8}"), checksum);
        for (int k = 0; k < ids.length; k++) {
            Map<String, String> row = rows.get(k);
            assertEquals(ids[k], row.get("protocol"));
            assertEquals(checksum, row.get("cue_checksum"), "the same cue for every protocol");
            List<String> single = new ArrayList<>(List.of("recall", "--set", "letters", "--pattern", "B", "--protocol",
                    ids[k], "--order", "random", "--seed", "2", "--format", "csv"));
            single.addAll(List.of(cueArgs));
            HopfieldCliTest.Run one = HopfieldCliTest.run(single.toArray(String[]::new));
            assertEquals(0, one.code(), one.err());
            Map<String, String> expected = table(one.out()).get(0);
            for (String col : CompareCommand.HEADER.split(",")) {
                if (!col.equals("cue_checksum")) {
                    assertEquals(expected.get(col), row.get(col), ids[k] + " " + col);
                }
            }
        }
    }

    @Test
    void eachRowEqualsWhatRecallPrintsForThatProtocolWithTheSameCueOrderAndSeed() {
        assertRowsEqualRecall("hebb,pinv,storkey,km", "--noise", "0.15");
    }

    @Test
    void occludedCueRowsEqualRecallToo() {
        assertRowsEqualRecall("hebb,pinv", "--occlude", "bottom");
    }

    @Test
    void hebbEndsInAMixtureWhereThePseudoInverseRepairsTheLetter() {
        HopfieldCliTest.Run r = HopfieldCliTest.run("compare", "--set", "letters", "--pattern", "B", "--noise", "0.15",
                "--protocols", "hebb,pinv", "--seed", "2");
        List<Map<String, String>> rows = table(r.out());
        assertEquals("mixture", rows.get(0).get("end_state"), r.out());
        assertEquals("stored pattern 'B'", rows.get(1).get("end_state_label"), r.out());
        assertEquals("1", rows.get(1).get("final_overlap"));
    }

    @Test
    void atOneHundredByOneHundredAProtocolThatDoesNotFitIsLeftOutWithItsReasonAndTheOthersRun() {
        // TRN stays dense: at N = 10⁴ it needs about 4.4 GB of heap, more than the test JVM's (-Xmx4g)
        org.junit.jupiter.api.Assumptions.assumeTrue(org.hopfieldstudio.protocol.Protocols.byId("trn")
                .bytesToWrite(10_000, 5) > Runtime.getRuntime().maxMemory(), "TRN fits this heap at 100×100");
        HopfieldCliTest.Run r = HopfieldCliTest.run("compare", "--set", "blocks100", "--protocols", "hebb,trn,pinv",
                "--noise", "0.1");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = table(r.out());
        assertEquals(List.of("hebb", "pinv"), rows.stream().map(m -> m.get("protocol")).toList(), r.out());
        for (Map<String, String> row : rows) {
            assertEquals("true", row.get("converged"), row.get("protocol") + " still runs to its end");
        }
        assertEquals("1", rows.get(1).get("final_overlap"), "the pseudo-inverse repairs the block");
        List<String> notes = r.err().lines().toList();
        assertEquals(1, notes.size(), String.join(" | ", notes).replace("\n", "\\n"));
        assertTrue(notes.get(0).startsWith("note: trn is left out of the comparison: TRN at N = 10000 stays dense"),
                notes.get(0));
        assertTrue(notes.get(0).contains("-Xmx"), "says the way out: " + notes.get(0));
        HopfieldCliTest.assertBadInput(HopfieldCliTest.run("compare", "--set", "blocks100", "--protocols", "trn"),
                "every protocol was left out of the comparison: trn: TRN at N = 10000");
    }

    @Test
    void noiseAndOcclusionTogetherAreRefused() {
        HopfieldCliTest.assertBadInput(HopfieldCliTest.run("compare", "--set", "letters", "--noise", "0.1",
                "--occlude", "top"), "--noise and --occlude are alternatives");
    }

    @Test
    void badOcclusionAndUnknownProtocolAreRefused() {
        HopfieldCliTest.assertBadInput(HopfieldCliTest.run("compare", "--set", "letters", "--occlude", "middle"),
                "--occlude must be top, bottom, left or right");
        HopfieldCliTest.assertBadInput(HopfieldCliTest.run("compare", "--set", "letters", "--protocols", "hebb,nope"),
                "unknown protocol 'nope'");
        HopfieldCliTest.assertBadInput(HopfieldCliTest.run("compare", "--set", "letters", "--protocols", "hebb",
                "--param", "trn.epochs=3"), "not in --protocols");
    }

    @Test
    void jsonHasOneObjectPerProtocol() {
        HopfieldCliTest.Run r = HopfieldCliTest.run("compare", "--set", "classic", "--protocols", "hebb,pinv",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"protocol\": \"hebb\""), r.out());
        assertTrue(r.out().contains("\"protocol\": \"pinv\""), r.out());
        assertTrue(r.out().contains("\"cue_checksum\": "), r.out());
    }
}
