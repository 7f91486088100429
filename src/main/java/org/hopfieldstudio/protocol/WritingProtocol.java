package org.hopfieldstudio.protocol;

import java.util.List;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.core.PatternSet;

/**
 * A writing protocol: sets W (and θ) from the stored patterns ξ^1 … ξ^p (DESIGN §2).
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>deterministic for a given {@link WriteRequest#seed()};</li>
 *   <li>reports progress through {@link WriteRequest#progress()} and checks
 *       {@link WriteRequest#cancellation()} in its inner loop, throwing
 *       {@link java.util.concurrent.CancellationException} when cancelled;</li>
 *   <li>never returns NaN/Inf: on divergence or a numerical failure it throws {@link ProtocolException}
 *       with a clear message. It never modifies an existing network, so the caller's previous W stays;</li>
 *   <li>checks memory before allocating N×N arrays ({@link org.hopfieldstudio.core.MemoryBudget}).</li>
 * </ul>
 */
public interface WritingProtocol {
    /** Short CLI name: {@code hebb}, {@code pinv}, {@code storkey}, {@code mpf}, {@code trn}, {@code km}. */
    String id();

    /** Name shown in the UI, e.g. "Hebb (HOP)". */
    String displayName();

    /** The rule as text (Unicode maths) for the UI and javadoc. */
    String formula();

    /**
     * The rule in LaTeX (the subset JLaTeXMath typesets), the source of the typeset formula in the UI; the
     * plain {@link #formula()} stays for tooltips and the CLI. Null when a protocol has none (the UI shows the
     * plain form).
     */
    default String formulaLatex() {
        return null;
    }

    /** A sentence or two: what it does, when it works, what to expect (capacity, caveats). */
    String description();

    /** Whether the W it writes is symmetric with zero diagonal (energy falls under asynchronous recall). */
    boolean writesSymmetric();

    /**
     * Heap bytes a write of p patterns of N neurons allocates at its peak, including the network it returns
     * (default: one dense N×N float W). Used to decide how many trials fit side by side.
     */
    default long bytesToWrite(int n, int p) {
        return org.hopfieldstudio.core.MemoryBudget.weightBytes(n);
    }

    /**
     * The rank r of the factors a write of p patterns of N neurons keeps W in (a recall visit then costs O(r)), or N
     * when it writes W densely (O(N) a visit; the default). Used for time estimates (the capacity lab's).
     */
    default int weightRank(int n, int p) {
        return n;
    }

    /** Tunable parameters with defaults; empty for closed-form rules. */
    default List<ProtocolParameter> parameters() {
        return List.of();
    }

    /**
     * Writes a new network storing {@code request.patterns()}.
     *
     * @throws ProtocolException                            on a numerical failure or bad parameters
     * @throws java.util.concurrent.CancellationException   when cancelled
     * @throws org.hopfieldstudio.core.InsufficientMemoryException when W would not fit the heap
     */
    Network write(WriteRequest request);

    /** Convenience: write with default parameters, the given seed, no progress and no cancellation. */
    default Network write(PatternSet patterns, long seed) {
        return write(WriteRequest.of(patterns, seed));
    }
}
