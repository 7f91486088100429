package org.hopfieldstudio.ui;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.hopfieldstudio.ui.theme.Palette;
import org.hopfieldstudio.ui.theme.Theme;

/**
 * The window's menu bar: File, Edit, View, Help. Each menu is built by its own method so that the features that
 * add to it (workspaces, undo, presentation mode, lessons, help) each own one place. Items carry ids for tests.
 */
final class StudioMenus {
    private final StudioModel model;
    private final StudioView view;
    private final Menu file = new Menu("_File");
    private final Menu edit = new Menu("_Edit");
    private final Menu viewMenu = new Menu("_View");
    private final Menu help = new Menu("_Help");

    StudioMenus(StudioModel model, StudioView view) {
        this.model = model;
        this.view = view;
    }

    MenuBar build() {
        file.setId("fileMenu");
        edit.setId("editMenu");
        viewMenu.setId("viewMenu");
        help.setId("helpMenu");
        buildFile();
        buildEdit();
        buildView();
        buildHelp();
        Menu lessonsMenu = buildLessons();
        MenuBar bar = new MenuBar(file, edit, viewMenu, lessonsMenu, help);
        bar.setId("menuBar");
        // N.B. hide a menu while it has no items, so no empty menu is ever shown
        for (Menu m : bar.getMenus()) {
            m.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(m.getItems()));
        }
        return bar;
    }

    private void buildFile() {
        org.hopfieldstudio.ui.workspace.WorkspaceActions actions = view.workspaceActions();
        var doc = model.document();
        MenuItem newItem = item("New", "newItem", new KeyCodeCombination(KeyCode.N, KeyCodeCombination.SHORTCUT_DOWN));
        newItem.setOnAction(e -> actions.newWorkspace());
        MenuItem open = item("Open…", "openItem", new KeyCodeCombination(KeyCode.O, KeyCodeCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> actions.open());
        Menu recent = new Menu("Open Recent");
        recent.setId("openRecentMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (java.nio.file.Path p : doc.recentFiles()) {
                MenuItem r = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
                r.setMnemonicParsing(false);
                r.setOnAction(e -> actions.open(p));
                recent.getItems().add(r);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent workspaces");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        fillRecent.run();
        doc.recentFiles().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> fillRecent.run());
        MenuItem save = item("Save", "saveItem", new KeyCodeCombination(KeyCode.S, KeyCodeCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> actions.save());
        MenuItem saveAs = item("Save As…", "saveAsItem", new KeyCodeCombination(KeyCode.S,
                KeyCodeCombination.SHORTCUT_DOWN, KeyCodeCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> actions.saveAs(false));
        MenuItem saveWithW = item("Save As with W…", "saveWithWeightsItem", null);
        saveWithW.setOnAction(e -> actions.saveAs(true));
        for (MenuItem m : new MenuItem[] {newItem, open, save, saveAs, saveWithW}) {
            m.disableProperty().bind(doc.busyProperty());
        }
        MenuItem quit = item("Quit", "quitItem", new KeyCodeCombination(KeyCode.Q, KeyCodeCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> actions.quit());
        // N.B. Ctrl+Shift+A (animation): no other menu item, scene key or text field uses it; the F1 list reads it
        // from here (PresentationFxTest checks every accelerator is listed and none clashes)
        MenuItem animation = item("Save recall animation (GIF, PNG frames)…", "saveAnimationItem",
                new KeyCodeCombination(KeyCode.A, KeyCodeCombination.SHORTCUT_DOWN, KeyCodeCombination.SHIFT_DOWN));
        animation.setOnAction(e -> view.showAnimationExport());
        file.getItems().addAll(newItem, open, recent, new SeparatorMenuItem(), save, saveAs, saveWithW,
                new SeparatorMenuItem(), animation, new SeparatorMenuItem(), quit);
    }

    private void buildEdit() {
        var history = model.document().history();
        MenuItem undo = item("Undo", "undoItem", new KeyCodeCombination(KeyCode.Z, KeyCodeCombination.SHORTCUT_DOWN));
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.setOnAction(e -> model.document().undo());
        MenuItem redo = item("Redo", "redoItem", new KeyCodeCombination(KeyCode.Z, KeyCodeCombination.SHORTCUT_DOWN,
                KeyCodeCombination.SHIFT_DOWN));
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.setOnAction(e -> model.document().redo());
        // N.B. Ctrl+Y is the other common redo key; a menu item has one accelerator, so the scene gets the second
        view.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCodeCombination.SHORTCUT_DOWN),
                        () -> model.document().redo());
            }
        });
        edit.getItems().addAll(undo, redo);
    }

    private void buildView() {
        // N.B. no accelerators on the presentation items: the scene filter in Shortcuts handles F11, F1 and the zoom
        // keys (with Ctrl++ and the keypad as aliases); an accelerator too would act twice
        Theme theme = view.theme();
        MenuItem full = item("Full screen (F11)", "fullScreenItem", null);
        full.setOnAction(e -> view.toggleFullScreen());
        MenuItem zoomIn = item("Zoom in (Ctrl+=)", "zoomInItem", null);
        zoomIn.setOnAction(e -> theme.zoomIn());
        MenuItem zoomOut = item("Zoom out (Ctrl+−)", "zoomOutItem", null);
        zoomOut.setOnAction(e -> theme.zoomOut());
        MenuItem zoomReset = item("Zoom 100 % (Ctrl+0)", "zoomResetItem", null);
        zoomReset.setOnAction(e -> theme.resetZoom());
        zoomIn.disableProperty().bind(theme.zoomProperty().greaterThanOrEqualTo(Theme.MAX_ZOOM - 1e-9));
        zoomOut.disableProperty().bind(theme.zoomProperty().lessThanOrEqualTo(Theme.MIN_ZOOM + 1e-9));
        MenuItem zoomNow = item("", "zoomNowItem", null);
        zoomNow.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Zoom: " + theme.zoomText(), theme.zoomProperty()));
        zoomNow.setDisable(true);
        Menu palettes = new Menu("_Palette");
        palettes.setId("paletteMenu");
        ToggleGroup group = new ToggleGroup();
        for (Palette p : Palette.values()) {
            RadioMenuItem pi = new RadioMenuItem(p.label());
            pi.setId("palette-" + p.id());
            pi.setToggleGroup(group);
            pi.setSelected(theme.palette() == p);
            pi.setOnAction(e -> theme.paletteProperty().set(p));
            theme.paletteProperty().addListener((o, a, b) -> pi.setSelected(b == p));
            palettes.getItems().add(pi);
        }
        // N.B. no accelerator: the scene filter in Shortcuts handles F12 (an accelerator too would toggle twice)
        MenuItem fps = item("Frame-time overlay (F12)", "fpsItem", null);
        fps.setOnAction(e -> view.toggleFpsOverlay());
        viewMenu.getItems().addAll(full, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, zoomNow,
                new SeparatorMenuItem(), palettes, new SeparatorMenuItem(), fps);
        MenuItem log = item("Message log", "messageLogItem",
                new KeyCodeCombination(KeyCode.M, KeyCodeCombination.SHORTCUT_DOWN, KeyCodeCombination.SHIFT_DOWN));
        log.setOnAction(e -> model.status().toggleLog());
        viewMenu.getItems().add(log);

    }

    /**
     * The Lessons menu: show or hide the drawer, every lesson of the current track (choosing one opens it in its
     * prepared state), and Open for a lecturer's lesson file or folder.
     */
    private Menu buildLessons() {
        Menu lessons = new Menu("_Lessons");
        lessons.setId("lessonsMenu");
        var vm = view.lessons();
        Runnable rebuild = () -> {
            MenuItem toggle = item("Show or hide the lessons", "lessonsToggleItem",
                    new KeyCodeCombination(KeyCode.L, KeyCodeCombination.SHORTCUT_DOWN));
            toggle.setOnAction(e -> view.toggleLessons());
            lessons.getItems().setAll(toggle, new javafx.scene.control.SeparatorMenuItem());
            for (int i = 0; i < vm.track().size(); i++) {
                int index = i;
                MenuItem l = item((i + 1) + ". " + vm.track().get(i).title(), "lessonItem" + i, null);
                l.setOnAction(e -> {
                    vm.open(index);
                    if (!view.isLessonsShowing()) {
                        view.toggleLessons();
                    }
                });
                lessons.getItems().add(l);
            }
            MenuItem file = item("Open lesson file…", "openLessonFileItem", null);
            file.setOnAction(e -> view.openLessonFile(false));
            MenuItem folder = item("Open lesson folder…", "openLessonFolderItem", null);
            folder.setOnAction(e -> view.openLessonFile(true));
            lessons.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), file, folder);
        };
        vm.track().addListener((javafx.collections.ListChangeListener<Object>) c -> rebuild.run());
        rebuild.run();
        return lessons;
    }

    private void buildHelp() {
        MenuItem keys = item("Keyboard shortcuts (F1 or ?)", "shortcutHelpItem", null);
        keys.setOnAction(e -> view.toggleShortcutHelp());
        help.getItems().add(keys);
    }

    static MenuItem item(String text, String id, KeyCodeCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    StudioModel model() {
        return model;
    }
}
