package org.hopfieldstudio.ui.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The bar above the status bar that offers recovered work after a crash: what the snapshot holds, Restore and
 * Discard. Hidden (and taking no room) when nothing is on offer.
 */
public final class RecoveryBar extends HBox {
    public RecoveryBar(RecoveryOffer offer) {
        this(offer, Runnable::run);
    }

    /**
     * @param settle runs Restore after asking about unsaved changes in the window ({@link WorkspaceActions#whenSettled})
     */
    public RecoveryBar(RecoveryOffer offer, java.util.function.Consumer<Runnable> settle) {
        setId("recoveryBar");
        getStyleClass().add(Styles.WARNING_BANNER);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label text = new Label();
        text.setId("recoveryText");
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(offer.textProperty());
        Button restore = new Button("Restore");
        restore.setId("restoreRecoveryButton");
        Tips.set(restore, "Open the recovered work in the window (unsaved: Save keeps it)");
        restore.setMinWidth(Region.USE_PREF_SIZE);
        restore.setOnAction(e -> settle.accept(offer::restore));
        Button discard = new Button("Discard");
        discard.setId("discardRecoveryButton");
        Tips.set(discard, "Delete the recovered work and keep what is shown");
        discard.setMinWidth(Region.USE_PREF_SIZE);
        discard.setOnAction(e -> offer.discard());
        getChildren().addAll(text, restore, discard);
        visibleProperty().bind(offer.showingProperty());
        managedProperty().bind(offer.showingProperty());
    }
}
