package org.hopfieldstudio.ui.recall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.hopfieldstudio.core.Noise;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.common.LiveLabelBox;
import org.hopfieldstudio.ui.common.OnScreen;
import org.hopfieldstudio.ui.common.Tips;

/** Recall controls, the end state, live charts E(t), m^μ(t), d(t), and the raster. */
public final class RecallView extends VBox {
    private static final Color[] COLORS = {Color.web("#d62728"), Color.web("#1f77b4"), Color.web("#2ca02c"),
            Color.web("#9467bd"), Color.web("#ff7f0e"), Color.web("#8c564b")};
    private static final int TOP_OVERLAPS = 4;
    /**
     * A live plot's height in plot text lines (the palette's text size at the zoom): 130 px at 100 %, room for the
     * title, two or three y tick labels and the x tick labels at every zoom.
     */
    static final double LIVE_PLOT_EM = 10;

    private final RecallViewModel model;
    final Button playButton = new Button("▶ Play");
    final Button stepButton = new Button("Step");
    final Button sweepButton = new Button("Sweep");
    final Button runButton = new Button("Run to convergence");
    final Button resetButton = new Button("Reset");
    final Button replayButton = new Button("Replay");
    final Button corruptButton = new Button("Corrupt");
    private final Slider noiseSlider = new Slider(0, RecallViewModel.MAX_NOISE, 0.2);
    private final Label noiseLabel = new Label();
    private final MenuButton occlude = new MenuButton("Occlude");
    private final CheckBox clamp = new CheckBox("Clamp visible cells");
    private final ComboBox<UpdateOrder> order = new ComboBox<>();
    private final Slider temperature = new Slider(0, 2, 0);
    private final Label temperatureLabel = new Label();
    private final Slider speed = new Slider(0, 1, 0.55);
    private final Label speedLabel = new Label();
    /** Largest seed the field accepts: 2⁵³ − 1, the largest whole number a double holds exactly. */
    static final long MAX_SEED_TYPED = (1L << 53) - 1;
    // N.B. a NumberField (issue 7): text that is not a whole number in range turns red, says why in the tooltip and
    // leaves the seed as it was (the TextFormatter before silently dropped such keystrokes)
    private final org.hopfieldstudio.ui.common.NumberField seedField = new org.hopfieldstudio.ui.common.NumberField(
            0, MAX_SEED_TYPED, true, 42, "Seed of the noise and of the update order; the same seed repeats the run.");
    private final Label stepText = new Label();
    private final Label measures = new Label();
    private final Label endState = new Label();
    private final TimeSeriesPlot energyPlot = new TimeSeriesPlot(TimeSeriesPlot.ENERGY, null, null);
    private final TimeSeriesPlot overlapPlot = new TimeSeriesPlot(TimeSeriesPlot.OVERLAP, -1.0, 1.0);
    private final TimeSeriesPlot hammingPlot = new TimeSeriesPlot(TimeSeriesPlot.HAMMING, 0.0, null);
    private final RasterView rasterView;
    private int drawnChartVersion = -1;
    /** Charts with new lines not yet drawn (not on the screen since). */
    private final java.util.Set<TimeSeriesPlot> stalePlots = new java.util.LinkedHashSet<>();

    public RecallView(RecallViewModel model) {
        this.model = model;
        this.rasterView = new RasterView(model.raster());
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PANEL);
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Recall");
        title.getStyleClass().add(Styles.PANEL_TITLE);

        playButton.setId("playButton");
        playButton.setDefaultButton(true);
        playButton.getStyleClass().add(Styles.ACCENT);
        playButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stepButton.setId("stepButton");
        sweepButton.setId("sweepButton");
        runButton.setId("runButton");
        resetButton.setId("resetButton");
        replayButton.setId("replayButton");
        corruptButton.setId("corruptButton");
        Tips.set(playButton, "Play / pause the recall  [Space]");
        Tips.set(stepButton, "Update one neuron (synchronous: all at once)  [S]");
        Tips.set(sweepButton, "Finish the current sweep of N updates");
        Tips.set(runButton, "Run until a fixed point, a 2-cycle or the sweep cap");
        Tips.set(resetButton, "Back to the start state (the corrupted pattern)  [R]");
        Tips.set(replayButton, "Reset and play again with the same seed: the identical run");
        Tips.set(corruptButton, "Flip exactly round(noise·N) cells, chosen with a fresh seed  [N]");

        noiseSlider.setId("noiseSlider");
        noiseSlider.setMajorTickUnit(0.1);
        noiseSlider.setShowTickMarks(true);
        HBox.setHgrow(noiseSlider, Priority.ALWAYS);
        for (Noise.Half h : Noise.Half.values()) {
            MenuItem item = new MenuItem(h.name().charAt(0) + h.name().substring(1).toLowerCase() + " half");
            item.setOnAction(e -> model.occludeHalf(h));
            occlude.getItems().add(item);
        }
        Tips.set(occlude, "Hide half of the pattern; or Shift+drag a rectangle on the grid");
        clamp.setId("clampBox");
        Tips.set(clamp, "Occluded cells are free; all others keep their value during recall");
        order.getItems().setAll(UpdateOrder.values());
        order.setId("orderBox");
        order.setMaxWidth(Double.MAX_VALUE);
        temperature.setId("temperatureSlider");
        speed.setId("speedSlider");
        Tips.set(speed, "Log scale: from one neuron per second to a full sweep per frame");
        seedField.setId("recallSeedField");
        seedField.setPrefColumnCount(8);

        HBox noiseRow = new HBox(6, new Label("Noise"), noiseSlider, noiseLabel, corruptButton);
        noiseRow.setAlignment(Pos.CENTER_LEFT);
        HBox occRow = new HBox(6, occlude, clamp);
        occRow.setAlignment(Pos.CENTER_LEFT);
        GridPane settings = new GridPane();
        settings.setHgap(6);
        settings.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        settings.getColumnConstraints().add(labels);
        settings.addRow(0, new Label("Order"), order);
        HBox tRow = new HBox(6, temperature, temperatureLabel);
        HBox.setHgrow(temperature, Priority.ALWAYS);
        settings.addRow(1, new Label("Temperature"), tRow);
        HBox sRow = new HBox(6, speed, speedLabel);
        HBox.setHgrow(speed, Priority.ALWAYS);
        settings.addRow(2, new Label("Speed"), sRow);
        HBox seedRow = new HBox(6, seedField, replayButton);
        settings.addRow(3, new Label("Seed"), seedRow);
        GridPane.setHgrow(order, Priority.ALWAYS);
        GridPane.setHgrow(tRow, Priority.ALWAYS);
        GridPane.setHgrow(sRow, Priority.ALWAYS);
        // N.B. the value labels keep their text whole; the sliders give way (issue 7 defect 5)
        speedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        temperatureLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        noiseLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        FlowPane transport = new FlowPane(6, 6, playButton, stepButton, sweepButton, runButton, resetButton);

        stepText.getStyleClass().add(Styles.STATUS);
        stepText.setId("stepText");
        stepText.setWrapText(true);
        measures.getStyleClass().add(Styles.STATUS);
        measures.setId("measures");
        measures.setWrapText(true);
        for (Label l : new Label[] {stepText, measures, endState}) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        endState.getStyleClass().add(Styles.END_STATE);
        endState.setId("endState");
        endState.setWrapText(true);

        // N.B. the live plots' height follows their text (zoom, the projector palette's larger text): a fixed 130 px
        // left a 25-px plot area between title and tick labels at 175 % (issue 9); the column scrolls, and a taller
        // one gives them its spare height (they grow)
        org.hopfieldstudio.ui.theme.PlotStyle.follow(this, st -> {
            double h = LIVE_PLOT_EM * st.fontSize();
            for (TimeSeriesPlot p : List.of(energyPlot, overlapPlot, hammingPlot)) {
                p.setMinHeight(0.75 * h);
                p.setPrefHeight(h);
            }
        });
        VBox.setVgrow(energyPlot, Priority.ALWAYS);
        VBox.setVgrow(overlapPlot, Priority.ALWAYS);
        VBox.setVgrow(hammingPlot, Priority.ALWAYS);
        VBox.setVgrow(rasterView, Priority.ALWAYS);
        Label rasterTitle = new Label("Raster: neurons ↓ × time →, black = +1");
        rasterTitle.getStyleClass().add(Styles.HINT);
        // N.B. the step line and the measures change every frame: in boxes that keep their new text from laying out
        // the whole column again each frame (issue 9)
        getChildren().addAll(title, noiseRow, occRow, settings, transport, new LiveLabelBox(stepText),
                new LiveLabelBox(measures), endState,
                energyPlot, overlapPlot, hammingPlot, rasterTitle, rasterView);
    }

    private void initListeners() {
        noiseSlider.valueProperty().bindBidirectional(model.noiseProperty());
        noiseLabel.textProperty().bind(model.noiseProperty().multiply(100).asString("%.0f %%"));
        clamp.selectedProperty().bindBidirectional(model.clampProperty());
        order.valueProperty().bindBidirectional(model.orderProperty());
        temperature.valueProperty().bindBidirectional(model.temperatureProperty());
        temperatureLabel.textProperty().bind(model.temperatureProperty().asString("T = %.2f"));
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speedLabel.textProperty().bind(model.speedTextProperty());
        seedField.valueProperty().set(model.seedProperty().get());
        seedField.valueProperty().addListener((o, a, b) -> {
            if (b.longValue() != model.seedProperty().get()) {
                model.seedProperty().set(b.longValue());
            }
        });
        model.seedProperty().addListener((o, a, b) -> seedField.valueProperty().set(b.doubleValue()));
        stepText.textProperty().bind(model.stepTextProperty());
        measures.textProperty().bind(model.measuresTextProperty());
        endState.textProperty().bind(model.endStateProperty());
        model.playingProperty().addListener((o, a, p) -> playButton.setText(p ? "❚❚ Pause" : "▶ Play"));

        playButton.setOnAction(e -> model.togglePlay());
        stepButton.setOnAction(e -> model.step());
        sweepButton.setOnAction(e -> model.sweep());
        runButton.setOnAction(e -> model.runToConvergence());
        resetButton.setOnAction(e -> model.reset());
        replayButton.setOnAction(e -> model.replay());
        corruptButton.setOnAction(e -> model.corrupt());
    }

    /**
     * Once per frame: redraw charts and raster when new samples arrived, those on the screen now; one scrolled out of
     * view (at 200 % they sit below the fold) or on a hidden tab is drawn when it comes into view (issue 9).
     */
    public void repaintIfDirty() {
        int v = model.chartVersionProperty().get();
        if (v != drawnChartVersion) {
            drawnChartVersion = v;
            energyPlot.setLinesQuietly(List.of(new TimeSeriesPlot.Line(model.energySeries(), Color.web("#1f77b4"), 1.5,
                    null)));
            hammingPlot.setLinesQuietly(List.of(new TimeSeriesPlot.Line(model.hammingSeries(), Color.web("#d62728"),
                    1.5, null)));
            overlapPlot.setLinesQuietly(overlapLines());
            stalePlots.addAll(List.of(energyPlot, overlapPlot, hammingPlot));
        }
        stalePlots.removeIf(p -> {
            if (!OnScreen.isShowing(p)) {
                return false;
            }
            p.redraw();
            return true;
        });
        if (OnScreen.isShowing(rasterView)) {
            rasterView.repaintIfDirty();
        }
    }

    private List<TimeSeriesPlot.Line> overlapLines() {
        List<SeriesBuffer> series = model.overlapSeries();
        List<String> names = model.seriesNames();
        int target = model.targetProperty().get();
        List<Integer> top = new ArrayList<>(IntStream.range(0, series.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer mu) -> -Math.abs(series.get(mu).lastY())))
                .limit(TOP_OVERLAPS).toList());
        if (target >= 0 && target < series.size()) {
            top.remove(Integer.valueOf(target));
            top.add(0, target);
        }
        List<TimeSeriesPlot.Line> lines = new ArrayList<>();
        for (int mu = 0; mu < series.size(); mu++) {
            if (!top.contains(mu)) {
                lines.add(new TimeSeriesPlot.Line(series.get(mu), Color.rgb(150, 150, 150, 0.5), 0.7, null));
            }
        }
        for (int k = top.size() - 1; k >= 0; k--) {
            int mu = top.get(k);
            lines.add(new TimeSeriesPlot.Line(series.get(mu), COLORS[k % COLORS.length], k == 0 ? 2.2 : 1.4,
                    names.get(mu)));
        }
        return lines;
    }
}
