package org.hopfieldstudio.ui;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hopfieldstudio.ui.capacity.CapacityLabView;
import org.hopfieldstudio.ui.capacity.CapacityLabViewModel;
import javafx.scene.control.Accordion;
import org.hopfieldstudio.ui.census.CensusView;
import org.hopfieldstudio.ui.compare.CompareView;
import org.hopfieldstudio.ui.heatmap.ReceptiveFieldPane;
import org.hopfieldstudio.ui.crosstalk.CrosstalkView;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;
import org.hopfieldstudio.ui.heatmap.WeightHeatmapView;
import org.hopfieldstudio.ui.heatmap.WeightHeatmapViewModel;
import org.hopfieldstudio.ui.diag.FrameStats;
import org.hopfieldstudio.ui.figure.FigureEvent;
import org.hopfieldstudio.ui.figure.FigureExport;
import org.hopfieldstudio.ui.figure.NodeFigure;
import org.hopfieldstudio.ui.grid.GridView;
import org.hopfieldstudio.ui.library.LibraryView;
import org.hopfieldstudio.ui.notify.MessageLogView;
import org.hopfieldstudio.ui.notify.StatusBar;
import org.hopfieldstudio.ui.notify.ToastPane;
import org.hopfieldstudio.ui.protocol.ProtocolView;
import org.hopfieldstudio.ui.recall.RecallView;
import org.hopfieldstudio.ui.theme.Reflow;
import org.hopfieldstudio.ui.theme.Theme;
import javafx.scene.layout.Region;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The main window content: tabs "Memory" (library + protocol | grid | recall + charts), "Weights",
 * "Crosstalk" and "Capacity lab", toasts on top. One {@link AnimationTimer} (the frame pump) drives everything that animates:
 * it lets the recall pull its newest snapshot, then repaints the grid, charts and raster if they changed.
 */
public final class StudioView extends StackPane {
    static final String FPS_PROPERTY = "hopfield.fps";
    private static final int[] SIZES = {5, 8, 10, 16, 20, 25, 32, 50, 64, 100};

    private final StudioModel model;
    private final GridView gridView;
    private final LibraryView libraryView;
    private final ProtocolView protocolView;
    private final RecallView recallView;
    private final CensusView censusView;
    private final ToastPane toasts;
    private final StatusBar statusBar;
    private final MessageLogView messageLog;
    private final TabPane tabs = new TabPane();
    private final ReceptiveFieldPane receptiveField;
    private final org.hopfieldstudio.ui.lessons.LessonsViewModel lessons;
    private final org.hopfieldstudio.ui.lessons.LessonsPanel lessonsPanel;
    private java.util.List<Tab> allTabs = java.util.List.of();
    private org.hopfieldstudio.ui.workspace.WorkspaceActions workspaceActions;
    private final BorderPane window = new BorderPane();
    private final Tab weightsTab = new Tab("Weights");
    private final Tab crosstalkTab = new Tab("Crosstalk");
    private final Tab capacityTab = new Tab("Capacity lab");
    private final Tab compareTab = new Tab("Compare");
    // N.B. the view models of the Weights, Crosstalk and Capacity lab tabs live from the start (lessons, workspace
    // settings and the Memory tab's receptive field use them); their views are built when their tab first needs them
    // (at once, or after the first frame at start-up: buildHiddenTabsLater)
    private final WeightHeatmapViewModel heatmapModel = new WeightHeatmapViewModel();
    private final CrosstalkViewModel crosstalkModel = new CrosstalkViewModel();
    private final CapacityLabViewModel capacityModel = new CapacityLabViewModel();
    private WeightHeatmapView heatmap;
    private CrosstalkView crosstalk;
    private CapacityLabView capacityLab;
    private CompareView compareView;
    private final java.util.Map<Tab, java.util.function.Supplier<Node>> laterTabs = new java.util.LinkedHashMap<>();
    private final ComboBox<Integer> sizeBox = new ComboBox<>();
    private final Label fpsOverlay = new Label();
    private final FrameStats frameStats = new FrameStats();
    private final boolean logFps = Boolean.getBoolean(FPS_PROPERTY);
    private final AnimationTimer pump;
    // presentation mode (issue 9): palette and zoom, keyboard help
    private final Theme theme = new Theme();
    private final ShortcutHelp shortcutHelp = new ShortcutHelp();
    private MemoryLayout memory;

    public StudioView(StudioModel model) {
        this(model, false);
    }

    /**
     * @param buildHiddenTabsLater start-up (issue 12): the views of the tabs not on show are built when their tab
     *        joins the scene ({@link #laterTabs}, {@link StartupStaging}), not here: about a third of the window's
     *        construction time before its first frame
     */
    public StudioView(StudioModel model, boolean buildHiddenTabsLater) {
        this.model = model;
        this.gridView = new GridView(model.grid());
        this.libraryView = new LibraryView(model.library());
        this.protocolView = new ProtocolView(model.protocol());
        this.recallView = new RecallView(model.recall());
        this.censusView = new CensusView(model.census());
        this.receptiveField = new ReceptiveFieldPane(heatmapModel);
        this.lessons = new org.hopfieldstudio.ui.lessons.LessonsViewModel(model, crosstalkModel);
        this.lessonsPanel = new org.hopfieldstudio.ui.lessons.LessonsPanel(lessons,
                (tex, display) -> new org.hopfieldstudio.ui.math.FormulaView(org.hopfieldstudio.ui.math.Tex.of(tex)),
                this::applyLessonHide, this::toggleLessons);
        this.toasts = new ToastPane(model.notices());
        this.statusBar = new StatusBar(model.status());
        this.messageLog = new MessageLogView(model.status());
        this.pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                frame(now);
                frameStats.record(now, System.nanoTime() - t0);
                if (fpsOverlay.isVisible()) {
                    fpsOverlay.setText(frameStats.summary() + " · N = " + model.grid().size());
                }
                if (logFps && frameStats.logDue(now, 2_000_000_000L)) {
                    System.err.println("[fps] " + frameStats.summary() + " · N = " + model.grid().size()
                            + (model.recall().isPlaying() ? " · playing" : ""));
                }
            }
        };
        createView(buildHiddenTabsLater);
        initListeners();
    }

    private void createView(boolean buildHiddenTabsLater) {
        getStyleClass().add(Styles.STUDIO);
        VBox left = new VBox(8, libraryView, protocolView);
        VBox.setVgrow(libraryView, Priority.ALWAYS);
        // N.B. never shorter than its content: the scroll pane scrolls instead of squeezing wrapped text to "…"
        left.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane leftScroll = scroll(left);
        leftScroll.setId("memoryLeft"); // widths in em: studio.css (these px are the 100 % values, for scenes without it)
        leftScroll.setPrefWidth(330);
        leftScroll.setMinWidth(300);

        // N.B. the census sits under the grid, which shrinks when it is expanded; the recall column has no room left
        // one of the two panes under the grid open at a time, so the grid keeps most of the height
        receptiveField.gridNeuronsProperty().bind(model.grid().rowsProperty().multiply(model.grid().colsProperty()));
        Accordion under = new Accordion(receptiveField, censusView);
        VBox center = new VBox(6, gridToolbar(), gridView, under);
        VBox.setVgrow(gridView, Priority.ALWAYS);
        center.setPadding(new Insets(8));
        center.getStyleClass().add(Styles.PANEL);

        recallView.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane rightScroll = scroll(recallView);
        rightScroll.setId("memoryRight"); // widths in em: studio.css
        rightScroll.setPrefWidth(450);
        rightScroll.setMinWidth(390);

        memory = new MemoryLayout(leftScroll, center, under, center.lookup("#gridHint"), rightScroll,
                () -> Math.min(getWidth(), getHeight()));

        Tab memoryTab = new Tab("Memory", memory);
        memoryTab.setId("memoryTab");
        weightsTab.setId("weightsTab");
        crosstalkTab.setId("crosstalkTab");
        capacityTab.setId("capacityTab");
        compareTab.setId("compareTab");
        tabs.getTabs().addAll(memoryTab, weightsTab, crosstalkTab, capacityTab, compareTab);
        laterTabs.put(weightsTab, this::heatmap);
        laterTabs.put(crosstalkTab, this::crosstalk);
        laterTabs.put(capacityTab, this::capacityLab);
        laterTabs.put(compareTab, this::compareView);
        if (!buildHiddenTabsLater) {
            laterTabs.forEach((t, view) -> t.setContent(view.get()));
            laterTabs.clear();
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        // N.B. a tab shown after the window was resized kept the size it had before (seen at 1024×768, 200 %: the
        // Capacity lab laid out 1389 px wide in a 1024-px window); laying it out again on show fits it to the window
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t.getContent() instanceof javafx.scene.Parent p) {
                p.requestLayout();
            }
        });
        // N.B. the tabs never force the window wider or taller than the screen: each tab's content reflows or
        // scrolls inside whatever room it gets (a TabPane's minimum is otherwise the largest of all its tabs')
        tabs.setMinSize(0, 0);
        bindTabToWorkspace();

        fpsOverlay.getStyleClass().add(Styles.FPS_OVERLAY);
        fpsOverlay.setVisible(false);
        fpsOverlay.setMouseTransparent(true);
        fpsOverlay.setId("fpsOverlay");
        StackPane.setAlignment(fpsOverlay, Pos.BOTTOM_LEFT);
        // N.B. toasts sit bottom right, above the status bar: at the top right they covered the Recall header
        StackPane.setAlignment(toasts, Pos.BOTTOM_RIGHT);
        VBox bottom = new VBox(messageLog, statusBar);
        toasts.translateYProperty().bind(bottom.heightProperty().negate().subtract(8));
        StackPane.setMargin(toasts, new Insets(0, 16, 0, 0));
        StackPane.setMargin(fpsOverlay, new Insets(0, 0, 8, 8));
        // N.B. the menu bar on top and the bottom slot (status bar) frame the tabs; toasts float above all three
        workspaceActions = new org.hopfieldstudio.ui.workspace.WorkspaceActions(model.document(), this);
        installFileDrop();
        javafx.scene.control.MenuBar menuBar = new StudioMenus(model, this).build();
        shortcutHelp.setMenuBar(menuBar);
        window.setTop(menuBar);
        window.setCenter(tabs);
        window.setBottom(bottom);
        window.setId("window");
        allTabs = java.util.List.copyOf(tabs.getTabs());
        // N.B. the frame never grows past the window (a wide status line or log table must not push the tabs off
        // screen); each part reflows or scrolls in the width it gets
        window.setMinSize(0, 0);
        bottom.setMinWidth(0);
        getChildren().addAll(window, toasts, fpsOverlay, shortcutHelp);
        // the Lessons drawer docks or floats as the window's width or the zoom changes
        widthProperty().addListener((o, a, b) -> placeLessons());
        theme.zoomProperty().addListener((o, a, b) -> placeLessons());
        Reflow.install(this);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        sp.setFitToHeight(true);
        // N.B. a horizontal bar only where the column is narrower than its content's minimum: the side column of the
        // narrow Memory layout at 1024×768 and 200 % (MemoryLayout.sizeSide), which would otherwise cut the panel
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        return sp;
    }

    private Node gridToolbar() {
        for (int s : SIZES) {
            sizeBox.getItems().add(s);
        }
        sizeBox.setId("sizeBox");
        sizeBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + " × " + s;
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Tips.set(sizeBox, "Grid size (N = side²); changing it blanks the grid");
        Button clear = button("Clear", "clearButton", "All cells white (−1)");
        Button invert = button("Invert", "invertButton", "Flip every cell");
        Button random = button("Random", "randomButton", "Each cell ±1 at random (seeded)");
        Button up = button("▲", "shiftUp", "Shift up (wraps around)");
        Button down = button("▼", "shiftDown", "Shift down");
        Button leftB = button("◀", "shiftLeft", "Shift left");
        Button rightB = button("▶", "shiftRight", "Shift right");
        clear.setOnAction(e -> model.grid().clear());
        invert.setOnAction(e -> model.grid().invert());
        random.setOnAction(e -> model.randomizeGrid());
        up.setOnAction(e -> model.grid().shift(-1, 0));
        down.setOnAction(e -> model.grid().shift(1, 0));
        leftB.setOnAction(e -> model.grid().shift(0, -1));
        rightB.setOnAction(e -> model.grid().shift(0, 1));
        Label title = new Label("Pattern grid");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label hint = new Label("click toggles · drag paints (left = black +1, right = white −1) · Shift+drag occludes · "
                + "Ctrl+click shows the receptive field");
        hint.getStyleClass().add(Styles.HINT);
        hint.setId("gridHint");
        // N.B. also the grid's tooltip: the narrow layout hides the hint to give the grid the height (MemoryLayout)
        Tips.set(gridView.canvas(), hint.getText());
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap to two lines rather than truncate
        // N.B. the shift arrows are one group, so a narrow window wraps them together rather than splitting them
        HBox shift = new HBox(4, new Label("Shift"), leftB, up, down, rightB);
        shift.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(6, 4, sizeBox, clear, invert, random, shift);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return new VBox(4, title, bar, hint);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        Tips.set(b, tip);
        // N.B. focusable, so every grid action is reachable with Tab and Enter (presentation mode, issue 9)
        return b;
    }

    private void initListeners() {
        initFigureExports();
        sizeBox.setValue(model.grid().rows());
        model.grid().rowsProperty().addListener((o, a, b) -> sizeBox.setValue(b.intValue()));
        sizeBox.setOnAction(e -> {
            Integer s = sizeBox.getValue();
            if (s != null && !model.resizeGrid(s)) {
                sizeBox.setValue(model.grid().rows());
            }
        });
        heatmapModel.networkProperty().bind(model.protocol().networkProperty());
        model.grid().selectedCellProperty().addListener((o, a, b) ->
                heatmapModel.selectedNeuronProperty().set(b.intValue() < 0 ? null : b.intValue()));
        // N.B. a neuron selected on the heatmap is selected on the grid too, when W is the grid's size
        heatmapModel.selectedNeuronProperty().addListener((o, a, b) -> {
            if (b != null && b < model.grid().size() && b != model.grid().selectedCellProperty().get()) {
                model.grid().selectedCellProperty().set(b);
            }
        });
        // a new grid size ends the selection (its receptive field was of the old W on the old grid: defect 11)
        model.grid().rowsProperty().addListener(o -> model.grid().selectedCellProperty().set(-1));
        model.grid().colsProperty().addListener(o -> model.grid().selectedCellProperty().set(-1));
        crosstalkModel.libraryProperty().bind(model.library().storedSetProperty());
        // issue 8: the Crosstalk and Capacity lab settings are saved with the workspace
        org.hopfieldstudio.ui.workspace.PanelSettings.attach(model.document(), crosstalkModel, capacityModel);
        gridView.setOnRectangle(r -> model.recall().occludeRect(r[0], r[1], r[2], r[3]));
        sceneProperty().addListener((o, a, scene) -> measureLayoutPasses(a, scene));
        sceneProperty().addListener((o, a, scene) -> {
            if (a != null) {
                a.windowProperty().removeListener(pumpWindow);
            }
            if (scene != null) {
                Shortcuts.install(scene, model, this::toggleFpsOverlay);
                Shortcuts.installPresentation(scene, this);
                scene.windowProperty().addListener(pumpWindow);
            }
            updatePump();
        });
    }

    /**
     * The frame pump runs while this view is in a window that shows. N.B. a running AnimationTimer is held by the
     * toolkit: a view whose scene was replaced in its window (tests do it hundreds of times) kept pumping and kept its
     * whole model, networks included, alive for good (seen as "only 342 MB of the heap is free" in later tests).
     */
    private void updatePump() {
        javafx.stage.Window w = getScene() == null ? null : getScene().getWindow();
        if (w != shownIn) {
            if (shownIn != null) {
                shownIn.showingProperty().removeListener(pumpWindow);
            }
            if (w != null) {
                w.showingProperty().addListener(pumpWindow);
            }
            shownIn = w;
        }
        pumping = w != null && w.isShowing();
        if (pumping) {
            pump.start();
        } else {
            pump.stop();
        }
    }

    private boolean pumping;
    /** The window whose showing the pump follows. */
    private javafx.stage.Window shownIn;
    private final javafx.beans.InvalidationListener pumpWindow = o -> updatePump();

    /** True while the frame pump runs (tests). */
    boolean isPumping() {
        return pumping;
    }

    private void frame(long now) {
        model.recall().onFrame(now);
        gridView.repaintIfDirty();
        recallView.repaintIfDirty();
        model.compare().onFrame(now);
        if (compareTab.isSelected() && compareView != null) {
            compareView.repaintIfDirty();
        }
    }

    /** The Lessons drawer's model. */
    public org.hopfieldstudio.ui.lessons.LessonsViewModel lessons() {
        return lessons;
    }

    /**
     * Opens or closes the Lessons drawer on the right of the window. Where the Memory view and the drawer both fit
     * side by side, the drawer docks and the view narrows; in a smaller window or at a larger zoom it floats over the
     * right of the tabs (like a side sheet), so nothing is squeezed until it overprints. Ctrl+L closes it again.
     */
    public void toggleLessons() {
        lessonsOpen = !lessonsOpen;
        placeLessons();
    }

    private boolean lessonsOpen;

    /** Docks or floats the open drawer for the window's current width and zoom; closed, it is in neither place. */
    private void placeLessons() {
        boolean dock = lessonsOpen && lessonsDock(getWidth() > 0 ? getWidth() : 1400);
        boolean floating = lessonsOpen && !dock;
        if (window.getRight() == lessonsPanel && !dock) {
            window.setRight(null);
        }
        if (getChildren().contains(lessonsPanel) && !floating) {
            getChildren().remove(lessonsPanel);
            lessonsPanel.getStyleClass().remove("floating");
        }
        if (dock && window.getRight() != lessonsPanel) {
            window.setRight(lessonsPanel);
        }
        if (floating && !getChildren().contains(lessonsPanel)) {
            lessonsPanel.getStyleClass().add("floating");
            StackPane.setAlignment(lessonsPanel, Pos.TOP_RIGHT);
            getChildren().add(1, lessonsPanel);
        }
        if (floating) {
            double top = window.getTop() == null ? 0 : window.getTop().prefHeight(-1);
            double bottom = window.getBottom() == null ? 0 : window.getBottom().prefHeight(-1);
            StackPane.setMargin(lessonsPanel, new Insets(top, 0, bottom, 0));
            lessonsPanel.setMaxHeight(Double.MAX_VALUE);
        }
    }

    /**
     * Whether the drawer docks beside the tabs at {@code width}: the drawer (26 em) and the Memory view at its
     * narrowest (the recall column, 30 em, a 200 px grid and margins) side by side.
     */
    boolean lessonsDock(double width) {
        return width >= (26 + 30 + 1) * theme.rootFontPx() + 216;
    }

    /**
     * Start-up (issue 12): lays out the Memory tab's columns for a window of {@code width}×{@code height} (the scene's
     * size, the zoom and the lessons drawer as they are) before it is first shown, so its panels get their CSS once
     * ({@link MemoryLayout#prearrange}).
     */
    void prearrange(double width, double height) {
        double em = theme.rootFontPx();
        double drawer = window.getRight() == lessonsPanel ? LESSONS_DRAWER_EM * em : 0;
        memory.prearrange(width - drawer, Math.min(width, height), em);
    }

    /** The docked drawer's width (.lessons-panel in lessons.css). */
    static final double LESSONS_DRAWER_EM = 26;

    /**
     * Start-up (issue 12): the Memory tab's side tabs not on show get their panels only at
     * {@link #releaseHiddenMemoryTabs} ({@link MemoryLayout#holdHiddenSideTabs}).
     */
    void holdHiddenMemoryTabs() {
        memory.holdHiddenSideTabs();
    }

    void releaseHiddenMemoryTabs() {
        memory.releaseHiddenSideTabs();
    }

    /** True while three columns are shown on the Memory tab. */
    boolean isMemoryWide() {
        return memory.isWide();
    }

    /** True while the Lessons drawer is open (docked or floating). */
    public boolean isLessonsOpen() {
        return lessonsOpen;
    }

    /** True when the open drawer floats over the tabs instead of docking beside them. */
    public boolean isLessonsFloating() {
        return getChildren().contains(lessonsPanel);
    }

    /** Asks for a lesson file (or folder) and opens it in the drawer. */
    public void openLessonFile(boolean folder) {
        if (folder) {
            lessonsPanel.chooseFolder();
        } else {
            lessonsPanel.chooseFile();
        }
        if (!isLessonsShowing()) {
            toggleLessons();
        }
    }

    public boolean isLessonsShowing() {
        return window.getRight() == lessonsPanel || getChildren().contains(lessonsPanel);
    }

    /**
     * Whether the Lessons drawer fits beside the Memory view in a window of {@code width}×{@code height} with the
     * grid keeping half of the shorter side: the drawer (26 em), the recall column (30 em) and margins (3 em), at the
     * current zoom. The app opens the drawer at start only then (a 1280×720 projector at 100 %: yes; 1024×768: no).
     */
    public boolean lessonsFit(double width, double height) {
        return width >= LESSONS_BESIDE_EM * theme.rootFontPx() + 0.5 * Math.min(width, height);
    }

    /** Width in em the drawer and the Memory view's recall column take beside the grid (see {@link #lessonsFit}). */
    static final double LESSONS_BESIDE_EM = 26 + 30 + 3;

    /**
     * Shows only what the current lesson needs: {@code hidden} names controls (library, protocol, census,
     * receptive-field) and tabs ({@code weights-tab} is the tab with id {@code weightsTab}); empty shows everything.
     */
    private void applyLessonHide(java.util.Set<String> hidden) {
        show(libraryView, !hidden.contains("library"));
        show(protocolView, !hidden.contains("protocol"));
        show(censusView, !hidden.contains("census"));
        show(receptiveField, !hidden.contains("receptive-field"));
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        java.util.List<Tab> visible = allTabs.stream().filter(t -> t.getId() == null
                || !hidden.contains(t.getId().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT))).toList();
        if (!visible.equals(tabs.getTabs())) {
            tabs.getTabs().setAll(visible);
            if (visible.contains(selected)) {
                tabs.getSelectionModel().select(selected);
            }
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private long layoutPassStart;
    private final Runnable beforeLayout = () -> layoutPassStart = System.nanoTime();
    private final Runnable afterLayout = () -> frameStats.recordLayout(System.nanoTime() - layoutPassStart);

    /** Times each pulse's CSS and layout pass for {@link FrameStats} (issue 9: the frame-rate report). */
    private void measureLayoutPasses(javafx.scene.Scene old, javafx.scene.Scene now) {
        if (old != null) {
            old.removePreLayoutPulseListener(beforeLayout);
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (now != null) {
            now.addPreLayoutPulseListener(beforeLayout);
            now.addPostLayoutPulseListener(afterLayout);
        }
    }

    public void toggleFpsOverlay() {
        fpsOverlay.setVisible(!fpsOverlay.isVisible());
    }

    /** Palette and zoom of this window (installed on the scene by the app; see {@link Theme#install}). */
    public Theme theme() {
        return theme;
    }

    /** F11: full screen on or off, if this view is in a stage. */
    public void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** F1 or ?: the keyboard help overlay. */
    public void toggleShortcutHelp() {
        shortcutHelp.toggle();
    }

    public boolean isShortcutHelpShowing() {
        return shortcutHelp.isVisible();
    }

    /** Ctrl+1…: selects tab {@code k} (0-based) if there is one. */
    public void selectTab(int k) {
        if (k >= 0 && k < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(k);
        }
    }

    /** The Weights tab's view (built now if its tab has not needed it yet). */
    public WeightHeatmapView heatmap() {
        if (heatmap == null) {
            heatmap = new WeightHeatmapView(heatmapModel);
        }
        return heatmap;
    }

    /** The Crosstalk tab's view (built now if its tab has not needed it yet). */
    public CrosstalkView crosstalk() {
        if (crosstalk == null) {
            crosstalk = new CrosstalkView(crosstalkModel);
        }
        return crosstalk;
    }

    private CapacityLabView capacityLab() {
        if (capacityLab == null) {
            capacityLab = new CapacityLabView(capacityModel);
        }
        return capacityLab;
    }

    /**
     * The tabs whose views wait to be built (only with {@code buildHiddenTabsLater}): each supplier builds its tab's
     * view once; {@link StartupStaging} puts it in its tab.
     */
    java.util.Map<Tab, java.util.function.Supplier<Node>> laterTabs() {
        return java.util.Collections.unmodifiableMap(laterTabs);
    }

    public GridView gridView() {
        return gridView;
    }

    public FrameStats frameStats() {
        return frameStats;
    }

    /** The frame around the tabs: menu bar on top, status bar at the bottom. */
    public BorderPane window() {
        return window;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public MessageLogView messageLog() {
        return messageLog;
    }

    /** The Compare tab's view (built now if its tab has not needed it yet). */
    public CompareView compareView() {
        if (compareView == null) {
            compareView = new CompareView(model.compare());
        }
        return compareView;
    }

    /** The File menu's commands with their dialogs (also used by the window's close button). */
    public org.hopfieldstudio.ui.workspace.WorkspaceActions workspaceActions() {
        return workspaceActions;
    }

    private org.hopfieldstudio.ui.workspace.FileDrop fileDrop;

    /** Issue 8: a file dropped onto the window opens (workspace) or is added / put in place of the stored patterns. */
    private void installFileDrop() {
        fileDrop = new org.hopfieldstudio.ui.workspace.FileDrop(model.library(), workspaceActions::open,
                model.notices().forSource("Library"), workspaceActions::askAddOrReplace);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && org.hopfieldstudio.ui.workspace.FileDrop.accepts(
                    e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList())) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            java.util.List<java.nio.file.Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList() : java.util.List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            // N.B. after the drag has ended: the questions it may ask are modal dialogs
            javafx.application.Platform.runLater(() -> fileDrop.drop(files));
        });
    }

    /** What a drop onto the window does (tests drive it directly). */
    public org.hopfieldstudio.ui.workspace.FileDrop fileDrop() {
        return fileDrop;
    }

    /** Shows {@code offer} (recovered work after a crash, issue 8) in a bar above the status bar. */
    public void installRecovery(org.hopfieldstudio.ui.workspace.RecoveryOffer offer) {
        ((VBox) window.getBottom()).getChildren().add(0, new org.hopfieldstudio.ui.workspace.RecoveryBar(offer,
                workspaceActions::whenSettled));
    }

    /** The tab on show is part of the workspace: "memoryTab" ↔ "memory". */
    private void bindTabToWorkspace() {
        var selectedTab = model.document().selectedTabProperty();
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null && t.getId() != null) {
                selectedTab.set(t.getId().replaceFirst("Tab$", ""));
            }
        });
        selectedTab.addListener((o, a, id) -> tabs.getTabs().stream().filter(t -> (id + "Tab").equals(t.getId()))
                .findFirst().ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Issue 9: every chart and image view exports through its context menu; outcomes show in the status bar. */
    private void initFigureExports() {
        FigureExport.install(gridView, new NodeFigure(gridView.canvas(), "grid"),
                e -> e.isKeyboardTrigger() || e.getTarget() != gridView.canvas()); // N.B. right-drag paints the grid
        addEventHandler(FigureEvent.FAILED, e -> model.notices().post("Export",
                org.hopfieldstudio.ui.notify.Notice.error("Export failed", e.message())));
        addEventHandler(FigureEvent.SAVED, e -> model.notices().post("Export",
                org.hopfieldstudio.ui.notify.Notice.info("Exported", e.message())));
    }

    /** Opens the "Save recall animation" window (issue 9). */
    public void showAnimationExport() {
        org.hopfieldstudio.ui.recall.AnimationExportDialog.show(getScene() == null ? null : getScene().getWindow(),
                model.animationExport());
    }
}
