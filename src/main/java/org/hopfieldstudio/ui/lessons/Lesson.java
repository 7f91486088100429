package org.hopfieldstudio.ui.lessons;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lesson as read from its file (see {@code lessons/FORMAT.md}): a title, the prepared state, the controls it
 * hides, its "try this" tasks with the checks that tick them, an optional scripted solution and the text.
 *
 * @param source   file or resource name, for messages
 * @param title    shown as the heading
 * @param prepare  the prepared starting state, as header keys (set, stored, protocol, show, noise, …) in file order
 * @param hide     controls the lesson hides (see {@link Lessons#HIDEABLE})
 * @param tasks    the tasks, in order
 * @param solution scripted solution steps (may be empty), for {@code lessons --run}
 * @param body     the Markdown text with {@code $…$} formulas and {@code {{name}}} live numbers
 */
public record Lesson(String source, String title, Map<String, Setting> prepare, Set<String> hide, List<Task> tasks,
                     List<Step> solution, String body) {

    public Lesson {
        prepare = Map.copyOf(prepare);
        hide = Set.copyOf(hide);
        tasks = List.copyOf(tasks);
        solution = List.copyOf(solution);
    }

    /** A header value with the line it came from (for messages raised when it is applied). */
    public record Setting(String value, int line) {
    }

    /**
     * A "try this" task.
     *
     * @param text  what the student is asked to do
     * @param check how the app sees that it is done
     * @param line  its line in the file
     */
    public record Task(String text, Check check, int line) {
    }

    /** One step of the scripted solution: an action with its arguments. */
    public record Step(Action action, List<String> args, int line) {
        @Override
        public String toString() {
            return action.name() + (args.isEmpty() ? "" : " " + String.join(" ", args));
        }
    }
}
