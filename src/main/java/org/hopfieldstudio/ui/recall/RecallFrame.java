package org.hopfieldstudio.ui.recall;

import org.hopfieldstudio.dynamics.Recall;

/**
 * What the recall worker publishes after each batch of steps; the FX thread pulls the newest once per frame.
 *
 * @param generation   the run it belongs to
 * @param snapshot     state, energy, overlaps, counters
 * @param lastNeuron   neuron updated last, or −1 (synchronous step / none yet)
 * @param lastField    its field h_i before the update
 * @param lastFlipped  whether it flipped
 * @param finished     fixed point, 2-cycle, or the sweep cap
 * @param endState     the end state named, when finished
 */
public record RecallFrame(long generation, Recall.Snapshot snapshot, int lastNeuron, double lastField,
                          boolean lastFlipped, boolean finished, String endState) {
}
