package org.hopfieldstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.analysis.AttractorCensus;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.core.Measures;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.ProgressListener;
import org.hopfieldstudio.protocol.WriteRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Attractor census ({@link AttractorCensus}): store a set, recall from M uniformly random states and list the
 * distinct end states by frequency. Seeding: random patterns from {@code derive(seed, 0)}, the protocol from
 * {@code derive(seed, 1)}, the census (starts and recalls) from {@code derive(seed, 2)}. With {@code --workspace}
 * ({@link WorkspaceInput}) the patterns and W are the workspace's and the seed is its recall seed, so a workspace
 * created with {@code --seed S} gives the census of {@code --set … --seed S}.
 */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = "Attractor census: store a set, recall from M random starting states and list the distinct end "
                + "states by frequency: kind (stored, inverse, mixture, other_stable, two_cycle, not_converged), "
                + "label and energy.")
final class CensusCommand extends Common implements Callable<Integer> {
    /** The CSV header, exactly. */
    static final String HEADER = "rank,count,fraction,kind,label,energy,best_pattern,best_overlap";

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PatternSource source;

    @Mixin
    WorkspaceInput workspace;

    @Mixin
    ProtocolOptions protocol;

    @Option(names = "--starts", defaultValue = "200", paramLabel = "M",
            description = "Random starting states (default: ${DEFAULT-VALUE}).")
    int starts;

    @Mixin
    OrderOption order;

    @Mixin
    SeedOption seedOption;

    @Mixin
    ProgressOption progress;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() throws Exception {
        Out.Format f = format();
        Inputs.count(starts, "--starts", org.hopfieldstudio.analysis.Limits.MAX_STARTS);
        UpdateOrder o = order.resolve();
        WorkspaceInput.requireOne(spec, workspace.file, source != null, "--set or --random",
                "'--set=SET|FILE' or '--random=N:P'");
        WorkspaceInput.Loaded loaded = workspace.given() ? WorkspaceInput.load(spec, workspace.file, true) : null;
        ProtocolOptions.Chosen chosen = loaded != null ? loaded.chosen(protocol) : protocol.resolve();
        long seed = loaded != null ? loaded.seed(seedOption) : seedOption.seed;
        PatternSet stored = loaded != null ? loaded.patterns() : source.load(Seeds.derive(seed, 0));
        // a census recalls from M random states: about N² operations each (a flip updates N fields)
        note(org.hopfieldstudio.analysis.Limits.checkDuration("census", org.hopfieldstudio.analysis.Limits.seconds(
                (double) starts * stored.neurons() * stored.neurons() * 2
                        + org.hopfieldstudio.analysis.Limits.writeCost(chosen.protocol().id())
                        * stored.neurons() * (double) stored.neurons() * stored.count(), 1), "--starts"));
        // N.B. a workspace's own W is used as stored; any other is written with the seed its W was written with
        Network net = loaded != null ? loaded.network(chosen) : chosen.protocol().write(new WriteRequest(stored,
                chosen.params(), Seeds.derive(seed, 1), ProgressListener.NONE, Cancellation.NEVER));
        AttractorCensus.Result census;
        try (ProgressLine line = progress(progress.progress, (done, total) -> "census: start " + done + "/" + total)) {
            census = AttractorCensus.run(net, stored, starts, o, Seeds.derive(seed, 2), line, Cancellation.NEVER);
        }
        List<Map<String, Object>> rows = rows(census, net, stored);
        if (f == Out.Format.CSV) {
            Out.print(out(), f, rows, false);
            return 0;
        }
        Map<String, Object> totals = Out.row();
        for (Map.Entry<EndState.Kind, Integer> e : census.byKind().entrySet()) {
            totals.put(kind(e.getKey()), e.getValue());
        }
        Map<String, Object> r = Out.row();
        r.put("set", stored.name());
        r.put("protocol", chosen.protocol().id());
        r.put("neurons", stored.neurons());
        r.put("patterns", stored.count());
        r.put("starts", census.starts());
        r.put("order", o.cliName());
        r.put("seed", seed);
        r.put("distinct", census.attractors().size());
        r.put("totals", totals);
        r.put("attractors", rows);
        if (loaded != null) {
            loaded.describe(r, net);
        }
        if (!net.isSymmetric()) {
            r.put("note", "asymmetric W: energy is not guaranteed to fall and recall may cycle");
        }
        Out.print(out(), f, List.of(r), true);
        return 0;
    }

    /**
     * One row per group, in census order. For a 2-cycle or no convergence (one group per kind, whose state is just
     * the first seen) energy and best match are left empty: they describe no single end state.
     */
    static List<Map<String, Object>> rows(AttractorCensus.Result census, Network net, PatternSet stored) {
        byte[][] xi = stored.toArrays();
        List<Map<String, Object>> rows = new ArrayList<>();
        int rank = 0;
        for (AttractorCensus.Entry e : census.attractors()) {
            EndState.Kind kind = e.endState().kind();
            boolean settled = kind != EndState.Kind.TWO_CYCLE && kind != EndState.Kind.NOT_CONVERGED;
            int best = -1;
            double bestOverlap = 0;
            for (int mu = 0; mu < xi.length && settled; mu++) {
                double m = Measures.overlap(e.state(), xi[mu]);
                if (best < 0 || Math.abs(m) > Math.abs(bestOverlap)) {
                    best = mu;
                    bestOverlap = m;
                }
            }
            Map<String, Object> r = Out.row();
            r.put("rank", ++rank);
            r.put("count", e.count());
            r.put("fraction", e.fraction());
            r.put("kind", kind(kind));
            r.put("label", e.endState().label());
            r.put("energy", settled ? (Object) net.energy(e.state()) : null);
            r.put("best_pattern", best < 0 ? null : stored.get(best).name());
            r.put("best_overlap", best < 0 ? null : (Object) bestOverlap);
            rows.add(r);
        }
        return rows;
    }

    static String kind(EndState.Kind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }
}
