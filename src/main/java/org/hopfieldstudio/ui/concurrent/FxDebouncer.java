package org.hopfieldstudio.ui.concurrent;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Restarts a pause on every call; the last action runs when the pause ends (FX thread). */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable r = pending;
            pending = null;
            if (r != null) {
                r.run();
            }
        });
    }

    @Override
    public void run(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
