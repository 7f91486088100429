package org.hopfieldstudio.cli;

import picocli.CommandLine.Option;

/** Mixin: {@code --threads} of the parallel sweeps. */
final class ThreadsOption {
    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    /** The worker count: as given (at least 1), or the machine's cores. */
    int resolve() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : org.hopfieldstudio.analysis.Limits.require(threads, "--threads", 1,
                org.hopfieldstudio.analysis.Limits.MAX_THREADS);
    }
}
