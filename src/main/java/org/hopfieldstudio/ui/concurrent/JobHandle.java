package org.hopfieldstudio.ui.concurrent;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A running (or finished) job as the UI sees it: progress, message, running flag, cancel. FX thread only. */
public interface JobHandle {
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    void cancel();
}
