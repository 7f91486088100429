package org.hopfieldstudio.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A thumbnail as a figure: crisp PNG at 1× and 2×, SVG embedding it, atomic saves. */
@ExtendWith(ApplicationExtension.class)
class ImageFigureFxTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 100, 100));
        stage.show();
    }

    /** A 3×2 checkerboard of black and white pixels. */
    private static WritableImage checker() {
        WritableImage img = new WritableImage(3, 2);
        int[] px = {0xff000000, 0xffffffff, 0xff000000, 0xffffffff, 0xff000000, 0xffffffff};
        img.getPixelWriter().setPixels(0, 0, 3, 2, PixelFormat.getIntArgbInstance(), px, 0, 3);
        return img;
    }

    @Test
    void pngAtTwiceTheScaleDoublesTheSizeAndKeepsEveryPixelCrisp(FxRobot robot, @TempDir Path dir) throws Exception {
        ImageFigure f = new ImageFigure(() -> "A / letter", ImageFigureFxTest::checker);
        assertEquals("A-letter", f.figureName());
        File one = dir.resolve("a.png").toFile();
        File two = dir.resolve("a@2x.png").toFile();
        Files.writeString(two.toPath(), "an older file");
        robot.interact(() -> {
            assertTrue(FigureExport.save(root, f, one, "png", 1));
            assertTrue(FigureExport.save(root, f, two, "png", 2));
        });
        BufferedImage a = ImageIO.read(one);
        BufferedImage b = ImageIO.read(two);
        assertEquals(3, a.getWidth());
        assertEquals(2, a.getHeight());
        assertEquals(6, b.getWidth());
        assertEquals(4, b.getHeight());
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                assertEquals(a.getRGB(x / 2, y / 2), b.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void svgEmbedsTheImageAtItsSizeAndParses(FxRobot robot) throws Exception {
        ImageFigure f = new ImageFigure(() -> "A", ImageFigureFxTest::checker);
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> svg.set(f.renderSvg()));
        var d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.get().getBytes(StandardCharsets.UTF_8)));
        assertEquals("3", d.getDocumentElement().getAttribute("width"));
        assertEquals(1, d.getElementsByTagName("image").getLength());
    }

    @Test
    void nothingShownIsAnErrorWithAReasonNotABlankFile(FxRobot robot) {
        ImageFigure f = new ImageFigure(() -> "A", () -> null);
        assertThrows(IllegalStateException.class, () -> f.renderPng(1));
    }
}
