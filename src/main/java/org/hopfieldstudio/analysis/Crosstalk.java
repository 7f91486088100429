package org.hopfieldstudio.analysis;

import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;

/**
 * Crosstalk of the Hebb rule with zero diagonal (DESIGN §3): why stored patterns stop being fixed points.
 *
 * <p>With {@code W = (1/N) Σ_μ ξ^μ ξ^μᵀ}, {@code w_ii = 0}, the local field of neuron i in the stored state ξ^ν is
 * <pre>
 *   h_i^ν = Σ_{j≠i} W_ij ξ_j^ν = ((N − 1)/N) ξ_i^ν + C_i^ν,
 *   C_i^ν = (1/N) Σ_{j≠i} Σ_{μ≠ν} ξ_i^μ ξ_j^μ ξ_j^ν = (1/N) [Σ_{μ≠ν} ξ_i^μ (ξ^μ·ξ^ν) − (p − 1) ξ_i^ν].
 * </pre>
 * N.B. the signal is {@code (N − 1)/N}, not 1, because the diagonal is zero. So bit (ν, i) is unstable, i.e. one
 * update of neuron i in state ξ^ν flips it, exactly when {@code −ξ_i^ν C_i^ν > (N − 1)/N}; DESIGN §3's "{@code > 1}"
 * is off by 1/N. This class uses the exact criterion, evaluated in integer arithmetic, so equality
 * ({@code h_i = 0}, a tie that keeps the state) counts as stable.
 *
 * <p>For random patterns {@code C ≈ Normal(0, p/N)} (exactly: mean 0, variance (p − 1)(N − 1)/N²), so the
 * one-step error probability is {@code P_error ≈ ½ erfc(√(N/2p))}.
 *
 * <p>Stateless; thread-safe.
 */
public final class Crosstalk {
    private Crosstalk() {
    }

    /**
     * Crosstalk statistics.
     *
     * @param neurons       N
     * @param patterns      p
     * @param samples       number of bits (ν, i) pooled: p·N per trial
     * @param measuredError fraction of unstable bits
     * @param theoryError   {@code ½ erfc(√(N/2p))}
     * @param crosstalkMean mean of the terms {@code −ξ_i^ν C_i^ν}
     * @param crosstalkStd  standard deviation of the terms {@code −ξ_i^ν C_i^ν} (population, over all samples)
     * @param theoryStd     {@code √(p/N)}
     * @param unstable      per bit, index {@code ν·N + i}, whether it is unstable; null for pooled random trials
     */
    public record Stats(int neurons, int patterns, int samples, double measuredError, double theoryError,
                        double crosstalkMean, double crosstalkStd, double theoryStd, boolean[] unstable) {
        /** Binomial standard error of {@link #measuredError()} if the samples were independent. */
        public double standardError() {
            double q = theoryError;
            return Math.sqrt(q * (1 - q) / samples);
        }
    }

    /** Rough simple-operation count of {@link #random}: the p×p overlaps and the terms, 2·N·p² per trial. */
    public static double operations(int neurons, int patterns, int trials) {
        return 2.0 * trials * neurons * (double) patterns * patterns + (double) trials * neurons * patterns;
    }

    /** {@code ½·erfc(√(N/2p))}, the one-step error probability of Hebb for random patterns. */
    public static double theoryError(int neurons, int patterns) {
        requireSizes(neurons, patterns);
        return 0.5 * erfc(Math.sqrt(neurons / (2.0 * patterns)));
    }

    /** {@code √(p/N)}, the standard deviation of the crosstalk for random patterns. */
    public static double theoryStd(int neurons, int patterns) {
        requireSizes(neurons, patterns);
        return Math.sqrt((double) patterns / neurons);
    }

    /**
     * The exact instability threshold {@code (N − 1)/N} on {@code −ξ_i^ν C_i^ν}: a bit whose term exceeds it flips
     * under one update (zero-diagonal signal, see the class javadoc).
     */
    public static double instabilityThreshold(int neurons) {
        return (neurons - 1) / (double) neurons;
    }

    /**
     * The crosstalk terms {@code t[ν·N + i] = −ξ_i^ν C_i^ν} for the Hebb rule with zero diagonal. O(N p²) through the
     * p×p overlap matrix {@code ξ^μ·ξ^ν}; W is never formed.
     *
     * @param set the stored patterns (not modified)
     */
    public static float[] terms(PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        int[] nc = scaledCrosstalk(set);
        float[] t = new float[p * n];
        for (int nu = 0; nu < p; nu++) {
            for (int i = 0; i < n; i++) {
                int k = nu * n + i;
                t[k] = (float) (-set.get(nu).get(i) * nc[k] / (double) n);
            }
        }
        return t;
    }

    /**
     * Statistics for one given set: every bit (ν, i), whether it is unstable (see the class javadoc for the
     * exact criterion), and the mean and standard deviation of the terms {@code −ξ_i^ν C_i^ν}.
     */
    public static Stats measure(PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        int[] nc = scaledCrosstalk(set);
        boolean[] unstable = new boolean[p * n];
        Acc acc = new Acc();
        for (int nu = 0; nu < p; nu++) {
            for (int i = 0; i < n; i++) {
                int k = nu * n + i;
                int a = -set.get(nu).get(i) * nc[k]; // N·(−ξ C)
                unstable[k] = a > n - 1;
                acc.add(a, unstable[k], n);
            }
        }
        return acc.stats(n, p, unstable);
    }

    /**
     * Pooled statistics over {@code trials} independent sets of {@code patterns} fresh random patterns of
     * {@code neurons} neurons. Trial k draws its patterns from {@code Seeds.derive(seed, k)}; trials run in
     * parallel and are combined in trial order, so the result depends only on the arguments.
     */
    public static Stats random(int neurons, int patterns, int trials, long seed) {
        requireSizes(neurons, patterns);
        Limits.require(trials, "trials", 1, Limits.MAX_TRIALS);
        Limits.requireCells(neurons, patterns, "crosstalk");
        Acc[] parts = IntStream.range(0, trials).parallel().mapToObj(k -> {
            RandomGenerator rng = Seeds.rng(Seeds.derive(seed, k));
            PatternSet set = PatternSet.random(neurons, patterns, rng);
            int[] nc = scaledCrosstalk(set);
            Acc acc = new Acc();
            for (int nu = 0; nu < patterns; nu++) {
                for (int i = 0; i < neurons; i++) {
                    int a = -set.get(nu).get(i) * nc[nu * neurons + i];
                    acc.add(a, a > neurons - 1, neurons);
                }
            }
            return acc;
        }).toArray(Acc[]::new);
        Acc total = new Acc();
        for (Acc a : parts) {
            total.merge(a);
        }
        return total.stats(neurons, patterns, null);
    }

    /**
     * Pseudo-orthogonality samples: {@code samples} values of {@code ξ·S} for a random pattern ξ and a state S that
     * agrees with ξ on the first {@code overlapCells} cells and is independent elsewhere. Mean k, standard
     * deviation √(N − k); k = 0 gives independent patterns (mean 0, std √N).
     */
    public static int[] dotProducts(int neurons, int overlapCells, int samples, long seed) {
        if (neurons < 1) {
            throw new IllegalArgumentException("N must be at least 1, got " + neurons);
        }
        if (overlapCells < 0 || overlapCells > neurons) {
            throw new IllegalArgumentException("overlap cells must be between 0 and N = " + neurons + ", got "
                    + overlapCells);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be ≥ 0, got " + samples);
        }
        RandomGenerator rng = Seeds.rng(seed);
        int[] out = new int[samples];
        int free = neurons - overlapCells;
        for (int t = 0; t < samples; t++) {
            // ξ_j S_j is +1 on the shared cells and an independent ±1 elsewhere: draw the products directly.
            int dot = overlapCells;
            int left = free;
            while (left >= 64) {
                dot += 2 * Long.bitCount(rng.nextLong()) - 64;
                left -= 64;
            }
            if (left > 0) {
                dot += 2 * Long.bitCount(rng.nextLong() & ((1L << left) - 1)) - left;
            }
            out[t] = dot;
        }
        return out;
    }

    /**
     * {@code N·C_i^ν = Σ_{μ≠ν} ξ_i^μ (ξ^μ·ξ^ν) − (p − 1) ξ_i^ν}, exact integers, index ν·N + i.
     */
    static int[] scaledCrosstalk(PatternSet set) {
        int n = set.neurons();
        int p = set.count();
        // neuron-major copy: x[i·p + μ] = ξ_i^μ, so the inner loop over μ is contiguous
        byte[] x = new byte[n * p];
        for (int mu = 0; mu < p; mu++) {
            for (int i = 0; i < n; i++) {
                x[i * p + mu] = (byte) set.get(mu).get(i);
            }
        }
        int[] q = new int[p * p];
        for (int i = 0; i < n; i++) {
            int base = i * p;
            for (int mu = 0; mu < p; mu++) {
                int xm = x[base + mu];
                int row = mu * p;
                for (int nu = 0; nu < p; nu++) {
                    q[row + nu] += xm * x[base + nu];
                }
            }
        }
        int[] nc = new int[p * n];
        for (int i = 0; i < n; i++) {
            int base = i * p;
            for (int nu = 0; nu < p; nu++) {
                int sum = 0;
                for (int mu = 0; mu < p; mu++) {
                    sum += x[base + mu] * q[mu * p + nu];
                }
                int xin = x[base + nu];
                // the μ = ν term of the sum is ξ_i^ν·N; remove it and the p − 1 diagonal terms
                nc[nu * n + i] = sum - xin * n - (p - 1) * xin;
            }
        }
        return nc;
    }

    /** Streaming sums of the scaled terms a = N·(−ξ C), exact in long. */
    private static final class Acc {
        long count;
        long unstable;
        long sum;
        long sumSq;

        void add(int a, boolean isUnstable, int n) {
            count++;
            if (isUnstable) {
                unstable++;
            }
            sum += a;
            sumSq += (long) a * a;
        }

        void merge(Acc o) {
            count += o.count;
            unstable += o.unstable;
            sum += o.sum;
            sumSq += o.sumSq;
        }

        Stats stats(int n, int p, boolean[] flags) {
            double mean = (double) sum / count;
            double var = Math.max(0, (double) sumSq / count - mean * mean);
            return new Stats(n, p, (int) Math.min(Integer.MAX_VALUE, count), (double) unstable / count,
                    theoryError(n, p), mean / n, Math.sqrt(var) / n, theoryStd(n, p), flags);
        }
    }

    private static void requireSizes(int neurons, int patterns) {
        if (neurons < 1) {
            throw new IllegalArgumentException("N must be at least 1, got " + neurons);
        }
        if (patterns < 1) {
            throw new IllegalArgumentException("the number of patterns must be at least 1, got " + patterns);
        }
    }

    /**
     * Complementary error function, |relative error| < 1.2e−7 everywhere (Numerical Recipes' erfcc, Chebyshev
     * fit), ample for a theory curve next to a measured fraction.
     */
    public static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }
}
