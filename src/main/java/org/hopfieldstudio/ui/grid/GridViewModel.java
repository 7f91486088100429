package org.hopfieldstudio.ui.grid;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.hopfieldstudio.core.Pattern;

/**
 * The pattern grid: a ±1 state on {@code rows × cols} cells (cell (r, c) is neuron i = r·cols + c; black = +1).
 *
 * <p>Two kinds of change: a <em>user edit</em> (drawing, clear, invert, random, shift, load, corrupt, occlude)
 * bumps {@link #editVersionProperty()}, which makes the recall start over from the new state; a state
 * <em>shown</em> by a running recall ({@link #showState(byte[])}) only bumps {@link #versionProperty()},
 * which the view repaints on the next frame.
 */
public final class GridViewModel {
    public static final int MIN_SIDE = 5;
    public static final int MAX_SIDE = 100;

    private final ReadOnlyIntegerWrapper rows = new ReadOnlyIntegerWrapper(10);
    private final ReadOnlyIntegerWrapper cols = new ReadOnlyIntegerWrapper(10);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper editVersion = new ReadOnlyIntegerWrapper();
    private final IntegerProperty highlight = new SimpleIntegerProperty(-1);
    private final IntegerProperty hover = new SimpleIntegerProperty(-1);
    private final IntegerProperty selectedCell = new SimpleIntegerProperty(-1);
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", -1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private byte[] state;
    private boolean[] occluded;
    private IntToDoubleFunction fieldOf = i -> Double.NaN;

    public GridViewModel(int rows, int cols) {
        checkSide(rows);
        checkSide(cols);
        this.rows.set(rows);
        this.cols.set(cols);
        this.state = blank(rows * cols);
        hover.addListener((o, a, b) -> updateHoverText());
        version.addListener((o, a, b) -> updateHoverText());
    }

    /** Whether the grid can show {@code rows × cols} cells. */
    public static boolean fits(int rows, int cols) {
        return rows >= MIN_SIDE && rows <= MAX_SIDE && cols >= MIN_SIDE && cols <= MAX_SIDE;
    }

    private static void checkSide(int side) {
        if (side < MIN_SIDE || side > MAX_SIDE) {
            throw new IllegalArgumentException("grid sides go from " + MIN_SIDE + " to " + MAX_SIDE + ", got " + side);
        }
    }

    private static byte[] blank(int n) {
        byte[] s = new byte[n];
        Arrays.fill(s, (byte) -1);
        return s;
    }

    // ---- read-only state ------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty colsProperty() {
        return cols.getReadOnlyProperty();
    }

    public int rows() {
        return rows.get();
    }

    public int cols() {
        return cols.get();
    }

    public int size() {
        return state.length;
    }

    /** Bumped on every change of what the grid shows. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Bumped only on user edits (not on states shown by a running recall). */
    public ReadOnlyIntegerProperty editVersionProperty() {
        return editVersion.getReadOnlyProperty();
    }

    /** Neuron outlined as "being updated", or −1. */
    public IntegerProperty highlightProperty() {
        return highlight;
    }

    /** Neuron last clicked (its receptive field is shown in the Weights tab), or −1. */
    public IntegerProperty selectedCellProperty() {
        return selectedCell;
    }

    /** Neuron under the mouse, or −1. */
    public IntegerProperty hoverProperty() {
        return hover;
    }

    /**
     * The keyboard cell cursor (issue 9 point 6), or −1 before the grid first has the keyboard focus: arrow keys move
     * it ({@link #moveCursor}), Space or Enter toggles its cell ({@link #toggleAtCursor()}), an edit like a click.
     */
    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** Shows the cursor: where it was, else on the cell under the mouse or the selected one, else the top-left cell. */
    public void showCursor() {
        int n = size();
        int c = cursor.get();
        if (c < 0 || c >= n) {
            c = hover.get() >= 0 && hover.get() < n ? hover.get()
                    : selectedCell.get() >= 0 && selectedCell.get() < n ? selectedCell.get() : 0;
        }
        cursor.set(c);
        hover.set(c);
    }

    /** Puts the cursor on cell i (a click does, so the keyboard goes on from there). */
    public void placeCursor(int i) {
        if (i >= 0 && i < size()) {
            cursor.set(i);
        }
    }

    /** Moves the cursor by rows and columns, stopping at the grid's edges; the status line follows it. */
    public void moveCursor(int dRows, int dCols) {
        showCursor();
        int r = Math.max(0, Math.min(rows() - 1, cursor.get() / cols() + dRows));
        int c = Math.max(0, Math.min(cols() - 1, cursor.get() % cols() + dCols));
        cursor.set(index(r, c));
        hover.set(cursor.get());
    }

    /** Toggles the cell under the cursor (one undoable grid edit, as a click). */
    public void toggleAtCursor() {
        showCursor();
        toggle(cursor.get());
    }

    /** "neuron i = 37 (3, 7) · s = +1 · h = 0.42" for the neuron under the mouse. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** A copy of the state. */
    public byte[] state() {
        return state.clone();
    }

    /** The state array itself, for renderers on the FX thread. Not modified by callers. */
    public byte[] stateUnsafe() {
        return state;
    }

    public int get(int i) {
        return state[i];
    }

    /** Occluded cells (free during a clamped recall), or null. */
    public boolean[] occludedUnsafe() {
        return occluded;
    }

    public Pattern toPattern(String name) {
        return Pattern.ofState(name, rows(), cols(), state);
    }

    /** Where the hover text takes its local field h_i from (NaN when no network exists). */
    public void setFieldSource(IntToDoubleFunction fieldOf) {
        this.fieldOf = fieldOf;
        updateHoverText();
    }

    public int index(int r, int c) {
        return r * cols() + c;
    }

    // ---- commands ----------------------------------------------------------------------------------------

    public void toggle(int i) {
        state[i] = (byte) -state[i];
        edited();
    }

    /** Sets cell i to value (±1); no event when it already has it (drags repaint cheaply). */
    public void paint(int i, int value) {
        if (state[i] != value) {
            state[i] = (byte) value;
            edited();
        }
    }

    public void clear() {
        Arrays.fill(state, (byte) -1);
        occluded = null;
        edited();
    }

    public void invert() {
        for (int i = 0; i < state.length; i++) {
            state[i] = (byte) -state[i];
        }
        edited();
    }

    public void randomize(RandomGenerator rng) {
        for (int i = 0; i < state.length; i++) {
            state[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
        }
        occluded = null;
        edited();
    }

    /** Moves the picture by (dr, dc) cells, wrapping around. */
    public void shift(int dr, int dc) {
        state = toPattern("grid").shifted(dr, dc).toArray();
        occluded = null;
        edited();
    }

    /** New size; the grid becomes blank. */
    public void resize(int newRows, int newCols) {
        checkSide(newRows);
        checkSide(newCols);
        state = blank(newRows * newCols);
        occluded = null;
        highlight.set(-1);
        hover.set(-1);
        cursor.set(-1);
        rows.set(newRows);
        cols.set(newCols);
        edited();
    }

    /**
     * Shows a pattern (resizing the grid to it).
     *
     * @throws IllegalArgumentException when the pattern is smaller than 5×5 or larger than 100×100; the grid is
     *                                  then unchanged (checked before anything changes)
     */
    public void load(Pattern p) {
        checkSide(p.rows());
        checkSide(p.cols());
        if (p.rows() != rows() || p.cols() != cols()) {
            rows.set(p.rows());
            cols.set(p.cols());
        }
        state = p.toArray();
        occluded = null;
        highlight.set(-1);
        edited();
    }

    /** A user-level replacement of the state (corrupt, occlude, reset), with its occlusion mask (or null). */
    public void setState(byte[] s, boolean[] occludedMask) {
        checkLength(s);
        state = s.clone();
        occluded = occludedMask == null ? null : occludedMask.clone();
        edited();
    }

    /** Shows a state computed by the recall; not a user edit. {@code s} not modified (copied in). */
    public void showState(byte[] s) {
        checkLength(s);
        System.arraycopy(s, 0, state, 0, s.length);
        version.set(version.get() + 1);
    }

    private void checkLength(byte[] s) {
        if (s.length != state.length) {
            throw new IllegalArgumentException("state has " + s.length + " cells; the grid has " + state.length);
        }
    }

    private void edited() {
        editVersion.set(editVersion.get() + 1);
        version.set(version.get() + 1);
    }

    private void updateHoverText() {
        int i = hover.get();
        if (i < 0 || i >= state.length) {
            hoverText.set("");
            return;
        }
        double h = fieldOf.applyAsDouble(i);
        hoverText.set(String.format(Locale.ROOT, "neuron i = %d  (row %d, col %d)  ·  s = %s%s", i, i / cols(),
                i % cols(), state[i] > 0 ? "+1 (black)" : "−1 (white)",
                Double.isNaN(h) ? "  ·  no network written yet" : String.format(Locale.ROOT, "  ·  h = %+.3f", h)));
    }
}
