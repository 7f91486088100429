package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hopfieldstudio.ui.capacity.CapacityLabView;
import org.hopfieldstudio.ui.figure.FigureExport;
import org.hopfieldstudio.ui.recall.AnimationExportDialog;
import org.hopfieldstudio.ui.recall.RecallAnimation;
import org.hopfieldstudio.ui.theme.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 9's "done when", its exports: in the lecture window (1280×720, projector palette, 175 %) the recall animation
 * is saved as a GIF through the "Save recall animation" window and the capacity chart, after a run, as an SVG
 * through its context menu's save; both must drop straight into slides. With {@code -Dslides.out=DIR} the two files
 * are kept there (to look at them in another renderer).
 */
@ExtendWith(ApplicationExtension.class)
class SlidesExportFxTest {
    private StudioModel model;
    private StudioView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1280, 720);
        view.theme().paletteProperty().set(Palette.PROJECTOR);
        view.theme().setZoom(1.75);
    }

    private static void keep(File f) throws Exception {
        String out = System.getProperty("slides.out");
        if (out != null) {
            Files.createDirectories(Path.of(out));
            Files.copy(f.toPath(), Path.of(out, f.getName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The chart's last paint drew a legend whose box meets none of the data's rectangles (lines, dots). */
    private static void assertLegendCoversNoData(org.hopfieldstudio.ui.common.PlotCanvas c, String where) {
        double[] box = c.legendBounds();
        assertTrue(box != null, where + ": a legend");
        assertFalse(c.dataBounds().isEmpty(), where + ": data drawn");
        for (double[] d : c.dataBounds()) {
            assertFalse(d[0] <= box[0] + box[2] && d[2] >= box[0] && d[1] <= box[1] + box[3] && d[3] >= box[1],
                    where + ": the legend " + java.util.Arrays.toString(box) + " covers data at "
                            + java.util.Arrays.toString(d) + " (chart " + c.getWidth() + "×" + c.getHeight() + ")");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRecallGifLoopsForeverAtTheChosenSizeAndTheCapacitySvgIsASlideReadyVector(FxRobot robot,
            @TempDir Path dir) throws Exception {
        robot.interact(() -> assertTrue(model.startLesson("letters", HopfieldStudioApp.DEFAULT_LESSON, "A", "hebb",
                0.15, 2024)));
        // the recall animation, grid and charts, 8 frames/s, 640 px wide, half a sweep per frame
        File gif = dir.resolve("recall.gif").toFile();
        robot.interact(() -> {
            view.showAnimationExport();
            AnimationExportDialog dialog = robot.listWindows().stream()
                    .filter(w -> w != stage && w.getScene() != null
                            && w.getScene().getRoot() instanceof AnimationExportDialog)
                    .map(w -> (AnimationExportDialog) w.getScene().getRoot()).findFirst().orElseThrow();
            // the dialog's own controls, set as a user sets them
            ((javafx.scene.control.ChoiceBox<RecallAnimation.Format>) dialog.lookup("#animFormat"))
                    .setValue(RecallAnimation.Format.GIF);
            ((javafx.scene.control.ChoiceBox<RecallAnimation.Content>) dialog.lookup("#animContent"))
                    .setValue(RecallAnimation.Content.GRID_AND_CHARTS);
            ((javafx.scene.control.Spinner<Integer>) dialog.lookup("#animFps")).getValueFactory().setValue(8);
            ((javafx.scene.control.Spinner<Integer>) dialog.lookup("#animWidth")).getValueFactory().setValue(640);
            ((javafx.scene.control.Spinner<Double>) dialog.lookup("#animSpeed")).getValueFactory().setValue(0.5);
            assertTrue(dialog.start(gif));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.animationExport().runningProperty().get());
        assertTrue(model.animationExport().statusProperty().get().startsWith("Saved"),
                model.animationExport().statusProperty().get());
        keep(gif);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif)) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            int frames = r.getNumImages(true);
            assertTrue(frames >= 4, frames + " frames");
            for (int i = 0; i < frames; i++) {
                assertEquals(640, r.getWidth(i), "frame " + i + " width");
                assertEquals(r.getHeight(0), r.getHeight(i), "frame " + i + " height");
            }
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            NodeList apps = root.getElementsByTagName("ApplicationExtension");
            boolean loops = false;
            for (int i = 0; i < apps.getLength(); i++) {
                IIOMetadataNode a = (IIOMetadataNode) apps.item(i);
                byte[] data = (byte[]) a.getUserObject();
                loops |= "NETSCAPE".equals(a.getAttribute("applicationID"))
                        && "2.0".equals(a.getAttribute("authenticationCode"))
                        && data.length == 3 && data[0] == 1 && data[1] == 0 && data[2] == 0;
            }
            assertTrue(loops, "NETSCAPE2.0 extension with loop count 0 (forever) on the first frame");
            NodeList gce = root.getElementsByTagName("GraphicControlExtension");
            int delay = Integer.parseInt(((Element) gce.item(0)).getAttribute("delayTime"));
            assertTrue(delay == 12 || delay == 13, "1/8 s a frame, in 1/100 s: " + delay);
        }

        // the capacity chart after a short run, saved as SVG the way its context menu's "Save SVG" does
        CapacityLabView lab = (CapacityLabView) view.tabs().getTabs().stream()
                .filter(t -> "capacityTab".equals(t.getId())).findFirst().orElseThrow().getContent();
        robot.interact(() -> {
            view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                    .filter(t -> "capacityTab".equals(t.getId())).findFirst().orElseThrow());
            lab.viewModel().select("hebb", "pinv");
            lab.viewModel().loadsTextProperty().set("0.05:0.40:0.05");
            lab.viewModel().trialsTextProperty().set("4");
            assertTrue(lab.viewModel().runCapacity(), lab.viewModel().validationMessageProperty().get());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lab.viewModel().runningProperty().get()
                && !lab.viewModel().results().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Parent chart = (javafx.scene.Parent) view.lookup("#capacityChart");
        File svgFile = dir.resolve("capacityChart.svg").toFile();
        robot.interact(() -> {
            chart.applyCss();
            chart.layout();
            // issue 9: the legend covers none of the curves, on screen (a short chart at 175 %) and in the export
            assertLegendCoversNoData((org.hopfieldstudio.ui.common.PlotCanvas) chart, "on screen");
            assertTrue(FigureExport.save(chart, (org.hopfieldstudio.ui.figure.Figure) chart, svgFile, "svg", 1));
            assertLegendCoversNoData((org.hopfieldstudio.ui.common.PlotCanvas) chart, "in the SVG");
        });
        keep(svgFile);
        String svg = Files.readString(svgFile.toPath(), StandardCharsets.UTF_8);
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element top = d.getDocumentElement();
        assertEquals("svg", top.getTagName());
        double w = Double.parseDouble(top.getAttribute("width"));
        double h = Double.parseDouble(top.getAttribute("height"));
        assertTrue(w > 100 && h > 100, w + "×" + h);
        assertEquals("0 0 " + top.getAttribute("width") + " " + top.getAttribute("height"), top.getAttribute("viewBox"));
        // a figure for a slide, whatever room the window gave the chart (610×212 px here, with a 40-px plot area)
        assertTrue(h >= 0.6 * w - 1, "exported " + w + "×" + h);
        Element plotArea = (Element) ((Element) d.getElementsByTagName("clipPath").item(0))
                .getElementsByTagName("rect").item(0);
        double plotH = Double.parseDouble(plotArea.getAttribute("height"));
        assertTrue(plotH >= 0.35 * h, "plot area " + plotH + " px of " + h);
        NodeList texts = d.getElementsByTagName("text");
        assertTrue(texts.getLength() > 10, texts.getLength() + " texts");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            String fam = t.getAttribute("font-family");
            assertTrue(fam.equals("sans-serif") || fam.endsWith(", sans-serif") || fam.equals("serif")
                    || fam.endsWith(", serif") || fam.endsWith(", monospace") || fam.equals("monospace"),
                    "text \"" + t.getTextContent() + "\" in font \"" + fam + "\" without a generic fallback");
            assertFalse(t.getTextContent().matches(".*(^|\\s)-\\d.*"), "a hyphen for a minus: " + t.getTextContent());
        }
        // the projector palette: the chart's background is the palette's, not the normal one's
        assertTrue(svg.contains("<path") || svg.contains("<polyline"), "curves as vectors");
    }
}
