package org.hopfieldstudio.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up measurement: with {@code -Dhopfield.exitAfterFirstFrame=true} the app prints the time from process start
 * to its first frame on stderr ({@code hopfield: first frame after N ms (main …, start …, view …, shown …)}, the
 * parenthesis naming when each start-up phase ended) and exits. With {@code =ready} it waits until the window is
 * complete (every tab's content in the scene, see {@link StartupStaging}) and prints
 * {@code hopfield: ready after N ms (…)}. The distribution build uses it to record the classes the window needs
 * (class-data sharing) and to time the launcher.
 *
 * <p>N.B. the time is taken at the second pulse after the stage is shown (or after the window is complete): the
 * frame has been rendered by then. An active {@link AnimationTimer} makes the toolkit pulse even when nothing else
 * changes.
 */
final class StartupProbe {
    static final String PROPERTY = "hopfield.exitAfterFirstFrame";
    private static final String MODE = System.getProperty(PROPERTY, "false");
    private static final boolean ON = MODE.equals("true") || MODE.equals("ready");
    private static final List<String> PHASES = new CopyOnWriteArrayList<>();
    private static final Optional<Instant> START = ON ? processStart() : Optional.empty();

    private StartupProbe() {
    }

    /** Notes the time since process start at the end of a start-up phase (only when the probe is on; any thread). */
    static void mark(String phase) {
        if (ON) {
            START.ifPresent(s -> PHASES.add(phase + " "
                    + Duration.between(s, Instant.now()).toMillis()));
        }
    }

    /**
     * Installs the probe if the property asks for it; call on the FX thread right after {@code stage.show()}.
     *
     * @param complete whether the window is complete (for {@code =ready}); polled on the FX thread at each pulse
     */
    static void installIfRequested(BooleanSupplier complete) {
        if (!ON) {
            return;
        }
        boolean waitForAll = MODE.equals("ready");
        Optional<Instant> start = START;
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (waitForAll && pulses == 0 && !complete.getAsBoolean()) {
                    return;
                }
                if (++pulses < 2) {
                    return;
                }
                stop();
                report(System.err, waitForAll ? "ready" : "first frame", start, Instant.now());
                System.err.println("hopfield: CPU until then: " + cpu());
                System.err.flush();
                Platform.exit();
                System.exit(0);
            }
        }.start();
    }

    /**
     * When this process started (the launcher script's start: it execs java). On Linux from {@code /proc} to 10 ms:
     * {@link ProcessHandle.Info#startInstant()} adds the kernel's boot time in whole seconds there, so its figures
     * were up to a second late (measured 0.5-0.6 s on the build machine). Elsewhere ProcessHandle's.
     */
    static Optional<Instant> processStart() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // N.B. fields after the command name (which may hold spaces): state is field 3, starttime field 22
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[19]);
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime")).split(" ")[0];
            double ago = Double.parseDouble(uptime) - ticks / 100.0; // N.B. USER_HZ is 100 on Linux
            return Optional.of(Instant.now().minusMillis(Math.round(ago * 1000)));
        } catch (java.io.IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant();
        }
    }

    /**
     * The CPU time spent so far: by this (the FX) thread, by the whole process, and the JIT compilers' share; under load
     * from other programs these vary less than the wall-clock time.
     */
    static String cpu() {
        long fx = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        String process = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1_000_000 + " ms" : "?";
        long jit = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        return "FX thread " + fx + " ms, process " + process + " (JIT compilers " + jit + " ms); " + threads();
    }

    /** The threads that used more than 20 ms of CPU so far, busiest first: what competes with the FX thread. */
    static String threads() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.List<String> busy = new java.util.ArrayList<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null) {
                long ms = mx.getThreadCpuTime(t.getThreadId()) / 1_000_000;
                if (ms > 20) {
                    busy.add(t.getThreadName() + " " + ms + " ms");
                }
            }
        }
        busy.sort(java.util.Comparator.comparingLong(s -> -Long.parseLong(s.replaceAll(".* (\\d+) ms$", "$1"))));
        return "threads: " + String.join(", ", busy);
    }

    static void installIfRequested() {
        installIfRequested(() -> true);
    }

    static void report(PrintStream err, Optional<Instant> start, Instant now) {
        report(err, "first frame", start, now);
    }

    static void report(PrintStream err, String what, Optional<Instant> start, Instant now) {
        err.println(start.map(s -> "hopfield: " + what + " after " + Duration.between(s, now).toMillis() + " ms")
                .orElse("hopfield: " + what + " (process start time unknown)")
                + (PHASES.isEmpty() ? "" : " (" + String.join(", ", PHASES) + ")"));
        err.flush();
    }
}
