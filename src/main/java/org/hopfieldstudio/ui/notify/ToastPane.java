package org.hopfieldstudio.ui.notify;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hopfieldstudio.ui.Styles;

/** Non-blocking notices in the top-right corner: each fades out after a few seconds, or on click. */
public final class ToastPane extends VBox {
    public ToastPane(NoticeBoard board) {
        setSpacing(6);
        setAlignment(Pos.TOP_RIGHT);
        setPickOnBounds(false);
        setMaxWidth(440);
        setId("toasts");
        board.notices().addListener((ListChangeListener<Notice>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::show);
            }
        });
    }

    private void show(Notice n) {
        Label toast = new Label(n.title() + "\n" + n.text());
        toast.setWrapText(true);
        toast.setMaxWidth(420);
        toast.getStyleClass().add(Styles.TOAST);
        if (n.level() == Notice.Level.ERROR) {
            toast.getStyleClass().add(Styles.TOAST_ERROR);
        } else if (n.level() == Notice.Level.WARNING) {
            toast.getStyleClass().add(Styles.TOAST_WARNING);
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
