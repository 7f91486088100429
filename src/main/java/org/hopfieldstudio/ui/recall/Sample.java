package org.hopfieldstudio.ui.recall;

/**
 * One point of the live charts and one raster column, taken by the recall worker.
 *
 * @param generation the run it belongs to (stale samples are dropped)
 * @param time       steps / N, i.e. in sweeps
 * @param energy     E(s)
 * @param overlaps   m^μ for every stored pattern
 * @param hamming    Hamming distance to the target, or −1 without a target
 * @param column     raster column: grey level 0 (all −1) … 255 (all +1) per raster row
 */
public record Sample(long generation, double time, double energy, float[] overlaps, int hamming, byte[] column) {
}
