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
        // N.B. every switch is checked (StartupOptions): a wrong one falls back to its default and is named in one
        // message in the window, rather than a stack trace before the window opens or a silent substitution
        StartupOptions opts = StartupOptions.parse(System::getProperty,
                model.protocol().protocols().stream().map(p -> p.id()).toList(), model.library().builtInNames());
        java.util.List<String> problems = new java.util.ArrayList<>(opts.problems());
        String set = opts.set();
        String pattern = opts.pattern();
        double noise = opts.noise();
        String protocol = opts.protocol();
        List<String> stored = set.equals("letters") && !opts.storedGiven() ? DEFAULT_LESSON : opts.stored();
        if (!model.startLesson(set, stored, pattern, protocol, noise, 2024)) {
            model.startLesson(model.library().builtInNames().get(0), pattern, protocol, noise, 2024);
        }
        if (model.library().storedSet() != null && model.library().storedSet().indexOf(pattern) < 0) {
            problems.add("hopfield.pattern=" + pattern + " is not among the stored patterns; showing "
                    + model.library().storedSet().get(0).name());
        }
        if (!problems.isEmpty()) {
            model.notices().post("Start-up", org.hopfieldstudio.ui.notify.Notice.warning(
                    "Some start-up switches were not used", String.join(". ", problems) + "."));
        }
        if (opts.temperature() != null) {
            model.recall().temperatureProperty().set(opts.temperature());
        }
        if (opts.speed() != null) {
            model.recall().speedProperty().set(opts.speed());
        }
        String autoplay = opts.autoplay();
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

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
