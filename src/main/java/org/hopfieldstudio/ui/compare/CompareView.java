package org.hopfieldstudio.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.ProtocolParameter;
import org.hopfieldstudio.ui.capacity.BasinChart;
import org.hopfieldstudio.ui.capacity.ProtocolStyle;
import org.hopfieldstudio.ui.protocol.ParameterValue;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The Compare tab: protocol choice, shared controls, one panel per protocol recalling the same cue in lockstep, the
 * overlap plane and the basin curves. Binds to {@link CompareViewModel} and forwards; the studio's frame pump calls
 * {@link #repaintIfDirty()} once per frame.
 */
public final class CompareView extends BorderPane {
    public static final String STYLE = "compare-view";

    private final CompareViewModel model;
    private final GridPane panelGrid = new GridPane() {
        @Override
        protected void layoutChildren() {
            arrangePanels(); // N.B. here, so a new zoom (same width, larger titles) re-counts the columns too
            super.layoutChildren();
        }
    };
    private int arrangedColumns = -1;
    private final List<PanelView> panelViews = new ArrayList<>();
    private final OverlapPlanePlot plane = new OverlapPlanePlot();
    private final BasinChart basins = new BasinChart();
    private final ComboBox<Integer> planeA = new ComboBox<>();
    private final ComboBox<Integer> planeB = new ComboBox<>();
    private final Button play = button("Play", "comparePlay", "Play all panels in lockstep (the same steps per frame)");
    private final Label summary = new Label();
    private final Label status = new Label();
    private final ProgressBar basinProgress = new ProgressBar(0);
    private final Label basinStatus = new Label();
    private int seenChartVersion = -1;
    private int seenBasinVersion = -1;

    public CompareView(CompareViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public CompareViewModel viewModel() {
        return model;
    }

    private void createView() {
        getStyleClass().add(STYLE);
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        setId("compareView");
        setPadding(new Insets(8));

        Label title = new Label("Compare writing protocols");
        title.getStyleClass().add("view-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("The cue is the grid of the Memory tab (corrupt or occlude it there). Every protocol "
                + "recalls it with the same order and seed, so the panels update the same neuron at each step.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        FlowPane choice = new FlowPane(10, 4);
        choice.setAlignment(Pos.CENTER_LEFT);
        for (CompareSlot s : model.slots()) {
            CheckBox cb = new CheckBox(ProtocolStyle.shortName(s.protocol().id()));
            cb.setId("compareChoose-" + s.protocol().id());
            cb.setGraphic(new Rectangle(10, 10, ProtocolStyle.color(s.protocol().id())));
            cb.selectedProperty().bindBidirectional(s.selectedProperty());
            Tips.set(cb, s.protocol().displayName() + ": " + s.protocol().formula());
            choice.getChildren().add(cb);
        }
        TitledPane params = new TitledPane("Parameters", parameterGrid());
        params.setExpanded(false);
        params.setAnimated(false);

        Button write = button("Write W", "compareWrite", "Write W for every chosen protocol (in parallel; a W already "
                + "written for these patterns and parameters is reused)");
        Button step = button("Step", "compareStep", "One neuron update in every panel");
        Button sweep = button("Sweep", "compareSweep", "To the end of the current sweep in every panel");
        Button run = button("Run", "compareRun", "Every panel to its end state, in lockstep");
        Button reset = button("Reset", "compareReset", "Back to the cue in every panel");
        Button replay = button("Replay", "compareReplay", "The identical run again (same cue, order and seed)");
        play.getStyleClass().add("accent");
        write.setOnAction(e -> model.write());
        play.setOnAction(e -> model.togglePlay());
        step.setOnAction(e -> model.step());
        sweep.setOnAction(e -> model.sweep());
        run.setOnAction(e -> model.runToEnd());
        reset.setOnAction(e -> model.reset());
        replay.setOnAction(e -> model.replay());
        Slider speed = new Slider(0, 1, model.speedProperty().get());
        speed.setId("compareSpeed");
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setPrefWidth(140);
        Label speedText = new Label();
        speedText.textProperty().bind(model.speedTextProperty());
        speedText.getStyleClass().add("hint");
        ComboBox<UpdateOrder> order = new ComboBox<>();
        order.getItems().addAll(UpdateOrder.values());
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setId("compareOrder");
        Tips.set(order, "Update order (shared with the Memory tab)");
        TextField seed = new TextField(Long.toString(model.seedProperty().get()));
        seed.setId("compareSeed");
        seed.setPrefColumnCount(6);
        Tips.set(seed, "Seed of the neuron order (shared with the Memory tab)");
        seed.setOnAction(e -> applySeed(seed));
        seed.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                applySeed(seed);
            }
        });
        model.seedProperty().addListener((o, a, b) -> seed.setText(Long.toString(b.longValue())));
        HBox speedBox = new HBox(6, new Label("Speed"), speed, speedText);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        HBox seedBox = new HBox(6, new Label("Seed"), seed);
        seedBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(6, 4, write, play, step, sweep, run, reset, replay, speedBox, order, seedBox);
        controls.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add("compare-summary");
        summary.setId("compareSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add("hint");
        status.setId("compareStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox head = new HBox(12, title, choice);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choice, Priority.ALWAYS);
        VBox top = new VBox(4, head, hint, controls, params, status, summary);
        top.setPadding(new Insets(0, 0, 6, 0));
        setTop(top);

        panelGrid.setHgap(6);
        panelGrid.setVgap(6);
        // N.B. the panels share the height they get, each grid shrinking first (down to 80 px); below their minimum
        // (a short screen at a large zoom) the panels scroll rather than print over each other, and a narrow one
        // puts fewer panels in a row (arrangePanels)
        panelGrid.setMinWidth(0);
        ScrollPane panelScroll = new ScrollPane(panelGrid);
        panelScroll.setId("comparePanelScroll");
        panelScroll.setFitToWidth(true);
        panelScroll.setFitToHeight(true);
        panelScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        panelScroll.setMinSize(0, 0);
        org.hopfieldstudio.ui.common.PageScroll.uncacheViewport(panelScroll);

        planeA.setId("comparePlaneA");
        planeB.setId("comparePlaneB");
        Label planeLabelA = new Label("Plane: a =");
        Label planeLabelB = new Label("b =");
        // N.B. whole: the chart column scrolls sideways instead (200 %: they showed "Plane: a…" and "b…")
        planeLabelA.setMinWidth(Region.USE_PREF_SIZE);
        planeLabelB.setMinWidth(Region.USE_PREF_SIZE);
        HBox planeBar = new HBox(6, planeLabelA, planeA, planeLabelB, planeB);
        planeBar.setAlignment(Pos.CENTER_LEFT);
        VBox planeBox = new VBox(4, planeBar, plane);
        VBox.setVgrow(plane, Priority.ALWAYS);

        Button runBasins = button("Basins", "compareBasins", "Fraction of probes recalled exactly against the bits "
                + "flipped (0 to N/2), the same probes for every protocol");
        Button cancelBasins = button("Cancel", "compareBasinsCancel", "Stop the basin sweep");
        runBasins.setOnAction(e -> model.runBasins());
        cancelBasins.setOnAction(e -> model.cancelBasins());
        runBasins.disableProperty().bind(model.basinRunningProperty());
        cancelBasins.disableProperty().bind(model.basinRunningProperty().not());
        basinProgress.progressProperty().bind(model.basinProgressProperty());
        basinProgress.visibleProperty().bind(model.basinRunningProperty());
        basinProgress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(basinProgress, Priority.ALWAYS);
        basinStatus.textProperty().bind(model.basinStatusProperty());
        basinStatus.getStyleClass().add("hint");
        basinStatus.setWrapText(true);
        basinStatus.setMinHeight(Region.USE_PREF_SIZE);
        basins.setEmptyText("Press Basins: one curve per protocol");
        basins.setMinSize(200, 100);
        basins.setPrefSize(420, 300);
        HBox basinBar = new HBox(6, runBasins, cancelBasins, basinProgress);
        basinBar.setAlignment(Pos.CENTER_LEFT);
        VBox basinBox = new VBox(4, basinBar, basinStatus, basins);
        VBox.setVgrow(basins, Priority.ALWAYS);

        // N.B. small minimum heights: a 720-pixel screen must not push the panels' bottom out of the window
        plane.setMinSize(200, 100);
        // N.B. a column rather than a vertical split pane: the split pane gave each part a share of the height below
        // its minimum (1920×1080 at 200 %), its divider crossed the Basins button and the basin note was cut; the
        // column scrolls instead, each chart growing with the room there is
        VBox right = new VBox(8, planeBox, basinBox) {
            /** N.B. at its own width: the scroll pane asks without one, and the wrapped basin note then did not fit. */
            @Override
            protected double computeMinHeight(double width) {
                return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
            }
        };
        VBox.setVgrow(planeBox, Priority.ALWAYS);
        VBox.setVgrow(basinBox, Priority.ALWAYS);
        // N.B. the plane and the basin chart keep room for their text at the zoom's size; the column scrolls below that.
        // The plane's key takes up to two more rows of tick text above its plot area where one row is too narrow for
        // it (a large zoom): its plot area does not give them up
        org.hopfieldstudio.ui.theme.PlotStyle.follow(this, st -> {
            double h = 9 * st.fontSize() + st.px(40);
            plane.setMinHeight(Math.max(100, h + 2.4 * st.fontSize()));
            basins.setMinHeight(Math.max(100, h));
        });
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setId("compareChartsScroll");
        rightScroll.setFitToWidth(true);
        rightScroll.setFitToHeight(true);
        // N.B. sideways too where the column is narrower than its charts' minimum (1920×1080 at 200 %)
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        rightScroll.setMinSize(0, 0);
        org.hopfieldstudio.ui.common.PageScroll.uncacheViewport(rightScroll);
        // N.B. resizable with the split: inside the page scroll the split is laid out small first, and a fixed right part kept that width (132 px)
        SplitPane split = new SplitPane(panelScroll, rightScroll) {
            /**
             * N.B. as tall as the chart column needs (issue 9, session 5): at 1024×768 at 200 % the text above left the
             * split an 88-px strip, where neither chart could be seen whole; now the tab scrolls (page below) instead
             */
            @Override
            protected double computeMinHeight(double width) {
                return right.minHeight(right.getWidth() > 0 ? right.getWidth() : -1) + 2;
            }
        };
        split.setDividerPositions(0.66);
        VBox page = new VBox(top, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setTop(null);
        ScrollPane pageScroll = org.hopfieldstudio.ui.common.PageScroll.vertical(page, "comparePage");
        setCenter(pageScroll);
    }

    /**
     * N.B. the scroll pane's skin caches its viewport as a bitmap; the panels' canvases change every frame, and with
     * the cache they showed stale pictures (seen in screenshots), so the viewport is drawn directly.
     */
    private void applySeed(TextField seed) {
        try {
            model.seedProperty().set(Long.parseLong(seed.getText().trim()));
        } catch (NumberFormatException e) {
            seed.setText(Long.toString(model.seedProperty().get()));
        }
    }

    private Node parameterGrid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        int row = 0;
        for (CompareSlot s : model.slots()) {
            if (s.parameters().isEmpty()) {
                continue;
            }
            Label name = new Label(ProtocolStyle.shortName(s.protocol().id()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            FlowPane fields = new FlowPane(10, 4);
            for (ParameterValue v : s.parameters()) {
                fields.getChildren().add(editor(v));
            }
            g.add(name, 0, row);
            g.add(fields, 1, row);
            GridPane.setHgrow(fields, Priority.ALWAYS);
            row++;
        }
        return g;
    }

    private static Node editor(ParameterValue v) {
        ProtocolParameter p = v.parameter();
        Label l = new Label(p.label());
        Node field;
        if (p.kind() == ProtocolParameter.Kind.BOOLEAN) {
            CheckBox cb = new CheckBox();
            cb.setSelected(v.value() != 0);
            cb.selectedProperty().addListener((o, a, b) -> v.valueProperty().set(b ? 1 : 0));
            field = cb;
        } else {
            Spinner<Double> sp = new Spinner<>(p.min(), p.max(), v.value(),
                    p.kind() == ProtocolParameter.Kind.INTEGER ? 1 : Math.max(1e-6, (p.max() - p.min()) / 100));
            sp.setEditable(true);
            sp.setPrefWidth(100);
            sp.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    v.valueProperty().set(b);
                }
            });
            field = sp;
        }
        HBox box = new HBox(4, l, field);
        box.setAlignment(Pos.CENTER_LEFT);
        Tips.set(box, p.description());
        return box;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        Tips.set(b, tip);
        return b;
    }

    private void initListeners() {
        summary.textProperty().bind(model.summaryProperty());
        status.textProperty().bind(model.statusProperty());
        model.playingProperty().addListener((o, a, p) -> play.setText(p ? "Pause" : "Play"));
        model.panels().addListener((ListChangeListener<ComparePanel>) c -> rebuildPanels());
        StringConverter<Integer> names = new StringConverter<>() {
            @Override
            public String toString(Integer mu) {
                PatternSet s = model.stored();
                return mu == null || s == null || mu < 0 || mu >= s.count() ? "" : s.get(mu).name();
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        planeA.setConverter(names);
        planeB.setConverter(names);
        planeA.setOnAction(e -> {
            if (planeA.getValue() != null && planeA.getValue() != model.planeAProperty().get()) {
                model.planeAProperty().set(planeA.getValue());
            }
        });
        planeB.setOnAction(e -> {
            if (planeB.getValue() != null && planeB.getValue() != model.planeBProperty().get()) {
                model.choosePlaneB(planeB.getValue());
            }
        });
        model.planeAProperty().addListener((o, a, b) -> syncPlaneChoices());
        model.planeBProperty().addListener((o, a, b) -> syncPlaneChoices());
        model.basinPoints().addListener((ListChangeListener<Object>) c -> seenBasinVersion = -1);
        rebuildPanels();
        syncPlaneChoices();
    }

    private void syncPlaneChoices() {
        PatternSet s = model.stored();
        int count = s == null ? 0 : s.count();
        if (planeA.getItems().size() != count) {
            List<Integer> idx = new ArrayList<>();
            for (int mu = 0; mu < count; mu++) {
                idx.add(mu);
            }
            planeA.getItems().setAll(idx);
            planeB.getItems().setAll(idx);
        }
        int a = model.planeAProperty().get();
        int b = model.planeBProperty().get();
        planeA.setValue(a >= 0 && a < count ? a : null);
        planeB.setValue(b >= 0 && b < count ? b : null);
        seenChartVersion = -1;
    }

    private void rebuildPanels() {
        panelGrid.getChildren().clear();
        panelGrid.getColumnConstraints().clear();
        panelGrid.getRowConstraints().clear();
        panelViews.clear();
        int n = model.panels().size();
        int cols = n <= 4 ? Math.max(1, n) : 3;
        int rows = (n + cols - 1) / cols;
        for (int k = 0; k < n; k++) {
            PanelView v = new PanelView(model.panels().get(k), model);
            panelViews.add(v);
            panelGrid.add(v, k % cols, k / cols);
        }
        arrangedColumns = -1;
        arrange(cols, n);
        seenChartVersion = -1;
        syncPlaneChoices();
    }

    /** Up to 4 panels in a row (3 when there are more), fewer when the panels would be narrower than they may be. */
    private void arrangePanels() {
        int n = panelViews.size();
        if (n == 0) {
            return;
        }
        double min = 0;
        for (PanelView v : panelViews) {
            min = Math.max(min, v.minColumnWidth());
        }
        double gap = panelGrid.getHgap();
        int fit = (int) Math.floor((panelGrid.getWidth() + gap) / (min + gap));
        int cols = Math.max(1, Math.min(n <= 4 ? n : 3, fit));
        if (panelGrid.getWidth() > 0 && cols != arrangedColumns) {
            arrange(cols, n);
        }
    }

    private void arrange(int cols, int n) {
        arrangedColumns = cols;
        int rows = (n + cols - 1) / cols;
        panelGrid.getColumnConstraints().clear();
        panelGrid.getRowConstraints().clear();
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setFillWidth(true);
            panelGrid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            panelGrid.getRowConstraints().add(rc);
        }
        for (int k = 0; k < panelViews.size(); k++) {
            GridPane.setConstraints(panelViews.get(k), k % cols, k / cols);
        }
        // N.B. the new column count applies from the next layout pass
        panelGrid.requestLayout();
    }

    /** Once per frame (the studio's frame pump). */
    public void repaintIfDirty() {
        int v = model.chartVersionProperty().get();
        double sharedT = 0;
        for (ComparePanel p : model.panels()) {
            var s = p.energySeries();
            if (s.size() > 0) {
                sharedT = Math.max(sharedT, s.x(s.size() - 1));
            }
        }
        boolean chartsChanged = v != seenChartVersion;
        for (PanelView pv : panelViews) {
            if (chartsChanged) {
                pv.invalidate();
            }
            pv.repaintIfDirty(sharedT);
        }
        if (chartsChanged) {
            seenChartVersion = v;
            plane.setData(model.panels().stream().filter(p -> p.status() == ComparePanel.Status.READY).toList(),
                    model.stored(), model.planeAProperty().get(), model.planeBProperty().get());
        }
        if (seenBasinVersion < 0) {
            seenBasinVersion = 1;
            PatternSet s = model.stored();
            basins.setData(model.basinPoints(), false, s == null ? 100 : s.neurons(), s == null ? 1 : s.count());
        }
    }
}
