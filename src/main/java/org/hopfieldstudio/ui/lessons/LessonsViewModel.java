package org.hopfieldstudio.ui.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hopfieldstudio.io.Workspace;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;
import org.hopfieldstudio.ui.notify.Notice;

/**
 * The Lessons panel's model: a track of lessons, the current one, and its task ticks. Opening or resetting a lesson
 * puts the studio into the lesson's prepared state; the checks are re-evaluated whenever the model changes, and a
 * task ticks when its check holds (ticks stay until the lesson is reset).
 *
 * <p>N.B. a task whose check already holds in the prepared state is not ticked until it has first stopped holding
 * (it is "unarmed"): a lesson is never solved by its own starting point, even a badly written one.
 */
public final class LessonsViewModel {
    private final LessonContext context;
    private final ObservableList<Lesson> track = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Boolean> ticks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper liveVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper trackName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Workspace.LessonPosition> position = new ReadOnlyObjectWrapper<>();
    /** {@link Workspace.LessonPosition#BUNDLED} or the absolute path of the lesson file or folder opened. */
    private String trackSource = "";
    private boolean[] armed = new boolean[0];
    private boolean preparing;
    private boolean restoring;
    // N.B. one listener object, held here, added to every source we observe (listeners must be held strongly)
    private final InvalidationListener changed = o -> evaluate();

    public LessonsViewModel(StudioModel model, CrosstalkViewModel crosstalk) {
        this.context = new LessonContext(model, crosstalk);
        context.setOnRunRecorded(this::evaluate);
        for (Observable o : new Observable[] {model.recall().stepsProperty(),
                model.recall().orderProperty(), model.library().storedSetProperty(), model.protocol().networkProperty(),
                model.protocol().staleProperty(), model.grid().versionProperty(), model.grid().rowsProperty(),
                crosstalk.snapshotProperty(), crosstalk.patternsProperty(), model.census().rows()}) {
            o.addListener(changed);
        }
        // the workspace keeps where the drawer stands; opening a workspace puts the drawer back there
        var document = model.document();
        position.addListener((o, was, now) -> document.setLesson(now));
        document.lessonProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(position.get())) {
                restore(now);
            }
        });
    }

    public LessonContext context() {
        return context;
    }

    public ObservableList<Lesson> track() {
        return FXCollections.unmodifiableObservableList(track);
    }

    /** Name of the track ("bundled" or the folder/file opened). */
    public ReadOnlyStringProperty trackNameProperty() {
        return trackName.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** One entry per task of the current lesson: ticked or not. */
    public ObservableList<Boolean> ticks() {
        return ticks;
    }

    /** "Lesson 3 of 11 · 1 of 3 tasks done". */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }

    /** Bumped whenever the live numbers may have changed. */
    public ReadOnlyIntegerProperty liveVersionProperty() {
        return liveVersion.getReadOnlyProperty();
    }

    /** The current value of live number {@code name} ({@code {{name}}} in the text). */
    public String live(String name) {
        return LiveNumbers.value(name, context);
    }

    /**
     * Where the drawer stands (track, lesson, ticks), for the workspace; null before a lesson is current. Changes
     * when a lesson is opened or a task ticks.
     */
    public ReadOnlyObjectProperty<Workspace.LessonPosition> positionProperty() {
        return position.getReadOnlyProperty();
    }

    public Workspace.LessonPosition position() {
        return position.get();
    }

    /** Loads the bundled track, without opening a lesson. */
    public void loadBundled() {
        setTrack("bundled", Lessons.bundled());
        trackSource = Workspace.LessonPosition.BUNDLED;
    }

    /**
     * Opens a lesson file or folder and starts its first lesson. A malformed lesson is refused with a message
     * naming file and line, and the current track and lesson stay as they were.
     */
    public boolean openPath(Path path) {
        List<Lesson> read;
        try {
            read = Lessons.read(path);
        } catch (LessonFormatException e) {
            context.model().notices().post("Lessons", Notice.error("Lesson not opened", e.getMessage()
                    + ". The lesson you had open stays open; fix the file and open it again."));
            return false;
        }
        List<Lesson> before = new ArrayList<>(track);
        String beforeName = trackName.get();
        String beforeSource = trackSource;
        int beforeIndex = index.get();
        setTrack(path.getFileName() == null ? path.toString() : path.getFileName().toString(), read);
        trackSource = path.toAbsolutePath().normalize().toString();
        if (!open(0)) {
            setTrack(beforeName, before);
            trackSource = beforeSource;
            index.set(beforeIndex);
            lesson.set(beforeIndex >= 0 && beforeIndex < before.size() ? before.get(beforeIndex) : null);
            return false;
        }
        return true;
    }

    /** Uses {@code lessons} as the track, without opening a lesson. */
    public void setTrack(String name, List<Lesson> lessons) {
        track.setAll(lessons);
        trackName.set(name);
    }

    /**
     * Starts lesson {@code i}: its prepared state is applied and its ticks cleared. A prepared state that cannot be
     * applied (unknown set, pattern, protocol) is reported and the lesson is not opened.
     */
    public boolean open(int i) {
        if (i < 0 || i >= track.size()) {
            return false;
        }
        Lesson l = track.get(i);
        preparing = true;
        try {
            Lessons.prepare(l, context);
        } catch (LessonFormatException | RuntimeException e) {
            context.model().notices().post("Lessons", Notice.error("Lesson cannot start", e.getMessage()));
            return false;
        } finally {
            preparing = false;
        }
        index.set(i);
        lesson.set(l);
        List<Boolean> fresh = new ArrayList<>();
        armed = new boolean[l.tasks().size()];
        for (int t = 0; t < l.tasks().size(); t++) {
            fresh.add(false);
            armed[t] = !l.tasks().get(t).check().test(context);
        }
        ticks.setAll(fresh);
        evaluate();
        return true;
    }

    /**
     * Makes lesson {@code i} current without applying its prepared state, for when the studio already shows it
     * (the app starts in the state of the track's first lesson).
     */
    public void adopt(int i) {
        if (i < 0 || i >= track.size()) {
            return;
        }
        Lesson l = track.get(i);
        context.restart();
        index.set(i);
        lesson.set(l);
        armed = new boolean[l.tasks().size()];
        List<Boolean> fresh = new ArrayList<>();
        for (int t = 0; t < l.tasks().size(); t++) {
            fresh.add(false);
            armed[t] = !l.tasks().get(t).check().test(context);
        }
        ticks.setAll(fresh);
        evaluate();
    }

    /**
     * Puts the drawer where a workspace left it: the track (bundled, or the lesson file or folder, read again), the
     * lesson (by file name, else by its place in the track) and its ticks. The studio already holds the workspace's
     * state, so the prepared state is not applied. A track that cannot be read, or a lesson no longer in it, is
     * reported with the way out and the drawer stays as it was.
     */
    public boolean restore(Workspace.LessonPosition saved) {
        if (saved == null || saved.equals(position.get())) {
            return saved != null;
        }
        if (!saved.track().equals(trackSource)) {
            if (saved.track().equals(Workspace.LessonPosition.BUNDLED)) {
                loadBundled();
            } else {
                Path path = Path.of(saved.track());
                try {
                    List<Lesson> read = Lessons.read(path);
                    setTrack(path.getFileName() == null ? saved.track() : path.getFileName().toString(), read);
                    trackSource = saved.track();
                } catch (LessonFormatException e) {
                    context.model().notices().post("Lessons", Notice.warning("Lesson track not found",
                            "The workspace was saved at lesson " + saved.id() + " of " + saved.track() + ", which "
                                    + "cannot be read now (" + e.getMessage() + "). Its state is open; to go on, "
                                    + "open the lessons again with Lessons ▸ Open lesson file…"));
                    return false;
                }
            }
        }
        int found = -1;
        for (int i = 0; i < track.size(); i++) {
            if (fileName(track.get(i).source()).equals(saved.id())) {
                found = i;
                break;
            }
        }
        if (found < 0 && saved.step() < track.size()) {
            found = saved.step();
        }
        if (found < 0) {
            context.model().notices().post("Lessons", Notice.warning("Lesson not found", "The workspace was saved at "
                    + "lesson " + saved.id() + ", which the track " + trackName.get() + " no longer has. Its state is "
                    + "open; pick a lesson in the Lessons drawer."));
            return false;
        }
        // N.B. publish the position once, with the saved ticks, not the untouched lesson in between
        restoring = true;
        try {
            adopt(found);
            for (int t = 0; t < saved.ticks().size() && t < ticks.size(); t++) {
                if (saved.ticks().get(t)) {
                    ticks.set(t, true);
                }
            }
        } finally {
            restoring = false;
        }
        evaluate();
        return true;
    }

    /** The lesson's file name: its id within a track. */
    static String fileName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf(java.io.File.separatorChar));
        return source.substring(cut + 1);
    }

    public boolean next() {
        return open(index.get() + 1);
    }

    public boolean previous() {
        return open(index.get() - 1);
    }

    /** Back to the lesson's prepared state, ticks cleared. */
    public boolean reset() {
        return open(index.get());
    }

    public boolean hasNext() {
        return index.get() + 1 < track.size();
    }

    public boolean hasPrevious() {
        return index.get() > 0;
    }

    /** How many tasks of the current lesson are ticked. */
    public int done() {
        return (int) ticks.stream().filter(b -> b).count();
    }

    /** Re-evaluates every unticked task of the current lesson against the model. */
    public void evaluate() {
        Lesson l = lesson.get();
        if (l == null || preparing) {
            return;
        }
        for (int t = 0; t < l.tasks().size() && t < ticks.size(); t++) {
            if (ticks.get(t)) {
                continue;
            }
            boolean holds = l.tasks().get(t).check().test(context);
            if (!armed[t]) {
                armed[t] = !holds;
            } else if (holds) {
                ticks.set(t, true);
            }
        }
        positionText.set("Lesson " + (index.get() + 1) + " of " + track.size() + " · " + done() + " of "
                + l.tasks().size() + " task" + (l.tasks().size() == 1 ? "" : "s") + " done");
        Workspace.LessonPosition now = new Workspace.LessonPosition(trackSource.isEmpty()
                ? Workspace.LessonPosition.BUNDLED : trackSource, fileName(l.source()), index.get(), List.copyOf(ticks));
        if (!restoring && !now.equals(position.get())) {
            position.set(now);
        }
        liveVersion.set(liveVersion.get() + 1);
    }
}
