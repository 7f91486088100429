package org.hopfieldstudio.ui.recall;

import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hopfieldstudio.ui.concurrent.JobHandle;
import org.hopfieldstudio.ui.concurrent.TaskRunner;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * Saving the recall animation: replays the shown run and writes it frame by frame as a background job through the
 * injected runner, with progress, a message and Cancel; the outcome (or why it failed) in {@link #statusProperty()}
 * and in the window's messages.
 */
public final class AnimationExportModel {
    private final TaskRunner runner;
    private final RecallViewModel recall;
    private final NoticeBoard notices;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private JobHandle handle;

    public AnimationExportModel(TaskRunner runner, RecallViewModel recall, NoticeBoard notices) {
        this.runner = runner;
        this.recall = recall;
        this.notices = notices;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the last export did, or why it failed and what to do. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Starts the export (FX thread). {@code energy} and {@code overlap}: fresh plots for the charts (made on the FX
     * thread, drawn only by the job); null for the grid alone.
     *
     * @return false (with the reason in the status) when there is nothing to export or an export is running
     */
    public boolean start(RecallAnimation.Options options, PlotStyle style, TimeSeriesPlot energy, TimeSeriesPlot overlap) {
        if (running.get()) {
            status.set("An export is already running: wait for it or press Cancel.");
            return false;
        }
        RecallSession.Spec spec = recall.animationSpec();
        if (spec == null) {
            status.set("Nothing to animate: store patterns and write W for this grid first.");
            return false;
        }
        var grid = recall.gridModel();
        status.set("");
        handle = runner.submit("Saving the recall animation",
                RecallAnimation.job(spec, grid.rows(), grid.cols(), recall.patternNames(), style, options,
                        options.content() == RecallAnimation.Content.GRID ? null : energy,
                        options.content() == RecallAnimation.Content.GRID ? null : overlap),
                r -> {
                    running.set(false);
                    status.set("Saved: " + r.describe() + ".");
                    notices.post(Notice.info("Animation saved", r.describe()));
                },
                t -> {
                    running.set(false);
                    if (t instanceof CancellationException) {
                        status.set("Cancelled: nothing was kept.");
                    } else {
                        String why = "Could not save the animation to " + options.target() + ": " + NoticeBoard.reason(t)
                                + ". Choose another folder, a smaller size or fewer frames, and save again.";
                        status.set(why);
                        notices.post(Notice.error("Animation not saved", why));
                    }
                });
        running.set(handle.runningProperty().get());
        progress.bind(handle.progressProperty());
        message.bind(handle.messageProperty());
        handle.runningProperty().addListener((o, a, b) -> running.set(b));
        return true;
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }
}
