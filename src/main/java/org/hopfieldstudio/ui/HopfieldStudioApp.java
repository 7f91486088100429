package org.hopfieldstudio.ui;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.concurrent.FxDebouncer;
import org.hopfieldstudio.ui.concurrent.FxTaskRunner;
import org.hopfieldstudio.ui.library.IoPatternCatalog;

/**
 * Hopfield Studio. Starts with the first lesson ready: the 10×10 letters stored under Hebb, "A" corrupted by
 * 15 % noise (seeded), Play highlighted.
 *
 * <p>System properties: {@code hopfield.set} (bundled set to start with, default letters),
 * {@code hopfield.pattern} (which one to corrupt), {@code hopfield.autoplay=true|loop} (start playing; loop replays the run whenever it ends),
 * {@code hopfield.speed} (0…1), {@code hopfield.noise} (0…0.5), {@code hopfield.protocol} (e.g. pinv),
 * {@code hopfield.temperature}, {@code hopfield.fps=true} (log frame times every 2 s; F12 shows them).
 */
public class HopfieldStudioApp extends Application {
    public static final String TITLE = "Hopfield Studio";
    /** Letters the first lesson stores under Hebb (see {@link StudioModel#startLesson}). */
    public static final List<String> DEFAULT_LESSON = List.of("A", "X");
    /** Noise of the first lesson (and of the Corrupt button until the user moves the slider). */
    public static final double DEFAULT_NOISE = 0.15;
    private ExecutorService tasks;
    private ExecutorService recallWorker;

    @Override
    public void start(Stage stage) {
        org.hopfieldstudio.ui.math.MathFonts.register(); // before any formula is drawn (FXGraphics2D needs them)
        tasks = Executors.newSingleThreadExecutor(daemon("hopfield-write"));
        recallWorker = Executors.newSingleThreadExecutor(daemon("hopfield-recall"));
        StudioModel model = new StudioModel(new FxTaskRunner(tasks), recallWorker,
                new FxDebouncer(Duration.millis(250)), new IoPatternCatalog(), Protocols.all());
        StudioView view = new StudioView(model);
        Scene scene = new Scene(view, 1400, 900);
        scene.getStylesheets().add(HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(700);
        String set = System.getProperty("hopfield.set", "letters");
        String pattern = System.getProperty("hopfield.pattern", "A");
        double noise = Double.parseDouble(System.getProperty("hopfield.noise", Double.toString(DEFAULT_NOISE)));
        String protocol = System.getProperty("hopfield.protocol", "hebb");
        List<String> stored = set.equals("letters") && System.getProperty("hopfield.stored") == null
                ? DEFAULT_LESSON
                : parseNames(System.getProperty("hopfield.stored", ""));
        if (!model.startLesson(set, stored, pattern, protocol, noise, 2024)) {
            model.startLesson(model.library().builtInNames().get(0), pattern, protocol, noise, 2024);
        }
        if (System.getProperty("hopfield.temperature") != null) {
            model.recall().temperatureProperty().set(Double.parseDouble(System.getProperty("hopfield.temperature")));
        }
        if (System.getProperty("hopfield.speed") != null) {
            model.recall().speedProperty().set(Double.parseDouble(System.getProperty("hopfield.speed")));
        }
        String autoplay = System.getProperty("hopfield.autoplay", "false");
        if (!autoplay.equals("false")) {
            model.protocol().networkProperty().addListener((o, a, b) -> model.recall().play());
        }
        if (autoplay.equals("loop")) {
            // N.B. for frame-time measurements: replay the same run whenever it ends, so recall runs for minutes.
            model.recall().finishedProperty().addListener((o, a, done) -> {
                if (done) {
                    javafx.application.Platform.runLater(model.recall()::replay);
                }
            });
        }
        stage.show();
        view.lookup("#playButton").requestFocus();
    }

    @Override
    public void stop() {
        tasks.shutdownNow();
        recallWorker.shutdownNow();
    }

    private static List<String> parseNames(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
