package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 (start-up): the Memory tab's columns picked before the window is shown are those its first layout pass
 * keeps, at the layout sizes of issue 9 with the lessons drawer open and closed, so the side panels get their CSS once.
 */
@ExtendWith(ApplicationExtension.class)
class MemoryPrearrangeFxTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theColumnsPickedBeforeShowingAreTheOnesTheLayoutKeeps(FxRobot robot) throws Exception {
        double[][] sizes = {{1024, 768, 1}, {1024, 768, 2}, {1280, 720, 1}, {1400, 900, 1}, {1920, 1080, 1},
            {1920, 1080, 2}, {1280, 720, 1.75}, {1600, 1000, 1}, {1400, 1000, 1.25}};
        List<String> wrong = new ArrayList<>();
        int narrow = 0;
        int wide = 0;
        for (double[] s : sizes) {
            for (boolean lessons : new boolean[] {false, true}) {
                boolean[] guess = new boolean[1];
                StudioView[] shown = new StudioView[1];
                robot.interact(() -> shown[0] = TestStudio.show(stage, TestStudio.model(), s[0], s[1], view -> {
                    view.theme().setZoom(s[2]);
                    if (lessons) {
                        view.toggleLessons();
                    }
                    view.prearrange(s[0], s[1]);
                    view.holdHiddenMemoryTabs(); // N.B. as the real launch does
                    guess[0] = view.isMemoryWide();
                }));
                WaitForAsyncUtils.waitForFxEvents();
                boolean kept = WaitForAsyncUtils.asyncFx(shown[0]::isMemoryWide).get(5, TimeUnit.SECONDS);
                String where = String.format("%.0f×%.0f at %.0f %%%s", s[0], s[1], s[2] * 100, lessons ? " (lessons)" : "");
                robot.interact(() -> {
                    javafx.scene.control.TabPane side = (javafx.scene.control.TabPane) shown[0].lookup(
                            "#" + MemoryLayout.SIDE_TABS_ID);
                    if (!kept) {
                        // held: only the side tab on show has its panel before the first frame
                        assertEquals(1, side.getTabs().stream().filter(t -> t.getContent() != null).count(), where);
                    }
                    shown[0].releaseHiddenMemoryTabs();
                    if (!kept) {
                        assertTrue(side.getTabs().stream().allMatch(t -> t.getContent() != null), where);
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(kept, WaitForAsyncUtils.asyncFx(shown[0]::isMemoryWide).get(5, TimeUnit.SECONDS),
                        where + ": the columns stay when the held panels join");
                if (guess[0] != kept) {
                    wrong.add(String.format("%.0f×%.0f at %.0f %%%s: guessed %s, laid out %s", s[0], s[1], s[2] * 100,
                            lessons ? " with the lessons drawer" : "", guess[0] ? "three columns" : "two",
                            kept ? "three" : "two"));
                }
                if (kept) {
                    wide++;
                } else {
                    narrow++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        // N.B. the sizes cover both layouts, so a guess that never changed the columns would fail above
        assertEquals(true, wide > 0 && narrow > 0, wide + " wide, " + narrow + " narrow");
    }
}
