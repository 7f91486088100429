package org.hopfieldstudio.ui.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hopfieldstudio.io.WorkspaceFiles;

/**
 * The window's side of the File menu: file choosers and the Save / Discard / Cancel question, around the document's
 * commands. Holds no state of its own beyond the folder last used.
 */
public final class WorkspaceActions {
    private final WorkspaceDocument doc;
    private final Node owner;
    private File lastFolder;

    public WorkspaceActions(WorkspaceDocument doc, Node owner) {
        this.doc = doc;
        this.owner = owner;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    /** New: after asking about unsaved changes. */
    public void newWorkspace() {
        whenSettled(doc::newWorkspace);
    }

    /** Open…: a file chooser, after asking about unsaved changes. */
    public void open() {
        whenSettled(() -> {
            FileChooser fc = chooser("Open a workspace");
            File f = fc.showOpenDialog(window());
            if (f != null) {
                lastFolder = f.getParentFile();
                doc.open(f.toPath(), ok -> { });
            }
        });
    }

    /** Opens {@code file} (recent list, drag and drop, start-up), after asking about unsaved changes. */
    public void open(Path file) {
        whenSettled(() -> doc.open(file, ok -> { }));
    }

    /** Save: to the current file, or Save As… when there is none. */
    public void save() {
        save(ok -> { });
    }

    private void save(java.util.function.Consumer<Boolean> then) {
        if (doc.file() == null) {
            saveAs(false, then);
        } else {
            doc.save(doc.file(), false, then);
        }
    }

    /** Save As… (with {@code withWeights}: W is stored even when it could be rewritten). */
    public void saveAs(boolean withWeights) {
        saveAs(withWeights, ok -> { });
    }

    private void saveAs(boolean withWeights, java.util.function.Consumer<Boolean> then) {
        FileChooser fc = chooser(withWeights ? "Save the workspace with W" : "Save the workspace");
        fc.setInitialFileName(doc.file() == null ? "workspace" + WorkspaceFiles.EXTENSION
                : String.valueOf(doc.file().getFileName()));
        File f = fc.showSaveDialog(window());
        if (f == null) {
            then.accept(false);
            return;
        }
        lastFolder = f.getParentFile();
        Path target = f.toPath();
        if (!target.getFileName().toString().contains(".")) {
            target = target.resolveSibling(target.getFileName() + WorkspaceFiles.EXTENSION);
        }
        doc.save(target, withWeights, then);
    }

    /** Quit (and the window's close button): after asking about unsaved changes. */
    public void quit() {
        whenSettled(Platform::exit);
    }

    /**
     * Runs {@code action} when there are no unsaved changes, or after the user chose Save (and the save succeeded)
     * or Discard; Cancel runs nothing.
     */
    public void whenSettled(Runnable action) {
        if (!doc.isDirty()) {
            action.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window());
        ask.setTitle("Unsaved changes");
        String name = doc.file() == null ? "This workspace" : String.valueOf(doc.file().getFileName());
        ask.setHeaderText(name + " has changes that are not saved.");
        ask.setContentText("Save them first, discard them, or cancel and keep working.");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(save, discard, cancel);
        ask.getDialogPane().setId("unsavedDialog");
        Optional<ButtonType> choice = ask.showAndWait();
        if (choice.isEmpty() || choice.get() == cancel) {
            return;
        }
        if (choice.get() == discard) {
            action.run();
            return;
        }
        save(ok -> {
            if (ok) {
                action.run();
            }
        });
    }

    /** A pattern file or image dropped onto the window: Add to the library, Replace it, or Cancel. */
    public FileDrop.Choice askAddOrReplace(Path file) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window());
        ask.setTitle("Dropped " + file.getFileName());
        ask.setHeaderText("Add the patterns of " + file.getFileName() + " to the library, or replace the stored "
                + "patterns with them?");
        ask.setContentText("Either can be undone with Ctrl+Z.");
        ButtonType add = new ButtonType("Add to the library", ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType("Replace it", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(add, replace, cancel);
        ask.getDialogPane().setId("dropDialog");
        Optional<ButtonType> choice = ask.showAndWait();
        return choice.isEmpty() || choice.get() == cancel ? FileDrop.Choice.CANCEL
                : choice.get() == add ? FileDrop.Choice.ADD : FileDrop.Choice.REPLACE;
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Hopfield Studio workspaces", "*" + WorkspaceFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File folder = lastFolder != null ? lastFolder : doc.file() != null && doc.file().getParent() != null
                ? doc.file().toAbsolutePath().getParent().toFile() : null;
        if (folder != null && folder.isDirectory()) {
            fc.setInitialDirectory(folder);
        }
        return fc;
    }
}
