package org.hopfieldstudio.ui.capacity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The time left in a capacity sweep, calibrated from the points finished so far. Each point (one protocol at one N and
 * one load) has a modelled cost ({@link CapacityLabViewModel#work}); a point still to come is expected to take its cost
 * times the seconds per unit of cost that the latest finished point of the same curve (protocol and N) with the same
 * form of W (factored or dense) took; failing that, of the same curve in the other form; failing that, of any curve.
 * The running point is extrapolated from its own trials.
 *
 * <p>N.B. why not the rate of the whole sweep so far (elapsed / fraction done, which the lab used): the first trials
 * run before the JIT has compiled the recall, and a model cost is only right up to a factor that differs by protocol,
 * form (factored or dense W) and machine; at N = 6400 the first second's estimate was several times the real total and
 * was announced as such. Neighbouring loads of one curve cost nearly the same per unit, so the latest finished point of
 * the curve is the best measure of the next one.
 *
 * <p>Thread-safe: trials report from worker threads.
 */
final class SweepEstimate {
    /** A point of the sweep, in the order it runs. */
    record Point(String curve, boolean dense, double cost) {
        String form() {
            return curve + (dense ? " dense" : " factored");
        }
    }

    private final LongSupplier nanos;
    private final List<Point> points;
    private final boolean[] dropped;
    private final Map<String, Double> curveRate = new HashMap<>();
    private final Map<String, Double> formRate = new HashMap<>();
    private double anyRate = Double.NaN;
    private int current = -1;
    private long currentStart;

    SweepEstimate(List<Point> points, LongSupplier nanos) {
        this.points = List.copyOf(points);
        this.nanos = nanos;
        this.dropped = new boolean[this.points.size()];
    }

    /** Point {@code i} starts now. */
    synchronized void start(int i) {
        current = i;
        currentStart = nanos.getAsLong();
    }

    /** The running point finished now: its seconds per unit of cost calibrate the rest of its curve. */
    synchronized void finish() {
        if (current < 0) {
            return;
        }
        Point p = points.get(current);
        double seconds = (nanos.getAsLong() - currentStart) / 1e9;
        if (p.cost() > 0 && seconds >= 0) {
            double rate = seconds / p.cost();
            curveRate.put(p.curve(), rate);
            formRate.put(p.form(), rate);
            anyRate = rate;
        }
        dropped[current] = true;
        current = -1;
    }

    /** The points of {@code curve} still to come will not run (the curve failed). */
    synchronized void drop(String curve) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).curve().equals(curve)) {
                dropped[i] = true;
            }
        }
        if (current >= 0 && points.get(current).curve().equals(curve)) {
            current = -1;
        }
    }

    /**
     * Seconds left with the fraction {@code q} (0 … 1) of the running point's trials done, or NaN while nothing is
     * known yet to estimate from (no point finished and no trial of the first one).
     */
    synchronized double secondsLeft(double q) {
        Map<String, Double> forms = formRate;
        Map<String, Double> curves = curveRate;
        double any = anyRate;
        double left = 0;
        if (current >= 0) {
            Point p = points.get(current);
            double elapsed = (nanos.getAsLong() - currentStart) / 1e9;
            double known = rateOf(p, forms, curves, any);
            if (q >= 1 || q > 0 && Double.isNaN(known)) {
                // N.B. the running point's own trials measure its curve only when all are done, or when nothing else
                // does: trials run side by side, so the first reports come when a point is further on than they say
                // (at 2 trials on 2 cores the first says half when the point is nearly done)
                double f = Math.min(1, q);
                double live = elapsed / (f * p.cost());
                left = elapsed * (1 - f) / f;
                forms = new HashMap<>(forms);
                forms.put(p.form(), live);
                curves = new HashMap<>(curves);
                curves.put(p.curve(), live);
                any = live;
            } else if (Double.isNaN(known)) {
                return Double.NaN;
            } else {
                left = Math.max(0, known * p.cost() - elapsed);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            if (dropped[i] || i == current) {
                continue;
            }
            double rate = rateOf(points.get(i), forms, curves, any);
            if (Double.isNaN(rate)) {
                return Double.NaN;
            }
            left += rate * points.get(i).cost();
        }
        return left;
    }

    private static double rateOf(Point p, Map<String, Double> forms, Map<String, Double> curves, double any) {
        Double rate = forms.get(p.form());
        if (rate == null) {
            rate = curves.get(p.curve());
        }
        return rate != null ? rate : any;
    }
}
