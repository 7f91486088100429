package org.hopfieldstudio.cli;

import org.hopfieldstudio.analysis.Limits;
import picocli.CommandLine.Option;

/**
 * Mixin: {@code --neurons} and {@code --trials} of the experiments on fresh random patterns. Each command passes
 * its own defaults to the constructor.
 *
 * <p>N.B. the defaults are the fields' initial values (no {@code defaultValue} in the annotations), so that one
 * declaration serves commands with different defaults; picocli shows them as {@code ${DEFAULT-VALUE}}. A command
 * can reword {@code --trials} through the key {@code trials} in its resource bundle.
 */
final class TrialOptions {
    @Option(names = "--neurons", description = "N (default: ${DEFAULT-VALUE}).")
    int neurons;

    @Option(names = "--trials", descriptionKey = "trials", description = "Trials (default: ${DEFAULT-VALUE}).")
    int trials;

    TrialOptions(int neurons, int trials) {
        this.neurons = neurons;
        this.trials = trials;
    }

    /** @throws IllegalArgumentException when N or T is below 1 or above its bound ({@link Limits}) */
    void validate() {
        Limits.require(neurons, "--neurons", 1, Limits.MAX_NEURONS);
        Limits.require(trials, "--trials", 1, Limits.MAX_TRIALS);
    }
}
