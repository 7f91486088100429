package org.hopfieldstudio.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node (issue 12, start-up). A {@link Tooltip} is a popup window
 * with a scene of its own; the window made about 55 of them before its first frame, 0.1-0.25 s of the FX thread on
 * the 2-core machine. {@link #set} keeps the text with the node and makes the tooltip on the first
 * {@code MOUSE_ENTERED}; from then on it is an ordinary tooltip (the same delays; a {@link Control}'s
 * {@code tooltipProperty()}), so the pointer's first stop on the node shows it as before.
 *
 * <p>{@link #text} reads the text whether or not the tooltip exists yet (tests, the accessible help text).
 */
public final class Tips {
    private static final String KEY = "hopfield.tip";

    private Tips() {
    }

    /** Gives the node a tooltip with this fixed text, made on first hover. */
    public static void set(Node node, String text) {
        bind(node, new ReadOnlyStringWrapper(text).getReadOnlyProperty(), null);
    }

    /**
     * Gives the node a tooltip whose text follows {@code text}, made on first hover; {@code configure} (may be null)
     * is applied to the tooltip when it is made (wrapping, width). Calling it again replaces the text source.
     */
    public static void bind(Node node, ObservableValue<String> text, Consumer<Tooltip> configure) {
        Object old = node.getProperties().get(KEY);
        if (old instanceof Lazy l) {
            l.rebind(text);
            return;
        }
        Lazy lazy = new Lazy(node, text, configure);
        node.getProperties().put(KEY, lazy);
        node.addEventFilter(MouseEvent.MOUSE_ENTERED, lazy);
    }

    /** Takes the node's tooltip away (made or not). */
    public static void remove(Node node) {
        if (node.getProperties().remove(KEY) instanceof Lazy l) {
            l.dispose();
        }
    }

    /** The text of the node's tooltip, made or not; null without one. */
    public static String text(Node node) {
        if (node.getProperties().get(KEY) instanceof Lazy l) {
            return l.text.getValue();
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            return c.getTooltip().getText();
        }
        return null;
    }

    /** The node's tooltip, made now if it was still waiting for the pointer; null without one. */
    public static Tooltip tooltip(Node node) {
        if (node.getProperties().get(KEY) instanceof Lazy l) {
            return l.make();
        }
        return node instanceof Control c ? c.getTooltip() : null;
    }

    private static final class Lazy implements EventHandler<MouseEvent> {
        private final Node node;
        private final Consumer<Tooltip> configure;
        private ObservableValue<String> text;
        private Tooltip tip;

        Lazy(Node node, ObservableValue<String> text, Consumer<Tooltip> configure) {
            this.node = node;
            this.text = text;
            this.configure = configure;
        }

        @Override
        public void handle(MouseEvent e) {
            make();
        }

        Tooltip make() {
            if (tip == null) {
                node.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                tip = new Tooltip();
                tip.textProperty().bind(text);
                if (configure != null) {
                    configure.accept(tip);
                }
                if (node instanceof Control c) {
                    c.setTooltip(tip);
                } else {
                    Tooltip.install(node, tip);
                }
            }
            return tip;
        }

        void rebind(ObservableValue<String> t) {
            text = t;
            if (tip != null) {
                tip.textProperty().bind(t);
            }
        }

        void dispose() {
            node.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
            if (tip != null) {
                tip.textProperty().unbind();
                if (node instanceof Control c && c.getTooltip() == tip) {
                    c.setTooltip(null);
                } else {
                    Tooltip.uninstall(node, tip);
                }
            }
        }
    }
}
