package org.hopfieldstudio.ui.crosstalk;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.ui.common.Images;
import org.hopfieldstudio.ui.common.PixelImagePane;
import org.hopfieldstudio.ui.common.PlotCanvas;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The crosstalk lesson (a tab's content): drag the number of stored random patterns p and watch the Hebb
 * crosstalk grow, bits become unstable past 0.138·N, and the measured error follow ½ erfc(√(N/2p)); beside
 * it, the pseudo-orthogonality of random patterns.
 *
 * <p>Embed it and bind {@code view.libraryProperty()} to the library patterns (optional).
 * Node ids: {@code #crosstalkSlider}, {@code #measuredError}, {@code #theoryError}, {@code #loadText},
 * {@code #crosstalkHistogram}, {@code #errorChart}, {@code #patternThumbnails}, {@code #orthogonalityHistogram},
 * {@code #overlapSlider}, {@code #gridRows}, {@code #gridCols}, {@code #seedField}, {@code #useLibrary},
 * {@code #histogramCaption}, {@code #orthogonalityCaption}.
 */
public final class CrosstalkView extends BorderPane {
    public static final String STYLE_CLASS = "crosstalk-view";
    public static final String TITLE_CLASS = "view-title";
    public static final String NUMBER_CLASS = "big-number";
    public static final String NOTE_CLASS = "view-note";

    private final CrosstalkViewModel model;
    private final Spinner<Integer> rows = new Spinner<>(CrosstalkViewModel.MIN_SIDE, CrosstalkViewModel.MAX_SIDE, 25);
    private final Spinner<Integer> cols = new Spinner<>(CrosstalkViewModel.MIN_SIDE, CrosstalkViewModel.MAX_SIDE, 40);
    private final TextField seed = new TextField();
    private final CheckBox useLibrary = new CheckBox("start from the library");
    private final Label libraryNote = new Label();
    private final Slider slider = new Slider(0, 300, 50); // N.B. min 0 for round ticks; p ≥ 1
    private final Region marker = new Region();
    private final Label markerLabel = new Label("0.138·N");
    private final Label pValue = new Label();
    private final Label measured = new Label();
    private final Label theory = new Label();
    private final Label load = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final CrosstalkHistogramPlot histogram = new CrosstalkHistogramPlot();
    /** The histogram's numbers (terms, measured and theory spread, unstable bits), under it. */
    private final Label histogramCaption = new Label();
    private final ErrorCurvePlot errorChart = new ErrorCurvePlot();
    private final PixelImagePane thumbnails = new PixelImagePane(300);
    private final Label thumbnailsTitle = new Label("Stored patterns");
    private final OrthogonalityPlot orthogonality = new OrthogonalityPlot();
    private final Slider overlap = new Slider(0, 1000, 500);
    private final Label overlapValue = new Label();
    /** The orthogonality chart's numbers (means and spreads against theory), under it. */
    private final Label orthogonalityCaption = new Label();

    /** A view with its own view model (one background worker thread). */
    public CrosstalkView() {
        this(new CrosstalkViewModel());
    }

    public CrosstalkView(CrosstalkViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public CrosstalkViewModel viewModel() {
        return model;
    }

    /** Shortcut for {@code viewModel().libraryProperty()}: the main window's library patterns (may be null). */
    public javafx.beans.property.ObjectProperty<PatternSet> libraryProperty() {
        return model.libraryProperty();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(CrosstalkView.class.getResource("crosstalk.css").toExternalForm());
        rows.setId("gridRows");
        cols.setId("gridCols");
        seed.setId("seedField");
        useLibrary.setId("useLibrary");
        slider.setId("crosstalkSlider");
        measured.setId("measuredError");
        theory.setId("theoryError");
        load.setId("loadText");
        histogram.setId("crosstalkHistogram");
        errorChart.setId("errorChart");
        thumbnails.setId("patternThumbnails");
        orthogonality.setId("orthogonalityHistogram");
        overlap.setId("overlapSlider");
        histogramCaption.setId("histogramCaption");
        orthogonalityCaption.setId("orthogonalityCaption");

        rows.setEditable(true);
        cols.setEditable(true);
        rows.setPrefWidth(80);
        cols.setPrefWidth(80);
        seed.setPrefColumnCount(8);
        seed.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("-?\\d{0,18}") ? c : null));
        Tips.set(useLibrary, "Use the library patterns as the first patterns when their grid size matches");
        libraryNote.getStyleClass().add(NOTE_CLASS);
        busy.setPrefSize(24, 24);
        // N.B. rows of groups that wrap (FlowPane) rather than squeeze their texts to "…" in a narrow or zoomed window
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(16, 6,
                row(8, new Label("Grid"), rows, new Label("×"), cols), row(8, new Label("seed"), seed),
                row(8, useLibrary, libraryNote, busy));
        controls.setAlignment(Pos.CENTER_LEFT);

        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.setMinorTickCount(4);
        Tips.set(slider, "Number of stored patterns p (arrow keys: ±1)");
        marker.getStyleClass().add("capacity-marker");
        markerLabel.getStyleClass().add("capacity-marker-label");
        markerLabel.setManaged(false);
        marker.setManaged(false);
        Pane sliderPane = new Pane(slider, marker, markerLabel) {
            @Override
            protected void layoutChildren() {
                slider.resizeRelocate(0, 16, getWidth(), slider.prefHeight(getWidth()));
                layoutMarker(getWidth());
            }

            @Override
            protected double computePrefHeight(double width) {
                return 16 + slider.prefHeight(width);
            }
        };
        HBox.setHgrow(sliderPane, Priority.ALWAYS);
        Label pLabel = new Label("stored patterns p");
        pLabel.getStyleClass().add(TITLE_CLASS);
        pValue.getStyleClass().add(NUMBER_CLASS);
        pValue.setMinWidth(Region.USE_PREF_SIZE);
        HBox sliderRow = new HBox(12, pLabel, pValue, sliderPane);
        sliderRow.setAlignment(Pos.CENTER_LEFT);

        measured.getStyleClass().add(NUMBER_CLASS);
        theory.getStyleClass().add(NUMBER_CLASS);
        load.getStyleClass().add(NOTE_CLASS);
        org.hopfieldstudio.ui.math.FormulaView errorFormula =
                new org.hopfieldstudio.ui.math.FormulaView(org.hopfieldstudio.ui.math.Formulas.ERROR_THEORY);
        errorFormula.setId("errorFormula");
        // N.B. a FlowPane: the row wraps at narrow widths instead of cutting the numbers with "…"
        HBox measuredBox = new HBox(10, new Label("measured unstable-bit fraction"), measured);
        HBox theoryBox = new HBox(10, new Label("theory"), errorFormula, new Label("="), theory);
        measuredBox.setAlignment(Pos.CENTER_LEFT);
        for (HBox box : new HBox[] {measuredBox, theoryBox}) { // texts whole; the row wraps instead (issue 9)
            box.getChildren().forEach(n -> { if (n instanceof Label l) { l.setMinWidth(Region.USE_PREF_SIZE); } });
        }
        theoryBox.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane numbers = new javafx.scene.layout.FlowPane(24, 4, measuredBox, theoryBox, load);
        numbers.setAlignment(Pos.CENTER_LEFT);
        numbers.setColumnHalignment(javafx.geometry.HPos.LEFT);
        org.hopfieldstudio.ui.math.FormulaView crosstalkFormula =
                new org.hopfieldstudio.ui.math.FormulaView(org.hopfieldstudio.ui.math.Formulas.CROSSTALK);
        crosstalkFormula.setId("crosstalkFormula");
        crosstalkFormula.getStyleClass().add(org.hopfieldstudio.ui.Styles.FORMULA);
        numbers.getStyleClass().add("numbers-row");

        thumbnailsTitle.getStyleClass().add(TITLE_CLASS);
        thumbnailsTitle.setWrapText(true);
        VBox thumbsBox = new VBox(4, thumbnailsTitle, thumbnails);
        org.hopfieldstudio.ui.figure.FigureExport.install(thumbnails,
                new org.hopfieldstudio.ui.figure.NodeFigure(thumbnails, "stored-patterns"));
        VBox.setVgrow(thumbnails, Priority.ALWAYS);

        overlap.setShowTickLabels(true);
        overlap.setShowTickMarks(true);
        overlapValue.getStyleClass().add(NOTE_CLASS);
        overlapValue.setMinWidth(Region.USE_PREF_SIZE);
        overlap.setPadding(new Insets(0, 14, 0, 6));
        Label overlapLabel = new Label("overlap k");
        overlapLabel.setMinWidth(Region.USE_PREF_SIZE); // N.B. the slider shrinks first (200 %: it showed "…")
        HBox overlapRow = new HBox(8, overlapLabel, overlap, overlapValue);
        overlapRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(overlap, Priority.ALWAYS);
        // N.B. each histogram's numbers in a line under it (they made its legend too wide to find a place off the
        // data in a projector's window, issue 9); the line wraps rather than cut
        for (Label caption : new Label[] {histogramCaption, orthogonalityCaption}) {
            caption.getStyleClass().add(NOTE_CLASS);
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox histBox = new VBox(4, histogram, histogramCaption);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        VBox orthoBox = new VBox(4, orthogonality, overlapRow, orthogonalityCaption);
        VBox.setVgrow(orthogonality, Priority.ALWAYS);

        grid.setHgap(12);
        grid.setVgap(10);
        grid.setId("crosstalkChartGrid");
        for (Region r : new Region[] {histBox, errorChart, thumbsBox, orthoBox}) {
            r.setPrefSize(100, 100);
            r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        charts = new Region[] {histBox, errorChart, orthoBox, thumbsBox};
        arrangeCharts(2);

        // N.B. every chart keeps a readable height (issue 9, session 5): at 1024×768 at 200 % the controls, the formula
        // and the numbers took the whole tab and the charts' scroll pane got a strip a few pixels tall. Now only the
        // controls and the p slider stay put; the formula, the numbers and the charts scroll as one page under them,
        // the charts filling the height left where there is room (a large window: no scroll bar) and keeping their
        // minimum where there is not (the page scrolls down to them)
        org.hopfieldstudio.ui.theme.PlotStyle.follow(this, st -> {
            chartMin = Math.max(st.px(170), 8 * st.fontSize() + st.px(40));
            fontPx = st.fontSize();
            this.thumbsBox = thumbsBox;
            sizeCharts();
            orthoBox.setMinSize(100, Region.USE_COMPUTED_SIZE);
            histBox.setMinSize(100, Region.USE_COMPUTED_SIZE);
            requestLayout();
        });
        VBox.setVgrow(grid, Priority.ALWAYS);
        VBox page = new VBox(8, crosstalkFormula, numbers, grid);
        page.setId("crosstalkPage");
        page.setPadding(new Insets(0, 4, 0, 0)); // N.B. off the scroll bar
        scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setId("crosstalkCharts");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // N.B. the page fills the viewport, or keeps its minimum and scrolls
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        scroll.getStyleClass().add("edge-to-edge");
        // N.B. the charts' height follows the viewport's (sizeCharts), known only once the scroll pane is laid out
        scroll.viewportBoundsProperty().addListener((o, a, b) -> sizeCharts());
        // N.B. the viewport's bitmap cache showed stale canvases in Compare (CompareView.uncacheViewport)
        scroll.skinProperty().addListener((o, a, skin) -> {
            javafx.scene.Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });

        VBox top = new VBox(8, controls, sliderRow);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(scroll);
        setPadding(new Insets(10));
    }

    /** The four charts' grid: two columns in a wide tab, one under the other where a column would be narrow. */
    private final GridPane grid = new GridPane();
    private Region[] charts;
    private int chartColumns;
    private double chartMin = 170;
    private double fontPx = 13;
    private Region thumbsBox;
    private javafx.scene.control.ScrollPane scroll;
    private double chartHeight = -1;

    /**
     * The charts' minimum height: about {@link #CHART_LINES} lines of plot text, so that the plot area under the title
     * and the axes keeps room for the data and a legend in a corner or in a row above it (issue 9: in a 1024×768 window
     * the charts filled what was left, 170 px, and their legends covered the data); never less than room for their
     * text, and never more than the page's viewport, so each chart can be scrolled wholly into view. Where the page
     * is taller than the viewport it scrolls; a large window's charts fill the height left.
     */
    private void sizeCharts() {
        double h = chartMin;
        if (scroll != null && scroll.getViewportBounds().getHeight() > 0) {
            h = Math.max(chartMin, Math.min(CHART_LINES * fontPx, scroll.getViewportBounds().getHeight() - 8));
        }
        if (h == chartHeight) {
            return;
        }
        chartHeight = h;
        for (Region r : new Region[] {histogram, errorChart, orthogonality}) {
            r.setMinSize(100, h);
        }
        if (thumbsBox != null) {
            thumbsBox.setMinSize(100, h);
        }
    }

    /** The charts' exported pictures are at least this high / wide (a flat chart on screen makes a flat slide). */
    static final double SLIDE_ASPECT = 0.5;

    /** The charts' minimum height in lines of plot text (see {@link #sizeCharts}). */
    static final double CHART_LINES = 18;

    /** A chart column narrower than this many em is too narrow for the charts' text: one column then. */
    static final double TWO_COLUMNS_EM = 32;

    @Override
    protected void layoutChildren() {
        double em = org.hopfieldstudio.ui.theme.Theme.of(getScene())
                .map(org.hopfieldstudio.ui.theme.Theme::rootFontPx).orElse(13.0);
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        arrangeCharts(inner / 2 >= TWO_COLUMNS_EM * em ? 2 : 1);
        sizeCharts();
        super.layoutChildren();
    }

    private void arrangeCharts(int columns) {
        if (columns == chartColumns) {
            return;
        }
        chartColumns = columns;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int rows = charts.length / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(columns == 2 ? (c == 0 ? 55 : 45) : 100);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
        }
        // N.B. two columns: histogram | error curve over thumbnails | orthogonality; one: the charts first
        int[][] at = columns == 2 ? new int[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}} : new int[][] {{0, 0}, {0, 1}, {0, 2}, {0, 3}};
        for (int k = 0; k < charts.length; k++) {
            grid.add(charts[k], at[k][0], at[k][1]);
        }
    }

    /** A group that stays on one line (inside a wrapping row). */
    private static HBox row(double spacing, javafx.scene.Node... nodes) {
        HBox h = new HBox(spacing, nodes);
        h.setAlignment(Pos.BASELINE_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return h;
    }

    private static Region gap(double w) {
        Region r = new Region();
        r.setMinWidth(w);
        return r;
    }

    /** Places the 0.138·N marker over the slider track (the skin puts the thumb centre at inset + thumb/2 + f·(w − thumb)). */
    private void layoutMarker(double width) {
        double thumb = 18;
        javafx.scene.Node t = slider.lookup(".thumb");
        if (t != null) {
            thumb = t.getLayoutBounds().getWidth();
        }
        double inset = slider.snappedLeftInset();
        double inner = width - inset - slider.snappedRightInset();
        double f = (model.capacity() - slider.getMin()) / Math.max(1e-9, slider.getMax() - slider.getMin());
        boolean visible = f >= 0 && f <= 1;
        marker.setVisible(visible);
        markerLabel.setVisible(visible);
        double x = inset + thumb / 2 + f * (inner - thumb);
        marker.resizeRelocate(x - 1.5, 12, 3, 20);
        double lw = markerLabel.prefWidth(-1);
        markerLabel.resizeRelocate(Math.max(0, Math.min(width - lw, x - lw / 2)), -4, lw, markerLabel.prefHeight(-1));
    }

    private void initListeners() {
        rows.getValueFactory().setValue(model.rowsProperty().get());
        cols.getValueFactory().setValue(model.colsProperty().get());
        rows.valueProperty().addListener((o, a, v) -> model.rowsProperty().set(v));
        cols.valueProperty().addListener((o, a, v) -> model.colsProperty().set(v));
        seed.setText(Long.toString(model.seedProperty().get()));
        seed.setOnAction(e -> applySeed());
        seed.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                applySeed();
            }
        });
        useLibrary.selectedProperty().bindBidirectional(model.useLibraryProperty());
        libraryNote.textProperty().bind(model.libraryNoteProperty());

        slider.maxProperty().bind(model.maxPatternsProperty());
        slider.setValue(model.patternsProperty().get());
        slider.valueProperty().addListener((o, a, v) -> model.patternsProperty().set(Math.max(1, (int) Math.round(v.doubleValue()))));
        model.patternsProperty().addListener((o, a, v) -> {
            if ((int) Math.round(slider.getValue()) != v.intValue()) {
                slider.setValue(v.intValue());
            }
        });
        model.maxPatternsProperty().addListener((o, a, v) -> {
            slider.setMajorTickUnit(PlotCanvas.niceStep(v.intValue() / 6.0));
            slider.requestLayout();
        });
        slider.setMajorTickUnit(PlotCanvas.niceStep(model.maxPatternsProperty().get() / 6.0));
        pValue.textProperty().bind(model.patternsProperty().asString());

        measured.textProperty().bind(model.measuredErrorTextProperty());
        theory.textProperty().bind(model.theoryErrorTextProperty());
        load.textProperty().bind(model.loadTextProperty());
        busy.visibleProperty().bind(model.busyProperty());

        model.snapshotProperty().addListener((o, a, s) -> showSnapshot(s));
        model.measuredPointsProperty().addListener((o, a, p) -> showErrorChart());
        showSnapshot(model.snapshotProperty().get());

        overlap.maxProperty().bind(model.rowsProperty().multiply(model.colsProperty()));
        overlap.setValue(model.overlapCellsProperty().get());
        overlap.valueProperty().addListener((o, a, v) -> model.overlapCellsProperty().set((int) Math.round(v.doubleValue())));
        model.overlapCellsProperty().addListener((o, a, v) -> overlap.setValue(v.intValue()));
        overlap.maxProperty().addListener((o, a, v) -> overlap.setMajorTickUnit(PlotCanvas.niceStep(v.doubleValue() / 5)));
        overlap.setMajorTickUnit(PlotCanvas.niceStep(overlap.getMax() / 5));
        overlapValue.textProperty().bind(model.overlapCellsProperty().asString("k = %d cells shared"));
        model.orthogonalityProperty().addListener((o, a, s) -> showOrthogonality(s));
        showOrthogonality(model.orthogonalityProperty().get());
    }

    private void applySeed() {
        try {
            model.seedProperty().set(Long.parseLong(seed.getText().trim()));
        } catch (NumberFormatException e) {
            seed.setText(Long.toString(model.seedProperty().get()));
        }
    }

    private void showSnapshot(CrosstalkSnapshot s) {
        if (s == null) {
            return;
        }
        histogram.setData(s);
        histogramCaption.setText(CrosstalkHistogramPlot.caption(s));
        showErrorChart();
        CrosstalkSnapshot.Mosaic m = s.thumbnails();
        thumbnails.imageView().setImage(Images.fromArgbCrisp(m.argb(), m.width(), m.height()));
        thumbnails.imageChanged();
        thumbnailsTitle.setText("Stored patterns (dark +1, light −1, red = unstable bit)"
                + (m.shown() < s.patterns() ? ": first " + m.shown() + " of " + s.patterns() : ": all " + s.patterns()));
    }

    private void showOrthogonality(OrthogonalitySnapshot s) {
        orthogonality.setData(s);
        orthogonalityCaption.setText(s == null ? "" : OrthogonalityPlot.caption(s));
    }

    private void showErrorChart() {
        CrosstalkSnapshot s = model.snapshotProperty().get();
        errorChart.setData(model.maxPatternsProperty().get(), model.capacity(), s == null ? -1 : s.patterns(),
                model.measuredPointsProperty().get(), model::theoryError);
        requestLayout();
    }
}
