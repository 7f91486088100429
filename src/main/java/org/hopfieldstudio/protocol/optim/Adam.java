package org.hopfieldstudio.protocol.optim;

/**
 * Adam (Kingma &amp; Ba 2015), for minimisation:
 * {@code m ← β₁m + (1−β₁)g}, {@code v ← β₂v + (1−β₂)g²},
 * {@code x ← x − η·m̂ / (√v̂ + ε)} with the bias corrections {@code m̂ = m/(1−β₁ᵗ)}, {@code v̂ = v/(1−β₂ᵗ)}.
 * Holds the moment estimates of one parameter vector; not thread-safe.
 */
public final class Adam {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] m;
    private final double[] v;
    private int t;

    /** Adam with the customary β₁ = 0.9, β₂ = 0.999, ε = 1e−8. */
    public Adam(int size, double learningRate) {
        this(size, learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(int size, double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("bad Adam settings");
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new double[size];
        this.v = new double[size];
    }

    /**
     * One step.
     *
     * @param x    parameters. Modified (moved against the gradient).
     * @param grad gradient at x. Not modified.
     */
    public void stepi(double[] x, double[] grad) {
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        double stepSize = learningRate * Math.sqrt(c2) / c1;
        double eps = epsilon * Math.sqrt(c2);
        for (int k = 0; k < x.length; k++) {
            double g = grad[k];
            double mk = beta1 * m[k] + (1 - beta1) * g;
            double vk = beta2 * v[k] + (1 - beta2) * g * g;
            m[k] = mk;
            v[k] = vk;
            x[k] -= stepSize * mk / (Math.sqrt(vk) + eps);
        }
    }

    /** Steps taken so far. */
    public int steps() {
        return t;
    }
}
