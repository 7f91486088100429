package org.hopfieldstudio.protocol;

import java.util.Objects;

/**
 * A named, bounded parameter of a writing protocol.
 *
 * @param key          name used in code and on the command line ({@code --param key=value}), e.g. {@code lr}
 * @param label        name shown in the UI, e.g. "Learning rate η"
 * @param description  one line for the tooltip
 * @param defaultValue value used when none is given
 * @param min          smallest allowed value (inclusive)
 * @param max          largest allowed value (inclusive)
 * @param kind         how to edit and parse it
 */
public record ProtocolParameter(String key, String label, String description, double defaultValue, double min,
                                double max, Kind kind) {
    /** How a parameter is edited. */
    public enum Kind {
        REAL, INTEGER, BOOLEAN
    }

    public ProtocolParameter {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        Objects.requireNonNull(description);
        Objects.requireNonNull(kind);
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("default of " + key + " outside [" + min + ", " + max + "]");
        }
    }

    public static ProtocolParameter real(String key, String label, String description, double def, double min,
                                         double max) {
        return new ProtocolParameter(key, label, description, def, min, max, Kind.REAL);
    }

    public static ProtocolParameter integer(String key, String label, String description, int def, int min,
                                            int max) {
        return new ProtocolParameter(key, label, description, def, min, max, Kind.INTEGER);
    }

    public static ProtocolParameter bool(String key, String label, String description, boolean def) {
        return new ProtocolParameter(key, label, description, def ? 1 : 0, 0, 1, Kind.BOOLEAN);
    }

    /** @throws ProtocolException when {@code value} is outside the bounds or not whole for an integer */
    public double check(double value) {
        if (!(value >= min && value <= max)) {
            throw new ProtocolException(label + " (" + key + ") must be between " + fmt(min) + " and " + fmt(max)
                    + ", got " + fmt(value));
        }
        if (kind != Kind.REAL && value != Math.rint(value)) {
            throw new ProtocolException(label + " (" + key + ") must be a whole number, got " + fmt(value));
        }
        return value;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
