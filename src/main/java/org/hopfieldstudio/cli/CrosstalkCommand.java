package org.hopfieldstudio.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.analysis.Crosstalk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "crosstalk", mixinStandardHelpOptions = true,
        description = "Hebb crosstalk (zero diagonal): measured one-step error fraction of stored bits and crosstalk "
                + "spread, next to ½·erfc(√(N/2p)) and √(p/N).")
final class CrosstalkCommand extends Common implements Callable<Integer> {
    @Mixin
    TrialOptions sizes = new TrialOptions(1000, 10);

    @Option(names = "--patterns", defaultValue = "100", description = "p (default: ${DEFAULT-VALUE}).")
    int patterns;

    @Mixin
    SeedOption seed;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.JSON;
    }

    @Override
    public Integer call() {
        Out.Format f = format();
        sizes.validate();
        Inputs.count(patterns, "--patterns", org.hopfieldstudio.analysis.Limits.MAX_PATTERNS);
        int neurons = sizes.neurons;
        int trials = sizes.trials;
        if ((long) neurons * patterns > 50_000_000L) {
            throw new IllegalArgumentException("N·p = " + ((long) neurons * patterns)
                    + " is too large for one trial (at most 50,000,000)");
        }
        note(org.hopfieldstudio.analysis.Limits.checkDuration("crosstalk", org.hopfieldstudio.analysis.Limits.seconds(
                Crosstalk.operations(neurons, patterns, trials), Runtime.getRuntime().availableProcessors()),
                "--trials, --patterns or --neurons"));
        Crosstalk.Stats s = Crosstalk.random(neurons, patterns, trials, seed.seed);
        Map<String, Object> r = Out.row();
        r.put("neurons", neurons);
        r.put("patterns", patterns);
        r.put("trials", trials);
        r.put("samples", s.samples());
        r.put("measured_error", s.measuredError());
        r.put("theory_error", s.theoryError());
        r.put("standard_error", s.standardError());
        r.put("crosstalk_mean", s.crosstalkMean());
        r.put("crosstalk_std", s.crosstalkStd());
        r.put("theory_std", s.theoryStd());
        Out.print(out(), f, List.of(r), true);
        return 0;
    }
}
