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

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() {
        Out.Format f = format();
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
