package org.hopfieldstudio.ui.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.StudioView;
import org.hopfieldstudio.ui.TestStudio;
import org.hopfieldstudio.ui.theme.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar in the lecture of issue 9's "done when" (the real window, 1280×720, projector palette, 175 %): a
 * message two lines long shows whole on two lines (it was cut with "…" after one line, the height the bar got being
 * asked without its width), and a longer one ends in "…" on its second line with the full text a click away.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarProjectorFxTest {
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

    private static Text inner(Label l) {
        return (Text) l.lookup(".text");
    }

    @Test
    void aTwoLineMessageShowsWholeAndALongerOneIsReachableInFull(FxRobot robot) {
        // the start-up hint of a 1280×720 screen at 175 % (the drawer does not fit, so the bar says where it is)
        String hint = "This is lesson 1 of 11. Open the lessons with Ctrl+L or the Lessons menu.";
        robot.interact(() -> model.notices().post("Lessons", Notice.info("Lessons", hint)));
        WaitForAsyncUtils.waitForFxEvents();
        Label text = robot.lookup("#statusText").queryAs(Label.class);
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        String shown = inner(text).getText();
        assertTrue(shown.replaceAll("\\s+", " ").strip().endsWith("the Lessons menu."),
                "status bar shows \"" + shown + "\" in " + text.getWidth() + "×" + text.getHeight() + " px");
        double line = inner(text).getFont().getSize();
        assertTrue(text.getHeight() > 1.8 * line, "two lines high: " + text.getHeight() + " px, font " + line);
        // every part of the window stays on screen: the bar is inside the 720-px window
        var b = text.localToScene(text.getLayoutBounds());
        assertTrue(b.getMaxY() <= 720 + 0.5, "status text ends at y = " + b.getMaxY());

        // a warning of three and more lines: two lines, "…", and the whole text in the tooltip and the message log
        StringBuilder longText = new StringBuilder("The protocol could not store every pattern at this load");
        for (int k = 0; k < 6; k++) {
            longText.append("; lower the number of stored patterns or pick a rule with a higher capacity");
        }
        longText.append(". The end.");
        robot.interact(() -> model.notices().post("Protocol", Notice.warning("Storage", longText.toString())));
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        String cut = inner(text).getText();
        assertTrue(cut.endsWith(text.getEllipsisString()), "a longer message ends in the ellipsis: \"" + cut + "\"");
        assertTrue(text.getHeight() > 1.8 * line && text.getHeight() < 2.8 * line, "still two lines: "
                + text.getHeight() + " px, font " + line);
        assertTrue(text.getTooltip().getText().contains("The end."), "full text in the tooltip");
        assertFalse(model.status().logOpenProperty().get());
        robot.clickOn(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.status().logOpenProperty().get(), "a click on the status text opens the message log");
        var items = view.messageLog().table().getItems();
        assertEquals(true, items.get(items.size() - 1).text().endsWith("The end."), "full text in the message log");
    }
}
