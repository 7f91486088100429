package org.hopfieldstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hopfieldstudio.analysis.Limits;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.PatternFiles;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.ProtocolException;
import org.hopfieldstudio.protocol.ProtocolParameter;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.protocol.WritingProtocol;

/** Resolution and validation of the CLI's inputs; every failure is an {@link IllegalArgumentException} with one line. */
final class Inputs {
    private Inputs() {
    }

    /** {@code --set}: a bundled set name, or else a path to a pattern file. */
    static PatternSet patternSet(String spec) throws IOException {
        if (PatternLibrary.names().stream().anyMatch(n -> n.equalsIgnoreCase(spec))) {
            return PatternLibrary.load(spec);
        }
        Path path = Path.of(spec);
        if (Files.exists(path)) {
            if (Files.isDirectory(path)) {
                throw new IllegalArgumentException("--set " + spec + " is a folder, not a pattern file");
            }
            return PatternFiles.read(path);
        }
        throw new IllegalArgumentException("unknown pattern set '" + spec + "': neither a bundled set ("
                + String.join(", ", PatternLibrary.names()) + ") nor an existing file");
    }

    /** {@code --random N:P}: P random patterns of N neurons on the squarest grid, from the seed. */
    static PatternSet randomSet(String spec, long seed) {
        // N.B. limit −1 keeps empty parts: "100:5:" has three parts and is refused, not read as 100:5
        String[] parts = spec.trim().split(":", -1);
        int n;
        int p;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            n = Integer.parseInt(parts[0].trim());
            p = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--random must be N:P (neurons:patterns, e.g. 100:20), got '"
                    + spec + "'");
        }
        Limits.require(n, "N in --random N:P", 1, Limits.MAX_NEURONS);
        Limits.require(p, "P in --random N:P", 1, Limits.MAX_PATTERNS);
        Limits.requireCells(n, p, "--random " + spec.trim());
        // N.B. only the patterns here (N·P bytes); each protocol checks what its W needs (factored: O(N·P))
        org.hopfieldstudio.core.MemoryBudget.requireBytes(2L * n * p, "--random " + n + ":" + p);
        return PatternSet.random(n, p, Seeds.rng(seed)).withName("random");
    }

    static WritingProtocol protocol(String id) {
        return Protocols.byId(id.trim());
    }

    /** Parses {@code --param key=value} against the protocol's parameters (names and bounds). */
    static Map<String, Double> params(WritingProtocol protocol, List<String> raw) {
        Map<String, Double> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        List<ProtocolParameter> known = protocol.parameters();
        for (String kv : raw) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param must be key=value, got '" + kv + "'");
            }
            String key = kv.substring(0, eq).trim();
            String value = kv.substring(eq + 1).trim();
            ProtocolParameter p = known.stream().filter(q -> q.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("protocol '" + protocol.id()
                            + "' has no parameter '" + key + "'; its parameters: " + (known.isEmpty() ? "none"
                            : known.stream().map(ProtocolParameter::key).collect(Collectors.joining(", ")))));
            double v;
            if (p.kind() == ProtocolParameter.Kind.BOOLEAN
                    && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                v = value.equalsIgnoreCase("true") ? 1 : 0;
            } else {
                try {
                    v = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--param " + key + " needs a number, got '" + value + "'");
                }
            }
            try {
                p.check(v);
            } catch (ProtocolException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            out.put(key, v);
        }
        return out;
    }

    /** {@code v} in [1, max]; the message names {@code what} and the bound. */
    static int count(int v, String what, int max) {
        return Limits.require(v, what, 1, max);
    }

    static int positive(int v, String what) {
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + v);
        }
        return v;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
