package org.hopfieldstudio.ui.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks of the workspace: small edit objects, each able to undo and redo itself. A new edit
 * clears the redo stack; the oldest edits are dropped beyond {@link #LIMIT}. While an edit is being undone or redone
 * {@link #isApplying()} is true, so the document does not record the changes it causes as new edits.
 */
public final class UndoHistory {
    /** How many steps are kept. */
    public static final int LIMIT = 100;

    /** One undoable step; {@link #name()} completes "Undo …" in the Edit menu. */
    public interface Edit {
        String name();

        void undo();

        void redo();

        /** Whether {@code next}, recorded right after this one, may be merged into it (a drag stroke). */
        default boolean absorb(Edit next) {
            return false;
        }
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private boolean applying;

    /** Records an edit that has just been done (merged into the previous one when that one absorbs it). */
    public void record(Edit e) {
        if (applying) {
            return;
        }
        Edit last = undo.peek();
        if (last == null || !redo.isEmpty() || !last.absorb(e)) {
            undo.push(e);
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        update();
    }

    public boolean undo() {
        Edit e = undo.poll();
        if (e == null) {
            return false;
        }
        run(e::undo);
        redo.push(e);
        update();
        return true;
    }

    public boolean redo() {
        Edit e = redo.poll();
        if (e == null) {
            return false;
        }
        run(e::redo);
        undo.push(e);
        update();
        return true;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    /** True while an edit is undone or redone. */
    public boolean isApplying() {
        return applying;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Clear all", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo Clear all", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void run(Runnable r) {
        applying = true;
        try {
            r.run();
        } finally {
            applying = false;
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().name());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().name());
    }
}
