package org.hopfieldstudio.ui.notify;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hopfieldstudio.ui.Styles;

/**
 * Non-blocking notices in the bottom-right corner, above the status bar: each fades out after a few seconds, or on
 * click. The status bar and the message log keep every message after its toast has gone.
 *
 * <p>N.B. subscribes with {@link NoticeBoard#subscribe}, which holds this pane strongly: a listener on a temporary
 * unmodifiable wrapper was dropped at the first garbage collection, and no toast appeared after that.
 */
public final class ToastPane extends VBox {
    /** At most this many toasts at once; the oldest goes first (all of them stay in the log). */
    static final int MAX_SHOWN = 4;

    public ToastPane(NoticeBoard board) {
        getStyleClass().add(Styles.TOASTS);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPickOnBounds(false);
        setMaxWidth(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        setId("toasts");
        board.subscribe(this::show);
    }

    private void show(Message m) {
        Notice n = m.notice();
        Label toast = new Label(n.title() + (n.text() == null || n.text().isBlank() ? "" : "\n" + n.text()));
        toast.setWrapText(true);
        // N.B. 32 em wide at most; studio.css says the same (and wins), this holds where no stylesheet is loaded
        toast.setMaxWidth(32 * javafx.scene.text.Font.getDefault().getSize());
        toast.getStyleClass().add(Styles.TOAST);
        if (n.level() == Notice.Level.ERROR) {
            toast.getStyleClass().add(Styles.TOAST_ERROR);
        } else if (n.level() == Notice.Level.WARNING) {
            toast.getStyleClass().add(Styles.TOAST_WARNING);
        }
        if (getChildren().size() >= MAX_SHOWN) {
            getChildren().remove(0);
        }
        getChildren().add(toast);
        FadeTransition fade = new FadeTransition(Duration.millis(600), toast);
        fade.setToValue(0);
        SequentialTransition life = new SequentialTransition(
                new PauseTransition(Duration.seconds(n.level() == Notice.Level.INFO ? 4 : 8)), fade);
        life.setOnFinished(e -> getChildren().remove(toast));
        toast.setOnMouseClicked(e -> {
            life.stop();
            getChildren().remove(toast);
        });
        life.play();
    }
}
