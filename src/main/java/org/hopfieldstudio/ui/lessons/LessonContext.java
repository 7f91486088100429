package org.hopfieldstudio.ui.lessons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.value.ChangeListener;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;

/**
 * What the checks read: the studio model, the crosstalk model, and what happened since the lesson began (finished
 * runs, the end states they reached, the last run's overlap and distance to its target). Listens to the recall
 * model; {@link #restart()} forgets the history when a lesson (re)starts.
 */
public final class LessonContext {
    private final StudioModel model;
    private final CrosstalkViewModel crosstalk;
    private final List<EndState> endsSeen = new ArrayList<>();
    private int finishedRuns;
    private EndState lastEnd;
    private double lastOverlap = Double.NaN;
    private int lastHamming = -1;
    private Runnable onRunRecorded = () -> { };
    // N.B. held in a field: the recall model's property keeps a strong reference to it, and so do we
    private final ChangeListener<Boolean> onFinished = (o, was, done) -> {
        if (done) {
            recordFinishedRun();
            onRunRecorded.run();
        }
    };

    public LessonContext(StudioModel model, CrosstalkViewModel crosstalk) {
        this.model = model;
        this.crosstalk = crosstalk;
        model.recall().finishedProperty().addListener(onFinished);
    }

    public StudioModel model() {
        return model;
    }

    public CrosstalkViewModel crosstalk() {
        return crosstalk;
    }

    /**
     * Called after a finished run has been recorded. N.B. whoever re-evaluates checks on a finished run must hook
     * here rather than on the recall's finished property: JavaFX fires invalidation listeners before change
     * listeners, so a check could otherwise run before the run is recorded.
     */
    void setOnRunRecorded(Runnable action) {
        onRunRecorded = action;
    }

    /** Forgets the runs seen so far (a lesson starts or is reset). */
    public void restart() {
        endsSeen.clear();
        finishedRuns = 0;
        lastEnd = null;
        lastOverlap = Double.NaN;
        lastHamming = -1;
    }

    private void recordFinishedRun() {
        finishedRuns++;
        lastEnd = model.recall().endStateKindProperty().get();
        if (lastEnd != null) {
            endsSeen.add(lastEnd);
        }
        double[] m = model.recall().lastOverlaps();
        int target = model.recall().targetProperty().get();
        int n = model.grid().size();
        if (target >= 0 && target < m.length) {
            lastOverlap = m[target];
            lastHamming = (int) Math.round(n * (1 - lastOverlap) / 2);
        } else {
            lastOverlap = Double.NaN;
            lastHamming = -1;
        }
    }

    public int finishedRuns() {
        return finishedRuns;
    }

    /** End state of the last finished run, or null. */
    public EndState lastEnd() {
        return lastEnd;
    }

    public List<EndState> endsSeen() {
        return Collections.unmodifiableList(endsSeen);
    }

    /** Overlap of the last finished run's end state with its target, NaN when there is none. */
    public double lastOverlap() {
        return lastOverlap;
    }

    /** Hamming distance of the last finished run's end state to its target, −1 when there is none. */
    public int lastHamming() {
        return lastHamming;
    }
}
