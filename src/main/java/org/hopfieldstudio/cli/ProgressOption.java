package org.hopfieldstudio.cli;

import picocli.CommandLine.Option;

/** Mixin: {@code --progress} of the long commands. */
final class ProgressOption {
    @Option(names = "--progress", description = "Show progress on stderr (default: only when stderr is a terminal).")
    boolean progress;
}
