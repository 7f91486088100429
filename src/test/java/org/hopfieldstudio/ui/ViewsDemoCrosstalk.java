package org.hopfieldstudio.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.ui.crosstalk.CrosstalkView;

/** Adds the crosstalk tab to the demo, with the demo shapes as its "library". */
final class ViewsDemoCrosstalk {
    private ViewsDemoCrosstalk() {
    }

    static void addTab(TabPane tabs, ObjectProperty<PatternSet> library) {
        CrosstalkView view = new CrosstalkView();
        view.libraryProperty().bind(library);
        String p = System.getProperty("demo.p");
        if (p != null) {
            view.viewModel().patternsProperty().set(Integer.parseInt(p));
        }
        tabs.getTabs().add(new Tab("Crosstalk", view));
    }
}
