package org.hopfieldstudio.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;

/**
 * Basins of attraction: for each initial Hamming distance d, the fraction of probes with exactly d flipped
 * bits (one per stored pattern and trial) that random-sweep asynchronous recall returns exactly to their
 * pattern, and the mean final overlap.
 *
 * <p>Each trial draws p fresh random patterns and writes W once; every distance probes that same W, so the
 * curve over d is not noisier than it must be and an expensive protocol trains only T times. Trial t uses
 * {@code ts = Seeds.derive(Seeds.derive(seed, p), t)} exactly as {@link CapacitySweep} does (same patterns for
 * the same seed and p); the bits flipped at distance d come from {@code derive(derive(ts, 2), d)} and the
 * recall of pattern μ at distance d from {@code derive(derive(ts, 3 + d), μ)}.
 */
public final class BasinSweep {
    private BasinSweep() {
    }

    /**
     * @param distances initial Hamming distances, each in [0, N]
     */
    public record Config(WritingProtocol protocol, Map<String, Double> params, int neurons, int patterns,
                         int[] distances, int trials, long seed, int maxSweeps, int threads) {
        public Config {
            Objects.requireNonNull(protocol, "protocol");
            params = Map.copyOf(params);
            distances = distances.clone();
            if (neurons < 1) {
                throw new IllegalArgumentException("neurons must be at least 1, got " + neurons);
            }
            Limits.require(patterns, "patterns", 1, Limits.MAX_PATTERNS);
            Limits.requireCells(neurons, patterns, "basin sweep");
            Limits.require(trials, "trials", 1, Limits.MAX_TRIALS);
            if (distances.length == 0) {
                throw new IllegalArgumentException("no distances given");
            }
            Limits.requireUnits(distances.length, trials, "basin sweep");
            for (int d : distances) {
                if (d < 0 || d > neurons) {
                    throw new IllegalArgumentException("distances must be between 0 and N = " + neurons + ", got " + d);
                }
            }
            Limits.require(maxSweeps, "maxSweeps", 1, Limits.MAX_SWEEPS);
        }

        /** Rough simple-operation count: per trial one write and p probes per distance, about c·N²·p each. */
        public double operations() {
            return (double) trials * neurons * (double) neurons * patterns
                    * (Limits.writeCost(protocol.id()) + 3.0 * distances.length);
        }

        public static Config of(WritingProtocol protocol, int neurons, int patterns, int[] distances, int trials,
                                long seed) {
            return new Config(protocol, Map.of(), neurons, patterns, distances, trials, seed,
                    RecallConfig.DEFAULT_MAX_SWEEPS, Trials.defaultThreads());
        }

        public Config withParams(Map<String, Double> p) {
            return new Config(protocol, p, neurons, patterns, distances, trials, seed, maxSweeps, threads);
        }

        public Config withThreads(int t) {
            return new Config(protocol, params, neurons, patterns, distances, trials, seed, maxSweeps, t);
        }
    }

    /** One row (the CLI's CSV columns). */
    public record Point(String protocol, int neurons, int patterns, int distance, int trials, double recallFraction,
                        double meanOverlap) {
    }

    /**
     * @param progress called after each trial; may run on worker threads
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static List<Point> run(Config c, ProgressListener progress, Cancellation cancel) {
        int threads = Trials.fitThreads(c.protocol().bytesToWrite(c.neurons(), c.patterns()), c.threads(),
                "A basin trial of " + c.protocol().id() + " at N = " + c.neurons() + ", p = " + c.patterns());
        int nd = c.distances().length;
        List<double[]> all = Trials.run(c.trials(), threads, t -> trial(c, t, cancel), progress, cancel,
                "basin trial");
        List<Point> out = new ArrayList<>(nd);
        for (int k = 0; k < nd; k++) {
            double recalled = 0;
            double overlap = 0;
            for (double[] r : all) {
                recalled += r[2 * k];
                overlap += r[2 * k + 1];
            }
            double probes = (double) c.patterns() * c.trials();
            out.add(new Point(c.protocol().id(), c.neurons(), c.patterns(), c.distances()[k], c.trials(),
                    recalled / probes, overlap / probes));
        }
        return out;
    }

    public static List<Point> run(Config c) {
        return run(c, ProgressListener.NONE, Cancellation.NEVER);
    }

    /**
     * Basins of given stored patterns under a given W (the Compare view): for each distance d, the fraction of
     * probes, {@code trials} per stored pattern with exactly d bits flipped, that random-sweep recall returns
     * exactly to their pattern, and the mean final overlap.
     *
     * <p>The probes depend only on the patterns, {@code seed}, d, the trial and μ, never on W: calls for several
     * networks (one per protocol) with the same arguments test every protocol on the very same probes. The bits of
     * trial t at distance d come from {@code derive(derive(derive(seed, 2), d), t)}; the recall of pattern μ from
     * {@code derive(derive(derive(seed, 3 + d), t), μ)}.
     *
     * @param protocol  the id written into each point
     * @param net       W (not modified), of the patterns' size
     * @param stored    the patterns (not modified)
     * @param distances Hamming distances, each in [0, N]
     * @param progress  called after each distance (done, total = distances.length)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static List<Point> onPatterns(String protocol, Network net, PatternSet stored, int[] distances, int trials,
                                         long seed, int maxSweeps, ProgressListener progress, Cancellation cancel) {
        int n = stored.neurons();
        if (net.size() != n) {
            throw new IllegalArgumentException("W is for N = " + net.size() + "; the patterns have N = " + n);
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        byte[][] xi = stored.toArrays();
        int p = xi.length;
        List<Point> out = new ArrayList<>(distances.length);
        for (int k = 0; k < distances.length; k++) {
            int d = distances[k];
            if (d < 0 || d > n) {
                throw new IllegalArgumentException("distances must be between 0 and N = " + n + ", got " + d);
            }
            int recalled = 0;
            double overlap = 0;
            for (int t = 0; t < trials; t++) {
                RandomGenerator noiseRng = Seeds.rng(Seeds.derive(Seeds.derive(Seeds.derive(seed, 2), d), t));
                long recallSeed = Seeds.derive(Seeds.derive(seed, 3L + d), t);
                for (int mu = 0; mu < p; mu++) {
                    cancel.check();
                    byte[] probe = xi[mu].clone();
                    Noise.flipExactly(probe, d, noiseRng);
                    byte[] end = CapacitySweep.recall(net, probe, Seeds.derive(recallSeed, mu), maxSweeps);
                    if (Arrays.equals(end, xi[mu])) {
                        recalled++;
                    }
                    overlap += Measures.overlap(end, xi[mu]);
                }
            }
            double probes = (double) p * trials;
            out.add(new Point(protocol, n, p, d, trials, recalled / probes, overlap / probes));
            progress.progress(k + 1, distances.length, Double.NaN, "basins: d = " + d + " of " + distances[distances.length - 1]);
        }
        return out;
    }

    /** About {@code max} evenly spaced distances from 0 to N/2 (all of them when N/2 &lt; max). */
    public static int[] halfRange(int n, int max) {
        int half = n / 2;
        int step = Math.max(1, (int) Math.ceil(half / (double) Math.max(1, max - 1)));
        List<Integer> ds = new ArrayList<>();
        for (int d = 0; d < half; d += step) {
            ds.add(d);
        }
        ds.add(half);
        return ds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per distance k: [2k] probes recalled exactly, [2k+1] sum of final overlaps. */
    private static double[] trial(Config c, int t, Cancellation cancel) {
        int p = c.patterns();
        long ts = CapacitySweep.trialSeed(c.seed(), p, t);
        PatternSet set = PatternSet.random(c.neurons(), p, Seeds.rng(Seeds.derive(ts, 0)));
        Network net = c.protocol().write(new WriteRequest(set, c.params(), Seeds.derive(ts, 1),
                ProgressListener.NONE, cancel));
        byte[][] xi = set.toArrays();
        double[] r = new double[2 * c.distances().length];
        for (int k = 0; k < c.distances().length; k++) {
            int d = c.distances()[k];
            RandomGenerator noiseRng = Seeds.rng(Seeds.derive(Seeds.derive(ts, 2), d));
            long recallSeed = Seeds.derive(ts, 3L + d);
            for (int mu = 0; mu < p; mu++) {
                cancel.check();
                byte[] probe = xi[mu].clone();
                Noise.flipExactly(probe, d, noiseRng);
                byte[] end = CapacitySweep.recall(net, probe, Seeds.derive(recallSeed, mu), c.maxSweeps());
                if (Arrays.equals(end, xi[mu])) {
                    r[2 * k]++;
                }
                r[2 * k + 1] += Measures.overlap(end, xi[mu]);
            }
        }
        return r;
    }
}
