package org.hopfieldstudio.ui.figure;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/**
 * Fired (bubbling) on a figure's node when an export succeeded or failed, so the window can show it in its
 * status bar and message log; {@link #message()} says what happened, and for a failure why and what to do.
 */
public final class FigureEvent extends Event {
    public static final EventType<FigureEvent> ANY = new EventType<>(Event.ANY, "FIGURE");
    public static final EventType<FigureEvent> SAVED = new EventType<>(ANY, "FIGURE_SAVED");
    public static final EventType<FigureEvent> FAILED = new EventType<>(ANY, "FIGURE_FAILED");

    private final String message;
    private final Throwable cause;

    public FigureEvent(EventType<FigureEvent> type, String message, Throwable cause) {
        super(type);
        this.message = message;
        this.cause = cause;
    }

    public String message() {
        return message;
    }

    public Throwable failure() {
        return cause;
    }

    @Override
    public FigureEvent copyFor(Object newSource, EventTarget newTarget) {
        return (FigureEvent) super.copyFor(newSource, newTarget);
    }
}
