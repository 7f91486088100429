package org.hopfieldstudio.ui.recall;

import java.util.Arrays;

/**
 * A bounded (x, y) series for live plots: when full it halves itself by dropping every other point and from
 * then on keeps only every 2^k-th new point, so the point count stays below {@code capacity} however long
 * the run, and drawing costs the same in the first second and after an hour.
 */
public final class SeriesBuffer {
    private final int capacity;
    private float[] x;
    private float[] y;
    private int size;
    private int stride = 1;
    private long offered;

    public SeriesBuffer(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be ≥ 4");
        }
        this.capacity = capacity;
        this.x = new float[Math.min(capacity, 256)];
        this.y = new float[x.length];
    }

    public void add(double xv, double yv) {
        if (offered++ % stride != 0) {
            return;
        }
        if (size == capacity) {
            for (int k = 0; k < size / 2; k++) {
                x[k] = x[2 * k];
                y[k] = y[2 * k];
            }
            size /= 2;
            stride *= 2;
        } else if (size == x.length) {
            x = Arrays.copyOf(x, Math.min(capacity, x.length * 2));
            y = Arrays.copyOf(y, x.length);
        }
        x[size] = (float) xv;
        y[size] = (float) yv;
        size++;
    }

    public void clear() {
        size = 0;
        stride = 1;
        offered = 0;
    }

    public int size() {
        return size;
    }

    public float x(int k) {
        return x[k];
    }

    public float y(int k) {
        return y[k];
    }

    public float lastY() {
        return size == 0 ? Float.NaN : y[size - 1];
    }
}
