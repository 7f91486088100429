package org.hopfieldstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hopfieldstudio.protocol.optim.DifferentiableFunction;

/** Central finite differences against an analytic gradient, in double precision. */
final class GradientCheck {
    private GradientCheck() {
    }

    /** Asserts ‖g − g_fd‖₂ / ‖g_fd‖₂ &lt; tol, where g_fd_k = (f(x + h e_k) − f(x − h e_k)) / 2h. */
    static double assertMatches(DifferentiableFunction f, double[] x, double h, double tol) {
        double[] g = new double[x.length];
        f.valueAndGradient(x, g);
        double[] scratch = new double[x.length];
        double num = 0;
        double den = 0;
        for (int k = 0; k < x.length; k++) {
            double keep = x[k];
            x[k] = keep + h;
            double fp = f.valueAndGradient(x, scratch);
            x[k] = keep - h;
            double fm = f.valueAndGradient(x, scratch);
            x[k] = keep;
            double fd = (fp - fm) / (2 * h);
            num += (g[k] - fd) * (g[k] - fd);
            den += fd * fd;
        }
        double rel = Math.sqrt(num / den);
        assertTrue(den > 0, "finite-difference gradient is zero: the check would be vacuous");
        assertTrue(rel < tol, "relative gradient error " + rel + " ≥ " + tol);
        return rel;
    }
}
