package org.hopfieldstudio.ui.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.StudioView;
import org.hopfieldstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar, the message log and the toasts in the studio window (headless). */
@ExtendWith(ApplicationExtension.class)
class MessagesFxTest {
    private StudioModel model;
    private StudioView view;

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        view = TestStudio.show(stage, model, 1260, 780);
    }

    private int toastCount(FxRobot robot) {
        return robot.lookup("#toasts").queryAs(ToastPane.class).getChildren().size();
    }

    @Test
    void noticesStillReachTheWindowAfterGarbageCollection(FxRobot robot) {
        robot.interact(() -> model.notices().forSource("Library").post(Notice.error("first failure", "reason one")));
        NoticeBoardTest.forceGarbageCollection();
        robot.interact(() -> model.notices().forSource("Protocol").post(Notice.error("second failure", "reason two")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, toastCount(robot), "both notices shown as toasts");
        assertTrue(view.statusBar().shownText().contains("second failure: reason two"), view.statusBar().shownText());
        assertEquals(2, view.messageLog().table().getItems().size());
    }

    @Test
    void anErrorStaysInTheStatusBarAfterLaterInfoUntilDismissed(FxRobot robot) {
        robot.interact(() -> {
            model.notices().post(Notice.error("Could not read bad.txt", "line 3: expected 10 cells, got 7"));
            model.notices().post(Notice.info("Saved", "3 patterns"));
        });
        assertTrue(view.statusBar().shownText().contains("line 3: expected 10 cells, got 7"));
        assertTrue(view.statusBar().getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("error")));
        robot.clickOn("#statusDismiss");
        assertEquals("", view.statusBar().shownText());
        assertFalse(robot.lookup("#statusDismiss").query().isVisible());
    }

    @Test
    void messageLogListsEveryMessageWithTimeSeveritySourceAndFullSelectableText(FxRobot robot) {
        robot.interact(() -> {
            model.notices().forSource("Library").post(Notice.error("Could not read bad.txt",
                    "line 3: expected 10 cells, got 7"));
            model.notices().forSource("Protocol").post(Notice.info("W written", "p = 2, N = 100"));
        });
        assertFalse(view.messageLog().isVisible());
        robot.clickOn("#messageLogButton");
        assertTrue(view.messageLog().isVisible());
        var table = view.messageLog().table();
        assertEquals(2, table.getItems().size());
        assertEquals("Library", table.getItems().get(0).source());
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        TextArea detail = robot.lookup("#messageDetail").queryAs(TextArea.class);
        assertTrue(detail.getText().contains("error"));
        assertTrue(detail.getText().contains("Library"));
        assertTrue(detail.getText().contains("line 3: expected 10 cells, got 7"));
        assertFalse(detail.isEditable());
        robot.interact(() -> detail.selectAll());
        assertEquals(detail.getText(), detail.getSelectedText());
        String text = MessageLogView.asText(table.getItems());
        assertTrue(text.contains("ERROR  Library  Could not read bad.txt: line 3"));
        assertTrue(text.contains("INFO  Protocol  W written"));
        robot.clickOn("#messageLogClose");
        assertFalse(view.messageLog().isVisible());
    }

    @Test
    void aToastDoesNotCoverTheRecallHeader(FxRobot robot) {
        robot.interact(() -> model.notices().post(Notice.error("A long failure title",
                "and a reason long enough to wrap over two or three lines of the toast, as real reasons do")));
        WaitForAsyncUtils.waitForFxEvents();
        Node toast = robot.lookup("#toasts").queryAs(ToastPane.class).getChildren().get(0);
        Bounds t = toast.localToScene(toast.getBoundsInLocal());
        for (String id : new String[] {"#playButton", "#stepButton", "#runButton", "#tabs .tab-header-area"}) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertFalse(t.intersects(b), "toast " + t + " covers " + id + " " + b);
        }
        Label status = robot.lookup("#statusText").queryAs(Label.class);
        Bounds s = status.localToScene(status.getBoundsInLocal());
        assertFalse(t.intersects(s), "toast covers the status bar");
    }

    /**
     * A failure text of many lines keeps the status bar at one or two lines (issue 7): the bar is no taller than with
     * a one-line message plus one line, and the full text is in the tooltip and the message log.
     */
    @Test
    void aLongFailureKeepsTheStatusBarAtTwoLinesWithTheFullTextInTooltipAndLog(FxRobot robot) {
        robot.interact(() -> model.notices().post(Notice.error("Write failed", "short reason")));
        WaitForAsyncUtils.waitForFxEvents();
        double oneLine = view.statusBar().getHeight();
        Label text = robot.lookup("#statusText").queryAs(Label.class);
        double line = text.getFont().getSize();
        StringBuilder longText = new StringBuilder();
        for (int k = 1; k <= 12; k++) {
            longText.append("line ").append(k).append(": the protocol could not store pattern ").append(k)
                    .append(" because its crosstalk exceeds the margin at this load; lower p or pick another rule\n");
        }
        longText.append("the way out is at the very end");
        robot.interact(() -> model.notices().post(Notice.error("Write failed", longText.toString())));
        WaitForAsyncUtils.waitForFxEvents();
        double tall = view.statusBar().getHeight();
        assertTrue(tall <= oneLine + 1.6 * line + 2, "status bar " + tall + " px high, one line " + oneLine
                + " px, font " + line + " px");
        assertTrue(text.getHeight() <= 2 * 1.5 * line + 2, "status text " + text.getHeight() + " px");
        assertFalse(view.statusBar().shownText().contains("\n"), "line breaks shown as spaces");
        assertTrue(text.getTooltip().getText().contains("the way out is at the very end"), "full text in the tooltip");
        var items = view.messageLog().table().getItems();
        assertTrue(items.get(items.size() - 1).text().contains("line 12:"), "full text in the message log");
        assertTrue(items.get(items.size() - 1).text().endsWith("the way out is at the very end"));
    }
}
