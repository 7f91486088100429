package org.hopfieldstudio.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon (assets/icon, drawn by assets/icon/make-icons.py) in the sizes window managers pick from; the build
 * copies the PNGs into the jar under {@link #FOLDER}.
 */
public final class AppIcons {
    static final String FOLDER = "/org/hopfieldstudio/ui/icon/";
    /** Pixel sizes shipped in the jar, smallest first. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Where the icon of the given size is in the jar, or null if it is missing. */
    static URL resource(int size) {
        return AppIcons.class.getResource(FOLDER + "hopfield-studio-" + size + ".png");
    }

    /**
     * Gives the stage the app's icon in every size found (none if the resources are missing). The PNGs are decoded on
     * a thread of their own once the first frame is drawn (issue 12: decoding the seven sizes took the FX thread about
     * 20 ms before the window could appear); the window manager shows the icon a moment later.
     */
    public static void addTo(Stage stage) {
        org.hopfieldstudio.ui.common.UiExecutors.afterFirstFrame("hopfield-icons", () -> {
            List<Image> icons = load();
            javafx.application.Platform.runLater(() -> stage.getIcons().addAll(icons));
        });
    }

    /** The icon in every size found, decoded (any thread). */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            URL url = resource(size);
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
