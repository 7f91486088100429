package org.hopfieldstudio.dynamics;

import java.util.Arrays;

/**
 * A step-by-step record of a recall run: for every step the neuron updated, whether it flipped, the
 * energy and the overlaps after it. Enough to animate and to replay: {@link #stateAt(int)} rebuilds the
 * state after any step from the initial state and the flips.
 *
 * <p>Memory: one int, one boolean, one double and p floats per step. {@code maxSteps} caps it; once full,
 * further steps are not recorded and {@link #isTruncated()} says so.
 */
public final class Trace {
    private final int maxSteps;
    private byte[] initial;
    private int p;
    private int size;
    private int[] neuron = new int[256];
    private boolean[] flipped = new boolean[256];
    private double[] energy = new double[257];
    private float[] overlaps = new float[0];
    /** For synchronous steps: the neurons that changed, per step. */
    private int[][] syncFlips = new int[256][];
    private boolean truncated;

    public Trace(int maxSteps) {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must be ≥ 0");
        }
        this.maxSteps = maxSteps;
    }

    void start(byte[] state, double e, double[] m) {
        initial = state.clone();
        p = m.length;
        size = 0;
        energy[0] = e;
        overlaps = new float[257 * Math.max(p, 1)];
        for (int mu = 0; mu < p; mu++) {
            overlaps[mu] = (float) m[mu];
        }
    }

    private boolean grow() {
        if (size >= maxSteps) {
            truncated = true;
            return false;
        }
        if (size == neuron.length) {
            int cap = neuron.length * 2;
            neuron = Arrays.copyOf(neuron, cap);
            flipped = Arrays.copyOf(flipped, cap);
            syncFlips = Arrays.copyOf(syncFlips, cap);
            energy = Arrays.copyOf(energy, cap + 1);
            overlaps = Arrays.copyOf(overlaps, (cap + 1) * Math.max(p, 1));
        }
        return true;
    }

    void record(int i, boolean didFlip, double e, double[] m) {
        if (!grow()) {
            return;
        }
        neuron[size] = i;
        flipped[size] = didFlip;
        put(e, m);
    }

    void recordSynchronous(byte[] before, byte[] after, double e, double[] m) {
        if (!grow()) {
            return;
        }
        int count = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                count++;
            }
        }
        int[] changed = new int[count];
        for (int i = 0, k = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed[k++] = i;
            }
        }
        neuron[size] = -1;
        flipped[size] = count > 0;
        syncFlips[size] = changed;
        put(e, m);
    }

    private void put(double e, double[] m) {
        size++;
        energy[size] = e;
        for (int mu = 0; mu < p; mu++) {
            overlaps[size * p + mu] = (float) m[mu];
        }
    }

    /** Number of recorded steps. */
    public int size() {
        return size;
    }

    public boolean isTruncated() {
        return truncated;
    }

    /** Neuron updated at step t (0-based), or −1 for a synchronous step. */
    public int neuron(int t) {
        check(t);
        return neuron[t];
    }

    public boolean flipped(int t) {
        check(t);
        return flipped[t];
    }

    /** Energy after step t; {@code energyAfter(-1)} is the initial energy. */
    public double energyAfter(int t) {
        if (t < -1 || t >= size) {
            throw new IndexOutOfBoundsException("step " + t + " of " + size);
        }
        return energy[t + 1];
    }

    /** Overlap with pattern μ after step t ({@code t = -1}: initial). */
    public double overlapAfter(int t, int mu) {
        if (t < -1 || t >= size) {
            throw new IndexOutOfBoundsException("step " + t + " of " + size);
        }
        return overlaps[(t + 1) * p + mu];
    }

    public int patterns() {
        return p;
    }

    /** The initial state (a copy). */
    public byte[] initialState() {
        return initial.clone();
    }

    /** The state after step t ({@code t = -1}: initial), rebuilt from the flips. O(t). */
    public byte[] stateAt(int t) {
        if (t < -1 || t >= size) {
            throw new IndexOutOfBoundsException("step " + t + " of " + size);
        }
        byte[] s = initial.clone();
        for (int k = 0; k <= t; k++) {
            if (!flipped[k]) {
                continue;
            }
            if (neuron[k] >= 0) {
                s[neuron[k]] = (byte) -s[neuron[k]];
            } else {
                for (int i : syncFlips[k]) {
                    s[i] = (byte) -s[i];
                }
            }
        }
        return s;
    }

    private void check(int t) {
        if (t < 0 || t >= size) {
            throw new IndexOutOfBoundsException("step " + t + " of " + size);
        }
    }
}
