package org.hopfieldstudio.ui.compare;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.hopfieldstudio.analysis.EndState;
import org.hopfieldstudio.ui.capacity.ProtocolStyle;
import org.hopfieldstudio.ui.figure.MathText;
import org.hopfieldstudio.ui.recall.TimeSeriesPlot;
import org.hopfieldstudio.ui.common.Tips;

/** One protocol's column: title, write progress and Cancel (or why it is left out), grid, traces, counters, end state. */
final class PanelView extends VBox {
    static final String PANEL = "compare-panel";
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
    private static final PseudoClass MISSED = PseudoClass.getPseudoClass("missed");

    private final ComparePanel panel;
    private final CompareViewModel model;
    private final MiniGrid grid = new MiniGrid();
    private final TimeSeriesPlot energy = new TimeSeriesPlot(MathText.of("$E(t)$"), null, null);
    private final TimeSeriesPlot overlap = new TimeSeriesPlot(MathText.of("$m$(target)"), -1.0, 1.0);
    private final Label reason = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Label stats = new Label();
    private final Label end = new Label();
    private HBox head;
    private double minColumnWidth = 150;
    private int seenVersion = -1;

    PanelView(ComparePanel panel, CompareViewModel model) {
        this.panel = panel;
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(PANEL);
        String id = panel.protocol().id();
        setId("comparePanel-" + id);
        Rectangle swatch = new Rectangle(12, 12, ProtocolStyle.color(id));
        Label title = new Label(ProtocolStyle.shortName(id));
        Tips.set(title, panel.protocol().displayName() + ": "
                + panel.protocol().formula());
        title.getStyleClass().add("compare-panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(6, swatch, title);
        head.setAlignment(Pos.CENTER_LEFT);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setId("compareCancel-" + id);
        cancel.setFocusTraversable(false);
        HBox job = new HBox(6, progress, cancel);
        job.setAlignment(Pos.CENTER_LEFT);
        reason.setId("compareReason-" + id);
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        stats.getStyleClass().add("compare-stats");
        stats.setWrapText(true);
        stats.setMinHeight(Region.USE_PREF_SIZE);
        end.getStyleClass().add("compare-end");
        end.setId("compareEnd-" + id);
        end.setWrapText(true);
        end.setMinHeight(Region.USE_PREF_SIZE);
        // N.B. the traces' height follows their text size (zoom, projector palette), so title, ticks and the x unit
        // of these small plots never print over each other: two y ticks and one row of x ticks at least
        org.hopfieldstudio.ui.theme.PlotStyle.follow(this, st -> {
            double h = 4.6 * st.fontSize() + st.px(18);
            for (TimeSeriesPlot p : List.of(energy, overlap)) {
                p.setMinHeight(Math.max(50, h));
                p.setPrefHeight(Math.max(64, h * 1.15));
            }
            minColumnWidth = st.px(150);
        });
        VBox.setVgrow(grid, Priority.ALWAYS);
        setSpacing(4);
        setMinWidth(150);
        this.head = head;
        // N.B. the end state and the counters right under the title: on a short screen the grid shrinks, they stay
        getChildren().addAll(head, job, end, stats, grid, energy, overlap, reason);
    }

    /**
     * The narrowest this panel may be laid out: its title and swatch whole, and room for the traces' tick labels.
     * {@link CompareView} puts fewer panels in a row when the window is narrower than that.
     */
    double minColumnWidth() {
        Insets in = getInsets();
        return Math.max(minColumnWidth, head.prefWidth(-1) + in.getLeft() + in.getRight());
    }

    private void initListeners() {
        cancel.setOnAction(e -> panel.cancel());
        progress.progressProperty().bind(panel.progressProperty());
        reason.textProperty().bind(panel.reasonProperty());
        stats.textProperty().bind(panel.statsProperty());
        end.textProperty().bind(panel.endStateProperty());
        panel.statusProperty().addListener((o, a, b) -> updateStatus());
        updateStatus();
        repaintIfDirty(0);
    }

    private void updateStatus() {
        ComparePanel.Status s = panel.status();
        boolean writing = s == ComparePanel.Status.WRITING;
        progress.getParent().setVisible(writing);
        progress.getParent().setManaged(writing);
        boolean bad = s == ComparePanel.Status.LEFT_OUT || s == ComparePanel.Status.FAILED;
        reason.getStyleClass().setAll(bad ? "compare-left-out" : "compare-reason");
        boolean ready = s == ComparePanel.Status.READY;
        grid.setVisible(ready);
        energy.setVisible(ready);
        overlap.setVisible(ready);
    }

    /** Once per frame: repaints the grid and the traces if the panel changed or the shared time axis moved. */
    void repaintIfDirty(double sharedT) {
        int v = panel.versionProperty().get();
        if (v == seenVersion) {
            return;
        }
        seenVersion = v;
        grid.show(panel.stateUnsafe(), panel.occludedUnsafe(), model.rows(), model.cols(),
                panel.highlightProperty().get());
        var color = ProtocolStyle.color(panel.protocol().id());
        energy.setSharedXMax(sharedT);
        overlap.setSharedXMax(sharedT);
        energy.setLines(List.of(new TimeSeriesPlot.Line(panel.energySeries(), color, 2, null)));
        overlap.setLines(List.of(new TimeSeriesPlot.Line(panel.overlapSeries(), color, 2, null)));
        EndState e = panel.end();
        int tg = model.targetProperty().get();
        boolean reached = e != null && e.kind() == EndState.Kind.STORED && e.patternIndex() == tg;
        end.pseudoClassStateChanged(REACHED, reached);
        end.pseudoClassStateChanged(MISSED, e != null && !reached);
    }

    /** Forces a repaint on the next frame (the shared axis changed). */
    void invalidate() {
        seenVersion = -1;
    }
}
