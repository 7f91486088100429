package org.hopfieldstudio.cli;

import java.io.IOException;
import org.hopfieldstudio.core.PatternSet;
import picocli.CommandLine.Option;

/** Argument group: exactly one of {@code --set S} and {@code --random N:P}. */
final class PatternSource {
    @Option(names = "--set", paramLabel = "SET|FILE", description = "Bundled set name or pattern file.")
    String set;

    @Option(names = "--random", paramLabel = "N:P", description = "P random patterns of N neurons.")
    String random;

    /** The chosen set; random patterns are drawn from {@code seed}. */
    PatternSet load(long seed) throws IOException {
        return set != null ? Inputs.patternSet(set) : Inputs.randomSet(random, seed);
    }
}
