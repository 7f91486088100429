package org.hopfieldstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hopfieldstudio.ui.theme.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Lessons drawer open beside the Memory view (issue 10 with issue 9 point 2): every bundled lesson, at the sizes
 * and zooms of the layout test, shows no cut text and no overprinted labels; where the app opens the drawer at
 * start ({@link StudioView#lessonsFit}) the grid still keeps about half of the shorter window side.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsLayoutFxTest {
    private StudioModel model;
    private StudioView view;
    private final Group root = new Group();

    @Start
    void start(Stage stage) {
        model = TestStudio.model();
        view = new StudioView(model);
        root.setAutoSizeChildren(false);
        root.getChildren().add(view);
        Scene scene = new Scene(root, 800, 600);
        view.theme().install(scene, HopfieldStudioApp.class.getResource("studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(1024, 768, 1.0, Palette.NORMAL),
                Arguments.of(1280, 720, 1.0, Palette.NORMAL),
                Arguments.of(1400, 900, 1.0, Palette.DARK),
                Arguments.of(1920, 1080, 1.0, Palette.NORMAL),
                Arguments.of(1920, 1080, 2.0, Palette.PROJECTOR),
                Arguments.of(1280, 720, 1.75, Palette.PROJECTOR));
    }

    @ParameterizedTest(name = "{0}×{1} at {2} ({3})")
    @MethodSource("sizes")
    void everyLessonFitsBesideTheMemoryView(int w, int h, double zoom, Palette palette, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            view.theme().paletteProperty().set(palette);
            view.theme().setZoom(zoom);
            view.lessons().loadBundled();
            if (!view.isLessonsShowing()) {
                view.toggleLessons();
            }
            view.tabs().getSelectionModel().select(0);
        });
        boolean fits = view.lessonsFit(w, h);
        for (int i = 0; i < view.lessons().track().size(); i++) {
            int lesson = i;
            robot.interact(() -> {
                assertTrue(view.lessons().open(lesson), "lesson " + (lesson + 1) + " opens");
                layout(w, h);
                // N.B. a floating drawer covers the right of the tabs: what is under it is not on show (the tabs
                // themselves are checked by LayoutFxTest); a docked one shares the window and all of it is checked
                javafx.scene.Parent drawer = (javafx.scene.Parent) view.lookup("#lessonsPanel");
                LayoutFxTest.check(view.isLessonsFloating() ? drawer : view, "lesson " + (lesson + 1), problems);
                javafx.geometry.Bounds b = drawer.localToScene(drawer.getLayoutBounds());
                if (b.getMaxX() > w + 1 || b.getMaxY() > h + 1 || b.getMinY() < 0) {
                    problems.add("lesson " + (lesson + 1) + ": drawer outside the window: " + b);
                }
                Node grid = view.gridView().canvas();
                double side = Math.min(grid.getLayoutBounds().getWidth(), grid.getLayoutBounds().getHeight());
                if (fits && grid.isVisible() && side < 0.45 * Math.min(w, h)) {
                    problems.add(String.format(Locale.ROOT, "lesson %d: grid area %.0f px < 0.45 × %d", lesson + 1,
                            side, Math.min(w, h)));
                }
            });
        }
        assertEquals(List.of(), problems.stream().distinct().limit(25).toList(),
                w + "×" + h + " at " + zoom + " " + palette);
    }

    @Test
    void theDrawerDocksWhereTheMemoryViewStillFitsAndFloatsOtherwise(FxRobot robot) {
        robot.interact(() -> {
            view.theme().setZoom(1.0);
            view.lessons().loadBundled();
            view.lessons().open(0);
            view.toggleLessons();
            layout(1280, 720);
        });
        assertTrue(view.isLessonsShowing());
        assertFalse(view.isLessonsFloating(), "1280×720 at 100 %: docked beside the Memory view");
        robot.interact(() -> {
            view.theme().setZoom(1.75);
            layout(1280, 720);
        });
        assertTrue(view.isLessonsShowing());
        assertTrue(view.isLessonsFloating(), "1280×720 at 175 %: floats over the tabs");
        robot.interact(() -> {
            view.toggleLessons();
            layout(1280, 720);
        });
        assertFalse(view.isLessonsShowing(), "Ctrl+L closes a floating drawer too");
        robot.interact(() -> {
            view.theme().setZoom(1.0);
            view.toggleLessons();
            layout(1280, 720);
        });
        assertFalse(view.isLessonsFloating());
        assertTrue(view.isLessonsShowing());
    }

    @Test
    void theDrawerOpensAtStartOnA1280By720ProjectorButNotAt1024By768OrAtLargeZoom(FxRobot robot) {
        robot.interact(() -> view.theme().setZoom(1.0));
        assertTrue(view.lessonsFit(1264, 680), "1280×720 less the window's decorations");
        assertTrue(view.lessonsFit(1400, 900));
        assertFalse(view.lessonsFit(1008, 728), "1024×768: the grid would get less than half the height");
        robot.interact(() -> view.theme().setZoom(1.75));
        assertFalse(view.lessonsFit(1264, 680));
        assertTrue(view.lessonsFit(1920 * 1.75, 1080));
    }

    private void layout(int w, int h) {
        LayoutFxTest.layout(view, w, h);
    }
}
