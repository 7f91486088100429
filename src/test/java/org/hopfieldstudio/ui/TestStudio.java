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
}
