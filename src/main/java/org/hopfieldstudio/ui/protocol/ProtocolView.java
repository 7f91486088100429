package org.hopfieldstudio.ui.protocol;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hopfieldstudio.protocol.ProtocolParameter;
import org.hopfieldstudio.protocol.WritingProtocol;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.common.NumberField;
import org.hopfieldstudio.ui.common.Tips;

/** Protocol selector, generated parameter form, formula, Write W with progress and Cancel. */
public final class ProtocolView extends VBox {
    private final ProtocolViewModel model;
    private final ComboBox<WritingProtocol> selector = new ComboBox<>();
    private final org.hopfieldstudio.ui.math.FormulaView formula = new org.hopfieldstudio.ui.math.FormulaView();
    private final Label description = new Label();
    private final Label asymmetry = new Label();
    private final GridPane form = new GridPane();
    final Button writeButton = new Button("Write W");
    private final Button cancelButton = new Button("Cancel");
    private final CheckBox autoWrite = new CheckBox("Rewrite W automatically when the patterns change");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label stale = new Label("W is out of date: press “Write W”.");
    private final Label time = new Label();

    public ProtocolView(ProtocolViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PANEL);
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Writing protocol");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        selector.setId("protocolBox");
        selector.setMaxWidth(Double.MAX_VALUE);
        selector.getItems().setAll(model.protocols());
        StringConverter<WritingProtocol> names = new StringConverter<>() {
            @Override
            public String toString(WritingProtocol p) {
                return p == null ? "(no protocol registered)" : p.displayName();
            }

            @Override
            public WritingProtocol fromString(String s) {
                return null;
            }
        };
        selector.setConverter(names);
        selector.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WritingProtocol p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : names.toString(p));
            }
        });
        formula.getStyleClass().add(Styles.FORMULA);
        formula.setId("formula");
        description.setWrapText(true);
        description.getStyleClass().add(Styles.HINT);
        asymmetry.getStyleClass().add(Styles.WARNING_BANNER);
        asymmetry.setWrapText(true);
        asymmetry.setId("asymmetryWarning");
        stale.getStyleClass().add(Styles.WARNING_BANNER);
        stale.setId("staleWarning");
        form.setHgap(6);
        form.setVgap(4);
        // N.B. parameter names whole; the editors give way (issue 9 point 2)
        javafx.scene.layout.ColumnConstraints nameColumn = new javafx.scene.layout.ColumnConstraints();
        nameColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints editors = new javafx.scene.layout.ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setMinWidth(0);
        form.getColumnConstraints().addAll(nameColumn, editors);
        writeButton.setId("writeButton");
        cancelButton.setId("cancelWriteButton");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        status.getStyleClass().add(Styles.STATUS);
        status.setWrapText(true);
        status.setId("protocolStatus");
        autoWrite.setId("autoWriteBox");
        Tips.set(autoWrite, "On by default for Hebb, pseudo-inverse and Storkey (fast, closed form); "
                + "off for the trained rules, which write only on demand.");
        time.setId("writeTime");
        time.getStyleClass().add(Styles.HINT);
        time.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().add(Styles.PROTOCOL_STATUS);
        HBox actions = new HBox(6, writeButton, progress, cancelButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        // N.B. (defect 12) the buttons come last and the status lines above them keep their room (the status at
        // least three lines, the banner's line reserved while hidden): the column is anchored at the bottom, so a
        // status line that changed height moved Cancel under the pointer and a click meant for it hit the check box
        getChildren().addAll(title, selector, formula, description, asymmetry, form, autoWrite, status, stale, time,
                actions);
    }

    private void initListeners() {
        selector.valueProperty().bindBidirectional(model.selectedProperty());
        formula.texProperty().bind(model.formulaTexProperty());
        description.textProperty().bind(model.descriptionProperty());
        asymmetry.textProperty().bind(model.asymmetryWarningProperty());
        asymmetry.visibleProperty().bind(model.asymmetryWarningProperty().isNotEmpty());
        asymmetry.managedProperty().bind(asymmetry.visibleProperty());
        stale.visibleProperty().bind(model.outOfDateProperty());
        time.textProperty().bind(model.timeTextProperty());
        autoWrite.selectedProperty().bindBidirectional(model.autoWriteProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        status.textProperty().bind(model.statusProperty());
        writeButton.setOnAction(e -> model.write());
        cancelButton.setOnAction(e -> model.cancel());
        model.parameters().addListener((ListChangeListener<ParameterValue>) c -> rebuildForm());
        rebuildForm();
    }

    private void rebuildForm() {
        form.getChildren().clear();
        int row = 0;
        for (ParameterValue v : model.parameters()) {
            ProtocolParameter p = v.parameter();
            Label label = new Label(p.label());
            Tips.set(label, p.description());
            form.addRow(row++, label, editor(v));
        }
    }

    private Node editor(ParameterValue v) {
        ProtocolParameter p = v.parameter();
        switch (p.kind()) {
            case BOOLEAN: {
                CheckBox box = new CheckBox();
                box.setSelected(v.value() != 0);
                box.selectedProperty().addListener((o, a, b) -> v.valueProperty().set(b ? 1 : 0));
                Tips.set(box, p.description());
                return box;
            }
            default: {
                // N.B. a NumberField, not an editable Spinner: a Spinner silently clamped out-of-range text and
                // threw on text that is not a number; this one refuses both as typed and shows the range
                NumberField f = new NumberField(p.min(), p.max(), p.kind() == ProtocolParameter.Kind.INTEGER,
                        v.value(), p.description());
                f.setId("param-" + p.key());
                f.valueProperty().addListener((o, a, b) -> v.valueProperty().set(b.doubleValue()));
                v.valueProperty().addListener((o, a, b) -> f.valueProperty().set(b.doubleValue()));
                return f;
            }
        }
    }
}
