package org.hopfieldstudio.protocol.optim;

/** A smooth objective f: ℝⁿ → ℝ that computes its value and gradient together. */
@FunctionalInterface
public interface DifferentiableFunction {
    /**
     * @param x       the point (not modified)
     * @param gradOut receives ∇f(x), same length as x (modified)
     * @return f(x); may be non-finite, which the optimiser treats as "step too long" or as a failure
     */
    double valueAndGradient(double[] x, double[] gradOut);
}
