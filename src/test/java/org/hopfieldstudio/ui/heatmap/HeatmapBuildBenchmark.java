package org.hopfieldstudio.ui.heatmap;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.protocol.Cancellation;

/**
 * Times {@link HeatmapBuilder#build} for a 10⁴×10⁴ W (N = 100×100): 400 MB of weights aggregated into a
 * 1000×1000 image. No timing asserts in unit tests; run by hand:
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     org.hopfieldstudio.ui.heatmap.HeatmapBuildBenchmark [side=100] [repeats=15]
 * </pre>
 */
public final class HeatmapBuildBenchmark {
    public static void main(String[] args) {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int n = side * side;
        float[] w = new float[n * n];
        IntStream.range(0, n).parallel().forEach(j -> {
            SplittableRandom r = new SplittableRandom(j);
            for (int i = 0; i < n; i++) {
                w[j * n + i] = (float) (r.nextGaussian() * 0.01);
            }
        });
        Network net = new Network(side, side, w, new float[n], false, "random");
        System.out.printf("N = %d, cores = %d%n", n, Runtime.getRuntime().availableProcessors());
        long[] ms = new long[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            HeatmapImage img = HeatmapBuilder.build(net, HeatmapBuilder.DEFAULT_MAX_SIDE, Cancellation.NEVER);
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            if (r == 0) {
                System.out.println(img.caption());
            }
            System.out.printf("build %2d: %4d ms%n", r, ms[r]);
        }
        long[] warm = Arrays.copyOfRange(ms, Math.min(3, repeats - 1), repeats);
        Arrays.sort(warm);
        System.out.printf("after warm-up: median %d ms, min %d ms, max %d ms%n",
                warm[warm.length / 2], warm[0], warm[warm.length - 1]);
    }
}
