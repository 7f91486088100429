package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.protocol.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

// N.B. the resource bundle only rewords --trials ("Trials per load"): see TrialOptions.
@Command(name = "capacity", mixinStandardHelpOptions = true, resourceBundle = "org.hopfieldstudio.cli.CapacityCommand",
        description = "Capacity sweep: per load p/N, T trials of fresh random patterns: fraction of patterns that are "
                + "strict fixed points, fraction of noisy probes recalled exactly, mean final overlap.")
final class CapacityCommand extends Common implements Callable<Integer> {
    /** The CSV header, exactly. */
    static final String HEADER = "protocol,neurons,patterns,load,trials,stable_fraction,recall_fraction,mean_overlap";

    @Mixin
    ProtocolOptions protocol;

    @Mixin
    TrialOptions sizes = new TrialOptions(100, 20);

    @Option(names = "--loads", defaultValue = "0.02:0.30:0.02", paramLabel = "FROM:TO:STEP",
            description = "Loads p/N (default: ${DEFAULT-VALUE}).")
    String loads;

    @Option(names = "--noise", defaultValue = "0.1", description = "Probe noise fraction (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--probes", defaultValue = "0", paramLabel = "K",
            description = "Patterns per trial checked for stability and recalled (0 = all p; default: ${DEFAULT-VALUE}). "
                    + "At large N a few probes per trial keep the sweep fast.")
    int probes;

    @Mixin
    SeedOption seed;

    @Option(names = WorkspaceInput.OPTION, paramLabel = "FILE", description = "Take the protocol, its parameters, N "
            + "(the grid) and the seed from a .hopfield workspace (--protocol, --param, --neurons and --seed override "
            + "them). Capacity draws fresh random patterns at every load: the workspace's patterns and W are not used.")
    java.nio.file.Path workspace;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() throws java.io.IOException {
        Out.Format f = format();
        long seedValue = seed.seed;
        ProtocolOptions.Chosen proto;
        if (workspace != null) {
            // N.B. capacity is a statement about fresh random patterns at many loads, not about stored ones: the
            // workspace gives what carries over (protocol, parameters, N, seed), and the note says so
            WorkspaceInput.Loaded loaded = WorkspaceInput.loadSettings(spec, workspace);
            proto = loaded.chosen(protocol);
            seedValue = loaded.seed(seed);
            if (!spec.commandLine().getParseResult().hasMatchedOption("--neurons")) {
                sizes.neurons = loaded.neurons();
            }
            sizes.validate();
            note("capacity draws fresh random patterns at every load: from " + workspace.getFileName() + " it takes "
                    + proto.protocol().id() + (proto.params().isEmpty() ? "" : " " + new java.util.TreeMap<>(
                    proto.params())) + ", N = " + sizes.neurons + " and seed " + seedValue
                    + "; its stored patterns and W are not used");
        } else {
            sizes.validate();
            proto = protocol.resolve();
        }
        double[] l = Range.parse(loads, "--loads");
        int t = threads.resolve();
        // N.B. memory first (as the sweep checks it), so that a run that cannot fit says so before other limits
        long bytes = 0;
        for (double load : l) {
            bytes = Math.max(bytes, proto.protocol().bytesToWrite(sizes.neurons,
                    org.hopfieldstudio.analysis.Limits.patternsAt(load, sizes.neurons)));
        }
        org.hopfieldstudio.core.MemoryBudget.requireBytes(bytes, "A capacity trial of " + proto.protocol().id()
                + " at N = " + sizes.neurons);
        CapacitySweep.Config c = new CapacitySweep.Config(proto.protocol(), proto.params(), sizes.neurons, l,
                sizes.trials, noise, seedValue, RecallConfig.DEFAULT_MAX_SWEEPS, t, probes);
        note(org.hopfieldstudio.analysis.Limits.checkDuration("capacity", org.hopfieldstudio.analysis.Limits.seconds(
                c.operations(), t), "--trials, --loads or --neurons"));
        List<CapacitySweep.Point> pts;
        try (ProgressLine line = progress(progress.progress, (done, total) -> {
            // Trials run roughly in load order: the load of the latest finished trial.
            int li = (int) Math.min(l.length - 1, Math.max(0, done - 1) / c.trials());
            return "capacity: load " + Out.num(l[li]) + " (" + (li + 1) + "/" + l.length + "), trial " + done
                    + "/" + total;
        })) {
            pts = CapacitySweep.run(c, line, Cancellation.NEVER);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CapacitySweep.Point p : pts) {
            Map<String, Object> r = Out.row();
            r.put("protocol", p.protocol());
            r.put("neurons", p.neurons());
            r.put("patterns", p.patterns());
            r.put("load", p.load());
            r.put("trials", p.trials());
            r.put("stable_fraction", p.stableFraction());
            r.put("recall_fraction", p.recallFraction());
            r.put("mean_overlap", p.meanOverlap());
            rows.add(r);
        }
        Out.print(out(), f, rows, false);
        return 0;
    }
}
