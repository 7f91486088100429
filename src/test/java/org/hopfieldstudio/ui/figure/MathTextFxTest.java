package org.hopfieldstudio.ui.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On the canvas (screen and PNG) a formula is drawn whole, in its colour, where it was measured. */
@ExtendWith(ApplicationExtension.class)
class MathTextFxTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    /** {minX, minY, maxX, maxY} of the pixels that are mostly red on white, or null. */
    private static int[] redInk(WritableImage img) {
        PixelReader r = img.getPixelReader();
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (c.getRed() > 0.6 && c.getGreen() < 0.5 && c.getBlue() < 0.5) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box[2] < 0 ? null : box;
    }

    @Test
    void aRadicalAndAFractionAreDrawnWholeInsideTheirMeasuredBox(FxRobot robot) {
        AtomicReference<int[]> ink = new AtomicReference<>();
        AtomicReference<MathText.Metrics> measured = new AtomicReference<>();
        robot.interact(() -> {
            Canvas c = new Canvas(400, 120);
            FxSketch g = new FxSketch(c.getGraphicsContext2D());
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 400, 120);
            g.setFont(Font.font(40));
            MathText t = MathText.of("$\\sqrt{N/2p}$");
            measured.set(t.measure(g));
            t.draw(g, 20, 20, TextAlignment.LEFT, VPos.TOP, Color.RED);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            ink.set(redInk(c.snapshot(p, null)));
        });
        int[] box = ink.get();
        MathText.Metrics m = measured.get();
        assertTrue(box != null, "the formula is drawn in the colour given");
        // N.B. the radical sign is the leftmost glyph: JavaFX's text path once lost it (ink then began at "N")
        assertTrue(box[0] <= 20 + 0.1 * m.width(), "ink starts at the radical: " + box[0]);
        assertTrue(box[2] >= 20 + 0.85 * m.width() && box[2] <= 20 + m.width() + 2, "ink to the end: " + box[2]);
        assertTrue(box[1] >= 19 && box[3] <= 20 + m.height() + 2, "inside the line: " + box[1] + ".." + box[3]);
        assertTrue(box[3] - box[1] >= 0.7 * m.height(), "as tall as measured: " + (box[3] - box[1]));
    }
}
