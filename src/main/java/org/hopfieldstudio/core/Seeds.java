package org.hopfieldstudio.core;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random generators. Every random choice in the engine comes from a generator made here, so a run
 * replays from its seed.
 */
public final class Seeds {
    private Seeds() {
    }

    /** A fast, splittable generator for {@code seed}. */
    public static RandomGenerator rng(long seed) {
        return new SplittableRandom(seed);
    }

    /** A derived seed for sub-stream {@code k} of {@code seed} (e.g. trial k of a sweep). */
    public static long derive(long seed, long k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
