package org.hopfieldstudio.bench;

import java.util.concurrent.TimeUnit;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.RecallResult;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Hebb;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recall once W exists (issue 2, point 8): N = 10⁴ (100×100), Hebb with p = 10, from exactly 20 % flipped
 * bits, random-sweep asynchronous order, to convergence. Target ≤ 50 ms. A fresh probe (new seed) each call.
 * The dense variant drops the low-rank factor, to show what the O(N²) initial field pass costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class RecallBenchmark {
    private PatternSet set;
    private Network net;
    private Network dense;
    private long seed;

    @Setup(Level.Trial)
    public void setUp() {
        set = PatternSet.random(100, 100, 10, Seeds.rng(1));
        net = new Hebb().write(set, 0);
        dense = new Network(net.rows(), net.cols(), net.weightsUnsafe(), net.thresholdsUnsafe(), true, "hebb");
        dense.maxAbsWeight();
    }

    private RecallResult recall(Network network) {
        long s = seed++;
        byte[] probe = set.get((int) (s % set.count())).toArray();
        Noise.flipFraction(probe, 0.20, Seeds.rng(s));
        return new Recall(network, probe, set, RecallConfig.of(UpdateOrder.RANDOM_SWEEP, s)).run();
    }

    @Benchmark
    public RecallResult recallN10000P10Noise20() {
        return recall(net);
    }

    @Benchmark
    public RecallResult recallDenseFieldsN10000P10Noise20() {
        return recall(dense);
    }
}
