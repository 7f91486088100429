package org.hopfieldstudio.dynamics;

/**
 * What one update did.
 *
 * @param neuron  the neuron updated, or −1 for a synchronous step (all neurons)
 * @param field   its local field h_i before the update (NaN for a synchronous step)
 * @param flipped whether it changed (for a synchronous step: whether any neuron changed)
 * @param flips   how many neurons changed (0 or 1 for an asynchronous step)
 * @param energy  energy after the step
 */
public record Step(int neuron, double field, boolean flipped, int flips, double energy) {
}
