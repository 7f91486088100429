package org.hopfieldstudio.ui.capacity;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.hopfieldstudio.protocol.WritingProtocol;

/**
 * One protocol of the capacity lab: whether it takes part in the next sweep, the largest load α it is swept
 * to (loads of the range above it are skipped for this protocol: Hebb is long dead at α = 1, MPF and
 * Krauth–Mézard are not), and the reason it failed in the last sweep ("" when it did not).
 */
public final class ProtocolChoice {
    private final WritingProtocol protocol;
    private final boolean slow;
    private final BooleanProperty selected;
    private final DoubleProperty maxLoad;
    final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    ProtocolChoice(WritingProtocol protocol, boolean selected, double maxLoad, boolean slow) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
        this.maxLoad = new SimpleDoubleProperty(this, "maxLoad", maxLoad);
        this.slow = slow;
    }

    public WritingProtocol protocol() {
        return protocol;
    }

    public String id() {
        return protocol.id();
    }

    /** Trained protocols whose writes take long (TRN, Krauth–Mézard near its bound): the view says so. */
    public boolean isSlow() {
        return slow;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Loads above this are not swept for this protocol. */
    public DoubleProperty maxLoadProperty() {
        return maxLoad;
    }

    /** Why the protocol failed in the last sweep (a {@code ProtocolException}'s message), or "". */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
