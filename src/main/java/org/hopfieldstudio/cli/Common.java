package org.hopfieldstudio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the subcommands. */
abstract class Common {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format: csv or json (the default depends on the command).")
    String format;

    /** The default {@code --format} of this command. */
    abstract Out.Format defaultFormat();

    Out.Format format() {
        return format == null ? defaultFormat() : Out.Format.parse(format);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Shows a note (e.g. how long a run will take) on stderr before the work starts; nothing when null. */
    void note(String text) {
        if (text != null) {
            err().println("note: " + text);
            err().flush();
        }
    }

    /**
     * A progress line on stderr when {@code asked} or when stderr is a terminal, otherwise a silent listener;
     * close it when the work ends.
     */
    ProgressLine progress(boolean asked, ProgressLine.Text text) {
        boolean terminal = spec.root().userObject() instanceof HopfieldCli cli && cli.errIsTerminal;
        return new ProgressLine(asked || terminal ? err() : null, text);
    }
}
