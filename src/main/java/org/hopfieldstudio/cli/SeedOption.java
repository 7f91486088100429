package org.hopfieldstudio.cli;

import picocli.CommandLine.Option;

/** Mixin: {@code --seed}, from which every random choice of a command is derived. */
final class SeedOption {
    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;
}
