package org.hopfieldstudio.dynamics;

/**
 * Outcome of a recall run.
 *
 * @param finalState    the end state (±1), a copy
 * @param steps         neuron updates made (synchronous: N per step)
 * @param sweeps        sweeps made
 * @param flips         neurons that changed in total
 * @param energyBefore  energy of the initial state
 * @param energyAfter   energy of the final state
 * @param converged     a fixed point was reached (no unclamped neuron would change)
 * @param twoCycle      synchronous updates ended alternating between two states
 * @param overlaps      final overlap with every stored pattern (empty if none were given)
 */
public record RecallResult(byte[] finalState, long steps, long sweeps, long flips, double energyBefore,
                           double energyAfter, boolean converged, boolean twoCycle, double[] overlaps) {
}
