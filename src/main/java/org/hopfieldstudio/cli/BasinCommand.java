package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.protocol.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "basin", mixinStandardHelpOptions = true,
        description = "Basins of attraction: per initial Hamming distance d, the fraction of probes (exactly d flipped "
                + "bits) recalled exactly, and the mean final overlap.")
final class BasinCommand extends Common implements Callable<Integer> {
    /** The CSV header, exactly. */
    static final String HEADER = "protocol,neurons,patterns,distance,trials,recall_fraction,mean_overlap";

    @Mixin
    ProtocolOptions protocol;

    @Mixin
    TrialOptions sizes = new TrialOptions(100, 20);

    @Option(names = "--patterns", defaultValue = "10", description = "p (default: ${DEFAULT-VALUE}).")
    int patterns;

    @Option(names = "--distances", defaultValue = "0:50:5", paramLabel = "FROM:TO:STEP",
            description = "Initial Hamming distances (default: ${DEFAULT-VALUE}).")
    String distances;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Option(names = WorkspaceInput.OPTION, paramLabel = "FILE", description = "Probe the stored patterns of a .hopfield "
            + "workspace under its W (the stored one, or rewritten) instead of fresh random patterns: --trials probes "
            + "per pattern and distance, distances 0 to N/2 unless --distances; --neurons and --patterns do not apply; "
            + "--protocol, --param and --seed override the workspace's.")
    java.nio.file.Path workspace;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() throws java.io.IOException {
        Out.Format f = format();
        if (workspace != null) {
            return print(f, onWorkspace());
        }
        sizes.validate();
        Inputs.count(patterns, "--patterns", org.hopfieldstudio.analysis.Limits.MAX_PATTERNS);
        org.hopfieldstudio.analysis.Limits.requireCells(sizes.neurons, patterns, "--neurons × --patterns");
        ProtocolOptions.Chosen proto = protocol.resolve();
        int[] d = Range.parseInts(distances, "--distances", 0, sizes.neurons);
        int t = threads.resolve();
        BasinSweep.Config c = new BasinSweep.Config(proto.protocol(), proto.params(), sizes.neurons, patterns, d,
                sizes.trials, seed.seed, RecallConfig.DEFAULT_MAX_SWEEPS, t);
        org.hopfieldstudio.core.MemoryBudget.requireBytes(proto.protocol().bytesToWrite(sizes.neurons, patterns),
                "A basin trial of " + proto.protocol().id() + " at N = " + sizes.neurons + ", p = " + patterns);
        note(org.hopfieldstudio.analysis.Limits.checkDuration("basin", org.hopfieldstudio.analysis.Limits.seconds(
                c.operations(), t), "--trials, --distances, --patterns or --neurons"));
        List<BasinSweep.Point> pts;
        try (ProgressLine line = progress(progress.progress, (done, total) -> "basin: trial " + done + "/" + total
                + " (" + d.length + " distances each)")) {
            pts = BasinSweep.run(c, line, Cancellation.NEVER);
        }
        return print(f, pts);
    }

    /**
     * The basins of a workspace's own memories ({@link BasinSweep#onPatterns}, as the Compare view draws them): its
     * stored patterns probed under its W, the probes from {@code derive(seed, 4)} as in that view.
     */
    private List<BasinSweep.Point> onWorkspace() throws java.io.IOException {
        WorkspaceInput.refuseWith(spec, "--neurons", "N is the workspace's grid");
        WorkspaceInput.refuseWith(spec, "--patterns", "the workspace's stored patterns are probed");
        org.hopfieldstudio.analysis.Limits.require(sizes.trials, "--trials", 1, org.hopfieldstudio.analysis.Limits.MAX_TRIALS);
        WorkspaceInput.Loaded loaded = WorkspaceInput.load(spec, workspace, true);
        ProtocolOptions.Chosen chosen = loaded.chosen(protocol);
        long s = loaded.seed(seed);
        org.hopfieldstudio.core.PatternSet stored = loaded.patterns();
        int n = stored.neurons();
        int[] d = spec.commandLine().getParseResult().hasMatchedOption("--distances")
                ? Range.parseInts(distances, "--distances", 0, n) : BasinSweep.halfRange(n, 11);
        note(org.hopfieldstudio.analysis.Limits.checkDuration("basin", org.hopfieldstudio.analysis.Limits.seconds(
                3.0 * sizes.trials * stored.count() * d.length * n * (double) n, 1), "--trials or --distances"));
        org.hopfieldstudio.core.Network net = loaded.network(chosen);
        try (ProgressLine line = progress(progress.progress, (done, total) -> "basin: distance " + done + "/" + total
                + " (" + sizes.trials + " × p = " + stored.count() + " probes each)")) {
            return BasinSweep.onPatterns(chosen.protocol().id(), net, stored, d, sizes.trials,
                    org.hopfieldstudio.core.Seeds.derive(s, 4), RecallConfig.DEFAULT_MAX_SWEEPS, line, Cancellation.NEVER);
        }
    }

    private Integer print(Out.Format f, List<BasinSweep.Point> pts) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BasinSweep.Point p : pts) {
            Map<String, Object> r = Out.row();
            r.put("protocol", p.protocol());
            r.put("neurons", p.neurons());
            r.put("patterns", p.patterns());
            r.put("distance", p.distance());
            r.put("trials", p.trials());
            r.put("recall_fraction", p.recallFraction());
            r.put("mean_overlap", p.meanOverlap());
            rows.add(r);
        }
        Out.print(out(), f, rows, false);
        return 0;
    }
}
