package org.hopfieldstudio.ui.recall;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.theme.PlotStyle;

/**
 * "Save recall animation": format (looping GIF or PNG sequence), content (grid alone or with the energy and overlap
 * charts), frame rate, width and speed; then a progress bar with Cancel while the job writes the frames. The window
 * stays usable (the dialog is not modal and the work runs off the FX thread).
 *
 * <p>Node ids: {@code #animFormat}, {@code #animContent}, {@code #animFps}, {@code #animWidth}, {@code #animSpeed},
 * {@code #animSave}, {@code #animCancel}, {@code #animProgress}, {@code #animStatus}.
 */
public final class AnimationExportDialog extends VBox {
    private final AnimationExportModel model;
    private final ChoiceBox<RecallAnimation.Format> format = new ChoiceBox<>();
    private final ChoiceBox<RecallAnimation.Content> content = new ChoiceBox<>();
    private final Spinner<Integer> fps = new Spinner<>(1, 50, 12);
    private final Spinner<Integer> width = new Spinner<>(160, 2048, 720, 40);
    private final Spinner<Double> speed = new Spinner<>(0.02, 10.0, 0.25, 0.05);
    private final Button save = new Button("Save…");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Label status = new Label();

    public AnimationExportDialog(AnimationExportModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    /** Opens the dialog in its own window over {@code owner}. */
    public static Stage show(Window owner, AnimationExportModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Save recall animation");
        Scene scene = new Scene(new AnimationExportDialog(model));
        scene.getRoot().getStyleClass().add(Styles.STUDIO);
        if (owner != null && owner.getScene() != null
                && !org.hopfieldstudio.ui.theme.Theme.adopt(scene, owner.getScene())) {
            // N.B. an owner without a theme (a demo, a test): its stylesheets at least
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void createView() {
        setSpacing(10);
        setPadding(new Insets(14));
        // N.B. as wide as 40 lines of text are high, so the window grows with the zoom: a fixed 520 px cut its labels
        // at 175 % ("Frames p…", "Width (pi…", "Grid with energy and over…")
        Label sizer = new Label();
        sizer.setManaged(false);
        sizer.setVisible(false);
        getChildren().add(sizer);
        prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.ceil(40 * sizer.getFont().getSize()), sizer.fontProperty()));
        format.setId("animFormat");
        content.setId("animContent");
        fps.setId("animFps");
        width.setId("animWidth");
        speed.setId("animSpeed");
        save.setId("animSave");
        cancel.setId("animCancel");
        progress.setId("animProgress");
        status.setId("animStatus");
        format.getItems().setAll(RecallAnimation.Format.values());
        format.setValue(RecallAnimation.Format.GIF);
        content.getItems().setAll(RecallAnimation.Content.values());
        content.setValue(RecallAnimation.Content.GRID_AND_CHARTS);
        for (Spinner<?> s : new Spinner<?>[] {fps, width, speed}) {
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Save as"), format);
        form.addRow(1, new Label("Show"), content);
        form.addRow(2, new Label("Frames per second"), fps);
        form.addRow(3, new Label("Width (pixels)"), width);
        form.addRow(4, new Label("Sweeps per frame"), speed);
        for (javafx.scene.Node n : form.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label keeps its words; the fields give way
            }
        }
        // N.B. the choices fill their column: at their pref width the skin's label ran a few pixels under the arrow
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {format, content}) {
            c.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(c, Priority.ALWAYS);
        }
        Label note = new Label("The run is replayed from its seed, so the animation is exactly the run shown. "
                + "A sweep is N neuron updates; 0.25 shows a quarter sweep per frame.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.HINT);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox actions = new HBox(8, save, progress, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        message.getStyleClass().add(Styles.HINT);
        status.setWrapText(true);
        getChildren().addAll(0, java.util.List.of(form, note, actions, message, status));
    }

    private void initListeners() {
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.runningProperty());
        status.textProperty().bind(model.statusProperty());
        cancel.disableProperty().bind(model.runningProperty().not());
        save.disableProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        save.setOnAction(e -> chooseAndStart());
    }

    private void chooseAndStart() {
        Window w = getScene() == null ? null : getScene().getWindow();
        File target;
        if (format.getValue() == RecallAnimation.Format.GIF) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the animated GIF");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF animations", "*.gif"));
            fc.setInitialFileName("recall.gif");
            target = fc.showSaveDialog(w);
        } else {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Folder for the PNG frames (frame-0000.png, …)");
            target = dc.showDialog(w);
        }
        if (target != null) {
            start(target);
        }
    }

    /** Starts the export to {@code target} with the chosen settings (the file dialog's continuation; tests call it). */
    public boolean start(File target) {
        RecallAnimation.Options opt;
        try {
            opt = new RecallAnimation.Options(content.getValue(), format.getValue(), fps.getValue(), width.getValue(),
                    speed.getValue(), target);
        } catch (IllegalArgumentException ex) {
            status.textProperty().unbind();
            status.setText(ex.getMessage());
            status.textProperty().bind(model.statusProperty());
            return false;
        }
        PlotStyle style = PlotStyle.of(ownerNode());
        return model.start(opt, style, new TimeSeriesPlot(TimeSeriesPlot.ENERGY, null, null),
                new TimeSeriesPlot(TimeSeriesPlot.OVERLAP, -1.0, 1.0));
    }

    private javafx.scene.Node ownerNode() {
        Window w = getScene() == null ? null : getScene().getWindow();
        if (w instanceof Stage s && s.getOwner() != null && s.getOwner().getScene() != null) {
            return s.getOwner().getScene().getRoot();
        }
        return this;
    }

    /** For tests: choose the settings. */
    void choose(RecallAnimation.Format f, RecallAnimation.Content c, int framesPerSecond, int px, double sweeps) {
        format.setValue(f);
        content.setValue(c);
        fps.getValueFactory().setValue(framesPerSecond);
        width.getValueFactory().setValue(px);
        speed.getValueFactory().setValue(sweeps);
    }
}
