package org.hopfieldstudio.ui.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hopfieldstudio.analysis.CapacitySweep;
import org.hopfieldstudio.ui.figure.FigureEvent;
import org.hopfieldstudio.ui.figure.FigureExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The capacity chart exports from the same drawing code as the screen: SVG with text, PNG at 1× and 2×. */
@ExtendWith(ApplicationExtension.class)
class CapacityChartExportFxTest {
    private CapacityChart chart;

    @Start
    void start(Stage stage) {
        chart = new CapacityChart();
        chart.setId("capacityChart");
        List<CapacitySweep.Point> pts = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            double load = 0.05 * k;
            pts.add(new CapacitySweep.Point("hebb", 100, k * 5, load, 10, 1, Math.max(0, 1 - k * 0.18), 0.9));
            pts.add(new CapacitySweep.Point("pinv", 100, k * 5, load, 10, 1, 1, 1));
        }
        chart.setData(pts, Metric.RECALL, 100, 0.3, List.of("hebb", "pinv"), Set.of());
        stage.setScene(new Scene(new StackPane(chart), 800, 480));
        stage.show();
    }

    private static List<String> texts(String svg) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList list = d.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent());
        }
        return out;
    }

    /**
     * Issue 9: every theory marker on the load axis keeps its label in the SVG for slides. At 175 % in the projector
     * palette (the chart 610×212 on a 1280×720 screen, exported 0.6 as high as wide) Hebb's two long labels were
     * pushed below the legend, found no room there and were left out; now they break into lines or go higher.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}×{1} at {2} ({3})")
    @org.junit.jupiter.params.provider.CsvSource({"610, 212, 1.75, PROJECTOR", "800, 480, 1.0, NORMAL",
            "1100, 300, 2.0, NORMAL", "500, 300, 2.5, PROJECTOR"})
    void everyTheoryMarkerOnTheAxisKeepsItsLabelInTheSvg(double w, double h, double zoom,
            org.hopfieldstudio.ui.theme.Palette palette, FxRobot robot) throws Exception {
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> {
            CapacityChart c = new CapacityChart();
            List<CapacitySweep.Point> pts = new ArrayList<>();
            for (int k = 1; k <= 8; k++) {
                double load = 0.05 * k;
                pts.add(new CapacitySweep.Point("hebb", 100, k * 5, load, 10, 1, Math.max(0, 1 - k * 0.18), 0.9));
                pts.add(new CapacitySweep.Point("pinv", 100, k * 5, load, 10, 1, 1, 1));
            }
            c.setData(pts, Metric.RECALL, 100, 0.4, List.of("hebb", "pinv"), Set.of());
            c.usePlotStyle(palette.plotStyle(zoom));
            c.resize(w, h);
            svg.set(c.renderSvg());
        });
        List<String> words = new ArrayList<>();
        for (String t : texts(svg.get())) {
            words.addAll(List.of(t.trim().split("\\s+")));
        }
        // N.B. at N = 100 the axis reaches 0.41: Hebb's all-stable (0.054) and most-stable (0.109) bounds, α_c
        // (0.138) and Storkey's (0.330) are on it; their words are text, their formulas outlines
        for (String word : List.of("all", "most", "stable", "Storkey")) {
            assertTrue(words.contains(word), "\"" + word + "\" of a marker label in " + words);
        }
        assertTrue(words.stream().filter("Hebb"::equals).count() >= 4, "three Hebb marker labels and the legend: "
                + words);
    }

    @Test
    void svgParsesAsXmlWithAxisTitlesAndTickLabelsAsText(FxRobot robot) throws Exception {
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> svg.set(chart.renderSvg()));
        List<String> texts = texts(svg.get());
        // the x-axis title: its words as <text>, its formula as vector outlines, the whole as the group's <title>
        assertTrue(texts.contains("load "), texts.toString());
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.get().getBytes(StandardCharsets.UTF_8)));
        NodeList titles = d.getElementsByTagName("title");
        org.w3c.dom.Element xTitle = null;
        for (int i = 0; i < titles.getLength(); i++) {
            if (titles.item(i).getTextContent().equals("load α = p/N")) {
                xTitle = (org.w3c.dom.Element) titles.item(i).getParentNode();
            }
        }
        assertNotNull(xTitle, "a group titled with the plain axis title");
        assertEquals("load ", xTitle.getElementsByTagName("text").item(0).getTextContent());
        assertTrue(xTitle.getElementsByTagName("path").getLength() >= 5, "α = p/N as outlines");
        assertFalse(svg.get().contains("<image"), "no formula embedded as a picture");
        List<String> groupTitles = new ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            groupTitles.add(titles.item(i).getTextContent());
        }
        assertTrue(groupTitles.contains("Hebb α_c ≈ 0.138"), "theory marker typeset: " + groupTitles);
        assertTrue(texts.contains(Metric.RECALL.axisLabel()), texts.toString());
        assertTrue(texts.contains("0.10") && texts.contains("0.4"), "tick labels on both axes: " + texts);
        assertTrue(texts.contains("Hebb") || texts.stream().anyMatch(t -> t.startsWith("Hebb")), "legend: " + texts);
        assertTrue(svg.get().contains("<path"), "curves as vector paths");
    }

    @Test
    void pngAtTwiceTheScaleHasTwiceThePixels(FxRobot robot, @TempDir Path dir) throws Exception {
        File one = dir.resolve("c.png").toFile();
        File two = dir.resolve("c@2x.png").toFile();
        robot.interact(() -> {
            assertTrue(FigureExport.save(chart, chart, one, "png", 1));
            assertTrue(FigureExport.save(chart, chart, two, "png", 2));
        });
        BufferedImage a = ImageIO.read(one);
        BufferedImage b = ImageIO.read(two);
        assertEquals((int) Math.ceil(chart.getWidth()), a.getWidth());
        assertEquals((int) Math.ceil(chart.getHeight()), a.getHeight());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
    }

    @Test
    void aFailedSaveSaysWhyInAnEventTheWindowShows(FxRobot robot, @TempDir Path dir) {
        File bad = dir.resolve("no-such-folder").resolve("c.svg").toFile();
        AtomicReference<FigureEvent> seen = new AtomicReference<>();
        robot.interact(() -> {
            chart.getParent().addEventHandler(FigureEvent.FAILED, seen::set);
            assertFalse(FigureExport.save(chart, chart, bad, "svg", 1));
        });
        assertNotNull(seen.get());
        assertTrue(seen.get().message().contains("Could not save") && seen.get().message().contains("no-such-folder"),
                seen.get().message());
    }

    @Test
    void hoverNearAPointReadsOutItsProtocolAndValues(FxRobot robot) {
        robot.interact(() -> {
            chart.hover(1, 1);
            assertNull(chart.readoutText(), "nothing near the corner");
        });
        // scan the plot for the nearest-point read-out of some Hebb point
        AtomicReference<String> found = new AtomicReference<>();
        robot.interact(() -> {
            for (double x = 0; x < chart.getWidth() && found.get() == null; x += 10) {
                for (double y = 0; y < chart.getHeight() && found.get() == null; y += 10) {
                    chart.hover(x, y);
                    String t = chart.readoutText();
                    if (t != null && t.startsWith("Hebb")) {
                        found.set(t);
                    }
                }
            }
        });
        assertNotNull(found.get());
        assertTrue(found.get().contains("load α = p/N = 0.") && found.get().contains("probes recalled exactly = "),
                found.get());
    }

    @Test
    void contextMenuOffersCopyPngAndSvg() {
        var menu = FigureExport.menu(chart, chart);
        List<String> ids = menu.getItems().stream().map(i -> i.getId()).filter(i -> i != null).toList();
        assertEquals(List.of("copyImage", "savePng1", "savePng2", "saveSvg"), ids);
    }
}
