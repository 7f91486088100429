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
 * {@code hopfield.temperature}, {@code hopfield.fps=true} (log frame times every 2 s; F12 shows them),
 * {@code hopfield.exitAfterFirstFrame=true} (print the start-up time on stderr and exit, see {@link StartupProbe}),
 * {@code hopfield.palette} (normal, dark, projector) and {@code hopfield.zoom} (0.75…2.5), which win over the
 * choices remembered in the user's config dir ({@code hopfield.config.dir} moves that dir).
 */
public class HopfieldStudioApp extends Application {
    public static final String TITLE = "Hopfield Studio";
    /** Letters the first lesson stores under Hebb (see {@link StudioModel#startLesson}). */
    public static final List<String> DEFAULT_LESSON = List.of("A", "X");
    /** Noise of the first lesson (and of the Corrupt button until the user moves the slider). */
    public static final double DEFAULT_NOISE = 0.15;
    private ExecutorService tasks;
    private ExecutorService recallWorker;
    private ExecutorService compareTasks;
    /**
     * Set by {@link Main} (the real launch): the tabs not on show join the scene after the first frame
     * ({@link StartupStaging}). Tests that start the app themselves get every tab at once.
     */
    static volatile boolean stagedStart;
    private ExecutorService autosaveWriter;
    private org.hopfieldstudio.ui.workspace.Autosave autosave;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        org.hopfieldstudio.ui.math.MathFonts.register(); // before any formula is drawn (FXGraphics2D needs them)
        StartupProbe.mark("fonts");
        tasks = Executors.newSingleThreadExecutor(daemon("hopfield-write"));
        recallWorker = Executors.newSingleThreadExecutor(daemon("hopfield-recall"));
        StudioModel model = new StudioModel(new FxTaskRunner(tasks), recallWorker,
                new FxDebouncer(Duration.millis(250)), new IoPatternCatalog(), Protocols.all());
        // the Compare tab writes its protocols in parallel, each in its own job
        compareTasks = Executors.newFixedThreadPool(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())),
                daemon("hopfield-compare"));
        model.compare().setTaskRunner(new FxTaskRunner(compareTasks));
        StartupProbe.mark("model");
        StudioView view = new StudioView(model, stagedStart);
        StartupProbe.mark("view");
        Scene scene = presentationScene(view, model, stage);
        stage.setTitle(TITLE);
        AppIcons.addTo(stage);
        stage.setScene(scene);
        StartupProbe.mark("scene");
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
        StartupProbe.mark("lesson");
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
        // N.B. with no start-up switch the window shows exactly the prepared state of the track's first lesson, so the
        // Lessons drawer opens on it; with switches the track is there (Ctrl+L) but nothing claims the state
        view.lessons().loadBundled();
        if (defaultStart() && (getParameters() == null || getParameters().getUnnamed().isEmpty())) {
            view.lessons().adopt(0);
            // N.B. the drawer takes 26 em: it opens where it fits beside the Memory view with the grid keeping half the
            // shorter side (from about 1100 px wide at 100 %); on a smaller screen or a larger zoom it starts closed
            // and the status bar says where the lessons are
            if (view.lessonsFit(scene.getWidth(), scene.getHeight())) {
                view.toggleLessons();
            } else {
                model.notices().post("Lessons", org.hopfieldstudio.ui.notify.Notice.info("Lessons",
                        "This is lesson 1 of " + view.lessons().track().size() + ". Open the lessons with "
                                + "Ctrl+L or the Lessons menu."));
            }
        }
        StartupProbe.mark("lessons");
        startWorkspace(model, view, stage);
        StartupStaging staging = stagedStart ? StartupStaging.deferHiddenTabs(view.tabs(), view.laterTabs())
                .afterFirstFrame(view::releaseHiddenMemoryTabs) : null;
        view.prearrange(scene.getWidth(), scene.getHeight());
        if (staging != null) {
            view.holdHiddenMemoryTabs();
        }
        stage.show();
        StartupProbe.mark("shown");
        view.lookup("#playButton").requestFocus();
        StartupProbe.installIfRequested(() -> staging == null || staging.isDone());
    }

    /**
     * Workspaces (issue 8): the start-up lesson counts as unchanged, the title names the file and marks unsaved
     * changes, closing the window asks about them, and {@code -Dhopfield.open=FILE} (or the first argument) opens a
     * workspace at once.
     */
    private void startWorkspace(StudioModel model, StudioView view, Stage stage) {
        model.document().startFresh();
        stage.titleProperty().bind(model.document().titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            view.workspaceActions().quit();
        });
        String open = System.getProperty("hopfield.open");
        if (open == null && getParameters() != null && !getParameters().getUnnamed().isEmpty()) {
            open = getParameters().getUnnamed().get(0);
        }
        if (open != null && !open.isBlank()) {
            model.document().open(java.nio.file.Path.of(open), ok -> { });
        }
        startAutosave(model, view);
    }

    /**
     * Autosave and crash recovery (issue 8, point 4): snapshots to {@code <data dir>/recovery/} on their own thread,
     * checked for about once a second; at start-up a crashed session's newest snapshot is offered above the status bar.
     */
    private void startAutosave(StudioModel model, StudioView view) {
        org.hopfieldstudio.io.RecoveryStore store = org.hopfieldstudio.io.RecoveryStore.forThisProcess(
                model.document().dataDir());
        autosaveWriter = org.hopfieldstudio.ui.common.UiExecutors.singleDaemon("hopfield-autosave");
        java.util.concurrent.Executor fx = javafx.application.Platform::runLater;
        long interval = org.hopfieldstudio.ui.workspace.Autosave.intervalNanos(
                System.getProperty(org.hopfieldstudio.ui.workspace.Autosave.PROPERTY), text -> model.notices().post(
                        "Start-up", org.hopfieldstudio.ui.notify.Notice.warning("Autosave interval", text + ".")));
        autosave = new org.hopfieldstudio.ui.workspace.Autosave(model.document(), store, interval, autosaveWriter, fx,
                System::nanoTime, java.time.Instant::now, model.notices().forSource("Autosave"));
        javafx.animation.Timeline ticks = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                Duration.millis(Math.max(50, Math.min(1000, interval / 2e6))), e -> autosave.tick()));
        ticks.setCycleCount(javafx.animation.Animation.INDEFINITE);
        ticks.play();
        org.hopfieldstudio.ui.workspace.RecoveryOffer offer = new org.hopfieldstudio.ui.workspace.RecoveryOffer(
                model.document(), store, autosaveWriter, fx, model.notices().forSource("Workspace"));
        view.installRecovery(offer);
        offer.check();
    }

    /**
     * Presentation mode (issue 9): the window sized to the screen's visual bounds (at most 1400×900, so a 1280×720 or
     * 1024×768 projector shows all of it), the remembered palette and zoom applied and saved on change.
     */
    private static Scene presentationScene(StudioView view, StudioModel model, Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // N.B. leave room for the window decorations, which the visual bounds do not subtract
        double w = Math.min(1400, screen.getWidth() - 16);
        double h = Math.min(900, screen.getHeight() - 40);
        Scene scene = new Scene(view, w, h);
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - w - 16) / 2);
        stage.setY(screen.getMinY());
        stage.setFullScreenExitHint("F11 or Esc leaves full screen · F1 lists the keys");
        org.hopfieldstudio.ui.theme.Theme theme = view.theme();
        org.hopfieldstudio.ui.theme.ThemeSettings settings = org.hopfieldstudio.ui.theme.ThemeSettings.standard();
        java.util.function.Consumer<String> problem = text -> model.notices().post(
                org.hopfieldstudio.ui.notify.Notice.warning("Presentation settings", text));
        settings.loadInto(theme, problem);
        // start-up switches win over the remembered choice (screenshots, a lecture script)
        String pal = System.getProperty("hopfield.palette");
        if (pal != null) {
            org.hopfieldstudio.ui.theme.Palette.parse(pal).ifPresentOrElse(theme.paletteProperty()::set,
                    () -> problem.accept("-Dhopfield.palette=" + pal + " is not a palette (normal, dark, projector); "
                            + "using " + theme.palette().label() + "."));
        }
        String zoom = System.getProperty("hopfield.zoom");
        if (zoom != null) {
            try {
                theme.setZoom(Double.parseDouble(zoom));
            } catch (NumberFormatException e) {
                problem.accept("-Dhopfield.zoom=" + zoom + " is not a number (0.75 … 2.5); using "
                        + theme.zoomText() + ".");
            }
        }
        settings.saveOnChange(theme, problem);
        theme.install(scene, HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        // N.B. dialogs and alerts opened over the window take its palette and zoom (issue 9: the animation export
        // window was unthemed in dark mode)
        org.hopfieldstudio.ui.theme.Theme.themeOwnedWindows();
        return scene;
    }

    @Override
    public void stop() {
        tasks.shutdownNow();
        recallWorker.shutdownNow();
        if (compareTasks != null) {
            compareTasks.shutdownNow();
        }
        if (autosave != null) {
            // N.B. a clean exit removes this session's recovery snapshots, after the write under way (if any)
            autosave.stop();
            autosaveWriter.shutdown();
            try {
                autosaveWriter.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether no start-up switch changes what the window starts with (the first lesson's prepared state). */
    static boolean defaultStart() {
        for (String key : List.of("hopfield.set", "hopfield.stored", "hopfield.pattern", "hopfield.protocol",
                "hopfield.noise", "hopfield.open")) {
            if (System.getProperty(key) != null) {
                return false;
            }
        }
        return true;
    }
}
