package org.hopfieldstudio.ui.heatmap;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hopfieldstudio.ui.common.Images;
import org.hopfieldstudio.ui.common.PixelImagePane;

/**
 * A compact receptive field for the Memory tab: row W[i, :] of the neuron last selected in the pattern grid
 * (Ctrl+click), drawn on the grid with the diverging map and its colour bar. It shares the heatmap's view
 * model, so it shows exactly what the Weights tab shows, without leaving the grid.
 *
 * <p>Node ids: {@code #receptiveFieldPane}, {@code #memoryFieldImage}, {@code #memoryFieldTitle}.
 */
public final class ReceptiveFieldPane extends TitledPane {
    private final WeightHeatmapViewModel model;
    private final PixelImagePane image = new PixelImagePane(180);
    private final ColorBar bar = new ColorBar();
    private final Label title = new Label();
    private final javafx.beans.property.IntegerProperty gridNeurons = new javafx.beans.property.SimpleIntegerProperty(0);

    public ReceptiveFieldPane(WeightHeatmapViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setText("Receptive field");
        setId("receptiveFieldPane");
        setExpanded(false);
        image.setId("memoryFieldImage");
        title.setId("memoryFieldTitle");
        title.setWrapText(true);
        bar.setPrefHeight(180);
        bar.maxHeightProperty().bind(image.heightProperty());
        HBox row = new HBox(8, image, bar);
        row.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(image, Priority.ALWAYS);
        org.hopfieldstudio.ui.figure.FigureExport.install(row,
                new org.hopfieldstudio.ui.figure.NodeFigure(row, "receptive-field"));
        image.setPrefHeight(180);
        VBox box = new VBox(6, title, row);
        box.setPadding(new Insets(6));
        setContent(box);
    }

    /** N of the grid this pane is drawn for (0: any); a field of a W of another size is not shown. */
    public javafx.beans.property.IntegerProperty gridNeuronsProperty() {
        return gridNeurons;
    }

    private void initListeners() {
        model.receptiveFieldProperty().addListener((o, a, f) -> show(f));
        gridNeurons.addListener(o -> show(model.receptiveFieldProperty().get()));
        show(model.receptiveFieldProperty().get());
    }

    private void show(HeatmapBuilder.FieldImage f) {
        int n = gridNeurons.get();
        if (f != null && n > 0 && f.rows() * f.cols() != n) {
            // N.B. defect 11: the field of an old 100×100 W was drawn on a 10×10 grid
            image.imageView().setImage(null);
            bar.setScale(0, "$W_{ij}$");
            title.setText("W is for N = " + f.rows() * f.cols() + " but the grid has N = " + n
                    + ": write W for the stored patterns of this size to see receptive fields.");
            image.imageChanged();
            return;
        }
        if (f == null) {
            image.imageView().setImage(null);
            bar.setScale(0, "$W_{ij}$");
            title.setText("Ctrl+click a neuron in the grid to see the weights into it (red excites, blue inhibits).");
        } else {
            image.imageView().setImage(Images.fromArgbCrisp(f.argb(), f.cols(), f.rows()));
            bar.setScale(f.scale(), "$W_{" + f.neuron() + ",j}$");
            title.setText(f.title() + ": red cells push it to +1 (black), blue to −1.");
        }
        image.imageChanged();
    }
}
