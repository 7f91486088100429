package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.Styles;
import org.hopfieldstudio.ui.common.NumberField;
import org.hopfieldstudio.ui.theme.PlotStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.NodeList;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The capacity chart overlays curves for several N (issue 13 point 5) and the lab's number fields validate as typed
 * (issue 7): headless, with a view model whose sweeps run on the calling thread.
 */
@ExtendWith(ApplicationExtension.class)
class CapacityOverlayFxTest {
    private CapacityChart chart;
    private CapacityLabView view;

    @Start
    void start(Stage stage) {
        chart = new CapacityChart();
        chart.setMinSize(400, 300);
        chart.setPrefSize(560, 400);
        view = new CapacityLabView(new CapacityLabViewModel(Runnable::run, Runnable::run));
        stage.setScene(new Scene(new HBox(new StackPane(chart), view), 1260, 760));
        stage.show();
    }

    /** A Hebb-like curve per N: recall falls from 1 to 0 around α = 0.138, more steeply the larger N. */
    private static List<CapacitySweep.Point> curves(String protocol, int... sizes) {
        List<CapacitySweep.Point> pts = new ArrayList<>();
        for (int n : sizes) {
            for (int k = 1; k <= 10; k++) {
                double load = 0.03 * k;
                double recall = 1 / (1 + Math.exp((load - 0.138) * Math.sqrt(n)));
                pts.add(new CapacitySweep.Point(protocol, n, (int) Math.round(load * n), load, 4, recall, recall, 0.9));
            }
        }
        return pts;
    }

    /**
     * The SVG's texts: each {@code <text>}, and the plain form of each piece of text with typeset symbols (a group
     * whose {@code <title>} it is: its words are {@code <text>}, its formulas outlines).
     */
    private static List<String> texts(String svg) throws Exception {
        org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        NodeList list = d.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        NodeList titles = d.getElementsByTagName("title");
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getParentNode() != d.getDocumentElement()) {
                out.add(titles.item(i).getTextContent());
            }
        }
        return out;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    @Test
    void severalSizesGiveOneCurvePerNInThePaletteColoursWithALegendEntryEach(FxRobot robot) throws Exception {
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> {
            chart.setData(curves("hebb", 100, 400, 1600, 6400), Metric.RECALL, 100, 0.3, List.of("hebb"), Set.of());
            svg.set(chart.renderSvg());
        });
        List<String> texts = texts(svg.get());
        for (String entry : List.of("N = 100", "N = 400", "N = 1600", "N = 6400")) {
            assertTrue(texts.contains(entry), entry + " in the legend: " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("N = 100, 400, 1600, 6400")), "title: " + texts);
        assertTrue(texts.contains("Hebb α_c ≈ 0.138"), "the N-independent marker stays: " + texts);
        assertFalse(texts.stream().anyMatch(t -> t.startsWith("Hebb all stable")),
                "markers that depend on N are left out of an overlay: " + texts);
        PlotStyle style = PlotStyle.DEFAULT;
        for (int k = 0; k < 4; k++) {
            String stroke = "stroke=\"" + hex(style.series(k)) + "\"";
            assertTrue(svg.get().contains("<path") && svg.get().contains(stroke), "curve " + k + " in " + stroke);
        }
        // the hover read-out names protocol and N
        robot.interact(() -> {
            chart.resize(560, 400);
            chart.redraw();
        });
        AtomicReference<String> found = new AtomicReference<>();
        robot.interact(() -> {
            Bounds b = chart.getLayoutBounds();
            for (double x = 0; x < b.getWidth() && found.get() == null; x += 5) {
                for (double y = 0; y < b.getHeight() && found.get() == null; y += 5) {
                    chart.hover(x, y);
                    String t = chart.readoutText();
                    if (t != null && t.startsWith("Hebb, N = 6400")) {
                        found.set(t);
                    }
                }
            }
        });
        assertNotNull(found.get(), "a point of the N = 6400 curve has a read-out");
        assertTrue(found.get().contains("load α = p/N = "), found.get());
    }

    @Test
    void oneSizeKeepsTheProtocolColoursAndEveryMarker(FxRobot robot) throws Exception {
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> {
            List<CapacitySweep.Point> pts = new ArrayList<>(curves("hebb", 100));
            pts.addAll(curves("storkey", 100));
            chart.setData(pts, Metric.RECALL, 100, 0.3, List.of("hebb", "storkey"), Set.of());
            svg.set(chart.renderSvg());
        });
        List<String> texts = texts(svg.get());
        assertTrue(texts.contains("Hebb") && texts.contains("Storkey"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Hebb all stable")), texts.toString());
        assertTrue(svg.get().contains("stroke=\"" + hex(ProtocolStyle.color("storkey")) + "\""));
    }

    @Test
    void severalProtocolsAndSizesNameBoth(FxRobot robot) throws Exception {
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> {
            List<CapacitySweep.Point> pts = new ArrayList<>(curves("hebb", 100, 400));
            pts.addAll(curves("storkey", 100, 400));
            chart.setData(pts, Metric.RECALL, 100, 0.3, List.of("hebb", "storkey"), Set.of());
            svg.set(chart.renderSvg());
        });
        List<String> texts = texts(svg.get());
        assertTrue(texts.contains("Hebb, N = 400"), texts.toString());
        assertTrue(texts.contains("Storkey, N = 100 (dashed)"), texts.toString());
        assertTrue(svg.get().contains("stroke-dasharray"), "the second protocol is dashed");
    }

    @Test
    void theLabsNumberFieldsRefuseBadTextAsTypedAndKeepTheLastValidValue(FxRobot robot) {
        CapacityLabViewModel vm = view.viewModel();
        NumberField n = robot.lookup("#capacityNeurons").queryAs(NumberField.class);
        assertTrue(Tips.text(n).contains("Allowed: a whole number from 4 to 46340"), Tips.text(n));
        robot.interact(() -> n.setText("abc"));
        assertTrue(n.getStyleClass().contains(Styles.INVALID));
        assertEquals(100, vm.neuronsProperty().get(), "the model keeps its value");
        robot.interact(() -> n.setText("50000"));
        assertTrue(Tips.text(n).startsWith("50000 is out of range"), Tips.text(n));
        assertEquals(100, vm.neuronsProperty().get());
        robot.interact(() -> n.setText("6400"));
        assertFalse(n.getStyleClass().contains(Styles.INVALID));
        assertEquals(6400, vm.neuronsProperty().get());
        robot.interact(() -> vm.neuronsProperty().set(400));
        assertEquals("400", n.getText(), "the field follows the model");

        NumberField max = robot.lookup("#capacityMaxLoad-hebb").queryAs(NumberField.class);
        double before = vm.protocol("hebb").maxLoadProperty().get();
        robot.interact(() -> max.setText("9"));
        assertTrue(max.getStyleClass().contains(Styles.INVALID));
        assertEquals(before, vm.protocol("hebb").maxLoadProperty().get());
        robot.interact(() -> max.setText("0.16"));
        assertEquals(0.16, vm.protocol("hebb").maxLoadProperty().get(), 1e-12);

        NumberField p = robot.lookup("#capacityBasinPatterns").queryAs(NumberField.class);
        robot.interact(() -> p.setText("1.5"));
        assertTrue(Tips.text(p).startsWith("1.5 is not a whole number"), Tips.text(p));
        assertEquals(10, vm.basinPatternsProperty().get());
        robot.interact(() -> p.setText("12"));
        assertEquals(12, vm.basinPatternsProperty().get());

        NumberField probes = robot.lookup("#capacityProbes").queryAs(NumberField.class);
        robot.interact(() -> probes.setText("-1"));
        assertTrue(probes.getStyleClass().contains(Styles.INVALID));
        assertEquals(0, vm.probesProperty().get());
        robot.interact(() -> probes.setText("20"));
        assertEquals(20, vm.probesProperty().get());

        TextField overlay = robot.lookup("#capacityOverlay").queryAs(TextField.class);
        robot.interact(() -> overlay.setText("1600, lots"));
        assertTrue(overlay.getStyleClass().contains(Styles.INVALID));
        assertTrue(robot.lookup("#capacityRun").queryButton().isDisabled());
        robot.interact(() -> overlay.setText("100, 1600"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(overlay.getStyleClass().contains(Styles.INVALID));
        assertEquals("100, 1600", vm.overlayNeuronsTextProperty().get());
    }
}
