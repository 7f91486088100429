package org.hopfieldstudio.ui.math;

/**
 * Start-up time (issue 12): JLaTeXMath reads its font tables (XML) and AWT its font system the first time a formula
 * is typeset, about a second on a slow machine. {@link #start} does that on a background thread while JavaFX starts
 * and the window is built, so the first formula on screen does not wait for it. {@link Tex} waits for a started
 * warm-up before it typesets anything itself: the two threads never initialise JLaTeXMath's classes at the same
 * time. A warm-up that fails changes nothing: the formula's own first use then meets the same failure and shows it
 * as before (the plain form is drawn).
 */
public final class MathWarmup {
    /** A formula using the fonts of the bundled formulas (maths italic, symbols, big operators, fractions). */
    static final String SAMPLE = "E = -\\frac{1}{2}\\sum_{i \\neq j} w_{ij}\\, s_i s_j, \\quad "
            + "w_{ij} = \\frac{1}{N}\\sum_{\\mu=1}^{p} \\xi_i^{\\mu}\\xi_j^{\\mu} \\;(\\mathbf{x}, \\mathbb{R})";
    private static Thread thread;

    private MathWarmup() {
    }

    /** Starts the warm-up on a daemon thread, once; later calls do nothing. */
    public static synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(MathWarmup::run, "hopfield-math-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    /** Whether a warm-up was started and has finished (or none was started). */
    public static synchronized boolean done() {
        return thread == null || !thread.isAlive();
    }

    private static void run() {
        try {
            new Tex(SAMPLE, SAMPLE).icon(16, -1, java.awt.Color.BLACK);
            new Tex(SAMPLE, SAMPLE).icon(16, 200, java.awt.Color.BLACK);
        } catch (RuntimeException | LinkageError e) {
            // N.B. left for the first real formula to meet and show (FormulaView draws the plain form)
        }
    }

    /** Waits for a started warm-up to finish; returns at once on the warm-up thread itself or when none runs. */
    static void await() {
        Thread t;
        synchronized (MathWarmup.class) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread() || !t.isAlive()) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
