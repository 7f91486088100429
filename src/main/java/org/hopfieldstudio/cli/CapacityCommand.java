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
                + "strict fixed points, fraction of noisy probes recalled exactly, mean final overlap. With several "
                + "--neurons (e.g. 100,400,1600,6400) one sweep per N, rows N by N: finite-size effects side by side.")
final class CapacityCommand extends Common implements Callable<Integer> {
    /** The CSV header, exactly. */
    static final String HEADER = "protocol,neurons,patterns,load,trials,stable_fraction,recall_fraction,mean_overlap";
    /** At most this many sizes in one {@code --neurons} list. */
    static final int MAX_SIZES = 16;

    @Mixin
    ProtocolOptions protocol;

    // N.B. not the TrialOptions mixin: --neurons takes a list here (issue 13 point 5); --trials as there
    @Option(names = "--neurons", split = ",", paramLabel = "N",
            description = "N, or several N separated by commas: the same sweep at each N, rows in that order "
                    + "(default: 100).")
    List<Integer> neurons = new ArrayList<>(List.of(100));

    @Option(names = "--trials", descriptionKey = "trials", description = "Trials (default: ${DEFAULT-VALUE}).")
    int trials = 20;

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
        WorkspaceInput.Loaded loaded = null;
        if (workspace != null) {
            // N.B. capacity is a statement about fresh random patterns at many loads, not about stored ones: the
            // workspace gives what carries over (protocol, parameters, N, seed), and a note says so
            loaded = WorkspaceInput.loadSettings(spec, workspace);
            if (!spec.commandLine().getParseResult().hasMatchedOption("--neurons")) {
                neurons = new ArrayList<>(List.of(loaded.neurons()));
            }
        }
        if (neurons == null || neurons.isEmpty()) {
            throw new IllegalArgumentException("--neurons needs at least one N");
        }
        org.hopfieldstudio.analysis.Limits.require(neurons.size(), "the number of --neurons sizes", 1, MAX_SIZES);
        for (int n : neurons) {
            org.hopfieldstudio.analysis.Limits.require(n, "--neurons", 1, org.hopfieldstudio.analysis.Limits.MAX_NEURONS);
        }
        org.hopfieldstudio.analysis.Limits.require(trials, "--trials", 1, org.hopfieldstudio.analysis.Limits.MAX_TRIALS);
        ProtocolOptions.Chosen proto = loaded != null ? loaded.chosen(protocol) : protocol.resolve();
        long seedValue = loaded != null ? loaded.seed(seed) : seed.seed;
        if (loaded != null) {
            note("capacity draws fresh random patterns at every load: from " + workspace.getFileName() + " it takes "
                    + proto.protocol().id() + (proto.params().isEmpty() ? "" : " " + new java.util.TreeMap<>(
                    proto.params())) + ", N = " + neurons.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")) + " and seed " + seedValue
                    + "; its stored patterns and W are not used");
        }
        double[] l = Range.parse(loads, "--loads");
        int t = threads.resolve();
        // N.B. memory first (as the sweep checks it), so that a run that cannot fit says so before other limits
        for (int n : neurons) {
            long bytes = 0;
            for (double load : l) {
                bytes = Math.max(bytes, proto.protocol().bytesToWrite(n,
                        org.hopfieldstudio.analysis.Limits.patternsAt(load, n)));
            }
            org.hopfieldstudio.core.MemoryBudget.requireBytes(bytes, "A capacity trial of " + proto.protocol().id()
                    + " at N = " + n);
        }
        List<CapacitySweep.Config> configs = new ArrayList<>();
        double seconds = 0;
        for (int n : neurons) {
            CapacitySweep.Config c = new CapacitySweep.Config(proto.protocol(), proto.params(), n, l,
                    trials, noise, seedValue, RecallConfig.DEFAULT_MAX_SWEEPS, t, probes);
            configs.add(c);
            seconds += org.hopfieldstudio.analysis.Limits.seconds(c.operations(), t);
        }
        note(org.hopfieldstudio.analysis.Limits.checkDuration("capacity", seconds, "--trials, --loads or --neurons"));
        List<CapacitySweep.Point> pts = new ArrayList<>();
        for (int k = 0; k < configs.size(); k++) {
            CapacitySweep.Config c = configs.get(k);
            String size = configs.size() > 1 ? "N = " + c.neurons() + " (" + (k + 1) + "/" + configs.size() + "), " : "";
            try (ProgressLine line = progress(progress.progress, (done, total) -> {
                // Trials run roughly in load order: the load of the latest finished trial.
                int li = (int) Math.min(l.length - 1, Math.max(0, done - 1) / c.trials());
                return "capacity: " + size + "load " + Out.num(l[li]) + " (" + (li + 1) + "/" + l.length + "), trial "
                        + done + "/" + total;
            })) {
                pts.addAll(CapacitySweep.run(c, line, Cancellation.NEVER));
            }
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
