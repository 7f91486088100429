package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.core.InsufficientMemoryException;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.ProtocolException;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare}: one cue recalled under several writing protocols, one row each. The cue, its clamp, the update
 * order and the seed are shared, and every row equals what {@code recall} prints for that protocol with the same
 * {@code --set} (or {@code --workspace}), {@code --pattern}, {@code --noise}/{@code --occlude}, {@code --order} and
 * {@code --seed}. A protocol that does not fit in memory or refuses the patterns is left out with a note on stderr;
 * the others still run (exit 2 only when none is left).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Recall the same corrupted or occluded pattern under several writing protocols (same cue, same "
                + "order, same seed): one row per protocol with the final overlap, steps, flips, energy before/after, "
                + "convergence, the end state, and the cue's checksum.")
final class CompareCommand extends Common implements Callable<Integer> {
    static final String HEADER = "protocol,final_overlap,steps,flips,energy_before,energy_after,converged,end_state,"
            + "end_state_label,cue_checksum";

    @Option(names = "--set", paramLabel = "SET|FILE", description = "Bundled set name or pattern file.")
    String set;

    @Mixin
    WorkspaceInput workspace;

    @Option(names = "--pattern", paramLabel = "NAME", description = "Pattern to corrupt and recall (default: the first).")
    String pattern;

    @Option(names = "--protocols", defaultValue = "hebb,pinv,mpf,trn", paramLabel = "P1,P2,…", split = ",",
            description = "Protocols to compare, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> protocols;

    @Option(names = "--param", paramLabel = "PROTOCOL.KEY=VALUE",
            description = "A parameter of one protocol, e.g. trn.epochs=200 (repeatable).")
    List<String> params;

    @Option(names = "--noise", paramLabel = "F", description = "Fraction of bits flipped (default: 0.2, as recall).")
    Double noise;

    @Option(names = "--occlude", paramLabel = "top|bottom|left|right",
            description = "Instead of noise: hide one half of the pattern (white) and clamp the visible half.")
    String occlude;

    @Mixin
    OrderOption order;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--max-sweeps", defaultValue = "200", description = "Sweep cap (default: ${DEFAULT-VALUE}).")
    int maxSweeps;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    /** Parses {@code --occlude}; refuses it together with an explicit {@code --noise}. */
    static Noise.Half half(String occlude, boolean noiseGiven) {
        if (noiseGiven) {
            throw new IllegalArgumentException("--noise and --occlude are alternatives: give one of them");
        }
        try {
            return Noise.Half.valueOf(occlude.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--occlude must be top, bottom, left or right, got '" + occlude + "'");
        }
    }

    @Override
    public Integer call() throws Exception {
        Out.Format f = format();
        UpdateOrder o = order.resolve();
        Inputs.count(maxSweeps, "--max-sweeps", org.hopfieldstudio.analysis.Limits.MAX_SWEEPS);
        Noise.Half half = occlude == null ? null : half(occlude, noise != null);
        double nf = noise == null ? 0.2 : noise;
        Noise.requireFraction(nf);
        List<WritingProtocol> chosen = new ArrayList<>();
        for (String id : protocols) {
            if (id.isBlank()) {
                continue;
            }
            WritingProtocol p = Inputs.protocol(id);
            if (chosen.contains(p)) {
                throw new IllegalArgumentException("--protocols names '" + p.id() + "' twice");
            }
            chosen.add(p);
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("--protocols is empty: name at least one protocol, e.g. hebb,pinv");
        }
        Map<WritingProtocol, Map<String, Double>> values = protocolParams(chosen, params);
        WorkspaceInput.requireOne(spec, workspace.file, set != null, "--set", "'--set=SET|FILE'");
        WorkspaceInput.Loaded loaded = workspace.given() ? WorkspaceInput.load(spec, workspace.file, true) : null;
        long seed = loaded != null ? loaded.seed(seedOption) : seedOption.seed;
        PatternSet stored = loaded != null ? loaded.patterns() : Inputs.patternSet(set);
        int mu = 0;
        if (pattern != null) {
            mu = stored.indexOf(pattern);
            if (mu < 0) {
                throw new IllegalArgumentException("no pattern '" + pattern + "' in set '" + stored.name()
                        + "'; its patterns: " + stored.patterns().stream().map(Pattern::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        Comparison.Cue cue = half == null ? Comparison.noisy(stored, mu, nf, seed) : Comparison.occluded(stored, mu, half);
        RecallConfig rc = Comparison.config(cue, o, seed, maxSweeps);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (WritingProtocol p : chosen) {
            // N.B. as in `recall`: a workspace's own protocol and parameters recall with its stored W, any other is
            // written with the seed of the workspace's W; from --set every W is written with derive(seed, 1)
            Network net;
            try {
                net = loaded != null ? loaded.network(p, loaded.paramsFor(p, values.get(p)))
                        : p.write(new WriteRequest(stored, values.get(p), Comparison.writeSeed(seed),
                        ProgressListener.NONE, Cancellation.NEVER));
            } catch (InsufficientMemoryException | ProtocolException e) {
                leftOut.add(leaveOut(p, e.getMessage()));
                continue;
            } catch (OutOfMemoryError e) {
                leftOut.add(leaveOut(p, "its W for N = " + stored.neurons() + " did not fit in the Java heap; start "
                        + "Java with a larger heap (-Xmx) or compare fewer protocols"));
                continue;
            }
            Comparison.Row r = Comparison.recall(p.id(), net, cue, stored, rc);
            Map<String, Object> row = Out.row();
            row.put("protocol", p.id());
            row.put("final_overlap", r.finalOverlap());
            row.put("steps", r.steps());
            row.put("flips", r.flips());
            row.put("energy_before", r.energyBefore());
            row.put("energy_after", r.energyAfter());
            row.put("converged", r.converged());
            row.put("end_state", r.endState().kind().name().toLowerCase(Locale.ROOT));
            row.put("end_state_label", r.endState().label());
            row.put("cue_checksum", r.cueChecksum());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("every protocol was left out of the comparison: "
                    + String.join("; ", leftOut));
        }
        for (String why : leftOut) {
            note(why.replaceFirst(": ", " is left out of the comparison: "));
        }
        Out.print(out(), f, rows, false);
        return 0;
    }

    /**
     * A protocol whose W does not fit in memory or that refuses the patterns is left out of the comparison, the others
     * still run: one {@code note:} line on stderr says which and why (or, when none is left, the one error line).
     *
     * @return "id: reason"
     */
    private static String leaveOut(WritingProtocol p, String reason) {
        return p.id() + ": " + HopfieldCli.oneLine(reason);
    }

    /** {@code --param proto.key=value} split by protocol and checked against its parameters. */
    static Map<WritingProtocol, Map<String, Double>> protocolParams(List<WritingProtocol> chosen, List<String> raw) {
        Map<WritingProtocol, List<String>> byProtocol = new LinkedHashMap<>();
        for (WritingProtocol p : chosen) {
            byProtocol.put(p, new ArrayList<>());
        }
        if (raw != null) {
            for (String kv : raw) {
                int dot = kv.indexOf('.');
                int eq = kv.indexOf('=');
                if (dot <= 0 || eq < dot) {
                    throw new IllegalArgumentException("--param must be PROTOCOL.KEY=VALUE (e.g. trn.epochs=200), got '"
                            + kv + "'");
                }
                WritingProtocol p = Inputs.protocol(kv.substring(0, dot));
                List<String> list = byProtocol.get(p);
                if (list == null) {
                    throw new IllegalArgumentException("--param " + kv + " is for '" + p.id()
                            + "', which is not in --protocols");
                }
                list.add(kv.substring(dot + 1));
            }
        }
        Map<WritingProtocol, Map<String, Double>> out = new HashMap<>();
        byProtocol.forEach((p, list) -> out.put(p, Inputs.params(p, list)));
        return out;
    }
}
