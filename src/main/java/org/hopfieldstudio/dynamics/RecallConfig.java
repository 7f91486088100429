package org.hopfieldstudio.dynamics;

import java.util.Objects;

/**
 * Settings of one recall run.
 *
 * @param order       update order
 * @param temperature Glauber temperature T ≥ 0; T = 0 is the deterministic sign rule
 * @param seed        seed of every random choice in the run (neuron choice, permutations, Glauber coin)
 * @param clamp       neurons that keep their value (partial cue), or null for none; not modified
 * @param maxSweeps   cap on sweeps (a sweep is N asynchronous steps or one synchronous update)
 */
public record RecallConfig(UpdateOrder order, double temperature, long seed, boolean[] clamp, int maxSweeps) {
    /** Default sweep cap: enough for any symmetric network to converge from realistic noise. */
    public static final int DEFAULT_MAX_SWEEPS = 200;

    public RecallConfig {
        Objects.requireNonNull(order, "order");
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and ≥ 0, got " + temperature);
        }
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("maxSweeps must be ≥ 1, got " + maxSweeps);
        }
    }

    /** Zero temperature, no clamp, default sweep cap. */
    public static RecallConfig of(UpdateOrder order, long seed) {
        return new RecallConfig(order, 0, seed, null, DEFAULT_MAX_SWEEPS);
    }

    public RecallConfig withTemperature(double t) {
        return new RecallConfig(order, t, seed, clamp, maxSweeps);
    }

    public RecallConfig withClamp(boolean[] mask) {
        return new RecallConfig(order, temperature, seed, mask, maxSweeps);
    }

    public RecallConfig withMaxSweeps(int sweeps) {
        return new RecallConfig(order, temperature, seed, clamp, sweeps);
    }

    public RecallConfig withSeed(long s) {
        return new RecallConfig(order, temperature, s, clamp, maxSweeps);
    }
}
