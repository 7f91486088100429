package org.hopfieldstudio.ui.concurrent;

/** Runs the last action given after a quiet period (the FX one uses a PauseTransition); tests run it at once. */
@FunctionalInterface
public interface Debouncer {
    Debouncer IMMEDIATE = Runnable::run;

    void run(Runnable action);
}
