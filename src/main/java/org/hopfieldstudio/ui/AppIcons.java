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

    /** Gives the stage the app's icon in every size found (none if the resources are missing). */
    public static void addTo(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            URL url = resource(size);
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        stage.getIcons().addAll(icons);
    }
}
