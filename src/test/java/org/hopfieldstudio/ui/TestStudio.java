package org.hopfieldstudio.ui;

import java.util.ArrayList;
import java.util.List;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.io.PatternLibrary;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.concurrent.SameThreadTaskRunner;
import org.hopfieldstudio.ui.library.IoPatternCatalog;

/** A studio model wired with same-thread executors: deterministic, no toolkit needed. */
public final class TestStudio {
    private TestStudio() {
    }

    public static StudioModel model() {
        return new StudioModel(new SameThreadTaskRunner(), Runnable::run, Debouncer.IMMEDIATE, new IoPatternCatalog(),
                Protocols.all());
    }

    /** Letters A, X, O: few and different enough that the pseudo-inverse recovers each from 20 % noise. */
    public static PatternSet axo() {
        PatternSet letters = PatternLibrary.load("letters");
        List<Pattern> l = new ArrayList<>();
        for (String n : new String[] {"A", "X", "O"}) {
            l.add(letters.get(letters.indexOf(n)));
        }
        return new PatternSet("axo", l);
    }

    /**
     * The studio window as the app builds it (the view, its stylesheet and theme) in the given stage, shown at the
     * given size; palette and zoom are the caller's.
     */
    public static StudioView show(javafx.stage.Stage stage, StudioModel model, double width, double height) {
        return show(stage, model, width, height, view -> { });
    }

    /** As {@link #show(javafx.stage.Stage, StudioModel, double, double)}, with {@code beforeShow} run just before. */
    public static StudioView show(javafx.stage.Stage stage, StudioModel model, double width, double height,
            java.util.function.Consumer<StudioView> beforeShow) {
        return show(stage, new StudioView(model), width, height, beforeShow);
    }

    /** As above, with a view built by the caller (e.g. the real launch's, whose hidden tabs are built later). */
    public static StudioView show(javafx.stage.Stage stage, StudioView view, double width, double height,
            java.util.function.Consumer<StudioView> beforeShow) {
        javafx.scene.Scene scene = new javafx.scene.Scene(view, width, height);
        view.theme().install(scene, HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        beforeShow.accept(view);
        stage.show();
        return view;
    }
}
