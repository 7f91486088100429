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
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;

/**
 * Capacity sweep: for each load α = p/N, T trials of p = max(1, round(α·N)) fresh random patterns written
 * with one protocol, measuring
 * <ul>
 *   <li>{@code stable_fraction}: stored patterns that are strict fixed points, {@code ξ_i h_i > tol} for every i
 *       ({@code tol = }{@link Network#tieTolerance()});</li>
 *   <li>{@code recall_fraction}: probes, one per stored pattern and trial, with exactly round(noise·N) flipped
 *       bits, that random-sweep asynchronous recall ({@link Recall}, {@link UpdateOrder#RANDOM_SWEEP}) returns
 *       exactly to their pattern;</li>
 *   <li>{@code mean_overlap}: the mean final overlap of those probes with their pattern.</li>
 * </ul>
 *
 * <p>Seeding: trial t at p patterns uses {@code ts = Seeds.derive(Seeds.derive(seed, p), t)} — patterns from
 * {@code derive(ts, 0)}, the protocol's seed {@code derive(ts, 1)}, the flipped bits from {@code derive(ts, 2)},
 * the recall of pattern μ from {@code derive(ts, 3 + μ)}. So the same seed gives the same patterns and probes
 * for every protocol, and the figure at one load does not depend on the other loads of the sweep. Trials
 * run in parallel; results are combined in trial order.
 */
public final class CapacitySweep {
    private CapacitySweep() {
    }

    /**
     * @param protocol  writing protocol
     * @param params    protocol parameters (missing keys take their defaults)
     * @param neurons   N
     * @param loads     loads p/N, each &gt; 0
     * @param trials    T ≥ 1
     * @param noise     probe noise fraction in [0, 1]
     * @param seed      master seed
     * @param maxSweeps recall sweep cap
     * @param threads   worker threads (1 = calling thread)
     * @param probes    patterns per trial checked for stability and recalled from noise: the first {@code probes}
     *                  of the p stored (0 = all p). At large N and p, checking all p patterns costs O(N·p²) with
     *                  factors (O(p·N²) dense); a fixed number of probes gives an unbiased estimate of both fractions.
     */
    public record Config(WritingProtocol protocol, Map<String, Double> params, int neurons, double[] loads, int trials,
                         double noise, long seed, int maxSweeps, int threads, int probes) {
        /** Every stored pattern is probed. */
        public Config(WritingProtocol protocol, Map<String, Double> params, int neurons, double[] loads, int trials,
                      double noise, long seed, int maxSweeps, int threads) {
            this(protocol, params, neurons, loads, trials, noise, seed, maxSweeps, threads, 0);
        }

        public Config {
            if (probes < 0) {
                throw new IllegalArgumentException("probes must be ≥ 0 (0 = all patterns), got " + probes);
            }
            Objects.requireNonNull(protocol, "protocol");
            params = Map.copyOf(params);
            loads = loads.clone();
            if (neurons < 1) {
                throw new IllegalArgumentException("neurons must be at least 1, got " + neurons);
            }
            Limits.require(trials, "trials", 1, Limits.MAX_TRIALS);
            Noise.requireFraction(noise);
            if (loads.length == 0) {
                throw new IllegalArgumentException("no loads given");
            }
            Limits.require(loads.length, "the number of loads", 1, Limits.MAX_RANGE_VALUES);
            Limits.requireUnits(loads.length, trials, "capacity sweep");
            for (double a : loads) {
                Limits.requireCells(neurons, Limits.patternsAt(a, neurons), "load " + Limits.fmt(a));
            }
            Limits.require(maxSweeps, "maxSweeps", 1, Limits.MAX_SWEEPS);
        }

        /** Default sweep cap and all cores. */
        public static Config of(WritingProtocol protocol, int neurons, double[] loads, int trials, double noise,
                                long seed) {
            return new Config(protocol, Map.of(), neurons, loads, trials, noise, seed,
                    RecallConfig.DEFAULT_MAX_SWEEPS, Trials.defaultThreads());
        }

        public Config withParams(Map<String, Double> p) {
            return new Config(protocol, p, neurons, loads, trials, noise, seed, maxSweeps, threads, probes);
        }

        public Config withThreads(int t) {
            return new Config(protocol, params, neurons, loads, trials, noise, seed, maxSweeps, t, probes);
        }

        /** Only the first {@code k} patterns of each trial are probed (0 = all). */
        public Config withProbes(int k) {
            return new Config(protocol, params, neurons, loads, trials, noise, seed, maxSweeps, threads, k);
        }

        /** Patterns probed per trial at p stored: min(p, probes), or p when probes = 0. */
        public int probesAt(int p) {
            return probes == 0 ? p : Math.min(p, probes);
        }

        /** Patterns stored at load α: max(1, round(α·N)) (checked against {@link Limits#MAX_PATTERNS}). */
        public int patternsAt(double load) {
            return Limits.patternsAt(load, neurons);
        }

        /**
         * Rough simple-operation count: per trial at p patterns, writing W costs about {@code c·N²·p}, with c from
         * the protocol ({@link Limits#writeCost}), and checking and recalling the K probed patterns about
         * {@code 3·N²·K} (K = p unless {@link #probes} limits it: at large N a few probes are much cheaper).
         */
        public double operations() {
            double ops = 0;
            for (double a : loads) {
                int p = patternsAt(a);
                ops += (double) trials * neurons * (double) neurons
                        * (3.0 * probesAt(p) + Limits.writeCost(protocol.id()) * p);
            }
            return ops;
        }
    }

    /** One row of the sweep (the CLI's CSV columns). */
    public record Point(String protocol, int neurons, int patterns, double load, int trials, double stableFraction,
                        double recallFraction, double meanOverlap) {
    }

    /** Counts of one trial. */
    record TrialResult(int stable, int recalled, double overlapSum) {
    }

    /**
     * Runs the sweep.
     *
     * @param progress called after each trial (done, total trials over all loads); may run on worker threads
     * @throws java.util.concurrent.CancellationException when cancelled
     * @throws org.hopfieldstudio.protocol.ProtocolException when the protocol fails
     */
    public static List<Point> run(Config c, ProgressListener progress, Cancellation cancel) {
        int loads = c.loads().length;
        long bytes = 0;
        for (double load : c.loads()) {
            bytes = Math.max(bytes, c.protocol().bytesToWrite(c.neurons(), c.patternsAt(load)));
        }
        int threads = Trials.fitThreads(bytes, c.threads(),
                "A capacity trial of " + c.protocol().id() + " at N = " + c.neurons());
        List<TrialResult> all = Trials.run(loads * c.trials(), threads, unit -> {
            int li = unit / c.trials();
            int t = unit % c.trials();
            return trial(c, c.patternsAt(c.loads()[li]), t, cancel);
        }, progress, cancel, "capacity trial");
        List<Point> out = new ArrayList<>(loads);
        for (int li = 0; li < loads; li++) {
            int p = c.patternsAt(c.loads()[li]);
            long stable = 0;
            long recalled = 0;
            double overlap = 0;
            for (int t = 0; t < c.trials(); t++) {
                TrialResult r = all.get(li * c.trials() + t);
                stable += r.stable();
                recalled += r.recalled();
                overlap += r.overlapSum();
            }
            double probes = (double) c.probesAt(p) * c.trials();
            out.add(new Point(c.protocol().id(), c.neurons(), p, c.loads()[li], c.trials(), stable / probes,
                    recalled / probes, overlap / probes));
        }
        return out;
    }

    public static List<Point> run(Config c) {
        return run(c, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** The seed of trial t at p patterns (see the class javadoc). */
    static long trialSeed(long seed, int p, int t) {
        return Seeds.derive(Seeds.derive(seed, p), t);
    }

    private static TrialResult trial(Config c, int p, int t, Cancellation cancel) {
        long ts = trialSeed(c.seed(), p, t);
        PatternSet set = PatternSet.random(c.neurons(), p, Seeds.rng(Seeds.derive(ts, 0)));
        Network net = c.protocol().write(new WriteRequest(set, c.params(), Seeds.derive(ts, 1),
                ProgressListener.NONE, cancel));
        int n = c.neurons();
        double tol = net.tieTolerance();
        double[] h = new double[n];
        int stable = 0;
        byte[][] xi = set.toArrays();
        int probes = c.probesAt(p);
        for (int mu = 0; mu < probes; mu++) {
            if (isStrictFixedPoint(net, xi[mu], h, tol)) {
                stable++;
            }
        }
        int flips = Noise.bitsFor(c.noise(), n);
        RandomGenerator noiseRng = Seeds.rng(Seeds.derive(ts, 2));
        int recalled = 0;
        double overlap = 0;
        for (int mu = 0; mu < probes; mu++) {
            cancel.check();
            byte[] probe = xi[mu].clone();
            Noise.flipExactly(probe, flips, noiseRng);
            byte[] end = recall(net, probe, Seeds.derive(ts, 3L + mu), c.maxSweeps());
            if (Arrays.equals(end, xi[mu])) {
                recalled++;
            }
            overlap += Measures.overlap(end, xi[mu]);
        }
        return new TrialResult(stable, recalled, overlap);
    }

    /** True when {@code ξ_i h_i > tol} for every i. {@code h} is scratch (modified). */
    static boolean isStrictFixedPoint(Network net, byte[] xi, double[] h, double tol) {
        net.fields(xi, h);
        for (int i = 0; i < xi.length; i++) {
            if (!(xi[i] * h[i] > tol)) {
                return false;
            }
        }
        return true;
    }

    /** Random-sweep asynchronous recall from {@code probe}; returns the final state. */
    static byte[] recall(Network net, byte[] probe, long seed, int maxSweeps) {
        RecallConfig rc = RecallConfig.of(UpdateOrder.RANDOM_SWEEP, seed).withMaxSweeps(maxSweeps);
        return new Recall(net, probe, null, rc).run().finalState();
    }
}
