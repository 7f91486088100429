package org.hopfieldstudio.protocol.optim;

import java.util.Objects;

/**
 * Limited-memory BFGS (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Alg. 7.4/7.5) with a line
 * search that enforces the strong Wolfe conditions (Alg. 3.5 with the zoom of Alg. 3.6, cubic interpolation
 * safeguarded by bisection).
 *
 * <p>Direction {@code d = −H_k ∇f} by the two-loop recursion over the last {@code m} pairs
 * {@code s = x_{k+1} − x_k}, {@code y = ∇f_{k+1} − ∇f_k}, with the initial scaling
 * {@code H_0 = (sᵀy / yᵀy) I}. A pair with {@code sᵀy ≤ ε·‖y‖²} is skipped (it would break positive
 * definiteness). Stops when
 * <ul>
 *   <li>{@code ‖∇f‖_∞ ≤ gradientTolerance} ({@link Termination#GRADIENT}), or</li>
 *   <li>{@code (f_k − f_{k+1}) ≤ relativeTolerance · max(|f_k|, |f_{k+1}|, 1)}, the criterion of L-BFGS-B's
 *       {@code factr} ({@link Termination#VALUE}), or</li>
 *   <li>after {@code maxIterations} iterations ({@link Termination#MAX_ITERATIONS}), or</li>
 *   <li>when the line search cannot find a step that lowers f ({@link Termination#LINE_SEARCH}) — usually
 *       round-off at the optimum.</li>
 * </ul>
 * Instances are immutable and thread-safe; all state of a run lives in {@link #minimize}.
 */
public final class Lbfgs {
    /** Why a run stopped. */
    public enum Termination {
        GRADIENT, VALUE, MAX_ITERATIONS, LINE_SEARCH
    }

    /**
     * @param x           the final point (a fresh array)
     * @param value       f(x)
     * @param gradNorm    ‖∇f(x)‖_∞
     * @param iterations  accepted iterations
     * @param evaluations calls of the objective
     * @param termination why it stopped
     */
    public record Result(double[] x, double value, double gradNorm, int iterations, int evaluations,
                         Termination termination) {
    }

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_LINE_SEARCH_EVALS = 40;

    private final int memory;
    private final int maxIterations;
    private final double gradientTolerance;
    private final double relativeTolerance;

    /**
     * @param memory            number of stored correction pairs m (≥ 1; 10 is customary)
     * @param maxIterations     iteration cap (≥ 0)
     * @param gradientTolerance stop when ‖∇f‖_∞ ≤ this (≥ 0)
     * @param relativeTolerance stop when the relative decrease of f is ≤ this (≥ 0; 0 disables; L-BFGS-B's
     *                          default factr = 1e7 corresponds to 2.2e−9)
     */
    public Lbfgs(int memory, int maxIterations, double gradientTolerance, double relativeTolerance) {
        if (memory < 1 || maxIterations < 0 || !(gradientTolerance >= 0) || !(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("bad L-BFGS settings: m=" + memory + ", maxIterations="
                    + maxIterations + ", gtol=" + gradientTolerance + ", rtol=" + relativeTolerance);
        }
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.relativeTolerance = relativeTolerance;
    }

    /** m = 10, the given cap and gradient tolerance, relative tolerance 2.2e−9 (L-BFGS-B's default). */
    public static Lbfgs of(int maxIterations, double gradientTolerance) {
        return new Lbfgs(10, maxIterations, gradientTolerance, 2.2e-9);
    }

    /**
     * Minimises f from x0.
     *
     * @param f       the objective
     * @param x0      starting point (not modified)
     * @param monitor called after every iteration; may throw to stop
     * @throws NonFiniteException when f or its gradient is not finite at the starting point, or the line
     *                            search meets only non-finite values
     */
    public Result minimize(DifferentiableFunction f, double[] x0, IterationMonitor monitor) {
        Objects.requireNonNull(f);
        Objects.requireNonNull(monitor);
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        int evals = 1;
        if (!Double.isFinite(fx) || !allFinite(g)) {
            throw new NonFiniteException("objective or gradient not finite at the starting point (f = " + fx + ")");
        }
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int head = 0; // index of the next slot to overwrite
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        LineSearch ls = new LineSearch(f, n);
        int iter = 0;
        double gnorm = normInf(g);
        if (gnorm <= gradientTolerance) {
            return new Result(x, fx, gnorm, 0, evals, Termination.GRADIENT);
        }
        while (true) {
            if (iter >= maxIterations) {
                return new Result(x, fx, gnorm, iter, evals, Termination.MAX_ITERATIONS);
            }
            // two-loop recursion: d = −H g
            for (int k = 0; k < n; k++) {
                d[k] = -g[k];
            }
            for (int c = 0; c < stored; c++) {
                int idx = Math.floorMod(head - 1 - c, memory);
                double a = rho[idx] * dot(s[idx], d);
                alpha[idx] = a;
                axpy(-a, y[idx], d);
            }
            double step0;
            if (stored > 0) {
                int last = Math.floorMod(head - 1, memory);
                double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
                scal(gamma, d);
                step0 = 1.0;
            } else {
                step0 = Math.min(1.0, 1.0 / norm2(g));
            }
            for (int c = stored - 1; c >= 0; c--) {
                int idx = Math.floorMod(head - 1 - c, memory);
                double b = rho[idx] * dot(y[idx], d);
                axpy(alpha[idx] - b, s[idx], d);
            }
            double dg = dot(d, g);
            if (!(dg < 0)) {
                // not a descent direction (round-off): restart from steepest descent
                stored = 0;
                for (int k = 0; k < n; k++) {
                    d[k] = -g[k];
                }
                dg = dot(d, g);
                step0 = Math.min(1.0, 1.0 / norm2(g));
            }
            boolean ok = ls.search(x, fx, g, d, dg, step0, xNew, gNew);
            evals += ls.evaluations;
            if (!ok) {
                if (stored > 0) {
                    stored = 0; // retry once along −g before giving up
                    continue;
                }
                return new Result(x, fx, gnorm, iter, evals, Termination.LINE_SEARCH);
            }
            double fNew = ls.value;
            // update the memory
            double[] sk = s[head];
            double[] yk = y[head];
            for (int k = 0; k < n; k++) {
                sk[k] = xNew[k] - x[k];
                yk[k] = gNew[k] - g[k];
            }
            double sy = dot(sk, yk);
            double yy = dot(yk, yk);
            if (sy > 1e-12 * yy && sy > 0) {
                rho[head] = 1.0 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            double fOld = fx;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            gnorm = normInf(g);
            iter++;
            monitor.iteration(iter, fx, gnorm);
            if (gnorm <= gradientTolerance) {
                return new Result(x, fx, gnorm, iter, evals, Termination.GRADIENT);
            }
            if (fOld - fx <= relativeTolerance * Math.max(Math.max(Math.abs(fOld), Math.abs(fx)), 1.0)) {
                return new Result(x, fx, gnorm, iter, evals, Termination.VALUE);
            }
        }
    }

    /** Strong-Wolfe line search, N&amp;W Alg. 3.5 / 3.6. */
    private static final class LineSearch {
        private final DifferentiableFunction f;
        private final double[] xt;
        private final double[] gt;
        int evaluations;
        double value;

        LineSearch(DifferentiableFunction f, int n) {
            this.f = f;
            this.xt = new double[n];
            this.gt = new double[n];
        }

        /** φ(a) = f(x + a d); fills xt, gt; returns φ. */
        private double phi(double[] x, double[] d, double a) {
            for (int k = 0; k < x.length; k++) {
                xt[k] = x[k] + a * d[k];
            }
            evaluations++;
            return f.valueAndGradient(xt, gt);
        }

        /**
         * @return true when a step satisfying the strong Wolfe conditions (or, failing that, a step with
         * sufficient decrease) was found; xOut/gOut/value hold it
         */
        boolean search(double[] x, double f0, double[] g0, double[] d, double dphi0, double a1, double[] xOut,
                       double[] gOut) {
            evaluations = 0;
            double aPrev = 0;
            double fPrev = f0;
            double dPrev = dphi0;
            double a = a1;
            double bestA = 0;
            double bestF = f0;
            for (int it = 0; evaluations < MAX_LINE_SEARCH_EVALS; it++) {
                double fa = phi(x, d, a);
                if (!Double.isFinite(fa) || !allFinite(gt)) {
                    // overflow: the step is far too long
                    a = aPrev + 0.1 * (a - aPrev);
                    continue;
                }
                double da = dot(gt, d);
                if (fa > f0 + C1 * a * dphi0 || (it > 0 && fa >= fPrev)) {
                    return zoom(x, f0, dphi0, d, aPrev, fPrev, dPrev, a, fa, da, xOut, gOut);
                }
                if (Math.abs(da) <= -C2 * dphi0) {
                    accept(fa, xOut, gOut);
                    return true;
                }
                if (da >= 0) {
                    return zoom(x, f0, dphi0, d, a, fa, da, aPrev, fPrev, dPrev, xOut, gOut);
                }
                if (fa < bestF) {
                    bestF = fa;
                    bestA = a;
                }
                aPrev = a;
                fPrev = fa;
                dPrev = da;
                a = 4 * a; // extrapolate (N&W: any a_{i+1} > a_i)
            }
            return fallback(x, d, f0, bestA, bestF, xOut, gOut);
        }

        private boolean zoom(double[] x, double f0, double dphi0, double[] d, double lo, double flo, double dlo,
                             double hi, double fhi, double dhi, double[] xOut, double[] gOut) {
            while (evaluations < MAX_LINE_SEARCH_EVALS) {
                double a = cubicMin(lo, flo, dlo, hi, fhi, dhi);
                double lower = Math.min(lo, hi);
                double upper = Math.max(lo, hi);
                double width = upper - lower;
                if (!(a > lower + 0.1 * width && a < upper - 0.1 * width)) {
                    a = 0.5 * (lo + hi); // safeguard: bisection
                }
                if (width <= 1e-16 * Math.max(1, upper)) {
                    break;
                }
                double fa = phi(x, d, a);
                if (!Double.isFinite(fa) || !allFinite(gt)) {
                    hi = a;
                    fhi = Double.POSITIVE_INFINITY;
                    dhi = Double.NaN;
                    continue;
                }
                double da = dot(gt, d);
                if (fa > f0 + C1 * a * dphi0 || fa >= flo) {
                    hi = a;
                    fhi = fa;
                    dhi = da;
                } else {
                    if (Math.abs(da) <= -C2 * dphi0) {
                        accept(fa, xOut, gOut);
                        return true;
                    }
                    if (da * (hi - lo) >= 0) {
                        hi = lo;
                        fhi = flo;
                        dhi = dlo;
                    }
                    lo = a;
                    flo = fa;
                    dlo = da;
                }
            }
            return fallback(x, d, f0, lo, flo, xOut, gOut);
        }

        /** Accept the best point with sufficient decrease found so far, if any. */
        private boolean fallback(double[] x, double[] d, double f0, double a, double fa, double[] xOut,
                                 double[] gOut) {
            if (a > 0 && fa < f0) {
                double v = phi(x, d, a);
                if (Double.isFinite(v) && v < f0 && allFinite(gt)) {
                    accept(v, xOut, gOut);
                    return true;
                }
            }
            return false;
        }

        private void accept(double fa, double[] xOut, double[] gOut) {
            value = fa;
            System.arraycopy(xt, 0, xOut, 0, xt.length);
            System.arraycopy(gt, 0, gOut, 0, gt.length);
        }

        /** Minimiser of the cubic interpolating (a, fa, da) and (b, fb, db); NaN if it has none. */
        private static double cubicMin(double a, double fa, double da, double b, double fb, double db) {
            if (!Double.isFinite(fb) || !Double.isFinite(db)) {
                return Double.NaN;
            }
            double d1 = da + db - 3 * (fa - fb) / (a - b);
            double disc = d1 * d1 - da * db;
            if (disc < 0) {
                return Double.NaN;
            }
            double d2 = Math.signum(b - a) * Math.sqrt(disc);
            return b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    static void axpy(double a, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += a * x[k];
        }
    }

    static void scal(double a, double[] x) {
        for (int k = 0; k < x.length; k++) {
            x[k] *= a;
        }
    }

    static double norm2(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double normInf(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
