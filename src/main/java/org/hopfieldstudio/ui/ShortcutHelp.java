package org.hopfieldstudio.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keyboard help overlay (F1 or ?): every shortcut of the window in one table, read when shown from
 * {@link Shortcuts#TABLE} and from the accelerators of the menu bar, so a menu item added later appears here without
 * anyone editing this class. Esc, F1 or Close hides it.
 */
final class ShortcutHelp extends StackPane {
    static final String ID = "shortcutHelp";
    private final GridPane table = new GridPane();
    private final Button close = new Button("Close (Esc)");
    private MenuBar menuBar;

    ShortcutHelp() {
        createView();
        initListeners();
    }

    private void createView() {
        setId(ID);
        getStyleClass().add(Styles.SHORTCUT_HELP);
        setVisible(false);
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        close.setId("shortcutHelpClose");
        HBox head = new HBox(12, title, new Region(), close);
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        table.getStyleClass().add("shortcut-table");
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        VBox card = new VBox(10, head, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        card.getStyleClass().add("shortcut-card");
        card.setMaxWidth(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
    }

    private void initListeners() {
        close.setOnAction(e -> hide());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                hide();
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                hide();
            }
        });
    }

    void setMenuBar(MenuBar bar) {
        this.menuBar = bar;
    }

    void toggle() {
        if (isVisible()) {
            hide();
        } else {
            show();
        }
    }

    void show() {
        fill();
        setVisible(true);
        close.requestFocus();
    }

    void hide() {
        setVisible(false);
    }

    /** Rows shown: (keys, what they do), grouped by heading; menu accelerators last. */
    List<String[]> rows() {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        for (Shortcuts.Entry e : Shortcuts.TABLE) {
            groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(new String[] {e.keys(), e.action()});
        }
        if (menuBar != null) {
            for (Menu m : menuBar.getMenus()) {
                collect(m, groups);
            }
        }
        List<String[]> out = new ArrayList<>();
        groups.forEach((g, rows) -> {
            out.add(new String[] {g, null});
            out.addAll(rows);
        });
        return out;
    }

    private static void collect(Menu m, Map<String, List<String[]>> groups) {
        for (MenuItem item : m.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, groups);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                groups.computeIfAbsent("Menus", g -> new ArrayList<>()).add(
                        new String[] {item.getAccelerator().getDisplayText(), item.getText().replace("_", "")});
            }
        }
    }

    private void fill() {
        table.getChildren().clear();
        int r = 0;
        for (String[] row : rows()) {
            if (row[1] == null) {
                Label h = new Label(row[0]);
                h.getStyleClass().add("shortcut-group");
                table.add(h, 0, r++, 2, 1);
                continue;
            }
            Label keys = new Label(row[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(row[1]);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            table.add(keys, 0, r);
            table.add(what, 1, r++);
        }
    }
}
