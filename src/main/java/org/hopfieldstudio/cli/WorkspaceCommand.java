package org.hopfieldstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.protocol.Cancellation;
import org.hopfieldstudio.protocol.WriteRequest;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Workspace files (.hopfield, format: patterns/WORKSPACE-FORMAT.md): describe one, or create one from a set.",
        subcommands = {WorkspaceCommand.Info.class, WorkspaceCommand.Create.class})
final class WorkspaceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (info, create)");
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Describe a workspace as JSON: format version, grid, patterns, protocol and parameters, seed, "
                    + "and whether W is stored, with its checksum. W itself is not read.")
    static final class Info extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The .hopfield file.")
        Path file;

        @Override
        Out.Format defaultFormat() {
            return Out.Format.JSON;
        }

        @Override
        public Integer call() throws Exception {
            WorkspaceFiles.Opened o = WorkspaceFiles.read(file, false);
            Workspace ws = o.workspace();
            Map<String, Object> r = Out.row();
            r.put("file", file.toString());
            r.put("format_version", o.manifest().formatVersion());
            r.put("app_version", o.manifest().appVersion());
            r.put("created", o.manifest().created());
            r.put("rows", ws.rows());
            r.put("cols", ws.cols());
            r.put("neurons", ws.neurons());
            r.put("patterns", ws.patternCount());
            r.put("set", ws.patterns() == null ? null : ws.patterns().name());
            r.put("protocol", ws.protocol().id());
            r.put("parameters", new LinkedHashMap<String, Object>(ws.protocol().parameters()));
            WorkspaceFiles.WeightsRecord w = o.weights();
            r.put("seed", w != null ? w.seed() : ws.recall().seed());
            r.put("recall_seed", ws.recall().seed());
            r.put("weights_written", w != null);
            r.put("weights_stored", w != null && w.stored());
            r.put("weights_protocol", w == null ? null : w.protocol());
            r.put("weights_match_patterns", w == null ? null : w.matchesPatterns());
            r.put("weights_checksum", w == null ? null : w.checksum());
            r.put("symmetric", w == null ? null : w.symmetric());
            r.put("tab", ws.tab());
            Out.print(out(), format(), List.of(r), true);
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a workspace: store a set (or random patterns), write W with a protocol, show the first "
                    + "pattern on the grid. W is stored in the file for trained protocols, or always with --with-weights.")
    static final class Create extends Common implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        PatternSource source;

        @Mixin
        ProtocolOptions protocol;

        @Mixin
        SeedOption seedOption;

        @Option(names = "--with-weights", description = "Store W even when the protocol could rewrite it cheaply.")
        boolean withWeights;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .hopfield file to write.")
        Path outFile;

        @Override
        Out.Format defaultFormat() {
            return Out.Format.JSON;
        }

        @Override
        public Integer call() throws Exception {
            ProtocolOptions.Chosen chosen = protocol.resolve();
            WritingProtocol proto = chosen.protocol();
            long seed = seedOption.seed;
            PatternSet set = source.load(Seeds.derive(seed, 0));
            Path dir = outFile.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--out: directory " + dir + " does not exist");
            }
            long wSeed = Seeds.derive(seed, 1);
            Network net = proto.write(new WriteRequest(set, chosen.params(), wSeed,
                    new TrainCommand.ThrottledProgress(err(), proto.id()), Cancellation.NEVER));
            Workspace.Weights weights = Workspace.Weights.of(net, proto.id(), chosen.params(), wSeed, true);
            Workspace.RecallSettings d = Workspace.RecallSettings.DEFAULT;
            Workspace ws = new Workspace(set.rows(), set.cols(), set.get(0).toArray(), null, set,
                    new Workspace.ProtocolChoice(proto.id(), chosen.params(),
                            WorkspaceFiles.REPRODUCIBLE.contains(proto.id())), weights,
                    new Workspace.RecallSettings(d.noise(), seed, d.order(), d.temperature(), d.clamp(), d.speed(), 0),
                    "memory", null);
            WorkspaceFiles.write(ws, outFile, withWeights);
            Map<String, Object> r = Out.row();
            r.put("file", outFile.toString());
            r.put("set", set.name());
            r.put("neurons", set.neurons());
            r.put("patterns", set.count());
            r.put("protocol", proto.id());
            r.put("seed", seed);
            r.put("weights_stored", withWeights || WorkspaceFiles.mustStoreWeights(weights));
            r.put("weights_checksum", weights.checksum());
            Out.print(out(), format(), List.of(r), true);
            return 0;
        }
    }

    /**
     * A workspace given with {@code --workspace}: its patterns, protocol, parameters and seed, and W (the stored one,
     * or rewritten from the patterns when the file does not hold it).
     */
    record Loaded(Workspace workspace, PatternSet patterns, WritingProtocol protocol, Map<String, Double> params,
                  long seed, Network network, String note) {

        static Loaded from(Path file, boolean needPatterns) throws java.io.IOException {
            return from(file, needPatterns, true);
        }

        /** @param loadWeights false when the command never uses W (e.g. capacity): W is then not read, network null */
        static Loaded from(Path file, boolean needPatterns, boolean loadWeights) throws java.io.IOException {
            WorkspaceFiles.Opened o = WorkspaceFiles.read(file, loadWeights);
            Workspace ws = o.workspace();
            if (needPatterns && ws.patterns() == null) {
                throw new IllegalArgumentException("workspace " + file.getFileName() + " stores no patterns");
            }
            WritingProtocol proto = Inputs.protocol(ws.protocol().id());
            WorkspaceFiles.WeightsRecord rec = o.weights();
            long seed = rec != null ? rec.seed() : ws.recall().seed();
            return new Loaded(ws, ws.patterns(), proto, ws.protocol().parameters(), seed,
                    ws.weights() == null || !loadWeights ? null : ws.weights().network(), null);
        }

        /**
         * W as the workspace holds it when it matches the patterns and the protocol was not changed; otherwise written
         * now with {@code protocol} and {@code params}.
         */
        Network networkFor(WritingProtocol chosen, Map<String, Double> chosenParams, long writeSeed) {
            if (network != null && chosen.id().equals(protocol.id()) && chosenParams.equals(params)
                    && workspace.weights().matchesPatterns()) {
                return network;
            }
            return chosen.write(new WriteRequest(patterns, chosenParams, writeSeed,
                    org.hopfieldstudio.protocol.ProgressListener.NONE, Cancellation.NEVER));
        }
    }
}
