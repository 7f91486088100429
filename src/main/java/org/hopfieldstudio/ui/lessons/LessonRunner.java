package org.hopfieldstudio.ui.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hopfieldstudio.protocol.Protocols;
import org.hopfieldstudio.ui.StudioModel;
import org.hopfieldstudio.ui.concurrent.Debouncer;
import org.hopfieldstudio.ui.concurrent.SameThreadTaskRunner;
import org.hopfieldstudio.ui.crosstalk.CrosstalkViewModel;
import org.hopfieldstudio.ui.library.IoPatternCatalog;
import org.hopfieldstudio.ui.notify.Notice;

/**
 * Validates and plays lessons headless, for {@code hopfield lessons --check|--run} and the tests: each lesson in a
 * fresh studio model whose background work runs on the calling thread (no toolkit, no window).
 */
public final class LessonRunner {
    private LessonRunner() {
    }

    /**
     * One lesson's verdict.
     *
     * @param lesson its id (the file name without {@code .md})
     * @param title  its title, or empty when it could not be read
     * @param tasks  its number of tasks (0 when it could not be read)
     * @param status {@code ok}, or the problem
     */
    public record Result(String lesson, String title, int tasks, String status) {
        public boolean ok() {
            return status.equals("ok");
        }
    }

    /** A lesson, or why its file could not be read. */
    private record Entry(String id, Lesson lesson, String problem) {
    }

    /** Checks every lesson of {@code path} (a file or folder), or of the bundled track when it is null. */
    public static List<Result> check(Path path) throws LessonFormatException {
        List<Result> out = new ArrayList<>();
        for (Entry e : entries(path)) {
            out.add(e.lesson == null ? new Result(e.id, "", 0, e.problem) : check(e.id, e.lesson));
        }
        return out;
    }

    /** Plays the scripted solution of every lesson of {@code path} (or of the bundled track) and checks the ticks. */
    public static List<Result> run(Path path) throws LessonFormatException {
        List<Result> out = new ArrayList<>();
        for (Entry e : entries(path)) {
            out.add(e.lesson == null ? new Result(e.id, "", 0, e.problem) : run(e.id, e.lesson));
        }
        return out;
    }

    private static List<Entry> entries(Path path) throws LessonFormatException {
        List<Entry> entries = new ArrayList<>();
        if (path == null) {
            for (String name : Lessons.bundledNames()) {
                String id = id(name);
                try (InputStream in = LessonRunner.class.getClassLoader().getResourceAsStream(Lessons.RESOURCE_DIR + name)) {
                    if (in == null) {
                        entries.add(new Entry(id, null, "missing from the bundle"));
                        continue;
                    }
                    entries.add(new Entry(id, LessonParser.parse(Lessons.RESOURCE_DIR + name, in.readAllBytes()), null));
                } catch (IOException e) {
                    entries.add(new Entry(id, null, "cannot be read: " + e.getMessage()));
                } catch (LessonFormatException e) {
                    entries.add(new Entry(id, null, e.getMessage()));
                }
            }
            return entries;
        }
        for (Path f : Lessons.files(path)) {
            String id = id(f.getFileName().toString());
            try {
                entries.add(new Entry(id, Lessons.readFile(f), null));
            } catch (LessonFormatException e) {
                entries.add(new Entry(id, null, e.getMessage()));
            }
        }
        return entries;
    }

    private static String id(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".md") ? fileName.substring(0, fileName.length() - 3)
                : fileName;
    }

    /** A fresh headless studio with the lesson's track loaded (not yet opened). */
    static LessonsViewModel headless(Lesson lesson) {
        StudioModel model = new StudioModel(new SameThreadTaskRunner(), Runnable::run, Debouncer.IMMEDIATE,
                new IoPatternCatalog(), Protocols.all());
        LessonsViewModel vm = new LessonsViewModel(model, new CrosstalkViewModel(Runnable::run, Runnable::run));
        vm.setTrack(lesson.source(), List.of(lesson));
        return vm;
    }

    static Result check(String id, Lesson lesson) {
        LessonsViewModel vm = headless(lesson);
        LessonContext ctx = vm.context();
        String status = "ok";
        try {
            Lessons.prepare(lesson, ctx);
            String error = firstError(ctx);
            if (error != null) {
                status = "the prepared state reports: " + error;
            }
            for (int t = 0; t < lesson.tasks().size() && status.equals("ok"); t++) {
                Lesson.Task task = lesson.tasks().get(t);
                try {
                    task.check().validateAgainst(ctx);
                } catch (IllegalArgumentException e) {
                    status = lesson.source() + ":" + task.line() + ": " + e.getMessage();
                    break;
                }
                if (task.check().test(ctx)) {
                    status = lesson.source() + ":" + task.line() + ": task " + (t + 1) + " (" + task.check()
                            + ") is already done in the prepared state";
                }
            }
        } catch (LessonFormatException e) {
            status = e.getMessage();
        } catch (RuntimeException e) {
            status = lesson.source() + ": the prepared state cannot be applied: " + e.getMessage();
        }
        return new Result(id, lesson.title(), lesson.tasks().size(), status);
    }

    static Result run(String id, Lesson lesson) {
        Result checked = check(id, lesson);
        if (!checked.ok()) {
            return checked;
        }
        if (lesson.solution().isEmpty()) {
            return new Result(id, lesson.title(), lesson.tasks().size(), "no scripted solution ('solve:' lines)");
        }
        LessonsViewModel vm = headless(lesson);
        if (!vm.open(0)) {
            return new Result(id, lesson.title(), lesson.tasks().size(), "the lesson cannot be opened");
        }
        for (Lesson.Step step : lesson.solution()) {
            try {
                step.action().perform(vm.context(), step.args());
            } catch (RuntimeException e) {
                return new Result(id, lesson.title(), lesson.tasks().size(), lesson.source() + ":" + step.line()
                        + ": step '" + step + "' failed: " + e.getMessage());
            }
            String error = firstError(vm.context());
            if (error != null) {
                return new Result(id, lesson.title(), lesson.tasks().size(), lesson.source() + ":" + step.line()
                        + ": step '" + step + "' reported: " + error);
            }
            vm.evaluate();
        }
        for (int t = 0; t < lesson.tasks().size(); t++) {
            if (!vm.ticks().get(t)) {
                Lesson.Task task = lesson.tasks().get(t);
                return new Result(id, lesson.title(), lesson.tasks().size(), lesson.source() + ":" + task.line()
                        + ": task " + (t + 1) + " (" + task.check() + ") did not tick after the scripted solution ("
                        + vm.context().finishedRuns() + " runs finished, ending in: " + String.join("; ",
                        vm.context().endsSeen().stream().map(e -> e.label()).toList()) + ")");
            }
        }
        return new Result(id, lesson.title(), lesson.tasks().size(), "ok");
    }

    private static String firstError(LessonContext ctx) {
        for (Notice n : ctx.model().notices().notices()) {
            if (n.level() == Notice.Level.ERROR) {
                return n.title() + ": " + n.text();
            }
        }
        return null;
    }
}
