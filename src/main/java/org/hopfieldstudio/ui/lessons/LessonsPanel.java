package org.hopfieldstudio.ui.lessons;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.hopfieldstudio.ui.common.Tips;

/**
 * The Lessons drawer beside the main view: the lesson's title and text (typeset formulas, live numbers), its "try
 * this" tasks with ticks, Previous / Reset lesson / Next, a list to jump to any lesson, and Open for a lecturer's
 * lesson file or folder. Hides the controls the lesson asks to hide (through {@code onHide}).
 */
public final class LessonsPanel extends VBox {
    public static final String STYLE_CLASS = "lessons-panel";
    static final String TASK_DONE = "lesson-task-done";

    private final LessonsViewModel model;
    private final BiFunction<String, Boolean, Node> formula;
    private final Consumer<Set<String>> onHide;
    private final Label position = new Label();
    private final Label title = new Label();
    private final VBox body = new VBox(6);
    private final VBox tasks = new VBox(6);
    private final Button previous = new Button("◀ Previous");
    private final Button reset = new Button("Reset lesson");
    private final Button next = new Button("Next ▶");
    private final ComboBox<Lesson> jump = new ComboBox<>();
    private final MenuButton open = new MenuButton("Open…");
    private final Button close = new Button("✕");
    private LessonText text;
    // N.B. listeners held in fields: the model keeps them strongly, and so do we
    private final InvalidationListener onLesson = o -> showLesson();
    private final InvalidationListener onLive = o -> refreshLive();
    private final ListChangeListener<Boolean> onTicks = c -> showTicks();
    private boolean updatingJump;

    /**
     * @param formula makes the node of a formula from its TeX (true: displayed)
     * @param onHide  told the set of controls the current lesson hides (empty: show everything)
     * @param onClose closes the drawer
     */
    public LessonsPanel(LessonsViewModel model, BiFunction<String, Boolean, Node> formula,
                        Consumer<Set<String>> onHide, Runnable onClose) {
        this.model = model;
        this.formula = formula;
        this.onHide = onHide;
        createView(onClose);
        initListeners();
        showLesson();
    }

    private void createView(Runnable onClose) {
        getStyleClass().addAll(STYLE_CLASS, "panel");
        getStylesheets().add(LessonsPanel.class.getResource("lessons.css").toExternalForm());
        setId("lessonsPanel");
        setSpacing(8);
        setPadding(new Insets(8));
        Label heading = new Label("Lessons");
        heading.getStyleClass().add("panel-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        close.setId("lessonsClose");
        Tips.set(close, "Close the lessons (Ctrl+L opens them again)");
        close.setOnAction(e -> onClose.run());
        close.getStyleClass().add("lesson-close");
        HBox top = new HBox(6, heading, grow, open, close);
        top.setAlignment(Pos.CENTER_LEFT);

        MenuItem openFile = new MenuItem("Lesson file…");
        openFile.setId("openLessonFile");
        openFile.setOnAction(e -> chooseFile());
        MenuItem openFolder = new MenuItem("Lesson folder…");
        openFolder.setId("openLessonFolder");
        openFolder.setOnAction(e -> chooseFolder());
        MenuItem bundled = new MenuItem("The bundled lessons");
        bundled.setOnAction(e -> {
            model.loadBundled();
            model.open(0);
        });
        open.getItems().addAll(openFile, openFolder, bundled);
        open.setId("openLesson");
        Tips.set(open, "Open a lesson file or a folder of lessons (see lessons/FORMAT.md)");

        jump.setId("lessonJump");
        jump.setMaxWidth(Double.MAX_VALUE);
        jump.setCellFactory(l -> new LessonCell());
        // N.B. the closed box reads "Go to lesson…" rather than the current title, which the heading and the line
        // under the box already show: a long title (a lecturer's own) would be cut with "…" in a one-line box
        // (the skin writes the converter's text into the button cell, so the converter says it; the list's cells
        // draw their own numbered titles)
        jump.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Lesson l) {
                return "Go to lesson…";
            }

            @Override
            public Lesson fromString(String s) {
                return null;
            }
        });
        Tips.set(jump, "Go to any lesson of the track");

        position.setId("lessonPosition");
        position.getStyleClass().add("hint");
        position.setWrapText(true);
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        body.setId("lessonBody");
        Label tryThis = new Label("Try this");
        tryThis.getStyleClass().add("lesson-try");
        tasks.setId("lessonTasks");

        previous.setId("lessonPrevious");
        reset.setId("lessonReset");
        next.setId("lessonNext");
        Tips.set(reset, "Back to the lesson's starting state; the ticks are cleared");
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        reset.setOnAction(e -> model.reset());
        HBox nav = new HBox(6, previous, reset, next);
        nav.setAlignment(Pos.CENTER);

        VBox content = new VBox(10, title, body, tryThis, tasks);
        content.setPadding(new Insets(2, 4, 2, 2));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, jump, position, scroll, nav);
    }

    private void initListeners() {
        model.lessonProperty().addListener(onLesson);
        model.liveVersionProperty().addListener(onLive);
        model.ticks().addListener(onTicks);
        model.track().addListener((ListChangeListener<Lesson>) c -> {
            updatingJump = true;
            jump.getItems().setAll(model.track());
            updatingJump = false;
        });
        jump.getItems().setAll(model.track());
        jump.valueProperty().addListener((o, a, b) -> {
            if (!updatingJump && b != null && b != model.lessonProperty().get()) {
                model.open(model.track().indexOf(b));
            }
        });
    }

    private void showLesson() {
        Lesson l = model.lessonProperty().get();
        updatingJump = true;
        jump.setValue(l);
        updatingJump = false;
        previous.setDisable(!model.hasPrevious());
        next.setDisable(!model.hasNext());
        reset.setDisable(l == null);
        body.getChildren().clear();
        if (l == null) {
            title.setText("No lesson open");
            text = null;
            onHide.accept(Set.of());
            showTicks();
            return;
        }
        title.setText(l.title());
        text = new LessonText(formula);
        body.getChildren().setAll(text.render(l.body(), model::live));
        onHide.accept(l.hide());
        showTicks();
    }

    private void showTicks() {
        Lesson l = model.lessonProperty().get();
        tasks.getChildren().clear();
        if (l == null) {
            return;
        }
        List<Boolean> ticks = model.ticks();
        for (int t = 0; t < l.tasks().size(); t++) {
            boolean done = t < ticks.size() && ticks.get(t);
            Label mark = new Label(done ? "✔" : "○");
            mark.getStyleClass().add("lesson-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label task = new Label(l.tasks().get(t).text());
            task.setWrapText(true);
            task.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(task, Priority.ALWAYS);
            HBox row = new HBox(8, mark, task);
            row.setId("lessonTask" + t);
            row.getStyleClass().add("lesson-task");
            if (done) {
                row.getStyleClass().add(TASK_DONE);
            }
            tasks.getChildren().add(row);
        }
        if (!ticks.isEmpty() && model.done() == ticks.size()) {
            Label all = new Label(model.hasNext() ? "All done. Next ▶ opens the next lesson."
                    : "All done: that was the last lesson of this track.");
            all.setId("lessonAllDone");
            all.setWrapText(true);
            all.getStyleClass().add("lesson-all-done");
            tasks.getChildren().add(all);
        }
    }

    private void refreshLive() {
        position.setText(model.positionTextProperty().get());
        if (text == null) {
            return;
        }
        for (LessonText.Live live : text.live()) {
            String v = model.live(live.name());
            if (!v.equals(live.node().getText())) {
                live.node().setText(v);
            }
        }
    }

    /** Asks for a lesson file and opens it (File chooser; malformed files are reported, nothing changes). */
    public void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a lesson");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lessons", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            model.openPath(f.toPath());
        }
    }

    /** Asks for a folder of lessons and opens its first lesson. */
    public void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of lessons");
        File f = dc.showDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            model.openPath(f.toPath());
        }
    }

    private final class LessonCell extends ListCell<Lesson> {
        @Override
        protected void updateItem(Lesson item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : (model.track().indexOf(item) + 1) + ". " + item.title());
        }
    }
}
