package org.hopfieldstudio.ui.heatmap;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.ui.common.Images;
import org.hopfieldstudio.ui.common.PixelImagePane;

/**
 * The weight heatmap: W as a blue–white–red image centred on 0 with its colour bar, a hover read-out, and
 * beside it the receptive field (row W[i, :] on the neuron grid) of the selected neuron.
 *
 * <p>Embed it and bind {@code view.viewModel().networkProperty()} and {@code selectedNeuronProperty()}.
 * Node ids: {@code #heatmapImage}, {@code #heatmapColorBar}, {@code #heatmapCaption}, {@code #heatmapHover},
 * {@code #receptiveFieldImage}, {@code #receptiveFieldTitle}, {@code #receptiveFieldHover}.
 */
public final class WeightHeatmapView extends BorderPane {
    public static final String STYLE_CLASS = "weight-heatmap-view";
    public static final String TITLE_CLASS = "view-title";
    public static final String CAPTION_CLASS = "view-caption";
    public static final String READOUT_CLASS = "view-readout";

    private final WeightHeatmapViewModel model;
    private final PixelImagePane heat = new PixelImagePane(640);
    private final ColorBar heatBar = new ColorBar();
    private final PixelImagePane field = new PixelImagePane(260);
    private final ColorBar fieldBar = new ColorBar();
    private final Label fieldTitle = new Label();
    private final Label caption = new Label();
    private final Label hover = new Label();
    private final Label fieldHover = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();

    /** A view with its own view model (background render thread, 1000-pixel budget). */
    public WeightHeatmapView() {
        this(new WeightHeatmapViewModel());
    }

    public WeightHeatmapView(WeightHeatmapViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public WeightHeatmapViewModel viewModel() {
        return model;
    }

    /** Shortcut for {@code viewModel().networkProperty()}. */
    public javafx.beans.property.ObjectProperty<Network> networkProperty() {
        return model.networkProperty();
    }

    /** Shortcut for {@code viewModel().selectedNeuronProperty()}. */
    public javafx.beans.property.ObjectProperty<Integer> selectedNeuronProperty() {
        return model.selectedNeuronProperty();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(WeightHeatmapView.class.getResource("heatmap.css").toExternalForm());
        heat.setId("heatmapImage");
        heat.imageView().setId("heatmapImageView");
        heatBar.setId("heatmapColorBar");
        field.setId("receptiveFieldImage");
        fieldBar.setId("receptiveFieldColorBar");
        fieldTitle.setId("receptiveFieldTitle");
        caption.setId("heatmapCaption");
        hover.setId("heatmapHover");
        hover.setWrapText(true); // N.B. wraps rather than cutting the hint to "…" (issue 9 point 2)
        fieldHover.setId("receptiveFieldHover");

        // N.B. the symbol typeset (it read "W_ij" in ASCII-LaTeX); the plain form is the formula's tooltip
        Label heatTitle = new Label("Weight matrix");
        heatTitle.getStyleClass().add(TITLE_CLASS);
        heatTitle.setId("heatmapTitle");
        heatTitle.setGraphic(new org.hopfieldstudio.ui.math.FormulaView(org.hopfieldstudio.ui.math.Tex.of("W_{ij}")));
        heatTitle.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        fieldTitle.getStyleClass().add(TITLE_CLASS);
        fieldTitle.setWrapText(true);
        caption.getStyleClass().add(CAPTION_CLASS);
        caption.setWrapText(true);
        hover.getStyleClass().add(READOUT_CLASS);
        fieldHover.getStyleClass().add(READOUT_CLASS);
        hover.setText(" ");
        fieldHover.setText(" ");
        busy.setPrefSize(28, 28);
        busy.setVisible(false);

        // N.B. bound to the pane, not to the image's fitHeight: that is 0 until the pane's first layout, which left
        // the bar 40 px high and blank.
        heatBar.maxHeightProperty().bind(heat.heightProperty());
        HBox heatRow = new HBox(6, heat, heatBar);
        heatRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(heat, Priority.ALWAYS);
        VBox.setVgrow(heatRow, Priority.ALWAYS);
        VBox heatPanel = new VBox(6, new HBox(10, heatTitle, busy), heatRow, hover);
        HBox.setHgrow(heatPanel, Priority.ALWAYS);

        fieldBar.maxHeightProperty().bind(field.heightProperty());
        HBox fieldRow = new HBox(6, field, fieldBar);
        fieldRow.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        fieldBar.setPrefHeight(260);
        VBox fieldPanel = new VBox(6, fieldTitle, fieldRow, fieldHover);
        org.hopfieldstudio.ui.figure.FigureExport.install(heatRow,
                new org.hopfieldstudio.ui.figure.NodeFigure(heatRow, "weight-heatmap"));
        org.hopfieldstudio.ui.figure.FigureExport.install(fieldRow,
                new org.hopfieldstudio.ui.figure.NodeFigure(fieldRow, "receptive-field"));
        // N.B. widths in the zoom's units (380 and 260 px at 100 %): at 200 % a 260-px column wrapped its title into
        // eight lines, which pushed the caption out of the tab at 1280×720 (issue 9)
        org.hopfieldstudio.ui.theme.PlotStyle.follow(fieldPanel, st -> {
            fieldPanel.setPrefWidth(380 * st.zoom());
            fieldPanel.setMinWidth(260 * st.zoom());
        });

        HBox center = new HBox(16, heatPanel, fieldPanel);
        setCenter(center);
        setBottom(caption);
        BorderPane.setMargin(caption, new Insets(8, 0, 0, 0));
        setPadding(new Insets(10));
        showField(null);
    }

    private void initListeners() {
        model.imageProperty().addListener((obs, old, img) -> showHeatmap(img));
        model.receptiveFieldProperty().addListener((obs, old, f) -> showField(f));
        caption.textProperty().bind(model.captionProperty());
        hover.textProperty().bind(model.hoverTextProperty().map(s -> s.isEmpty()
                ? "Hover over W to read a weight; click it to see the receptive field of row i." : s));
        fieldHover.textProperty().bind(model.fieldHoverTextProperty());
        busy.visibleProperty().bind(model.busyProperty());
        ImageView iv = heat.imageView();
        iv.addEventHandler(MouseEvent.MOUSE_MOVED, e -> model.hover(heat.fractionX(e.getX()), heat.fractionY(e.getY())));
        iv.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.clearHover());
        // N.B. a click on W selects the receiving neuron (its row): defect 16, clicking did nothing
        iv.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> model.selectAt(heat.fractionX(e.getX()), heat.fractionY(e.getY())));
        iv.setCursor(javafx.scene.Cursor.CROSSHAIR);
        ImageView fv = field.imageView();
        fv.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> model.hoverField(field.fractionX(e.getX()), field.fractionY(e.getY())));
        fv.addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.clearHover());
        showHeatmap(model.imageProperty().get());
        // N.B. a view built after the view model was in use (start-up builds the hidden tabs later) shows its state
        showField(model.receptiveFieldProperty().get());
    }

    private void showHeatmap(HeatmapImage img) {
        if (img == null) {
            heat.imageView().setImage(null);
            heatBar.setScale(0, "$W$");
        } else {
            heat.imageView().setImage(Images.fromArgbCrisp(img.argbUnsafe(), img.side(), img.side()));
            heatBar.setScale(img.scale(), img.aggregated() ? "block mean" : "$W_{ij}$");
        }
        heat.imageChanged();
    }

    /** The colour bar beside W (tests). */
    public ColorBar heatColorBar() {
        return heatBar;
    }

    /** The colour bar beside the receptive field (tests). */
    public ColorBar fieldColorBar() {
        return fieldBar;
    }

    private void showField(HeatmapBuilder.FieldImage f) {
        if (f == null) {
            field.imageView().setImage(null);
            fieldBar.setScale(0, "$W_{ij}$");
            fieldTitle.setText("Receptive field: Ctrl+click a neuron in the pattern grid (Memory tab) to see the weights into it.");
        } else {
            field.imageView().setImage(Images.fromArgbCrisp(f.argb(), f.cols(), f.rows()));
            fieldBar.setScale(f.scale(), "$W_{" + f.neuron() + ",j}$");
            fieldTitle.setText(f.title());
        }
        field.imageChanged();
    }
}
