package org.hopfieldstudio.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.capacity.CapacityLabView;

/**
 * Shows the capacity lab alone, before the main window exists.
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp-cap.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat /tmp/cp-cap.txt) org.hopfieldstudio.ui.CapacityLabDemo
 * </pre>
 * System properties: {@code -Ddemo.loads=0.02:0.4:0.04 -Ddemo.trials=5} preset the inputs, {@code -Ddemo.run=true}
 * starts the sweep at once, {@code -Ddemo.panel=basins} opens the basins panel, {@code -Ddemo.select=hebb,km}
 * selects protocols, {@code -Ddemo.overlay=400,1600,6400 -Ddemo.probes=20 -Ddemo.metric=overlap} preset the overlay.
 */
public final class CapacityLabDemo {
    private CapacityLabDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo application (public for the launcher). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            CapacityLabView view = new CapacityLabView();
            var vm = view.viewModel();
            String loads = System.getProperty("demo.loads");
            if (loads != null) {
                vm.loadsTextProperty().set(loads);
            }
            String trials = System.getProperty("demo.trials");
            if (trials != null) {
                vm.trialsTextProperty().set(trials);
            }
            String select = System.getProperty("demo.select");
            if (select != null) {
                vm.select(select.split(","));
            }
            String n = System.getProperty("demo.neurons");
            if (n != null) {
                vm.neuronsProperty().set(Integer.parseInt(n));
            }
            String overlay = System.getProperty("demo.overlay");
            if (overlay != null) {
                vm.overlayNeuronsTextProperty().set(overlay);
            }
            String probes = System.getProperty("demo.probes");
            if (probes != null) {
                vm.probesProperty().set(Integer.parseInt(probes));
            }
            String metric = System.getProperty("demo.metric");
            if (metric != null) {
                vm.metricProperty().set(org.hopfieldstudio.ui.capacity.Metric.valueOf(metric.toUpperCase()));
            }
            if ("basins".equals(System.getProperty("demo.panel"))) {
                vm.panelProperty().set(org.hopfieldstudio.ui.capacity.CapacityLabViewModel.Panel.BASINS);
            }
            if (Boolean.getBoolean("demo.run")) {
                vm.run();
            }
            Scene scene = new Scene(view, 1440, 900);
            scene.getStylesheets().add(HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
            stage.setScene(scene);
            stage.setTitle("Hopfield Studio: capacity lab");
            stage.show();
        }
    }
}
