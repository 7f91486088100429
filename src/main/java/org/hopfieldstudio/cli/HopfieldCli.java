package org.hopfieldstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.hopfieldstudio.core.InsufficientMemoryException;
import org.hopfieldstudio.protocol.ProtocolException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command line over the engine: {@code patterns}, {@code recall}, {@code capacity}, {@code crosstalk}, {@code basin},
 * {@code census}, {@code train}, {@code bench}. Results go to stdout only; logging and progress go to stderr.
 *
 * <p>Exit codes: 0 success; 2 bad arguments or input, with one line on stderr that names the problem
 * ({@code error: …}); 1 an unexpected internal failure.
 */
@Command(name = "hopfield", mixinStandardHelpOptions = true, version = "Hopfield Studio 0.1",
        description = "Hopfield associative memory from the command line: recall, capacity, crosstalk, basins, "
                + "attractors, training, benchmarks.")
public final class HopfieldCli implements Runnable {
    /**
     * The subcommands by name, in the order of {@code hopfield --help} (each name is its class's {@code @Command} name,
     * checked by a test). N.B. not {@code @Command(subcommands = …)}: picocli builds the model of every registered
     * command by reflection, which was half of a {@code hopfield patterns} run (issue 12, start-up), so a run whose
     * first argument names a command registers that one only, and any other run (help, version, a typo answered
     * with suggestions) registers them all.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            Map.entry("patterns", PatternsCommand.class), Map.entry("recall", RecallCommand.class),
            Map.entry("capacity", CapacityCommand.class), Map.entry("crosstalk", CrosstalkCommand.class),
            Map.entry("basin", BasinCommand.class), Map.entry("census", CensusCommand.class),
            Map.entry("train", TrainCommand.class), Map.entry("bench", BenchCommand.class),
            Map.entry("compare", CompareCommand.class), Map.entry("workspace", WorkspaceCommand.class),
            Map.entry("lessons", LessonsCommand.class));

    /** Exit code for bad arguments or input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for an unexpected failure. */
    public static final int EXIT_INTERNAL = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether the err stream given to {@link #run} is a terminal: long commands then show progress there. */
    final boolean errIsTerminal;

    HopfieldCli(boolean errIsTerminal) {
        this.errIsTerminal = errIsTerminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, ProgressLine.stderrIsTerminal(), args);
        out.flush();
        err.flush();
        // N.B. exec:java runs in Maven's JVM: System.exit is how the code reaches the shell.
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (for tests and embedding); no progress unless asked. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /**
     * Runs the CLI with the given streams and returns the exit code.
     *
     * @param errIsTerminal whether {@code err} is a terminal, so that long commands show progress without
     *                      {@code --progress}
     */
    public static int run(PrintWriter out, PrintWriter err, boolean errIsTerminal, String... args) {
        CommandLine cl = new CommandLine(new HopfieldCli(errIsTerminal));
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        for (Class<?> c : named != null ? List.<Class<?>>of(named) : COMMANDS.values()) {
            cl.addSubcommand(c);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            String hint = c.getParent() == null ? "hopfield --help" : "hopfield " + c.getCommandName() + " --help";
            // N.B. picocli starts some messages with its own "Error: "; ours already says it
            err.println("error: " + oneLine(ex.getMessage()).replaceFirst("^Error: ", "") + " (try " + hint + ")");
            err.flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("error: " + describe(ex));
            err.flush();
            return isBadInput(ex) ? EXIT_BAD_INPUT : EXIT_INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    @SafeVarargs
    private static Map<String, Class<?>> commands(Map.Entry<String, Class<?>>... entries) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> e : entries) {
            m.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(m);
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof IllegalArgumentException || ex instanceof InsufficientMemoryException
                || ex instanceof ProtocolException || ex instanceof IOException || ex instanceof UncheckedIOException
                || ex instanceof CancellationException;
    }

    static String describe(Throwable ex) {
        if (ex instanceof UncheckedIOException e && e.getCause() != null) {
            return describe(e.getCause());
        }
        // N.B. the JDK's file-system exceptions carry only a path ("error: /x/W.npy"): say what happened to it
        String m = org.hopfieldstudio.io.Problems.describe(ex);
        if (!isBadInput(ex)) {
            m = "internal failure: " + ex.getClass().getSimpleName() + ": " + m;
        }
        return oneLine(m);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
