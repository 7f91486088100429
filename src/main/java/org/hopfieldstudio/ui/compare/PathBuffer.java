package org.hopfieldstudio.ui.compare;

import java.util.Arrays;

/**
 * A recall path for the overlap plane: per point the energy and the overlaps with every stored pattern, so the plane
 * can show any pair (a, b) after the run. Bounded like {@link org.hopfieldstudio.ui.recall.SeriesBuffer}: when full it
 * keeps every other point and from then on every 2^k-th new one; the last point offered is always kept.
 */
public final class PathBuffer {
    private final int capacity;
    private int p = -1;
    private float[] energy = new float[64];
    private float[] overlaps = new float[0];
    private int size;
    private int stride = 1;
    private long offered;
    private float lastEnergy = Float.NaN;
    private float[] last;

    public PathBuffer(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be ≥ 4");
        }
        this.capacity = capacity;
    }

    public void add(double e, float[] m) {
        if (p < 0) {
            p = m.length;
            overlaps = new float[energy.length * Math.max(p, 1)];
        }
        lastEnergy = (float) e;
        last = m.clone();
        if (offered++ % stride != 0) {
            return;
        }
        if (size == capacity) {
            for (int k = 0; k < size / 2; k++) {
                energy[k] = energy[2 * k];
                System.arraycopy(overlaps, 2 * k * p, overlaps, k * p, p);
            }
            size /= 2;
            stride *= 2;
        } else if (size == energy.length) {
            int cap = Math.min(capacity, energy.length * 2);
            energy = Arrays.copyOf(energy, cap);
            overlaps = Arrays.copyOf(overlaps, cap * Math.max(p, 1));
        }
        energy[size] = (float) e;
        System.arraycopy(m, 0, overlaps, size * p, p);
        size++;
    }

    public void clear() {
        size = 0;
        stride = 1;
        offered = 0;
        last = null;
        lastEnergy = Float.NaN;
    }

    /** Points kept, plus the last one offered when it was dropped by the decimation. */
    public int size() {
        return size + (hasExtraLast() ? 1 : 0);
    }

    private boolean hasExtraLast() {
        return last != null && (offered - 1) % stride != 0;
    }

    public float energy(int k) {
        return k == size ? lastEnergy : energy[k];
    }

    /** Overlap with stored pattern μ at point k. */
    public float overlap(int k, int mu) {
        return k == size ? last[mu] : overlaps[k * p + mu];
    }

    public int patterns() {
        return Math.max(p, 0);
    }
}
