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
 *
 * <p>Performance (MPF at N = 1024 has ~0.5 M parameters, so the vector work is bound by memory traffic):
 * the passes of the two-loop recursion are fused ({@link #twoLoop}), the memory update computes s, y,
 * sᵀy, yᵀy and ‖∇f‖_∞ in one pass, the accepted point is taken over from the line search by swapping
 * arrays instead of copying, and the correction pairs are allocated only when first used. The kernels
 * ({@link Vectors}) reduce in fixed chunks combined in a fixed order: deterministic.
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
        // the correction pairs are allocated as they are first needed (a short run never touches all 2m)
        double[][] s = new double[memory][];
        double[][] y = new double[memory][];
        double[] rho = new double[memory];
        double[] sy = new double[memory];
        double[] yy = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int head = 0; // index of the next slot to overwrite
        double[] d = new double[n];
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
            double step0;
            double dg;
            if (stored > 0) {
                dg = twoLoop(g, d, s, y, rho, alpha, sy, yy, stored, head);
                step0 = 1.0;
            } else {
                dg = steepest(g, d);
                step0 = Math.min(1.0, 1.0 / Math.sqrt(-dg));
            }
            if (!(dg < 0)) {
                // not a descent direction (round-off): restart from steepest descent
                stored = 0;
                dg = steepest(g, d);
                step0 = Math.min(1.0, 1.0 / Math.sqrt(-dg));
            }
            boolean ok = ls.search(x, fx, d, dg, step0);
            evals += ls.evaluations;
            if (!ok) {
                if (stored > 0) {
                    stored = 0; // retry once along −g before giving up
                    continue;
                }
                return new Result(x, fx, gnorm, iter, evals, Termination.LINE_SEARCH);
            }
            // update the memory from the accepted point (ls.xt, ls.gt) in one pass, then take it over
            if (s[head] == null) {
                s[head] = new double[n];
                y[head] = new double[n];
            }
            double[] sk = s[head];
            double[] yk = y[head];
            double[] xNew = ls.xt;
            double[] gNew = ls.gt;
            double[] oldX = x;
            double[] oldG = g;
            // s = x⁺ − x, y = g⁺ − g, sᵀy, yᵀy and ‖g⁺‖_∞ in one pass
            double[] part = Vectors.partials(n, 3, (lo, hi, out, off) -> {
                double sy0 = 0;
                double sy1 = 0;
                double yy0 = 0;
                double yy1 = 0;
                double m = 0;
                int k = lo;
                for (; k + 1 < hi; k += 2) {
                    double s0 = xNew[k] - oldX[k];
                    double s1 = xNew[k + 1] - oldX[k + 1];
                    double y0 = gNew[k] - oldG[k];
                    double y1 = gNew[k + 1] - oldG[k + 1];
                    sk[k] = s0;
                    sk[k + 1] = s1;
                    yk[k] = y0;
                    yk[k + 1] = y1;
                    sy0 += s0 * y0;
                    sy1 += s1 * y1;
                    yy0 += y0 * y0;
                    yy1 += y1 * y1;
                    m = Math.max(m, Math.max(Math.abs(gNew[k]), Math.abs(gNew[k + 1])));
                }
                for (; k < hi; k++) {
                    double s0 = xNew[k] - oldX[k];
                    double y0 = gNew[k] - oldG[k];
                    sk[k] = s0;
                    yk[k] = y0;
                    sy0 += s0 * y0;
                    yy0 += y0 * y0;
                    m = Math.max(m, Math.abs(gNew[k]));
                }
                out[off] = sy0 + sy1;
                out[off + 1] = yy0 + yy1;
                out[off + 2] = m;
            });
            double sTy = 0;
            double yTy = 0;
            double newNorm = 0;
            for (int c = 0; c < part.length; c += 3) { // chunk order: deterministic
                sTy += part[c];
                yTy += part[c + 1];
                newNorm = Math.max(newNorm, part[c + 2]);
            }
            if (sTy > 1e-12 * yTy && sTy > 0) {
                rho[head] = 1.0 / sTy;
                sy[head] = sTy;
                yy[head] = yTy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            } else if (stored == memory) {
                // N.B. the rejected pair was written into slot `head`, which held the oldest stored pair: that pair's
                // vectors are gone, so it must leave the memory too (keeping its ρ with the new vectors was wrong).
                stored--;
            }
            double fOld = fx;
            ls.xt = x; // the old point becomes the line search's scratch
            ls.gt = g;
            x = xNew;
            g = gNew;
            fx = ls.value;
            gnorm = newNorm;
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

    /** d = −g; returns dᵀg = −‖g‖². */
    private static double steepest(double[] g, double[] d) {
        return Vectors.sum(g.length, (lo, hi) -> Vectors.negateDot(d, g, g, lo, hi));
    }

    /**
     * The two-loop recursion d = −H g (N&amp;W Alg. 7.4) with its passes fused: each axpy of a loop is done in
     * the same sweep as the dot product that the next step needs, the scaling by γ = sᵀy/yᵀy of the newest
     * pair (kept from when it was stored) is folded into the last sweep of the first loop, and dᵀg into the
     * last sweep of the second: 2m + 1 sweeps instead of 4m + 5. Returns dᵀg.
     */
    private static double twoLoop(double[] g, double[] d, double[][] s, double[][] y, double[] rho, double[] alpha,
                                  double[] sy, double[] yy, int stored, int head) {
        int memory = s.length;
        int n = g.length;
        int newest = Math.floorMod(head - 1, memory);
        double gamma = sy[newest] / yy[newest];
        // first loop, newest to oldest: α_c = ρ_c s_cᵀd, d −= α_c y_c
        double[] s0 = s[newest];
        double dot = Vectors.sum(n, (lo, hi) -> Vectors.negateDot(d, g, s0, lo, hi));
        for (int c = 0; c < stored; c++) {
            int idx = Math.floorMod(head - 1 - c, memory);
            double a = rho[idx] * dot;
            alpha[idx] = a;
            double[] yc = y[idx];
            boolean last = c == stored - 1;
            // the next dot: s of the next older pair, or (after scaling by γ) y of the oldest, for loop two
            double[] v = last ? y[Math.floorMod(head - stored, memory)] : s[Math.floorMod(head - 2 - c, memory)];
            double scale = last ? gamma : 1.0;
            dot = Vectors.sum(n, (lo, hi) -> Vectors.axpyScaleDot(d, -a, yc, scale, v, lo, hi));
        }
        // second loop, oldest to newest: β = ρ_c y_cᵀd, d += (α_c − β) s_c
        for (int c = stored - 1; c >= 0; c--) {
            int idx = Math.floorMod(head - 1 - c, memory);
            double b = rho[idx] * dot;
            double coef = alpha[idx] - b;
            double[] sc = s[idx];
            double[] v = c == 0 ? g : y[Math.floorMod(head - c, memory)];
            dot = Vectors.sum(n, (lo, hi) -> Vectors.axpyScaleDot(d, coef, sc, 1.0, v, lo, hi));
        }
        return dot;
    }

    /** Strong-Wolfe line search, N&amp;W Alg. 3.5 / 3.6. */
    private static final class LineSearch {
        private final DifferentiableFunction f;
        /** The last trial point and its gradient; after a successful search, the accepted point. */
        double[] xt;
        double[] gt;
        int evaluations;
        double value;
        /** φ'(a) of the last {@link #gradientFinite} call. */
        private double slope;

        LineSearch(DifferentiableFunction f, int n) {
            this.f = f;
            this.xt = new double[n];
            this.gt = new double[n];
        }

        /** φ(a) = f(x + a d); fills xt, gt; returns φ. */
        private double phi(double[] x, double[] d, double a) {
            double[] out = xt;
            Vectors.sum(x.length, (lo, hi) -> Vectors.step(out, x, a, d, lo, hi));
            evaluations++;
            return f.valueAndGradient(xt, gt);
        }

        /**
         * Whether gt is finite; sets {@link #slope} = φ'(a) = gtᵀd in the same pass (a non-finite entry of gt
         * always makes the dot product non-finite, so the full check runs only then).
         */
        private boolean gradientFinite(double[] d) {
            double[] grad = gt;
            slope = Vectors.sum(d.length, (lo, hi) -> Vectors.dot(grad, d, lo, hi));
            return Double.isFinite(slope) || allFinite(gt);
        }

        /**
         * @return true when a step satisfying the strong Wolfe conditions (or, failing that, a step with
         * sufficient decrease) was found; xt/gt/value hold it
         */
        boolean search(double[] x, double f0, double[] d, double dphi0, double a1) {
            evaluations = 0;
            double aPrev = 0;
            double fPrev = f0;
            double dPrev = dphi0;
            double a = a1;
            double bestA = 0;
            double bestF = f0;
            for (int it = 0; evaluations < MAX_LINE_SEARCH_EVALS; it++) {
                double fa = phi(x, d, a);
                if (!Double.isFinite(fa) || !gradientFinite(d)) {
                    // overflow: the step is far too long
                    a = aPrev + 0.1 * (a - aPrev);
                    continue;
                }
                double da = slope;
                if (fa > f0 + C1 * a * dphi0 || (it > 0 && fa >= fPrev)) {
                    return zoom(x, f0, dphi0, d, aPrev, fPrev, dPrev, a, fa, da);
                }
                if (Math.abs(da) <= -C2 * dphi0) {
                    value = fa;
                    return true;
                }
                if (da >= 0) {
                    return zoom(x, f0, dphi0, d, a, fa, da, aPrev, fPrev, dPrev);
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
            return fallback(x, d, f0, bestA, bestF);
        }

        private boolean zoom(double[] x, double f0, double dphi0, double[] d, double lo, double flo, double dlo,
                             double hi, double fhi, double dhi) {
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
                if (!Double.isFinite(fa) || !gradientFinite(d)) {
                    hi = a;
                    fhi = Double.POSITIVE_INFINITY;
                    dhi = Double.NaN;
                    continue;
                }
                double da = slope;
                if (fa > f0 + C1 * a * dphi0 || fa >= flo) {
                    hi = a;
                    fhi = fa;
                    dhi = da;
                } else {
                    if (Math.abs(da) <= -C2 * dphi0) {
                        value = fa;
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
            return fallback(x, d, f0, lo, flo);
        }

        /** Accept the best point with sufficient decrease found so far, if any (re-evaluated into xt, gt). */
        private boolean fallback(double[] x, double[] d, double f0, double a, double fa) {
            if (a > 0 && fa < f0) {
                double v = phi(x, d, a);
                if (Double.isFinite(v) && v < f0 && allFinite(gt)) {
                    value = v;
                    return true;
                }
            }
            return false;
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
