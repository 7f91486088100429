package org.hopfieldstudio.ui.heatmap;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hopfieldstudio.core.Network;
import org.hopfieldstudio.ui.common.LatestJobRunner;
import org.hopfieldstudio.ui.common.UiExecutors;

/**
 * State of the weight heatmap: the network in, the rendered image and receptive field out.
 *
 * <p>Inputs (set or bind from the main window): {@link #networkProperty()} and
 * {@link #selectedNeuronProperty()} (null = no receptive field). A new network cancels the render in flight
 * and starts a new one on the background executor; the image arrives on the FX executor. Hover commands turn
 * a relative position over the image into the text shown under it. Never touches a Node.
 */
public final class WeightHeatmapViewModel {
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<Integer> selectedNeuron = new SimpleObjectProperty<>(this, "selectedNeuron");
    private final ReadOnlyObjectWrapper<HeatmapImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<HeatmapBuilder.FieldImage> receptiveField =
            new ReadOnlyObjectWrapper<>(this, "receptiveField");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "No network yet.");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final ReadOnlyStringWrapper fieldHoverText = new ReadOnlyStringWrapper(this, "fieldHoverText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final LatestJobRunner renders;
    private final LatestJobRunner fields;
    private final int maxSide;

    /** For the app: one daemon render thread, results on the FX thread, 1000-pixel budget. */
    public WeightHeatmapViewModel() {
        this(UiExecutors.singleDaemon("heatmap-render"), Platform::runLater, HeatmapBuilder.DEFAULT_MAX_SIDE);
    }

    /**
     * @param background where renders run (tests: {@code Runnable::run})
     * @param fx         where results are published (app: {@code Platform::runLater}; tests: {@code Runnable::run})
     * @param maxSide    pixel budget per image side; larger N is aggregated into blocks
     */
    public WeightHeatmapViewModel(Executor background, Executor fx, int maxSide) {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be ≥ 1");
        }
        this.maxSide = maxSide;
        this.renders = new LatestJobRunner(background, fx, busy::set);
        this.fields = new LatestJobRunner(background, fx, b -> { });
        network.addListener((obs, old, net) -> render(net));
        selectedNeuron.addListener((obs, old, i) -> renderField());
    }

    private void render(Network net) {
        hoverText.set("");
        if (net == null) {
            renders.cancel();
            image.set(null);
            caption.set("No network yet.");
        } else {
            caption.set("Rendering W for N = " + net.size() + " …");
            renders.submit(cancel -> HeatmapBuilder.build(net, maxSide, cancel), img -> {
                error.set("");
                image.set(img);
                caption.set(img.caption());
            }, t -> error.set("Could not render the weights: " + t.getMessage()));
        }
        renderField();
    }

    private void renderField() {
        Network net = network.get();
        Integer i = selectedNeuron.get();
        fieldHoverText.set("");
        if (net == null || i == null || i < 0 || i >= net.size()) {
            fields.cancel();
            receptiveField.set(null);
            return;
        }
        fields.submit(cancel -> HeatmapBuilder.receptiveField(net, i), receptiveField::set,
                t -> error.set("Could not show the receptive field: " + t.getMessage()));
    }

    /**
     * Selects the receiving neuron i of the weight under the relative position (fx, fy) ∈ [0, 1)² (its row of W;
     * the first row of an aggregated block), so its receptive field is shown. Outside the image: nothing changes.
     */
    public void selectAt(double fx, double fy) {
        HeatmapImage img = image.get();
        HeatmapImage.Cell cell = img == null ? null : img.cellAtFraction(fx, fy);
        if (cell != null) {
            selectedNeuron.set(cell.iFrom());
        }
    }

    /** Updates the hover text for the relative position (fx, fy) ∈ [0, 1)² over the heatmap. */
    public void hover(double fx, double fy) {
        HeatmapImage img = image.get();
        HeatmapImage.Cell cell = img == null ? null : img.cellAtFraction(fx, fy);
        hoverText.set(cell == null ? "" : describe(cell, img.gridCols()));
    }

    /** Updates the receptive-field hover text for the relative position (fx, fy) over the field image. */
    public void hoverField(double fx, double fy) {
        HeatmapBuilder.FieldImage f = receptiveField.get();
        if (f == null || !(fx >= 0 && fx < 1 && fy >= 0 && fy < 1)) {
            fieldHoverText.set("");
            return;
        }
        int r = (int) (fy * f.rows());
        int c = (int) (fx * f.cols());
        int j = r * f.cols() + c;
        fieldHoverText.set(String.format(Locale.ROOT, "j = %d (%d, %d):  w_%d,%d = %s", j, r, c, f.neuron(), j,
                HeatmapImage.fmt(f.values()[j])));
    }

    public void clearHover() {
        hoverText.set("");
        fieldHoverText.set("");
    }

    /** Hover text: one weight with both neurons' grid positions, or a block's index ranges and mean. */
    static String describe(HeatmapImage.Cell cell, int gridCols) {
        if (cell.single()) {
            int i = cell.iFrom();
            int j = cell.jFrom();
            return String.format(Locale.ROOT, "i = %d %s,  j = %d %s:  w_ij = %s", i, pos(i, gridCols), j,
                    pos(j, gridCols), HeatmapImage.fmt(cell.value()));
        }
        return String.format(Locale.ROOT, "i = %d … %d %s … %s,  j = %d … %d %s … %s:  mean w = %s (%d×%d block)",
                cell.iFrom(), cell.iTo(), pos(cell.iFrom(), gridCols), pos(cell.iTo(), gridCols),
                cell.jFrom(), cell.jTo(), pos(cell.jFrom(), gridCols), pos(cell.jTo(), gridCols),
                HeatmapImage.fmt(cell.value()), cell.iTo() - cell.iFrom() + 1, cell.jTo() - cell.jFrom() + 1);
    }

    private static String pos(int i, int gridCols) {
        return "(" + i / gridCols + ", " + i % gridCols + ")";
    }

    /** The network whose W is shown; set or bind it. */
    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    /** Neuron whose receptive field (row W[i, :]) is shown; null hides it. */
    public ObjectProperty<Integer> selectedNeuronProperty() {
        return selectedNeuron;
    }

    public ReadOnlyObjectProperty<HeatmapImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HeatmapBuilder.FieldImage> receptiveFieldProperty() {
        return receptiveField.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fieldHoverTextProperty() {
        return fieldHoverText.getReadOnlyProperty();
    }

    /** True while a render is in flight. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Last error, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
