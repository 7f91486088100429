package org.hopfieldstudio.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.Recall;
import org.hopfieldstudio.dynamics.RecallConfig;
import org.hopfieldstudio.dynamics.RecallResult;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;

/**
 * Attractor census: M uniformly random starting states, each recalled to its end, identical end states
 * grouped and classified ({@link EndState}). Start k is drawn from {@code Seeds.derive(seed, 2k)} and
 * recalled with seed {@code Seeds.derive(seed, 2k + 1)}. Runs on the calling thread.
 */
public final class AttractorCensus {
    private AttractorCensus() {
    }

    /**
     * One group of identical end states.
     *
     * @param endState its class
     * @param state    the end state (for a 2-cycle or no convergence: the first such end state seen; all of them
     *                 are grouped in one entry per kind)
     * @param count    how many starts ended here
     * @param fraction count / M
     */
    public record Entry(EndState endState, byte[] state, int count, double fraction) {
    }

    /**
     * @param attractors groups sorted by count (descending), ties by kind then first occurrence
     * @param byKind     number of starts ending in each kind (every kind present, possibly 0)
     * @param starts     M
     */
    public record Result(List<Entry> attractors, Map<EndState.Kind, Integer> byKind, int starts) {
    }

    /**
     * @param net    the network (not modified)
     * @param stored the stored patterns, for classification
     * @param starts M ≥ 1
     * @param order  update order
     */
    public static Result run(Network net, PatternSet stored, int starts, UpdateOrder order, long seed,
                             ProgressListener progress, Cancellation cancel) {
        Limits.require(starts, "starts", 1, Limits.MAX_STARTS);
        int n = net.size();
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (int k = 0; k < starts; k++) {
            cancel.check();
            RandomGenerator rng = Seeds.rng(Seeds.derive(seed, 2L * k));
            byte[] s = new byte[n];
            for (int i = 0; i < n; i++) {
                s[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
            RecallResult r = new Recall(net, s, null, RecallConfig.of(order, Seeds.derive(seed, 2L * k + 1))).run();
            EndState e = EndState.classify(r, stored);
            boolean unsettled = e.kind() == EndState.Kind.TWO_CYCLE || e.kind() == EndState.Kind.NOT_CONVERGED;
            Key key = new Key(e.kind(), unsettled ? new byte[0] : r.finalState());
            int index = groups.size();
            groups.computeIfAbsent(key, x -> new Group(e, r.finalState(), index)).count++;
            progress.progress(k + 1, starts, Double.NaN, "census start " + (k + 1) + " of " + starts);
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparing(g -> g.endState.kind())
                .thenComparingInt(g -> g.first));
        List<Entry> entries = new ArrayList<>(sorted.size());
        Map<EndState.Kind, Integer> byKind = new EnumMap<>(EndState.Kind.class);
        for (EndState.Kind kind : EndState.Kind.values()) {
            byKind.put(kind, 0);
        }
        for (Group g : sorted) {
            entries.add(new Entry(g.endState, g.state, g.count, (double) g.count / starts));
            byKind.merge(g.endState.kind(), g.count, Integer::sum);
        }
        return new Result(List.copyOf(entries), byKind, starts);
    }

    public static Result run(Network net, PatternSet stored, int starts, UpdateOrder order, long seed) {
        return run(net, stored, starts, order, seed, ProgressListener.NONE, Cancellation.NEVER);
    }

    private record Key(EndState.Kind kind, byte[] state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && Arrays.equals(k.state, state);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + Arrays.hashCode(state);
        }
    }

    private static final class Group {
        final EndState endState;
        final byte[] state;
        final int first;
        int count;

        Group(EndState endState, byte[] state, int first) {
            this.endState = endState;
            this.state = state;
            this.first = first;
        }
    }
}
