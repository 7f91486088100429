package org.hopfieldstudio.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Start-up time (issue 12): the window's first frame needs only the tab on show. The contents of the other tabs
 * (Weights, Crosstalk, Capacity lab, Compare: charts, tables and formulas whose skins, CSS and layout took about
 * half of the time to the first frame) are built and join the scene after that frame, one per pulse, so the window
 * appears earlier and stays responsive while they join. A tab selected before its turn (a click, a
 * workspace, a shortcut) gets its content at once.
 *
 * <p>Only the real launch uses it ({@link Main}); tests that build the window themselves see all tabs at once.
 */
final class StartupStaging {
    private final Map<Tab, Supplier<Node>> waiting = new LinkedHashMap<>();
    private final java.util.Deque<Runnable> jobs = new java.util.ArrayDeque<>();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final AnimationTimer pump;

    private StartupStaging(TabPane tabs, Map<Tab, Supplier<Node>> later) {
        for (Tab t : tabs.getTabs()) {
            Supplier<Node> build = later.get(t);
            Node content = t.getContent();
            if (build != null && t.isSelected()) {
                t.setContent(build.get());
            } else if (build != null) {
                waiting.put(t, build);
            } else if (!t.isSelected() && content != null) {
                waiting.put(t, () -> content);
                t.setContent(null);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> attach(t));
        pump = new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // N.B. the first pulse renders the first frame; the second finds it drawn: the held workers may run
                // (UiExecutors) and from the third on, one tab joins per pulse (so a probe timing the first frame at
                // the second pulse does not time a tab's CSS and layout too)
                if (++pulses >= 2) {
                    org.hopfieldstudio.ui.common.UiExecutors.firstFrameDrawn();
                }
                if (pulses >= 3 && !jobs.isEmpty()) {
                    jobs.removeFirst().run();
                } else if (pulses >= 3 && !waiting.isEmpty()) {
                    attach(waiting.keySet().iterator().next());
                }
                if (pulses >= 2 && waiting.isEmpty() && jobs.isEmpty()) {
                    stop();
                    done.set(true);
                }
            }
        };
        pump.start();
    }

    /** Takes the contents of the tabs not on show out of the scene until the first frame has been drawn. */
    static StartupStaging deferHiddenTabs(TabPane tabs) {
        return new StartupStaging(tabs, Map.of());
    }

    /**
     * As {@link #deferHiddenTabs(TabPane)}; the tabs in {@code later} have no content yet: each is built by its supplier
     * when its turn comes (or at once, if it is the selected tab).
     */
    static StartupStaging deferHiddenTabs(TabPane tabs, Map<Tab, Supplier<Node>> later) {
        return new StartupStaging(tabs, later);
    }

    /** Runs {@code job} on the FX thread after the first frame, before the tabs join (jobs one per pulse, in order). */
    StartupStaging afterFirstFrame(Runnable job) {
        jobs.addLast(job);
        return this;
    }

    private void attach(Tab t) {
        Supplier<Node> content = t == null ? null : waiting.remove(t);
        if (content != null) {
            t.setContent(content.get());
        }
    }

    /** True once every tab has its content again. */
    ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    boolean isDone() {
        return done.get();
    }
}
