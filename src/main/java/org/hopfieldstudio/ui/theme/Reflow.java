package org.hopfieldstudio.ui.theme;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;

/**
 * Layouts that reflow rather than clip (issue 9 point 2): under a root, every text that wraps keeps the height its
 * lines need, check boxes wrap their sentences, and every button and toggle keeps the width of its label, so a narrow window or a large
 * zoom wraps rows (FlowPanes), grows columns or scrolls, and no text is ever cut to "…". Applies to nodes added
 * later too (protocol parameter forms, skins created on first layout). A size set explicitly in code or CSS wins.
 */
public final class Reflow {
    private static final String MARK = Reflow.class.getName();

    private Reflow() {
    }

    /** Applies the rules to {@code root}'s tree now and to every node added under it later. */
    public static void install(Node root) {
        visit(root);
    }

    private static void visit(Node n) {
        if (n.getProperties().containsKey(MARK)) {
            return;
        }
        n.getProperties().put(MARK, Boolean.TRUE);
        apply(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    for (Node added : c.getAddedSubList()) {
                        visit(added);
                    }
                }
            });
            for (Node c : p.getChildrenUnmodifiable()) {
                visit(c);
            }
        }
    }

    private static void apply(Node n) {
        if (n instanceof Label l && l.getParent() instanceof TableColumnHeader h && h.getTableColumn() != null) {
            // a table column is never narrower than its header text (it scrolls sideways instead)
            Runnable fit = () -> h.getTableColumn().setMinWidth(Math.max(h.getTableColumn().getMinWidth(),
                    l.prefWidth(-1) + 1.5 * l.getFont().getSize()));
            l.fontProperty().addListener(o -> fit.run());
            l.textProperty().addListener(o -> fit.run());
            fit.run();
            return;
        }
        if (!(n instanceof Labeled l) || n instanceof Cell<?>) {
            return;
        }
        if (l.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            // wrapped text: as tall as its lines; one-line text: never shorter than its line either
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (n instanceof CheckBox || n instanceof RadioButton) {
            // sentences beside a box: wrap them (and keep their height, above)
            l.setWrapText(true);
        } else if (n instanceof ButtonBase && !l.isWrapText() && l.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            // a few words on a button: the button keeps its width; its row wraps (FlowPane) or its column grows
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
    }
}
