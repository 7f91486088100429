package org.hopfieldstudio.protocol.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class LbfgsTest {
    /** f = (1 − x)² + 100 (y − x²)², minimum 0 at (1, 1). */
    static final DifferentiableFunction ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    @Test
    void findsRosenbrockMinimumFromTheClassicStart() {
        Lbfgs.Result r = new Lbfgs(10, 500, 1e-10, 0).minimize(ROSENBROCK, new double[] {-1.2, 1},
                IterationMonitor.NONE);
        assertEquals(Lbfgs.Termination.GRADIENT, r.termination());
        assertArrayEquals(new double[] {1, 1}, r.x(), 1e-8);
        assertTrue(r.iterations() < 100, "iterations " + r.iterations());
    }

    @Test
    void solvesIllConditionedQuadraticAndDecreasesMonotonically() {
        int n = 50;
        SplittableRandom rng = new SplittableRandom(3);
        double[] d = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.pow(10, 3.0 * i / (n - 1)); // condition number ~1e3
            c[i] = rng.nextDouble(-1, 1);
        }
        // f = ½ Σ d_i (x_i − c_i)² + ½ (Σ x_i)² : a non-diagonal Hessian
        DifferentiableFunction f = (x, g) -> {
            double s = 0;
            double v = 0;
            for (int i = 0; i < n; i++) {
                s += x[i];
            }
            for (int i = 0; i < n; i++) {
                double e = x[i] - c[i];
                v += 0.5 * d[i] * e * e;
                g[i] = d[i] * e + s;
            }
            return v + 0.5 * s * s;
        };
        List<Double> trace = new ArrayList<>();
        Lbfgs.Result r = new Lbfgs(10, 2000, 1e-9, 0).minimize(f, new double[n], (it, v, gn) -> trace.add(v));
        // stops on the gradient, or when f no longer decreases at its round-off floor
        assertTrue(r.termination() != Lbfgs.Termination.MAX_ITERATIONS, r.toString());
        for (int k = 1; k < trace.size(); k++) {
            assertTrue(trace.get(k) <= trace.get(k - 1), "f rose at iteration " + k);
        }
        // optimality: d_i (x_i − c_i) + Σ x = 0 for all i
        double[] g = new double[n];
        f.valueAndGradient(r.x(), g);
        for (double gi : g) {
            assertEquals(0, gi, 1e-7);
        }
    }

    @Test
    void monitorExceptionStopsTheRun() {
        IterationMonitor cancelAt3 = (it, v, gn) -> {
            if (it == 3) {
                throw new CancellationException("cancelled");
            }
        };
        assertThrows(CancellationException.class,
                () -> Lbfgs.of(100, 0).minimize(ROSENBROCK, new double[] {-1.2, 1}, cancelAt3));
    }

    @Test
    void nonFiniteStartIsReported() {
        DifferentiableFunction nan = (x, g) -> Double.NaN;
        assertThrows(NonFiniteException.class, () -> Lbfgs.of(10, 0).minimize(nan, new double[2], IterationMonitor.NONE));
    }

    @Test
    void lineSearchBacksOffFromOverflow() {
        // exp(x) − x has its minimum at 0; from x = 5 a unit step along −∇ would overflow repeatedly
        DifferentiableFunction f = (x, g) -> {
            double e = Math.exp(x[0] * 100);
            g[0] = 100 * e - 100;
            return e - 100 * x[0];
        };
        Lbfgs.Result r = Lbfgs.of(200, 1e-9).minimize(f, new double[] {-3}, IterationMonitor.NONE);
        assertEquals(0, r.x()[0], 1e-9);
    }

    @Test
    void adamMinimisesAQuadratic() {
        double[] x = {3, -2};
        double[] g = new double[2];
        Adam adam = new Adam(2, 0.05);
        for (int t = 0; t < 2000; t++) {
            g[0] = 2 * (x[0] - 1);
            g[1] = 20 * (x[1] + 0.5);
            adam.stepi(x, g);
        }
        assertArrayEquals(new double[] {1, -0.5}, x, 1e-3);
        assertEquals(2000, adam.steps());
    }
}
