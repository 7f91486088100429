package org.hopfieldstudio.ui.library;

import java.io.File;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.hopfieldstudio.core.Pattern;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.grid.Palette;
import org.hopfieldstudio.ui.common.Tips;

/** Thumbnails of the stored patterns (ControlsFX GridView), capacity line, store/remove/rename/load/import. */
public final class LibraryView extends VBox {
    private static final PseudoClass OVER_LIMIT = PseudoClass.getPseudoClass("over-limit");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double THUMB = 44;

    private final LibraryViewModel model;
    private final GridView<Pattern> thumbnails = new GridView<>();
    private final Label capacity = new Label();
    final Button storeButton = new Button("Store current");
    private final Button removeButton = new Button("Remove");
    private final Button renameButton = new Button("Rename…");
    private final Button clearButton = new Button("Clear all");
    private final ComboBox<String> builtIn = new ComboBox<>();
    private final Button openButton = new Button("Replace…");
    private final Button addFileButton = new Button("Add…");
    private final Button importButton = new Button("Import PNG…");
    private final Button saveButton = new Button("Save set…");
    private final Button exportButton = new Button("Export PNG…");

    public LibraryView(LibraryViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.PANEL);
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label("Stored patterns");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        thumbnails.setId("library");
        thumbnails.setCellWidth(THUMB + 8);
        thumbnails.setCellHeight(THUMB + 22);
        thumbnails.setHorizontalCellSpacing(2);
        thumbnails.setVerticalCellSpacing(2);
        thumbnails.setPrefHeight(250);
        thumbnails.setMinHeight(120);
        thumbnails.setCellFactory(g -> new ThumbCell());
        VBox.setVgrow(thumbnails, Priority.ALWAYS);
        capacity.setId("capacity");
        capacity.setWrapText(true);
        capacity.getStyleClass().add("capacity");
        storeButton.setId("storeButton");
        Tips.set(storeButton, "Add the grid as a new stored pattern");
        removeButton.setId("removeButton");
        builtIn.setId("builtInBox");
        builtIn.setPromptText("Load a bundled set…");
        builtIn.getItems().setAll(model.builtInNames());
        builtIn.setPrefWidth(200);
        Label hint = new Label("Click a thumbnail to load it into the grid; right-click to rename or remove.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        FlowPane edit = new FlowPane(6, 6, storeButton, removeButton, renameButton, clearButton);
        saveButton.setId("saveSetButton");
        Tips.set(saveButton, "Save the stored patterns as a text pattern file (patterns/FORMAT.md)");
        exportButton.setId("exportPngButton");
        Tips.set(exportButton, "Save the grid as a PNG image (black = +1)");
        openButton.setId("replaceFileButton");
        Tips.set(openButton, "Replace the stored patterns by those of a pattern file or a PNG image "
                + "(undo: Ctrl+Z)");
        addFileButton.setId("addFileButton");
        Tips.set(addFileButton, "Add the patterns of a pattern file, or a PNG image, to the stored ones");
        FlowPane load = new FlowPane(6, 6, builtIn, addFileButton, openButton, saveButton, importButton, exportButton);
        getChildren().addAll(title, capacity, thumbnails, hint, edit, load);
    }

    private void initListeners() {
        capacity.textProperty().bind(model.capacityTextProperty());
        model.overLimitProperty().addListener((o, a, b) -> capacity.pseudoClassStateChanged(OVER_LIMIT, b));
        capacity.pseudoClassStateChanged(OVER_LIMIT, model.overLimitProperty().get());
        thumbnails.setItems(model.patterns());
        storeButton.setOnAction(e -> model.storeCurrent());
        removeButton.setOnAction(e -> model.removeSelected());
        renameButton.setOnAction(e -> renameDialog(model.selectedProperty().get()));
        clearButton.setOnAction(e -> model.clear());
        builtIn.setOnAction(e -> {
            String name = builtIn.getValue();
            if (name != null) {
                model.loadBuiltIn(name);
                // N.B. the box is a command, not a state: back to its prompt, so choosing the same set again (after
                // Open file… or Clear all) loads it again (defect 9)
                javafx.application.Platform.runLater(() -> builtIn.getSelectionModel().clearSelection());
            }
        });
        // N.B. files are read in the background; one at a time, so a slow file cannot be overtaken by a later one
        openButton.disableProperty().bind(model.loadingProperty());
        importButton.disableProperty().bind(model.loadingProperty());
        addFileButton.disableProperty().bind(model.loadingProperty());
        openButton.setOnAction(e -> chooseFile("Replace the stored patterns by a file").ifPresent(f -> {
            if (LibraryViewModel.isImage(f)) {
                model.replaceWithImage(f);
            } else {
                model.loadFile(f);
            }
        }));
        addFileButton.setOnAction(e -> chooseFile("Add patterns from a file").ifPresent(f -> {
            if (LibraryViewModel.isImage(f)) {
                model.addImage(f);
            } else {
                model.addFile(f);
            }
        }));
        importButton.setOnAction(e -> choose("Import a PNG image", true).ifPresent(model::importImage));
        saveButton.setOnAction(e -> chooseSave("Save the stored patterns", false, model.setNameProperty().get() + ".txt")
                .ifPresent(model::saveFile));
        exportButton.setOnAction(e -> chooseSave("Export the grid as PNG", true, "pattern.png")
                .ifPresent(model::exportGridPng));
    }

    private java.util.Optional<Path> chooseSave(String title, boolean png, String initialName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(png ? new FileChooser.ExtensionFilter("PNG images", "*.png")
                : new FileChooser.ExtensionFilter("Pattern files", "*.txt"));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private java.util.Optional<Path> choose(String title, boolean png) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (png) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        } else {
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Pattern files", "*.txt", "*.pat"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
        }
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** A pattern file or a PNG image. */
    private java.util.Optional<Path> chooseFile(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Pattern files and PNG images", "*.txt", "*.pat", "*.png"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private void renameDialog(int index) {
        if (index < 0 || index >= model.count()) {
            return;
        }
        TextInputDialog d = new TextInputDialog(model.patterns().get(index).name());
        d.setTitle("Rename pattern");
        d.setHeaderText(null);
        d.setContentText("Name:");
        d.showAndWait().ifPresent(name -> model.rename(index, name));
    }

    /** The pattern magnified by whole pixels to at most {@link #THUMB} across, so it is shown unscaled and crisp. */
    static WritableImage thumbnail(Pattern p) {
        int[] px = new int[p.size()];
        Palette.fill(p.toArray(), null, px);
        return org.hopfieldstudio.ui.common.Images.fromArgbCrisp(px, p.cols(), p.rows(), (int) THUMB);
    }

    private final class ThumbCell extends GridCell<Pattern> {
        private final ImageView image = new ImageView();
        private final Label name = new Label();
        private final VBox box = new VBox(2, image, name);

        ThumbCell() {
            getStyleClass().add(Styles.THUMB);
            image.setSmooth(false);
            image.setPreserveRatio(true);
            box.setAlignment(Pos.CENTER);
            name.setMaxWidth(THUMB + 6);
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    model.showInGrid(model.patterns().indexOf(getItem()));
                }
            });
            MenuItem rename = new MenuItem("Rename…");
            rename.setOnAction(e -> renameDialog(model.patterns().indexOf(getItem())));
            MenuItem remove = new MenuItem("Remove");
            remove.setOnAction(e -> model.remove(model.patterns().indexOf(getItem())));
            ContextMenu menu = new ContextMenu(rename, remove, new javafx.scene.control.SeparatorMenuItem());
            // N.B. the export items act on the pattern this (reused) cell shows when the menu is used
            menu.getItems().addAll(org.hopfieldstudio.ui.figure.FigureExport.items(this,
                    new org.hopfieldstudio.ui.figure.ImageFigure(() -> getItem() == null ? "pattern" : getItem().name(),
                            image::getImage)));
            setContextMenu(menu);
            // GridView has no selection model: each cell marks itself when it shows the selected pattern.
            model.selectedProperty().addListener(o -> markSelected());
        }

        private void markSelected() {
            Pattern item = getItem();
            pseudoClassStateChanged(SELECTED, item != null && model.patterns().indexOf(item) == model.selectedProperty().get());
        }

        @Override
        protected void updateItem(Pattern item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                pseudoClassStateChanged(SELECTED, false);
                return;
            }
            WritableImage img = thumbnail(item);
            image.setImage(img);
            // N.B. shown at its own size when it fits (whole-pixel magnification, crisp); only larger ones shrink
            double fit = Math.max(img.getWidth(), img.getHeight()) > THUMB ? THUMB : 0;
            image.setFitWidth(fit);
            image.setFitHeight(fit);
            name.setText(item.name());
            Tips.set(this, item.name() + " (" + item.rows() + "×" + item.cols() + ")");
            setGraphic(box);
            markSelected();
        }
    }
}
