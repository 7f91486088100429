package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "basin", mixinStandardHelpOptions = true,
        description = "Basins of attraction: per initial Hamming distance d, the fraction of probes (exactly d flipped "
                + "bits) recalled exactly, and the mean final overlap.")
final class BasinCommand extends Common implements Callable<Integer> {
    /** The CSV header, exactly. */
    static final String HEADER = "protocol,neurons,patterns,distance,trials,recall_fraction,mean_overlap";

    @Option(names = "--protocol", defaultValue = "hebb", description = "Writing protocol (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Protocol parameter (repeatable).")
    List<String> params;

    @Option(names = "--neurons", defaultValue = "100", description = "N (default: ${DEFAULT-VALUE}).")
    int neurons;

    @Option(names = "--patterns", defaultValue = "10", description = "p (default: ${DEFAULT-VALUE}).")
    int patterns;

    @Option(names = "--distances", defaultValue = "0:50:5", paramLabel = "FROM:TO:STEP",
            description = "Initial Hamming distances (default: ${DEFAULT-VALUE}).")
    String distances;

    @Option(names = "--trials", defaultValue = "20", description = "Trials (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() {
        Out.Format f = format();
        Inputs.positive(neurons, "--neurons");
        Inputs.positive(patterns, "--patterns");
        Inputs.positive(trials, "--trials");
        WritingProtocol proto = Inputs.protocol(protocol);
        Map<String, Double> pv = Inputs.params(proto, params);
        int[] d = Range.parseInts(distances, "--distances");
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Inputs.positive(threads, "--threads");
        BasinSweep.Config c = new BasinSweep.Config(proto, pv, neurons, patterns, d, trials, seed,
                RecallConfig.DEFAULT_MAX_SWEEPS, t);
        List<BasinSweep.Point> pts = BasinSweep.run(c, ProgressListener.NONE, Cancellation.NEVER);
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
