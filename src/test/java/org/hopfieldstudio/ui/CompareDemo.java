package org.hopfieldstudio.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.hopfieldstudio.analysis.Comparison;
import org.hopfieldstudio.dynamics.UpdateOrder;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.concurrent.FxDebouncer;
import org.hopfieldstudio.ui.concurrent.FxTaskRunner;
import org.hopfieldstudio.ui.library.IoPatternCatalog;

/**
 * The "done when" scene of the Compare tab: all 26 letters stored, B corrupted by 15 % (seed 2), Hebb, the
 * pseudo-inverse, MPF and TRN chosen, Play pressed; basins swept when {@code -Ddemo.basins=true}.
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.hopfieldstudio.ui.CompareDemo
 * </pre>
 * {@code -Ddemo.size=1280x720} sets the window size; {@code -Ddemo.set=…,-Ddemo.pattern=…} another cue.
 */
public final class CompareDemo {
    private CompareDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo application (public for the launcher). */
    public static final class App extends Application {
        private ExecutorService tasks;
        private ExecutorService pool;
        private ExecutorService worker;

        @Override
        public void start(Stage stage) {
            tasks = Executors.newSingleThreadExecutor(r -> daemon(r, "demo-write"));
            pool = Executors.newFixedThreadPool(2, r -> daemon(r, "demo-compare"));
            worker = Executors.newSingleThreadExecutor(r -> daemon(r, "demo-recall"));
            StudioModel model = new StudioModel(new FxTaskRunner(tasks), worker, new FxDebouncer(Duration.millis(250)),
                    new IoPatternCatalog(), Protocols.all());
            model.compare().setTaskRunner(new FxTaskRunner(pool));
            StudioView view = new StudioView(model);
            String[] size = System.getProperty("demo.size", "1280x720").split("x");
            Scene scene = new Scene(view, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
            scene.getStylesheets().add(HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
            stage.setScene(scene);
            stage.setTitle("Hopfield Studio: compare");
            String set = System.getProperty("demo.set", "letters");
            String pattern = System.getProperty("demo.pattern", "B");
            model.library().loadBuiltIn(set);
            var letters = model.library().storedSet();
            int b = Math.max(0, letters.indexOf(pattern));
            model.library().showInGrid(b);
            model.recall().orderProperty().set(UpdateOrder.RANDOM_SWEEP);
            model.recall().seedProperty().set(2);
            model.grid().setState(Comparison.noisy(letters, b, 0.15, 2).state(), null);
            model.compare().speedProperty().set(Double.parseDouble(System.getProperty("demo.speed", "0.75")));
            view.tabs().getSelectionModel().select(view.tabs().getTabs().size() - 1);
            stage.show();
            model.compare().play();
            if (Boolean.getBoolean("demo.basins")) {
                model.compare().writingProperty().addListener((o, a, w) -> {
                    if (!w) {
                        Platform.runLater(model.compare()::runBasins);
                    }
                });
            }
        }

        private static Thread daemon(Runnable r, String name) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }

        @Override
        public void stop() {
            tasks.shutdownNow();
            pool.shutdownNow();
            worker.shutdownNow();
        }
    }

}
