package org.hopfieldstudio.dynamics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How neurons are chosen for update (DESIGN §1). */
public enum UpdateOrder {
    /** Each step one uniformly random neuron (as in the teaching notebook); a "sweep" is N steps. */
    RANDOM("random", "Random (one neuron at a time)"),
    /** A fresh random permutation of all neurons per sweep. */
    RANDOM_SWEEP("sweep", "Random sweep (permutation per sweep)"),
    /** Neurons in index order 0 … N−1. */
    SEQUENTIAL("sequential", "Sequential (index order)"),
    /** All neurons at once from the previous state; may end in a 2-cycle. */
    SYNCHRONOUS("sync", "Synchronous (all at once)");

    private final String cliName;
    private final String label;

    UpdateOrder(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    public boolean isAsynchronous() {
        return this != SYNCHRONOUS;
    }

    /** Parses a CLI name ({@code random|sweep|sequential|sync}); the message lists the valid ones. */
    public static UpdateOrder parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT);
        for (UpdateOrder o : values()) {
            if (o.cliName.equals(k) || o.name().toLowerCase(Locale.ROOT).equals(k)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown update order '" + s + "'; use one of "
                + Arrays.stream(values()).map(UpdateOrder::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
