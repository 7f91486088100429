package org.hopfieldstudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hopfieldstudio.ui.lessons.LessonFormatException;
import org.hopfieldstudio.ui.lessons.LessonRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lessons --check|--run [PATH]}: validates lessons headless, or plays their scripted solutions and checks that
 * every task ticks. N.B. the lessons run on the studio's view models (JavaFX properties, no toolkit and no window),
 * which is why this command reaches into {@code ui.lessons}.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "Check lessons (each parses, its prepared state loads, its checks are valid and none is done at "
                + "the start) or run their scripted solutions and check that every task ticks. One CSV row per "
                + "lesson: lesson,title,tasks,status. Exit code 3 when a lesson fails.")
final class LessonsCommand extends Common implements Callable<Integer> {
    /** Exit code when at least one lesson fails its check or run. */
    static final int EXIT_LESSON_FAILED = 3;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--check", required = true, description = "Validate the lessons.")
        boolean check;

        @Option(names = "--run", required = true, description = "Play each lesson's scripted solution.")
        boolean run;
    }

    @Parameters(arity = "0..1", paramLabel = "PATH",
            description = "A lesson file or a folder of lessons (default: the bundled track).")
    Path path;

    @Override
    Out.Format defaultFormat() {
        return Out.Format.CSV;
    }

    @Override
    public Integer call() throws Exception {
        Out.Format f = format();
        if (path != null && !java.nio.file.Files.exists(path)) {
            throw new IllegalArgumentException("no such lesson file or folder: " + path);
        }
        List<LessonRunner.Result> results;
        try {
            results = mode.check ? LessonRunner.check(path) : LessonRunner.run(path);
        } catch (LessonFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LessonRunner.Result r : results) {
            Map<String, Object> row = Out.row();
            row.put("lesson", r.lesson());
            row.put("title", r.title());
            row.put("tasks", r.tasks());
            row.put("status", r.status());
            rows.add(row);
        }
        Out.print(out(), f, rows, false);
        return results.stream().allMatch(LessonRunner.Result::ok) ? 0 : EXIT_LESSON_FAILED;
    }
}
