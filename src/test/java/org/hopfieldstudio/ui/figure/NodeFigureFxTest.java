package org.hopfieldstudio.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/** Image views export as a snapshot (re-rendered at 2×) and as an SVG with the image embedded. */
@ExtendWith(ApplicationExtension.class)
class NodeFigureFxTest {
    private Canvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new Canvas(120, 80);
        var g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, 60, 80);
        g.setFill(Color.WHITE);
        g.fillRect(60, 0, 60, 80);
        stage.setScene(new Scene(new StackPane(canvas), 300, 200));
        stage.show();
    }

    @Test
    void pngAtTwoTimesHasTwiceThePixelSizeAndTheSameContent(FxRobot robot) {
        NodeFigure f = new NodeFigure(canvas, "grid");
        AtomicReference<BufferedImage> one = new AtomicReference<>();
        AtomicReference<BufferedImage> two = new AtomicReference<>();
        robot.interact(() -> {
            one.set(f.renderPng(1));
            two.set(f.renderPng(2));
        });
        assertEquals(120, one.get().getWidth());
        assertEquals(80, one.get().getHeight());
        assertEquals(240, two.get().getWidth());
        assertEquals(160, two.get().getHeight());
        assertEquals(0xff000000, two.get().getRGB(10, 10));
        assertEquals(0xffffffff, two.get().getRGB(230, 150));
    }

    @Test
    void svgEmbedsTheImageAtTheNodeSize(FxRobot robot) throws Exception {
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> svg.set(new NodeFigure(canvas, "grid").renderSvg()));
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.get().getBytes(StandardCharsets.UTF_8)));
        assertEquals("120", d.getDocumentElement().getAttribute("width"));
        var img = d.getElementsByTagName("image");
        assertEquals(1, img.getLength());
        assertTrue(img.item(0).getAttributes().getNamedItem("xlink:href").getNodeValue().startsWith("data:image/png;base64,"));
    }
}
