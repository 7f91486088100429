package org.hopfieldstudio.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Start-up measurement: with {@code -Dhopfield.exitAfterFirstFrame=true} the app prints the time from process start
 * to its first frame on stderr ({@code hopfield: first frame after N ms}) and exits. The distribution build uses it to
 * record the classes the window needs (AppCDS) and to time the launcher.
 *
 * <p>N.B. the time is taken at the second pulse after the stage is shown: the first frame has been rendered by then.
 * An active {@link AnimationTimer} makes the toolkit pulse even when nothing else changes.
 */
final class StartupProbe {
    static final String PROPERTY = "hopfield.exitAfterFirstFrame";

    private StartupProbe() {
    }

    /** Installs the probe if the property asks for it; call on the FX thread right after {@code stage.show()}. */
    static void installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Optional<Instant> start = ProcessHandle.current().info().startInstant();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                report(System.err, start, Instant.now());
                Platform.exit();
                System.exit(0);
            }
        }.start();
    }

    static void report(PrintStream err, Optional<Instant> start, Instant now) {
        err.println(start.map(s -> "hopfield: first frame after " + Duration.between(s, now).toMillis() + " ms")
                .orElse("hopfield: first frame (process start time unknown)"));
        err.flush();
    }
}
