package org.hopfieldstudio.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TabPane;
import org.hopfieldstudio.core.PatternSet;

/** Adds the crosstalk tab to the demo (filled in once the crosstalk view exists). */
final class ViewsDemoCrosstalk {
    private ViewsDemoCrosstalk() {
    }

    static void addTab(TabPane tabs, ObjectProperty<PatternSet> library) {
    }
}
