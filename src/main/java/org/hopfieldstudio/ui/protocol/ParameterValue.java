package org.hopfieldstudio.ui.protocol;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.hopfieldstudio.protocol.ProtocolParameter;

/** One editable protocol parameter: its definition (bounds, kind) and the value the user set. */
public final class ParameterValue {
    private final ProtocolParameter parameter;
    private final DoubleProperty value;

    public ParameterValue(ProtocolParameter parameter) {
        this.parameter = parameter;
        this.value = new SimpleDoubleProperty(parameter.defaultValue());
    }

    public ProtocolParameter parameter() {
        return parameter;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double value() {
        return value.get();
    }
}
