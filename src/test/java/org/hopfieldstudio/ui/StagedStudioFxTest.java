package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 (start-up): the real launch builds the views of the tabs not on show after the first frame; built late, they
 * show the state they missed (a neuron selected on the grid before the Weights tab's view existed, the stored
 * patterns' crosstalk statistics).
 */
@ExtendWith(ApplicationExtension.class)
class StagedStudioFxTest {
    private StudioModel model;
    private StudioView view;
    private StartupStaging staging;
    private final Map<String, Boolean> emptyBeforeShow = new HashMap<>();

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        model.library().loadBuiltIn("letters");
        view = TestStudio.show(stage, new StudioView(model, true), 1260, 780, v -> {
            for (Tab t : v.tabs().getTabs()) {
                emptyBeforeShow.put(t.getId(), t.getContent() == null);
            }
            model.grid().selectedCellProperty().set(12); // before the Weights tab's view exists
            staging = StartupStaging.deferHiddenTabs(v.tabs(), v.laterTabs());
        });
    }

    @Test
    void hiddenTabsAreBuiltAfterTheFirstFrameWithTheStateTheyMissed(FxRobot robot) throws Exception {
        assertEquals(Map.of("memoryTab", false, "weightsTab", true, "crosstalkTab", true, "capacityTab", true,
                "compareTab", true), emptyBeforeShow, "only the Memory tab's view is built before the first frame");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, staging::isDone);
        assertSame(view.heatmap(), tab("weightsTab").getContent());
        assertSame(view.crosstalk(), tab("crosstalkTab").getContent());
        assertSame(view.compareView(), tab("compareTab").getContent());
        assertNotNull(tab("capacityTab").getContent());
        // the receptive field of the neuron selected before the view was built, and the crosstalk of the stored set
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.heatmap().viewModel().receptiveFieldProperty()
                .get() != null);
        robot.interact(() -> view.tabs().getSelectionModel().select(tab("weightsTab")));
        String title = robot.lookup("#receptiveFieldTitle").queryLabeled().getText();
        assertTrue(title.contains("12"), "the field of neuron 12 is shown: " + title);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.crosstalk().viewModel().snapshotProperty()
                .get() != null);
    }

    private Tab tab(String id) {
        return view.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
