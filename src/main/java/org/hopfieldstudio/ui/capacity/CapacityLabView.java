package org.hopfieldstudio.ui.capacity;

import org.hopfieldstudio.ui.Styles;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.hopfieldstudio.analysis.BasinSweep;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.common.NumberField;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The capacity lab (a tab's content, "Capacity lab"): sweep the load α = p/N for several writing protocols
 * with the same patterns and probes, and compare recall, stability and overlap with the theory of DESIGN §3;
 * or compare their basins of attraction at one p.
 *
 * <p>Node ids: {@code #capacityNeurons}, {@code #capacityOverlay}, {@code #capacityProbes}, {@code #capacityLoads}, {@code #capacityTrials}, {@code #capacityNoise},
 * {@code #capacitySeed}, {@code #capacityNewSeed}, {@code #capacityProtocol-<id>} (check box) and
 * {@code #capacityMaxLoad-<id>} (number field), {@code #capacityFailure-<id>}, {@code #capacityBasinPatterns},
 * {@code #capacityMessage}, {@code #capacityRun}, {@code #capacityCancel}, {@code #capacityProgress},
 * {@code #capacityStatus}, {@code #capacityPanelCurve}, {@code #capacityPanelBasins}, {@code #capacityMetric-<name>},
 * {@code #capacityExport}, {@code #capacityChart}, {@code #basinChart}, {@code #capacityTable}, {@code #basinTable}.
 */
public final class CapacityLabView extends BorderPane {
    public static final String STYLE_CLASS = "capacity-lab-view";
    public static final String TITLE_CLASS = "view-title";
    public static final String SECTION_CLASS = "section-title";
    public static final String NOTE_CLASS = "view-note";
    public static final String MESSAGE_CLASS = "input-message";
    public static final String FAILURE_CLASS = "protocol-failure";
    public static final String CONTROLS_CLASS = "lab-controls";
    public static final String TOGGLE_BAR_CLASS = "toggle-bar";

    private final CapacityLabViewModel model;
    // N.B. NumberFields (issue 7): text that is not an allowed number turns red with the reason and the range in the
    // tooltip, and the view model keeps its last valid value (the spinners before clamped or threw silently)
    private final NumberField neurons = new NumberField(CapacityLabViewModel.MIN_NEURONS,
            CapacityLabViewModel.MAX_NEURONS, true, 100, "Number of neurons N. Large N runs when what the protocols "
            + "write fits the heap: Hebb and the pseudo-inverse keep W in factored form up to α = 1/8.");
    private final TextField overlay = new TextField();
    private final NumberField probes = new NumberField(0, CapacityLabViewModel.MAX_PROBES, true, 0,
            "Stored patterns per trial checked for stability and recalled from noise (0 = all of them). A few, "
            + "e.g. 20, keep sweeps at large N fast; the fractions stay unbiased estimates.");
    private final TextField loads = new TextField();
    private final TextField trials = new TextField();
    private final TextField noise = new TextField();
    private final TextField seed = new TextField();
    private final Button newSeed = new Button("New");
    private final VBox protocolBox = new VBox(6);
    private final List<CheckBox> protocolChecks = new ArrayList<>();
    private final List<NumberField> maxLoads = new ArrayList<>();
    private final List<Label> failures = new ArrayList<>();
    private final NumberField basinPatterns = new NumberField(1, 3L * CapacityLabViewModel.MAX_NEURONS, true, 10,
            "Stored patterns p of the basin panel (at most 3·N).");
    private final Label message = new Label();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label time = new Label();
    private final Label longWork = new Label();
    private final ToggleButton curvePanel = new ToggleButton("Capacity vs load");
    private final ToggleButton basinPanel = new ToggleButton("Basins of attraction");
    private final ToggleGroup panelGroup = new ToggleGroup();
    private final ToggleGroup metricGroup = new ToggleGroup();
    /** N.B. a FlowPane: at 200 % in a 1024-px window the four toggles wrap instead of running out of the tab. */
    private final javafx.scene.layout.FlowPane metricBar = new javafx.scene.layout.FlowPane();
    private final Button export = new Button("Export CSV…");
    private final CapacityChart chart = new CapacityChart();
    private final BasinChart basinChart = new BasinChart();
    private final TableView<CapacitySweep.Point> table = new TableView<>();
    private final TableView<BasinSweep.Point> basinTable = new TableView<>();
    private final StackPane chartStack = new StackPane();
    private final StackPane tableStack = new StackPane();

    /** A view with its own view model (one background worker; trials inside a point use all cores). */
    public CapacityLabView() {
        this(new CapacityLabViewModel());
    }

    public CapacityLabView(CapacityLabViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public CapacityLabViewModel viewModel() {
        return model;
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(CapacityLabView.class.getResource("capacity.css").toExternalForm());
        neurons.setId("capacityNeurons");
        overlay.setId("capacityOverlay");
        probes.setId("capacityProbes");
        loads.setId("capacityLoads");
        trials.setId("capacityTrials");
        noise.setId("capacityNoise");
        seed.setId("capacitySeed");
        newSeed.setId("capacityNewSeed");
        basinPatterns.setId("capacityBasinPatterns");
        message.setId("capacityMessage");
        run.setId("capacityRun");
        cancel.setId("capacityCancel");
        progress.setId("capacityProgress");
        status.setId("capacityStatus");
        curvePanel.setId("capacityPanelCurve");
        basinPanel.setId("capacityPanelBasins");
        export.setId("capacityExport");
        chart.setId("capacityChart");
        basinChart.setId("basinChart");
        table.setId("capacityTable");
        basinTable.setId("basinTable");

        Label title = new Label("Capacity lab");
        title.getStyleClass().add(TITLE_CLASS);
        Label intro = new Label("Same seed → the same random patterns and noisy probes for every protocol.");
        intro.getStyleClass().add(NOTE_CLASS);
        intro.setWrapText(true);

        neurons.setPrefColumnCount(6);
        overlay.setPromptText("e.g. 400, 1600, 6400");
        overlay.setPrefColumnCount(10);
        Tips.set(overlay, "More sizes N to sweep with the same loads, separated by commas: the chart "
                + "overlays one curve per N (at most " + CapacityLabViewModel.MAX_SIZES + " sizes). A Hebb sweep at "
                + "N = 100, 400, 1600 and 6400 shows the transition sharpening towards α ≈ 0.138. Empty: one N.");
        probes.setPrefColumnCount(6);
        loads.setPromptText("FROM:TO:STEP");
        Tips.set(loads, "Loads α = p/N as FROM:TO:STEP (as the CLI's --loads), or one number");
        Tips.set(trials, "Trials T per load: fresh random patterns each trial");
        Tips.set(noise, "Fraction of bits flipped in each probe before recall");
        Tips.set(seed, "Master seed: the same seed gives the same patterns and probes for every protocol");
        Tips.set(newSeed, "Draw a new random seed");
        for (TextField f : new TextField[] {trials, noise}) {
            f.setPrefColumnCount(6);
        }
        seed.setPrefColumnCount(8);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labelColumn = new javafx.scene.layout.ColumnConstraints();
        labelColumn.setMinWidth(Region.USE_PREF_SIZE); // labels whole; the fields give way (issue 9 point 2)
        grid.getColumnConstraints().add(labelColumn);
        grid.addRow(0, new Label("neurons N"), neurons);
        grid.addRow(1, new Label("overlay N"), overlay);
        grid.addRow(2, new Label("loads α"), loads);
        grid.addRow(3, new Label("trials T"), trials);
        grid.addRow(4, new Label("probes/trial"), probes);
        grid.addRow(5, new Label("probe noise"), noise);
        HBox seedRow = new HBox(6, seed, newSeed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(6, new Label("seed"), seedRow);

        // N.B. no "…" in the title ("sweep up to α ≤ …)" read as a cut label, on screen and to OCR): each row's own
        // α ≤ field says how far
        Label protocolsTitle = new Label("Protocols (each swept up to its α)");
        protocolsTitle.getStyleClass().add(SECTION_CLASS);
        for (ProtocolChoice c : model.protocols()) {
            CheckBox box = new CheckBox(ProtocolStyle.shortName(c.id()));
            box.setId("capacityProtocol-" + c.id());
            Rectangle swatch = new Rectangle(14, 14, ProtocolStyle.color(c.id()));
            box.setGraphic(swatch);
            Tips.set(box, c.protocol().displayName() + "\n" + c.protocol().formula() + "\n\n"
                    + c.protocol().description());
            NumberField max = new NumberField(0.02, 4, false, c.maxLoadProperty().get(),
                    "Loads above this α are not swept for " + ProtocolStyle.shortName(c.id()) + ".");
            max.setId("capacityMaxLoad-" + c.id());
            max.setPrefColumnCount(4);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label le = new Label("α ≤");
            HBox row = new HBox(6, box, spacer, le, max);
            row.setAlignment(Pos.CENTER_LEFT);
            Label failure = new Label();
            failure.setId("capacityFailure-" + c.id());
            failure.getStyleClass().add(FAILURE_CLASS);
            failure.setWrapText(true);
            protocolBox.getChildren().addAll(row, failure);
            protocolChecks.add(box);
            maxLoads.add(max);
            failures.add(failure);
        }
        Label slowNote = new Label("TRN and Krauth–Mézard are slower: TRN trains ≈ 1.5 s per write at N = 100, "
                + "Krauth–Mézard needs many updates near its bound α = 2.");
        slowNote.getStyleClass().add(NOTE_CLASS);
        slowNote.setWrapText(true);

        Label basinTitle = new Label("Basins panel");
        basinTitle.getStyleClass().add(SECTION_CLASS);
        basinPatterns.setPrefColumnCount(6);
        HBox basinRow = new HBox(8, new Label("stored patterns p"), basinPatterns);
        basinRow.setAlignment(Pos.CENTER_LEFT);

        message.getStyleClass().add(MESSAGE_CLASS);
        message.setWrapText(true);
        run.setDefaultButton(true);
        run.setMaxWidth(Double.MAX_VALUE);
        cancel.setMaxWidth(Double.MAX_VALUE);
        cancel.setCancelButton(true);
        HBox.setHgrow(run, Priority.ALWAYS);
        HBox.setHgrow(cancel, Priority.ALWAYS);
        HBox buttons = new HBox(8, run, cancel);
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        status.getStyleClass().add(NOTE_CLASS);

        time.setId("capacityTime");
        time.getStyleClass().add(NOTE_CLASS);
        longWork.setId("capacityLongWork");
        longWork.setWrapText(true);
        longWork.getStyleClass().add(Styles.WARNING_BANNER);
        // N.B. the progress and the estimates come right under Run / Cancel (issue 7, point 3)
        VBox controls = new VBox(8, title, intro, grid, protocolsTitle, protocolBox, slowNote, basinTitle, basinRow,
                message, buttons, progress, time, longWork, status);
        controls.getStyleClass().add(CONTROLS_CLASS);
        controls.setPadding(new Insets(4, 12, 8, 4));
        controls.setPrefWidth(330);
        ScrollPane scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        // N.B. at most half the tab (layoutChildren): at 200 % in a 1024-px window the controls scroll sideways rather
        // than leave the chart a strip
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        controlsScroll = scroll;
        scroll.setMinWidth(340);
        scroll.setPrefWidth(350);
        scroll.setId("capacityControls"); // N.B. widths in em in studio.css, so they follow the zoom
        setLeft(scroll);

        curvePanel.setToggleGroup(panelGroup);
        basinPanel.setToggleGroup(panelGroup);
        // N.B. wraps like the metric toggles below (their wrap length is set with the top bar's)
        javafx.scene.layout.FlowPane panelBar = new javafx.scene.layout.FlowPane(curvePanel, basinPanel);
        panelBar.getStyleClass().add(TOGGLE_BAR_CLASS);
        for (Metric m : Metric.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("capacityMetric-" + m.name().toLowerCase());
            b.setUserData(m);
            b.setToggleGroup(metricGroup);
            metricBar.getChildren().add(b);
        }
        metricBar.getStyleClass().add(TOGGLE_BAR_CLASS);
        Label show = new Label("show");
        // N.B. wraps rather than cutting the toggles to "…" in a narrow or zoomed window
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox showGroup = new HBox(12, show, metricBar);
        showGroup.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane topBar = new javafx.scene.layout.FlowPane(12, 6, panelBar, showGroup, export) {
            /**
             * N.B. as narrow as its widest part can get (the toggle bars wrap), not as wide as that part would like: a
             * FlowPane's minimum is otherwise its widest child's preferred width, which here follows the bar's own
             * width (the wrap lengths below), and the lab kept the width it had (1391 px in a 1024-px window).
             */
            @Override
            protected double computeMinWidth(double height) {
                double w = 0;
                for (javafx.scene.Node c : getManagedChildren()) {
                    w = Math.max(w, c.minWidth(-1));
                }
                return snappedLeftInset() + w + snappedRightInset();
            }
        };
        // N.B. the toggles' rows are at most as wide as the bar minus "show", so the group never runs out of the tab
        panelBar.prefWrapLengthProperty().bind(topBar.widthProperty().subtract(4));
        metricBar.prefWrapLengthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(50, topBar.getWidth() - show.prefWidth(-1) - 12 - 4), topBar.widthProperty()));
        topBar.setAlignment(Pos.CENTER_LEFT);
        topBar.setPadding(new Insets(0, 0, 8, 0));

        buildTable();
        buildBasinTable();
        chartStack.getChildren().addAll(chart, basinChart);
        tableStack.getChildren().addAll(table, basinTable);
        for (Region r : new Region[] {chart, basinChart}) {
            r.setPrefSize(800, 480);
        }
        SplitPane split = new SplitPane(chartStack, tableStack);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox center = new VBox(topBar, split);
        this.center = center;
        this.controls = controls;
        VBox.setVgrow(split, Priority.ALWAYS);
        center.setPadding(new Insets(0, 4, 0, 10));
        // N.B. the chart keeps a readable height (issue 9, session 5): at 200 % in a 1024×768 window the wrapped
        // toggle bars left it a strip about 200 px tall with "Press Run" over its axes. The column scrolls instead
        // (the bars scroll away above the chart); in a large window it fills the height as before, no scroll bar
        org.hopfieldstudio.ui.theme.PlotStyle.follow(this, st -> {
            // N.B. about 15 lines of plot text: title, axes and a four-entry legend inside the plot area (in the
            // projector palette's larger text at 200 % the legend ran over the x tick labels at 12)
            double chartMin = Math.max(st.px(200), 15 * st.fontSize());
            chartStack.setMinHeight(chartMin);
            tableStack.setMinHeight(Math.max(st.px(100), 6 * st.fontSize()));
            for (Region r : new Region[] {chart, basinChart}) {
                r.setMinSize(200, chartMin);
            }
        });
        ScrollPane centerScroll = org.hopfieldstudio.ui.common.PageScroll.vertical(center, "capacityCenter");
        setCenter(centerScroll);
        setPadding(new Insets(10));
    }

    private ScrollPane controlsScroll;
    private VBox center;
    private VBox controls;
    private Boolean stacked;
    /** Narrower than this many em, the lab is one column: chart first, the controls under it, all scrolling. */
    static final double ONE_COLUMN_EM = 64;

    /**
     * One column in a narrow tab (issue 9, session 5): at 1024×768 at 200 % the controls took half the width and the
     * chart's plot area was a 300-px square under its own legend; now the chart gets the tab's width and the
     * controls follow it down the page (the chart first: it is what the class looks at).
     */
    private void stack(boolean oneColumn) {
        if (stacked != null && stacked == oneColumn) {
            return;
        }
        stacked = oneColumn;
        if (oneColumn) {
            setLeft(null);
            controlsScroll.setContent(null);
            center.getChildren().add(controls);
        } else {
            center.getChildren().remove(controls);
            controlsScroll.setContent(controls);
            setLeft(controlsScroll);
        }
    }

    @Override
    protected void layoutChildren() {
        double em = org.hopfieldstudio.ui.theme.Theme.of(getScene())
                .map(org.hopfieldstudio.ui.theme.Theme::rootFontPx).orElse(13.0);
        stack(getWidth() > 0 && getWidth() < ONE_COLUMN_EM * em);
        if (controlsScroll != null) {
            double half = Math.max(controlsScroll.minWidth(-1), 0.5 * getWidth());
            if (controlsScroll.getMaxWidth() != half) {
                controlsScroll.setMaxWidth(half);
            }
        }
        super.layoutChildren();
    }

    private void buildTable() {
        table.getColumns().add(textColumn("protocol", CapacitySweep.Point::protocol, true));
        table.getColumns().add(textColumn("neurons", p -> Integer.toString(p.neurons()), false));
        table.getColumns().add(textColumn("patterns", p -> Integer.toString(p.patterns()), false));
        table.getColumns().add(textColumn("load", p -> CapacityCsv.num(p.load()), false));
        table.getColumns().add(textColumn("trials", p -> Integer.toString(p.trials()), false));
        table.getColumns().add(textColumn("stable_fraction", p -> fixed(p.stableFraction()), false));
        table.getColumns().add(textColumn("recall_fraction", p -> fixed(p.recallFraction()), false));
        table.getColumns().add(textColumn("mean_overlap", p -> fixed(p.meanOverlap()), false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // N.B. short: the chart above says what Run does, and a narrow table (200 % in a 1024-px window) cut the longer one
        table.setPlaceholder(new Label("No results yet."));
        // N.B. the table scrolls sideways; its minimum is otherwise the sum of its columns' (each as wide as its
        // header, Reflow), and at 200 % that made the whole lab wider than a 1024-px window
        table.setMinWidth(0);
        table.setItems(model.results());
    }

    private void buildBasinTable() {
        basinTable.getColumns().add(textColumn("protocol", BasinSweep.Point::protocol, true));
        basinTable.getColumns().add(textColumn("neurons", p -> Integer.toString(p.neurons()), false));
        basinTable.getColumns().add(textColumn("patterns", p -> Integer.toString(p.patterns()), false));
        basinTable.getColumns().add(textColumn("distance", p -> Integer.toString(p.distance()), false));
        basinTable.getColumns().add(textColumn("trials", p -> Integer.toString(p.trials()), false));
        basinTable.getColumns().add(textColumn("recall_fraction", p -> fixed(p.recallFraction()), false));
        basinTable.getColumns().add(textColumn("mean_overlap", p -> fixed(p.meanOverlap()), false));
        basinTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        basinTable.setPlaceholder(new Label("No basin results yet: choose p and press Run."));
        basinTable.setMinWidth(0); // N.B. as the results table
        basinTable.setItems(model.basinResults());
    }

    private static String fixed(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    /** A text column; the protocol column shows the protocol's colour swatch. Values sort as numbers where they are. */
    private static <T> TableColumn<T, String> textColumn(String name, Function<T, String> value, boolean swatch) {
        TableColumn<T, String> col = new TableColumn<>(name);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        col.setComparator((a, b) -> {
            try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        });
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setGraphic(empty || !swatch || item == null ? null : new Rectangle(12, 12, ProtocolStyle.color(item)));
                setAlignment(swatch ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            }
        });
        return col;
    }

    private void initListeners() {
        sync(neurons, model.neuronsProperty());
        sync(probes, model.probesProperty());
        overlay.textProperty().bindBidirectional(model.overlayNeuronsTextProperty());
        model.validationMessageProperty().addListener((o, a, m) -> markOverlay(m));
        markOverlay(model.validationMessageProperty().get());
        loads.textProperty().bindBidirectional(model.loadsTextProperty());
        trials.textProperty().bindBidirectional(model.trialsTextProperty());
        noise.textProperty().bindBidirectional(model.noiseTextProperty());
        seed.textProperty().bindBidirectional(model.seedTextProperty());
        newSeed.setOnAction(e -> model.newSeed());

        for (int k = 0; k < model.protocols().size(); k++) {
            ProtocolChoice c = model.protocols().get(k);
            protocolChecks.get(k).selectedProperty().bindBidirectional(c.selectedProperty());
            NumberField max = maxLoads.get(k);
            max.valueProperty().set(c.maxLoadProperty().get());
            max.valueProperty().addListener((o, a, v) -> c.maxLoadProperty().set(v.doubleValue()));
            c.maxLoadProperty().addListener((o, a, v) -> max.valueProperty().set(v.doubleValue()));
            Label failure = failures.get(k);
            failure.textProperty().bind(c.failureProperty());
            failure.visibleProperty().bind(c.failureProperty().isNotEmpty());
            failure.managedProperty().bind(failure.visibleProperty());
            c.failureProperty().addListener((o, a, v) -> showCapacity());
        }
        sync(basinPatterns, model.basinPatternsProperty());

        message.textProperty().bind(model.validationMessageProperty());
        message.visibleProperty().bind(model.validationMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        run.disableProperty().bind(model.runningProperty().or(model.validationMessageProperty().isNotEmpty()));
        cancel.disableProperty().bind(model.runningProperty().not());
        run.textProperty().bind(javafx.beans.binding.Bindings.when(
                model.panelProperty().isEqualTo(CapacityLabViewModel.Panel.BASINS)).then("Run basins").otherwise("Run sweep"));
        run.setOnAction(e -> model.run());
        cancel.setOnAction(e -> model.cancel());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        time.textProperty().bind(model.timeTextProperty());
        longWork.textProperty().bind(model.longWorkProperty());
        longWork.visibleProperty().bind(model.longWorkProperty().isNotEmpty());
        longWork.managedProperty().bind(longWork.visibleProperty());

        panelGroup.selectToggle(model.panelProperty().get() == CapacityLabViewModel.Panel.BASINS ? basinPanel : curvePanel);
        panelGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                panelGroup.selectToggle(a); // N.B. one panel is always selected
            } else {
                model.panelProperty().set(t == basinPanel ? CapacityLabViewModel.Panel.BASINS
                        : CapacityLabViewModel.Panel.CAPACITY);
            }
        });
        model.panelProperty().addListener((o, a, p) -> showPanel());
        metricGroup.getToggles().stream().filter(t -> t.getUserData() == model.metricProperty().get()).findFirst()
                .ifPresent(metricGroup::selectToggle);
        metricGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                metricGroup.selectToggle(a);
            } else {
                model.metricProperty().set((Metric) t.getUserData());
            }
        });
        model.metricProperty().addListener((o, a, m) -> {
            // N.B. the toggles follow a metric set by the model (a workspace, a demo), not only by a click
            metricGroup.getToggles().stream().filter(t -> t.getUserData() == m).findFirst()
                    .ifPresent(metricGroup::selectToggle);
            showCapacity();
            showBasins();
        });
        export.disableProperty().bind(model.exportableBinding().not());
        export.setOnAction(e -> exportCsv());

        model.results().addListener((ListChangeListener<CapacitySweep.Point>) c -> showCapacity());
        model.basinResults().addListener((ListChangeListener<BasinSweep.Point>) c -> showBasins());
        model.sweepNeuronsProperty().addListener((o, a, v) -> {
            showCapacity();
            showBasins();
        });
        model.sweepMaxLoadProperty().addListener((o, a, v) -> showCapacity());
        showPanel();
        showCapacity();
        showBasins();
    }

    /** Two-way link of a whole-number field and an integer property of the view model. */
    private static void sync(NumberField field, javafx.beans.property.IntegerProperty property) {
        field.valueProperty().set(property.get());
        field.valueProperty().addListener((o, a, v) -> {
            if (v.intValue() != property.get()) {
                property.set(v.intValue());
            }
        });
        property.addListener((o, a, v) -> field.valueProperty().set(v.doubleValue()));
    }

    /** The overlay field turns red while its text is what the validation message refuses. */
    private void markOverlay(String message) {
        overlay.getStyleClass().remove(Styles.INVALID);
        if (message != null && message.startsWith("Overlay N")) {
            overlay.getStyleClass().add(Styles.INVALID);
        }
    }

    private void showPanel() {
        boolean basins = model.panelProperty().get() == CapacityLabViewModel.Panel.BASINS;
        chart.setVisible(!basins);
        table.setVisible(!basins);
        basinChart.setVisible(basins);
        basinTable.setVisible(basins);
        // stable fraction is a capacity measure only
        metricBar.getChildren().get(Metric.STABLE.ordinal()).setDisable(basins);
        if (basins && model.metricProperty().get() == Metric.STABLE) {
            model.metricProperty().set(Metric.RECALL);
        }
    }

    private void showCapacity() {
        List<String> order = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        Set<String> present = new HashSet<>();
        model.results().forEach(p -> present.add(p.protocol()));
        for (ProtocolChoice c : model.protocols()) {
            boolean hasFailure = !c.failureProperty().get().isEmpty();
            if (present.contains(c.id()) || hasFailure || (model.results().isEmpty() && c.selectedProperty().get())) {
                order.add(c.id());
            }
            if (hasFailure) {
                failed.add(c.id());
            }
        }
        chart.setData(model.results(), model.metricProperty().get(), model.sweepNeuronsProperty().get(),
                model.sweepMaxLoadProperty().get(), order, failed);
    }

    private void showBasins() {
        basinChart.setData(model.basinResults(), model.metricProperty().get() == Metric.OVERLAP,
                model.sweepNeuronsProperty().get(), model.basinSweepPatternsProperty().get());
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.panelProperty().get() == CapacityLabViewModel.Panel.BASINS ? "Export basin results"
                : "Export capacity results");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            model.exportCsv(f.toPath());
        }
    }
}
