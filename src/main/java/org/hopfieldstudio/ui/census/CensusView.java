package org.hopfieldstudio.ui.census;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hopfieldstudio.ui.common.Images;
import org.hopfieldstudio.ui.grid.Palette;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The attractor census as a collapsible pane: M, Run census, Cancel, a progress bar, the totals per kind and the
 * most frequent distinct end states (crisp thumbnail, label, count and fraction). Clicking an end state loads it
 * into the grid.
 */
public final class CensusView extends TitledPane {
    public static final String STYLE_CLASS = "census-view";
    public static final String TOTALS_CLASS = "census-totals";
    public static final String ROW_LABEL_CLASS = "census-label";
    public static final String ROW_COUNT_CLASS = "census-count";
    public static final String MUTED_CLASS = "census-muted";
    /** Thumbnails are magnified by whole pixels to at most this many pixels across (shrunk only if larger). */
    static final int THUMB = 40;

    private final CensusViewModel model;
    final Button runButton = new Button("Run census");
    final Button cancelButton = new Button("Cancel");
    // N.B. a NumberField (issue 7): bad or out-of-range text turns red with the reason and the range in the tooltip,
    // and M keeps its last valid value (the TextFormatter before dropped keystrokes and accepted 0)
    private final org.hopfieldstudio.ui.common.NumberField startsField = new org.hopfieldstudio.ui.common.NumberField(
            1, CensusViewModel.MAX_STARTS, true, CensusViewModel.DEFAULT_STARTS,
            "M: the number of random starting states.");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label totals = new Label();
    private final Label others = new Label();
    private final ListView<CensusRow> list = new ListView<>();
    private final Label placeholder = new Label();
    /** Thumbnails of the listed rows, built once per result (at most {@link CensusViewModel#MAX_ROWS}). */
    private final Map<CensusRow, Image> thumbs = new IdentityHashMap<>();

    public CensusView(CensusViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(CensusView.class.getResource("census.css").toExternalForm());
        setText("Attractor census");
        setId("censusPane");
        setExpanded(false);
        setAnimated(false);
        // N.B. expanded, the pane keeps its preferred height: the grid above it (which grows) is what shrinks
        setMinHeight(USE_PREF_SIZE);

        runButton.setId("censusButton");
        Tips.set(runButton, "Recall from M random states (current update order and seed, T = 0) and "
                + "group identical end states");
        cancelButton.setId("censusCancel");
        startsField.setId("censusStarts");
        startsField.setPrefColumnCount(6);
        progress.setId("censusProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label startsLabel = new Label("Starts M");
        HBox controls = new HBox(6, startsLabel, startsField, runButton, cancelButton, progress);
        controls.setAlignment(Pos.CENTER_LEFT);

        status.setId("censusStatus");
        status.getStyleClass().add(MUTED_CLASS);
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        totals.setId("censusTotals");
        totals.getStyleClass().add(TOTALS_CLASS);
        totals.setWrapText(true);
        totals.setMinHeight(Label.USE_PREF_SIZE);
        others.setId("censusOthers");
        others.getStyleClass().add(MUTED_CLASS);

        list.setId("censusList");
        list.setFixedCellSize(THUMB + 8);
        list.setPrefHeight(4 * (THUMB + 8));
        list.setMinHeight(2.5 * (THUMB + 8));
        list.setCellFactory(l -> new RowCell());
        placeholder.getStyleClass().add(MUTED_CLASS);
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label hint = new Label("Click an end state to load it into the grid.");
        hint.getStyleClass().add(MUTED_CLASS);
        HBox foot = new HBox(12, hint, others);
        VBox box = new VBox(6, controls, status, totals, list, foot);
        box.setPadding(new Insets(6));
        setContent(box);
    }

    private void initListeners() {
        startsField.valueProperty().set(model.startsProperty().get());
        startsField.valueProperty().addListener((o, a, b) -> {
            if (b.intValue() != model.startsProperty().get()) {
                model.startsProperty().set(b.intValue());
            }
        });
        model.startsProperty().addListener((o, a, b) -> startsField.valueProperty().set(b.doubleValue()));
        startsField.setOnAction(e -> model.run());

        runButton.disableProperty().bind(model.runningProperty());
        startsField.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progress.visibleProperty().bind(model.runningProperty());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.runningProperty())
                .then("Recalling from random states…").otherwise("No census yet: press Run census."));
        totals.textProperty().bind(model.totalsTextProperty());
        others.textProperty().bind(model.othersTextProperty());
        list.setItems(model.rows());
        model.rows().addListener((ListChangeListener<CensusRow>) c -> thumbs.clear());

        runButton.setOnAction(e -> model.run());
        cancelButton.setOnAction(e -> model.cancel());
    }

    private Image thumbnail(CensusRow row) {
        return thumbs.computeIfAbsent(row, r -> {
            int[] px = new int[r.state().length];
            Palette.fill(r.state(), null, px);
            return Images.fromArgbCrisp(px, r.cols(), r.rows(), THUMB);
        });
    }

    private final class RowCell extends ListCell<CensusRow> {
        private final ImageView image = new ImageView();
        private final StackPane frame = new StackPane(image);
        private final Label label = new Label();
        private final Label count = new Label();
        private final HBox box;

        RowCell() {
            image.setSmooth(false);
            image.setPreserveRatio(true);
            frame.setMinSize(THUMB, THUMB);
            frame.setPrefSize(THUMB, THUMB);
            frame.getStyleClass().add("census-thumb");
            label.getStyleClass().add(ROW_LABEL_CLASS);
            count.getStyleClass().add(ROW_COUNT_CLASS);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            count.setMinWidth(Label.USE_PREF_SIZE);
            box = new HBox(10, frame, label, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                    model.show(getItem());
                }
            });
            // the same export menu as every other image (the row's end state as a crisp thumbnail)
            org.hopfieldstudio.ui.figure.FigureExport.install(this, new org.hopfieldstudio.ui.figure.ImageFigure(
                    () -> getItem() == null ? "census-state" : "census-" + getItem().rank() + "-" + getItem().label(),
                    () -> getItem() == null ? null : image.getImage()), e -> getItem() != null);
        }

        @Override
        protected void updateItem(CensusRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Image img = thumbnail(row);
            image.setImage(img);
            // N.B. shown at its own (whole-pixel) size when it fits; only a large grid (100 × 100) is shrunk
            double fit = Math.max(img.getWidth(), img.getHeight()) > THUMB ? THUMB : 0;
            image.setFitWidth(fit);
            image.setFitHeight(fit);
            label.setText(row.rank() + ".  " + row.label());
            count.setText(row.countText());
            setTooltip(new Tooltip(row.label() + ": " + row.countText() + " — click to load it into the grid"));
            setGraphic(box);
        }
    }
}
