package org.hopfieldstudio.ui.common;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.TextField;
import org.hopfieldstudio.ui.Styles;

/**
 * A text field for one bounded number, validated as typed: text that is a number within [min, max] (a whole number
 * when {@code integer}) goes into {@link #valueProperty()} at once; any other text marks the field invalid (CSS
 * class {@link Styles#INVALID}), says why in the tooltip and leaves the value as it was. Leaving the field with
 * invalid text (focus lost, Escape) puts the value back, so the field never shows a number the model does not use.
 * The tooltip always shows the allowed range.
 */
public class NumberField extends TextField {
    private final double min;
    private final double max;
    private final boolean integer;
    private final String description;
    private final DoubleProperty value;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    /** The tooltip's text (the tooltip itself is made on first hover, {@link Tips}). */
    private final javafx.beans.property.StringProperty tip = new javafx.beans.property.SimpleStringProperty(this, "tip");
    private boolean updating;

    public NumberField(double min, double max, boolean integer, double initial, String description) {
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.description = description == null ? "" : description;
        this.value = new SimpleDoubleProperty(initial);
        Tips.bind(this, tip, t -> {
            t.setWrapText(true);
            t.setMaxWidth(420);
        });
        setPrefColumnCount(8);
        setText(format(initial));
        markValid(true, null);
        textProperty().addListener((o, a, t) -> {
            if (!updating) {
                typed(t);
            }
        });
        value.addListener((o, a, v) -> {
            if (!updating) {
                show(v.doubleValue());
            }
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused && !valid.get()) {
                show(value.get());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !valid.get()) {
                show(value.get());
                e.consume();
            }
        });
    }

    /** The last valid number typed (or set). */
    public DoubleProperty valueProperty() {
        return value;
    }

    /** False while the text is not an allowed number. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** "between 0.001 and 1000" or "a whole number from 1 to 10000000". */
    public String rangeText() {
        return (integer ? "a whole number from " : "a number from ") + format(min) + " to " + format(max);
    }

    /** Why {@code text} is refused, or null when it is allowed. */
    public String problem(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return "Empty: type " + rangeText() + ".";
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return "'" + t + "' is not a number: type " + rangeText() + ".";
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            return t + " is out of range: type " + rangeText() + ".";
        }
        if (integer && v != Math.rint(v)) {
            return t + " is not a whole number: type " + rangeText() + ".";
        }
        return null;
    }

    private void typed(String text) {
        String why = problem(text);
        markValid(why == null, why);
        if (why == null) {
            updating = true;
            try {
                value.set(Double.parseDouble(text.trim()));
            } finally {
                updating = false;
            }
        }
    }

    private void show(double v) {
        updating = true;
        try {
            setText(format(v));
        } finally {
            updating = false;
        }
        markValid(true, null);
    }

    private void markValid(boolean ok, String why) {
        valid.set(ok);
        getStyleClass().remove(Styles.INVALID);
        if (!ok) {
            getStyleClass().add(Styles.INVALID);
        }
        String range = "Allowed: " + rangeText() + ".";
        tip.set((why == null ? "" : why + "\n") + (description.isEmpty() ? "" : description + "\n") + range);
    }

    private String format(double v) {
        if (integer || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return Long.toString(Math.round(v));
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e") || s.contains("E")) {
            return Double.toString(v);
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
