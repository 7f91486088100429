package org.hopfieldstudio.analysis;

import java.util.Locale;
import java.util.zip.CRC32;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.RecallResult;
import org.hopfieldstudio.dynamics.UpdateOrder;

/**
 * Writing protocols compared on one cue: the cue (a corrupted or occluded stored pattern and its clamp mask), the
 * shared recall settings, and one result row per protocol. The CLI's {@code compare} and {@code recall} build their
 * cue and settings here from the same seed, so a row of one equals the other's output for that protocol.
 *
 * <p>Seeds, from the user's seed S: W is written with {@code derive(S, 1)}, the noise is drawn from
 * {@code derive(S, 2)}, the recall (neuron order, Glauber coins) from {@code derive(S, 3)}.
 */
public final class Comparison {
    private Comparison() {
    }

    /** Seed a protocol writes W with, from the user's seed. */
    public static long writeSeed(long seed) {
        return Seeds.derive(seed, 1);
    }

    /**
     * A cue: the initial state, the neurons clamped during recall (null for none) and the stored pattern it was made
     * from (−1 for none).
     */
    public record Cue(byte[] state, boolean[] clamp, int target) {
        public Cue {
            state = state.clone();
            clamp = clamp == null ? null : clamp.clone();
            if (clamp != null && clamp.length != state.length) {
                throw new IllegalArgumentException("clamp mask has " + clamp.length + " entries; the cue has "
                        + state.length);
            }
        }

        @Override
        public byte[] state() {
            return state.clone();
        }

        @Override
        public boolean[] clamp() {
            return clamp == null ? null : clamp.clone();
        }

        /** CRC-32 of the state (and the clamp mask, when there is one), 8 hex digits: equal cues, equal sums. */
        public String checksum() {
            CRC32 crc = new CRC32();
            for (byte b : state) {
                crc.update(b > 0 ? '+' : '-');
            }
            if (clamp != null) {
                crc.update('|');
                for (boolean c : clamp) {
                    crc.update(c ? 'c' : '.');
                }
            }
            return String.format(Locale.ROOT, "%08x", crc.getValue());
        }
    }

    /** Pattern μ with exactly round(noise·N) bits flipped, drawn from {@code derive(seed, 2)}; nothing clamped. */
    public static Cue noisy(PatternSet stored, int mu, double noise, long seed) {
        byte[] probe = stored.get(mu).toArray();
        Noise.flipFraction(probe, noise, Seeds.rng(Seeds.derive(seed, 2)));
        return new Cue(probe, null, mu);
    }

    /** Pattern μ with one half set to −1 (white); the visible half is clamped. */
    public static Cue occluded(PatternSet stored, int mu, Noise.Half half) {
        byte[] probe = stored.get(mu).toArray();
        boolean[] hidden = new boolean[probe.length];
        Noise.occludeHalf(probe, stored.rows(), stored.cols(), half, Noise.Fill.OFF, Seeds.rng(0), hidden);
        return new Cue(probe, Noise.clampVisible(hidden), mu);
    }

    /** The shared recall settings: T = 0, the cue's clamp, seed {@code derive(seed, 3)}. */
    public static RecallConfig config(Cue cue, UpdateOrder order, long seed, int maxSweeps) {
        return RecallConfig.of(order, Seeds.derive(seed, 3)).withMaxSweeps(maxSweeps).withClamp(cue.clamp());
    }

    /** One protocol's outcome on the cue. */
    public record Row(String protocol, double finalOverlap, long steps, long sweeps, long flips, double energyBefore,
                      double energyAfter, boolean converged, boolean twoCycle, EndState endState,
                      String cueChecksum, byte[] finalState) {
        /** Whether it ended exactly on the target pattern. */
        public boolean reachedTarget() {
            return finalOverlap == 1.0;
        }
    }

    /** Recalls the cue under {@code net} to the end and classifies where it went. */
    public static Row recall(String protocol, Network net, Cue cue, PatternSet stored, RecallConfig config) {
        RecallResult r = new Recall(net, cue.state(), stored, config).run();
        return row(protocol, r, cue, stored);
    }

    /** The row of a finished recall of {@code cue}. */
    public static Row row(String protocol, RecallResult r, Cue cue, PatternSet stored) {
        double m = cue.target() >= 0 ? Measures.overlap(r.finalState(), stored.get(cue.target()).toArray()) : Double.NaN;
        return new Row(protocol, m, r.steps(), r.sweeps(), r.flips(), r.energyBefore(), r.energyAfter(), r.converged(),
                r.twoCycle(), EndState.classify(r, stored), cue.checksum(), r.finalState());
    }
}
