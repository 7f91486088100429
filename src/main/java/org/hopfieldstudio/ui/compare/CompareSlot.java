package org.hopfieldstudio.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.protocol.ParameterValue;

/** One protocol the user may pick for the comparison, with its parameter values. */
public final class CompareSlot {
    private final WritingProtocol protocol;
    private final BooleanProperty selected;
    private final List<ParameterValue> parameters;

    CompareSlot(WritingProtocol protocol, boolean selected) {
        this.protocol = protocol;
        this.selected = new SimpleBooleanProperty(selected);
        this.parameters = protocol.parameters().stream().map(ParameterValue::new).toList();
    }

    public WritingProtocol protocol() {
        return protocol;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public List<ParameterValue> parameters() {
        return parameters;
    }

    /** The current parameter values (key → value). */
    public Map<String, Double> values() {
        Map<String, Double> m = new HashMap<>();
        for (ParameterValue v : parameters) {
            m.put(v.parameter().key(), v.value());
        }
        return Map.copyOf(m);
    }
}
