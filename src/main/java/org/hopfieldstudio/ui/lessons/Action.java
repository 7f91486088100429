package org.hopfieldstudio.ui.lessons;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.core.Seeds;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.ui.StudioModel;

/**
 * One kind of step of a lesson's scripted solution ({@code solve: <action> <args>}): what a student would do with
 * the mouse, done through the same view-model commands. {@code lessons --run} plays them and expects every task
 * to tick.
 */
public enum Action {
    /** {@code run}: recall until a fixed point, a 2-cycle or the sweep cap (Run to convergence). */
    RUN("run", 0, 0),
    /** {@code step [K]}: K single updates (default 1). */
    STEP("step", 0, 1),
    /** {@code sweep}: one sweep (N updates). */
    SWEEP("sweep", 0, 0),
    /** {@code corrupt}: flip round(noise·N) cells with a fresh seed (the N key). */
    CORRUPT("corrupt", 0, 0),
    /** {@code reset}: back to the run's start state. */
    RESET("reset", 0, 0),
    /** {@code noise X}: the noise slider, 0 … 0.5. */
    NOISE("noise", 1, 1),
    /** {@code seed N}: the recall seed. */
    SEED("seed", 1, 1),
    /** {@code order NAME}: random, sweep, sequential or sync. */
    ORDER("order", 1, 1),
    /** {@code temperature T}: Glauber temperature, 0 … 2. */
    TEMPERATURE("temperature", 1, 1),
    /** {@code store}: store the grid as a new pattern (Store current). */
    STORE("store", 0, 0),
    /** {@code show NAME}: load stored pattern NAME into the grid. */
    SHOW("show", 1, 1),
    /** {@code clear}: every cell white (−1). */
    CLEAR("clear", 0, 0),
    /** {@code invert}: flip every cell. */
    INVERT("invert", 0, 0),
    /** {@code draw R0 C0 R1 C1}: paint the rectangle rows R0…R1−1, columns C0…C1−1 black (+1). */
    DRAW("draw", 4, 4),
    /** {@code occlude HALF}: hide the top, bottom, left or right half. */
    OCCLUDE("occlude", 1, 1),
    /** {@code protocol ID}: choose the writing protocol and write W. */
    PROTOCOL("protocol", 1, 1),
    /** {@code load-set NAME}: store a bundled set (replacing the stored patterns). */
    LOAD_SET("load-set", 1, 1),
    /** {@code clear-patterns}: forget every stored pattern (Clear all). */
    CLEAR_PATTERNS("clear-patterns", 0, 0),
    /** {@code grid N}: an N×N grid (needs no stored patterns of another size). */
    GRID("grid", 1, 1),
    /** {@code crosstalk-p P}: the Crosstalk view's slider at p = P. */
    CROSSTALK_P("crosstalk-p", 1, 1),
    /** {@code ortho-overlap K}: the pseudo-orthogonality histogram's "cells shared with ξ" at K. */
    ORTHO_OVERLAP("ortho-overlap", 1, 1),
    /** {@code census}: run the attractor census. */
    CENSUS("census", 0, 0);

    private final String id;
    private final int minArgs;
    private final int maxArgs;

    Action(String id, int minArgs, int maxArgs) {
        this.id = id;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    public String id() {
        return id;
    }

    public static Action byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst().orElse(null);
    }

    static String idList() {
        return String.join(", ", Arrays.stream(values()).map(Action::id).toList());
    }

    /** Checks the argument count and forms; throws IllegalArgumentException naming the problem. */
    void validate(List<String> args) {
        if (args.size() < minArgs || args.size() > maxArgs) {
            throw new IllegalArgumentException("step '" + id + "' takes " + (minArgs == maxArgs ? minArgs
                    : minArgs + " to " + maxArgs) + " argument" + (maxArgs == 1 ? "" : "s") + ", got " + args.size());
        }
        String usage = "step '" + id + "'";
        switch (this) {
            case STEP, SEED, GRID, CROSSTALK_P, ORTHO_OVERLAP -> args.forEach(a -> Check.parseInt(a, usage));
            case DRAW -> args.forEach(a -> Check.parseInt(a, usage));
            case NOISE -> {
                double x = Check.parseDouble(args.get(0), usage);
                if (x < 0 || x > 0.5) {
                    throw new IllegalArgumentException(usage + " takes a noise from 0 to 0.5, got " + args.get(0));
                }
            }
            case TEMPERATURE -> {
                double t = Check.parseDouble(args.get(0), usage);
                if (t < 0 || t > 2) {
                    throw new IllegalArgumentException(usage + " takes a temperature from 0 to 2, got " + args.get(0));
                }
            }
            case ORDER -> Lessons.order(args.get(0));
            case OCCLUDE -> Lessons.half(args.get(0));
            default -> { }
        }
    }

    /**
     * Does the step on the model. Recall commands run on the model's recall worker; in the headless runner that is
     * the calling thread, so a {@code run} has finished when this returns.
     *
     * @throws IllegalStateException when the step cannot be done in this state (e.g. an unknown pattern name)
     */
    void perform(LessonContext context, List<String> args) {
        StudioModel m = context.model();
        switch (this) {
            case RUN -> {
                m.recall().runToConvergence();
                m.recall().onFrame(System.nanoTime());
            }
            case STEP -> {
                int k = args.isEmpty() ? 1 : Integer.parseInt(args.get(0));
                for (int i = 0; i < k; i++) {
                    m.recall().step();
                    m.recall().onFrame(System.nanoTime());
                }
            }
            case SWEEP -> {
                m.recall().sweep();
                m.recall().onFrame(System.nanoTime());
            }
            case CORRUPT -> m.recall().corrupt();
            case RESET -> m.recall().reset();
            case NOISE -> m.recall().noiseProperty().set(Double.parseDouble(args.get(0)));
            case SEED -> m.recall().seedProperty().set(Long.parseLong(args.get(0)));
            case ORDER -> m.recall().orderProperty().set(Lessons.order(args.get(0)));
            case TEMPERATURE -> m.recall().temperatureProperty().set(Double.parseDouble(args.get(0)));
            case STORE -> require(m.library().storeCurrent(), "the grid could not be stored");
            case SHOW -> {
                int i = m.library().storedSet() == null ? -1 : m.library().storedSet().indexOf(args.get(0));
                require(i >= 0, "no stored pattern is called '" + args.get(0) + "'");
                m.library().showInGrid(i);
            }
            case CLEAR -> m.grid().clear();
            case INVERT -> m.grid().invert();
            case DRAW -> {
                int r0 = Integer.parseInt(args.get(0));
                int c0 = Integer.parseInt(args.get(1));
                int r1 = Integer.parseInt(args.get(2));
                int c1 = Integer.parseInt(args.get(3));
                require(r0 >= 0 && c0 >= 0 && r1 <= m.grid().rows() && c1 <= m.grid().cols() && r0 < r1 && c0 < c1,
                        "the rectangle " + String.join(" ", args) + " is not inside the " + m.grid().rows() + "×"
                                + m.grid().cols() + " grid");
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        m.grid().paint(m.grid().index(r, c), 1);
                    }
                }
            }
            case OCCLUDE -> m.recall().occludeHalf(Lessons.half(args.get(0)));
            case PROTOCOL -> {
                require(m.protocol().select(args.get(0)), "no protocol is called '" + args.get(0) + "'");
                m.protocol().write();
            }
            case LOAD_SET -> require(m.library().loadBuiltIn(args.get(0)), "no bundled set is called '"
                    + args.get(0) + "'");
            case CLEAR_PATTERNS -> m.library().clear();
            case GRID -> require(m.resizeGrid(Integer.parseInt(args.get(0))), "the grid cannot be resized to "
                    + args.get(0) + " while patterns of another size are stored");
            case CROSSTALK_P -> context.crosstalk().patternsProperty().set(Integer.parseInt(args.get(0)));
            case ORTHO_OVERLAP -> context.crosstalk().overlapCellsProperty().set(Integer.parseInt(args.get(0)));
            case CENSUS -> m.census().run();
            default -> throw new IllegalStateException("unhandled step " + this);
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException(problem);
        }
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
