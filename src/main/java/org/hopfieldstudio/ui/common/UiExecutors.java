package org.hopfieldstudio.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Executors the views use when the main window does not inject its own. */
public final class UiExecutors {
    private UiExecutors() {
    }

    /** One daemon worker thread named {@code name}; jobs run in submission order. */
    public static ExecutorService singleDaemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
