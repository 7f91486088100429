package org.hopfieldstudio.ui.notify;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the status bar shows: the latest message, except that an error stays until it is dismissed or a newer
 * error replaces it (an info or warning posted after an error does not hide it). Counts the messages and errors of
 * the session for the log button. No Nodes.
 */
public final class StatusModel {
    private final ReadOnlyObjectWrapper<Message> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper errorShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper();
    private final BooleanProperty logOpen = new SimpleBooleanProperty(false);
    private final NoticeBoard board;

    public StatusModel(NoticeBoard board) {
        this.board = board;
        for (Message m : board.messages()) {
            accept(m);
        }
        board.subscribe(this::accept);
    }

    private void accept(Message m) {
        count.set(count.get() + 1);
        if (m.level() == Notice.Level.ERROR) {
            errors.set(errors.get() + 1);
        }
        if (m.level() == Notice.Level.ERROR || !errorShown.get()) {
            shown.set(m);
            errorShown.set(m.level() == Notice.Level.ERROR);
        }
    }

    /** The message in the status bar, or null. */
    public ReadOnlyObjectProperty<Message> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while the status bar holds an error that has not been dismissed. */
    public ReadOnlyBooleanProperty errorShownProperty() {
        return errorShown.getReadOnlyProperty();
    }

    /** Messages posted this session. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Errors posted this session. */
    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    /** Whether the message log drawer is open. */
    public BooleanProperty logOpenProperty() {
        return logOpen;
    }

    public NoticeBoard board() {
        return board;
    }

    /** Clears the status bar (the message stays in the log). */
    public void dismiss() {
        shown.set(null);
        errorShown.set(false);
    }

    public void toggleLog() {
        logOpen.set(!logOpen.get());
    }
}
