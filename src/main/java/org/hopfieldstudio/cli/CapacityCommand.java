package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.analysis.Range;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = "Capacity sweep: per load p/N, T trials of fresh random patterns: fraction of patterns that are "
                + "strict fixed points, fraction of noisy probes recalled exactly, mean final overlap.")
final class CapacityCommand extends Common implements Callable<Integer> {
    /** The CSV header, exactly. */
    static final String HEADER = "protocol,neurons,patterns,load,trials,stable_fraction,recall_fraction,mean_overlap";

    @Option(names = "--protocol", defaultValue = "hebb", description = "Writing protocol (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Protocol parameter (repeatable).")
    List<String> params;

    @Option(names = "--neurons", defaultValue = "100", description = "N (default: ${DEFAULT-VALUE}).")
    int neurons;

    @Option(names = "--loads", defaultValue = "0.02:0.30:0.02", paramLabel = "FROM:TO:STEP",
            description = "Loads p/N (default: ${DEFAULT-VALUE}).")
    String loads;

    @Option(names = "--trials", defaultValue = "20", description = "Trials per load (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--noise", defaultValue = "0.1", description = "Probe noise fraction (default: ${DEFAULT-VALUE}).")
    double noise;

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
        Inputs.positive(trials, "--trials");
        WritingProtocol proto = Inputs.protocol(protocol);
        Map<String, Double> pv = Inputs.params(proto, params);
        double[] l = Range.parse(loads, "--loads");
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : Inputs.positive(threads, "--threads");
        CapacitySweep.Config c = new CapacitySweep.Config(proto, pv, neurons, l, trials, noise, seed,
                RecallConfig.DEFAULT_MAX_SWEEPS, t);
        List<CapacitySweep.Point> pts = CapacitySweep.run(c, ProgressListener.NONE, Cancellation.NEVER);
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
