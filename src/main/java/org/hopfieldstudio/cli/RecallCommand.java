package org.hopfieldstudio.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.RecallResult;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "recall", mixinStandardHelpOptions = true,
        description = "Store a set, corrupt one pattern with noise and recall it: final overlap, steps, flips, energy "
                + "before/after, convergence and the class of the end state.")
final class RecallCommand extends Common implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "SET|FILE", description = "Bundled set name or pattern file.")
    String set;

    @Mixin
    WorkspaceInput workspace;

    @Option(names = "--pattern", paramLabel = "NAME", description = "Pattern to corrupt and recall (default: the first).")
    String pattern;

    @Mixin
    ProtocolOptions protocol;

    @Option(names = "--noise", defaultValue = "0.2", description = "Fraction of bits flipped (default: ${DEFAULT-VALUE}).")
    double noise;

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
        return Out.Format.JSON;
    }

    @Override
    public Integer call() throws Exception {
        Out.Format f = format();
        Noise.requireFraction(noise);
        UpdateOrder o = order.resolve();
        Inputs.count(maxSweeps, "--max-sweeps", org.hopfieldstudio.analysis.Limits.MAX_SWEEPS);
        WorkspaceInput.requireOne(spec, workspace.file, set != null, "--set", "'--set=SET|FILE'");
        WorkspaceInput.Loaded loaded = workspace.given() ? WorkspaceInput.load(spec, workspace.file, true) : null;
        ProtocolOptions.Chosen chosen = loaded != null ? loaded.chosen(protocol) : protocol.resolve();
        WritingProtocol proto = chosen.protocol();
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
        Noise.Half half = occlude == null ? null : CompareCommand.half(occlude, spec.commandLine().getParseResult()
                .hasMatchedOption("--noise"));
        Network net = loaded != null ? loaded.network(chosen)
                : proto.write(new WriteRequest(stored, chosen.params(), Comparison.writeSeed(seed),
                ProgressListener.NONE, Cancellation.NEVER));
        byte[] target = stored.get(mu).toArray();
        Comparison.Cue cue = half == null ? Comparison.noisy(stored, mu, noise, seed) : Comparison.occluded(stored, mu, half);
        byte[] probe = cue.state();
        int flipped = Measures.hamming(probe, target);
        RecallConfig rc = Comparison.config(cue, o, seed, maxSweeps);
        RecallResult r = new Recall(net, probe, stored, rc).run();
        EndState end = EndState.classify(r, stored);
        Map<String, Object> row = Out.row();
        row.put("set", stored.name());
        row.put("pattern", stored.get(mu).name());
        row.put("protocol", proto.id());
        row.put("neurons", stored.neurons());
        row.put("patterns", stored.count());
        row.put("noise", half == null ? noise : 0.0);
        if (half != null) {
            row.put("occlude", Inputs.lower(half.name()));
        }
        row.put("flipped_bits", flipped);
        row.put("order", o.cliName());
        row.put("seed", seed);
        row.put("initial_overlap", Measures.overlap(probe, target));
        row.put("final_overlap", Measures.overlap(r.finalState(), target));
        row.put("steps", r.steps());
        row.put("sweeps", r.sweeps());
        row.put("flips", r.flips());
        row.put("energy_before", r.energyBefore());
        row.put("energy_after", r.energyAfter());
        row.put("converged", r.converged());
        row.put("two_cycle", r.twoCycle());
        row.put("end_state", end.kind().name().toLowerCase(java.util.Locale.ROOT));
        row.put("end_state_label", end.label());
        if (loaded != null) {
            loaded.describe(row, net);
        }
        if (!net.isSymmetric()) {
            row.put("note", "asymmetric W: energy is not guaranteed to fall and recall may cycle");
        }
        Out.print(out(), f, List.of(row), true);
        return 0;
    }
}
