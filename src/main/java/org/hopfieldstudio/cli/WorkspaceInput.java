package org.hopfieldstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.protocol.WritingProtocol;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Mixin: {@code --workspace FILE}, the alternative to {@code --set} (and {@code --random}) of {@code recall},
 * {@code census}, {@code train}, {@code basin} and {@code compare}; {@code capacity} declares its own option (it takes
 * less from the file) and resolves it here too.
 *
 * <p>What a workspace gives a command, unless the command line says otherwise: its stored patterns; its protocol and
 * parameters ({@code --protocol} chooses another, {@code --param} overrides single parameters); its recall seed
 * ({@code --seed} overrides it); and W: the stored one when it matches the patterns and the protocol and parameters
 * are the workspace's own, otherwise written now with the seed the workspace's W was written with.
 */
final class WorkspaceInput {
    static final String OPTION = "--workspace";

    @Option(names = OPTION, paramLabel = "FILE", description = "A .hopfield workspace instead of --set: its patterns, "
            + "protocol, parameters, seed and stored W (--protocol, --param and --seed override them).")
    Path file;

    boolean given() {
        return file != null;
    }

    /**
     * Refuses a command line with neither or both of {@code --workspace} and the alternative.
     *
     * @param alternativeGiven whether {@code --set} (or {@code --random}) was given
     * @param alternatives     how the alternative is named in the messages, e.g. {@code "--set"} or
     *                         {@code "--set or --random"}
     * @param missing          picocli-style names of the alternative for the missing-option message, e.g.
     *                         {@code "'--set=SET|FILE'"}
     */
    static void requireOne(CommandSpec spec, Path workspace, boolean alternativeGiven, String alternatives,
                           String missing) {
        if (workspace == null && !alternativeGiven) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: " + missing
                    + " (or '" + OPTION + "=FILE')");
        }
        if (workspace != null && alternativeGiven) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give " + alternatives + " or " + OPTION
                    + ", not both");
        }
    }

    /**
     * Refuses {@code option} together with {@code --workspace} when the workspace decides what it would set.
     *
     * @param why what the workspace sets instead, e.g. "the workspace's 26 stored patterns are probed"
     */
    static void refuseWith(CommandSpec spec, String option, String why) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " does not apply with " + OPTION
                    + ": " + why);
        }
    }

    /** Reads the file; every problem is one line naming the file (exit 2). */
    static Loaded load(CommandSpec spec, Path file, boolean needPatterns) throws IOException {
        return new Loaded(spec, WorkspaceCommand.Loaded.from(file, needPatterns), file);
    }

    /** As {@link #load}, without reading W (for a command that never uses it). */
    static Loaded loadSettings(CommandSpec spec, Path file) throws IOException {
        return new Loaded(spec, WorkspaceCommand.Loaded.from(file, false, false), file);
    }

    /** An opened workspace and how the command line changes what it gives. */
    static final class Loaded {
        private final CommandLine.ParseResult parsed;
        private final WorkspaceCommand.Loaded ws;
        private final Path file;

        private Loaded(CommandSpec spec, WorkspaceCommand.Loaded ws, Path file) {
            this.parsed = spec.commandLine().getParseResult();
            this.ws = ws;
            this.file = file;
        }

        Path file() {
            return file;
        }

        PatternSet patterns() {
            return ws.patterns();
        }

        /** N: the workspace's grid. */
        int neurons() {
            return ws.workspace().neurons();
        }

        WritingProtocol protocol() {
            return ws.protocol();
        }

        /**
         * The protocol and its parameters: the workspace's, unless {@code --protocol} names another (then only
         * {@code --param} counts); {@code --param} overrides single parameters of the workspace's protocol, and is
         * checked against the protocol it is for.
         */
        ProtocolOptions.Chosen chosen(ProtocolOptions options) {
            boolean protocolGiven = parsed.hasMatchedOption("--protocol");
            WritingProtocol p = protocolGiven ? Inputs.protocol(options.protocol) : ws.protocol();
            return new ProtocolOptions.Chosen(p, paramsFor(p, Inputs.params(p, options.params)));
        }

        /**
         * The parameters of {@code p}: the workspace's when {@code p} is its protocol, with {@code given} laid over
         * them; only {@code given} for any other protocol.
         */
        Map<String, Double> paramsFor(WritingProtocol p, Map<String, Double> given) {
            if (!p.id().equals(ws.protocol().id())) {
                return given;
            }
            Map<String, Double> merged = new HashMap<>(ws.params());
            merged.putAll(given);
            return merged;
        }

        /** The seed: {@code --seed} when given, otherwise the workspace's recall seed. */
        long seed(SeedOption option) {
            return parsed.hasMatchedOption("--seed") ? option.seed : ws.workspace().recall().seed();
        }

        /** The seed the workspace's W was written with; a W written now for it uses it too. */
        long writeSeed() {
            return ws.seed();
        }

        /** W for {@code p}: the stored one when it is the workspace's own protocol and parameters, otherwise written. */
        Network network(WritingProtocol p, Map<String, Double> params) {
            return ws.networkFor(p, params, ws.seed());
        }

        Network network(ProtocolOptions.Chosen chosen) {
            return network(chosen.protocol(), chosen.params());
        }

        /** Whether {@code net} is the W the file holds (not written now). */
        boolean fromFile(Network net) {
            return net != null && net == ws.network();
        }

        /** The {@code workspace} and {@code weights_from} fields of a JSON row. */
        void describe(Map<String, Object> row, Network net) {
            row.put("workspace", file.toString());
            row.put("weights_from", fromFile(net) ? "workspace" : "rewritten");
        }
    }
}
