package org.hopfieldstudio.bench;

import java.util.concurrent.TimeUnit;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.protocol.Hebb;
import org.hopfieldstudio.protocol.PseudoInverse;
import org.hopfieldstudio.protocol.Storkey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end write times: from a {@link PatternSet} to a finished {@link Network} (W as a Java float[] of N²
 * entries, diagonal zeroed, finiteness checked). Issue 2, point 8: Hebb at N = 10⁴, p = 50 in ≤ 0.4 s.
 *
 * <p>Run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hopfieldstudio.bench.JmhMain} (optionally {@code -Dexec.args="hebb"} to filter).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class WriteBenchmark {
    private PatternSet n10000p50;
    private PatternSet n1000p100;
    private final Hebb hebb = new Hebb();
    private final Hebb hebbGemm = new Hebb(Hebb.Kernel.BLAS_GEMM);

    @Setup
    public void setUp() {
        n10000p50 = PatternSet.random(100, 100, 50, Seeds.rng(1));
        n1000p100 = PatternSet.random(25, 40, 100, Seeds.rng(2));
    }

    /** The default Hebb kernel (bit-packed XOR/popcount). Target ≤ 400 ms. */
    @Benchmark
    public Network hebbN10000P50() {
        return hebb.write(n10000p50, 0);
    }

    /** The OpenBLAS blocked-SGEMM Hebb kernel, for comparison. */
    @Benchmark
    public Network hebbBlasGemmN10000P50() {
        return hebbGemm.write(n10000p50, 0);
    }

    @Benchmark
    public Network pseudoInverseN1000P100() {
        return new PseudoInverse().write(n1000p100, 0);
    }

    @Benchmark
    public Network storkeyN1000P100() {
        return new Storkey().write(n1000p100, 0);
    }
}
