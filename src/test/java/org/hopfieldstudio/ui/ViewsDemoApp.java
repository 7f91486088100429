package org.hopfieldstudio.ui;

import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.hopfieldstudio.core.PatternSet;
import org.hopfieldstudio.ui.heatmap.WeightHeatmapView;

/**
 * Shows the weight heatmap and the crosstalk view in a window before the main window exists.
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.hopfieldstudio.ui.ViewsDemo [heatmap|crosstalk] [shapes|big]
 * </pre>
 */
public class ViewsDemoApp extends Application {

    @Override
    public void start(Stage stage) {
        String tab = getParameters().getUnnamed().isEmpty() ? "heatmap" : getParameters().getUnnamed().get(0);
        String net = getParameters().getUnnamed().size() > 1 ? getParameters().getUnnamed().get(1) : "shapes";

        WeightHeatmapView heatmap = new WeightHeatmapView();
        PatternSet shapes = DemoNetworks.shapes(20);
        Spinner<Integer> neuron = new Spinner<>(-1, 9999, 210);
        neuron.setEditable(true);
        neuron.valueProperty().addListener((o, a, v) -> heatmap.selectedNeuronProperty().set(v < 0 ? null : v));
        Button shapesButton = new Button("Hebb: 5 shapes, 20×20");
        shapesButton.setOnAction(e -> heatmap.networkProperty().set(DemoNetworks.hebb(shapes)));
        Button randomButton = new Button("Hebb: 20 random, 30×30");
        randomButton.setOnAction(e -> heatmap.networkProperty().set(DemoNetworks.hebb(DemoNetworks.random(30, 30, 20, 7))));
        Button bigButton = new Button("Hebb: 5 shapes, 100×100 (N = 10⁴)");
        bigButton.setOnAction(e -> heatmap.networkProperty().set(DemoNetworks.hebb(DemoNetworks.shapes(100))));
        HBox bar = new HBox(10, shapesButton, randomButton, bigButton, new Label("selected neuron:"), neuron);
        bar.setPadding(new Insets(6));
        BorderPane heatTab = new BorderPane(heatmap, bar, null, null, null);

        heatmap.networkProperty().set(DemoNetworks.hebb("big".equals(net) ? DemoNetworks.shapes(100) : shapes));
        heatmap.selectedNeuronProperty().set(neuron.getValue());

        TabPane tabs = new TabPane(new Tab("Weights", heatTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ViewsDemoCrosstalk.addTab(tabs, new SimpleObjectProperty<>(shapes));
        tabs.getSelectionModel().select("crosstalk".equals(tab) ? tabs.getTabs().size() - 1 : 0);
        stage.setScene(new Scene(tabs, 1500, 950));
        stage.setTitle("Hopfield Studio: views demo");
        stage.show();
    }

}
