package org.hopfieldstudio.ui.notify;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The bar along the bottom of the window: the latest message (an error stays, in the error colour, until dismissed
 * or replaced by a newer error), a dismiss button, and the button that opens the message log.
 */
public final class StatusBar extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final StatusModel model;
    private final Label level = new Label();
    private final Label text = new Label();
    private final Button dismiss = new Button("✕");
    private final ToggleButton logButton = new ToggleButton();

    public StatusBar(StatusModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        level.getStyleClass().add(Styles.STATUS_BAR_LEVEL);
        level.setId("statusLevel");
        text.getStyleClass().add(Styles.STATUS_BAR_TEXT);
        text.setId("statusText");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        // N.B. a long reason wraps to a second line, never more: the bar stays one or two lines high (a failure of
        // many lines would push the window's content up), what does not fit ends in "…", and the full text is in
        // the tooltip and the message log (a click opens it)
        text.setWrapText(true);
        // N.B. the bounds are measured as the label's own text measures its lines (LOGICAL_VERTICAL_CENTER, line
        // spacing, padding): a plain Text's logical height is shorter (27 against 29 px at 175 %), and a bar two such
        // lines high fitted only one of the label's lines, so a two-line message was cut to "…" after one line
        text.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> linesHeight(text, 1), text.fontProperty(), text.lineSpacingProperty(), text.paddingProperty()));
        text.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> linesHeight(text, MAX_LINES), text.fontProperty(), text.lineSpacingProperty(),
                text.paddingProperty()));
        level.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        logButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        dismiss.setId("statusDismiss");
        dismiss.getStyleClass().add(Styles.STATUS_BAR_BUTTON);
        Tips.set(dismiss, "Dismiss this message (it stays in the message log)");
        dismiss.setFocusTraversable(false);
        logButton.setId("messageLogButton");
        logButton.getStyleClass().add(Styles.STATUS_BAR_BUTTON);
        Tips.set(logButton, "Every message of this session, with time, source and full reason");
        logButton.setFocusTraversable(false);
        getChildren().addAll(level, text, dismiss, logButton);
    }

    private void initListeners() {
        model.shownProperty().addListener((o, a, m) -> show(m));
        show(model.shownProperty().get());
        dismiss.visibleProperty().bind(model.shownProperty().isNotNull());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        dismiss.setOnAction(e -> model.dismiss());
        logButton.selectedProperty().bindBidirectional(model.logOpenProperty());
        model.countProperty().addListener(o -> updateLogButton());
        model.errorsProperty().addListener(o -> updateLogButton());
        updateLogButton();
        text.setOnMouseClicked(e -> model.logOpenProperty().set(true));
    }

    private void show(Message m) {
        pseudoClassStateChanged(ERROR, m != null && m.level() == Notice.Level.ERROR);
        pseudoClassStateChanged(WARNING, m != null && m.level() == Notice.Level.WARNING);
        if (m == null) {
            level.setText("");
            text.setText("");
            text.setTooltip(null);
            return;
        }
        level.setText(switch (m.level()) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "";
        });
        text.setText(m.timeText() + "  " + oneLine(m.summary()));
        Tooltip tip = new Tooltip(m.summary() + "\n(click for the message log)");
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        text.setTooltip(tip);
    }

    private void updateLogButton() {
        int n = model.countProperty().get();
        int e = model.errorsProperty().get();
        logButton.setText("Messages (" + n + (e > 0 ? ", " + e + (e == 1 ? " error" : " errors") : "") + ")");
    }

    /** Lines of text the bar shows at most; longer messages end in "…" (full text: tooltip and message log). */
    public static final int MAX_LINES = 2;

    /** The text with its line breaks as spaces, so that the two lines of the bar carry as much of it as fits. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /**
     * The height {@code label} needs for {@code lines} lines of text, measured the way its skin measures them (bounds
     * type of a Labeled's text, its line spacing and padding), rounded up.
     */
    static double linesHeight(Label label, int lines) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(String.join("\n", java.util.Collections.nCopies(lines,
                "Ag")));
        t.setFont(label.getFont());
        t.setLineSpacing(label.getLineSpacing());
        t.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
        javafx.geometry.Insets pad = label.getPadding() == null ? javafx.geometry.Insets.EMPTY : label.getPadding();
        return Math.ceil(t.getLayoutBounds().getHeight() + pad.getTop() + pad.getBottom()) + 1;
    }

    /** The text now shown (tests). */
    public String shownText() {
        return text.getText();
    }
}
