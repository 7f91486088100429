package org.hopfieldstudio.bench;

import java.util.concurrent.TimeUnit;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Mpf;
import org.hopfieldstudio.protocol.Trn;
import org.hopfieldstudio.protocol.WriteRequest;
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
 * Training times of the trained protocols (issue 3, point 7), one full write per operation, default
 * parameters: MPF to its stopping criterion, TRN with K = 20 probes per message and 1500 iterations.
 *
 * <p>Run: {@code mvn -q -B test-compile && mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main TrainBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class TrainBenchmark {
    private PatternSet n100p50;
    private PatternSet n1024p100;
    private PatternSet n100p20;

    @Setup(Level.Trial)
    public void setUp() {
        n100p50 = PatternSet.random(10, 10, 50, Seeds.rng(1));
        n1024p100 = PatternSet.random(32, 32, 100, Seeds.rng(2));
        n100p20 = PatternSet.random(10, 10, 20, Seeds.rng(3));
    }

    @Benchmark
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Network mpfWriteN100P50() {
        return new Mpf().write(n100p50, 0);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 4, time = 1)
    public Network mpfWriteN1024P100() {
        return new Mpf().write(n1024p100, 0);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Network trnWriteN100P20() {
        return new Trn().write(WriteRequest.of(n100p20, 0).withParam("probes", 20).withParam("iterations", 1500));
    }
}
