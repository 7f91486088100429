package org.hopfieldstudio.ui.lessons;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lesson file (format: {@code lessons/FORMAT.md}): a header between two {@code ---} lines of
 * {@code key: value} lines, then the Markdown text. Every problem is a {@link LessonFormatException} with the file
 * and line; nothing is half-read.
 */
public final class LessonParser {
    /** Lesson files larger than this are refused (the longest bundled one is a few kB). */
    public static final int MAX_BYTES = 256 * 1024;
    /** At most this many tasks per lesson. */
    public static final int MAX_TASKS = 8;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

    private LessonParser() {
    }

    /** Parses {@code bytes} (UTF-8) read from {@code source}. */
    public static Lesson parse(String source, byte[] bytes) throws LessonFormatException {
        if (bytes.length > MAX_BYTES) {
            throw new LessonFormatException(source, 0, "the file has " + bytes.length + " bytes; a lesson may have at "
                    + "most " + MAX_BYTES);
        }
        String text = decode(source, bytes);
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length || !lines[i].strip().equals("---")) {
            throw new LessonFormatException(source, Math.min(i + 1, lines.length), "a lesson starts with a header "
                    + "between two '---' lines (title, prepared state, tasks); see lessons/FORMAT.md");
        }
        int headerStart = i + 1;
        int end = -1;
        for (int k = headerStart; k < lines.length; k++) {
            if (lines[k].strip().equals("---")) {
                end = k;
                break;
            }
        }
        if (end < 0) {
            throw new LessonFormatException(source, headerStart, "the header opened here has no closing '---' line");
        }
        String title = null;
        Map<String, Lesson.Setting> prepare = new LinkedHashMap<>();
        Set<String> hide = new LinkedHashSet<>();
        boolean hideSeen = false;
        List<Lesson.Task> tasks = new ArrayList<>();
        List<Lesson.Step> solution = new ArrayList<>();
        for (int k = headerStart; k < end; k++) {
            int lineNo = k + 1;
            String line = lines[k].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new LessonFormatException(source, lineNo, "expected 'key: value', got '" + clip(line) + "'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            try {
                switch (key) {
                    case "title" -> {
                        if (title != null) {
                            throw new IllegalArgumentException("the title is given twice");
                        }
                        if (value.isEmpty()) {
                            throw new IllegalArgumentException("the title is empty");
                        }
                        title = value;
                    }
                    case "task" -> {
                        if (tasks.size() == MAX_TASKS) {
                            throw new IllegalArgumentException("a lesson has at most " + MAX_TASKS + " tasks");
                        }
                        tasks.add(task(value, lineNo));
                    }
                    case "solve" -> solution.add(step(value, lineNo));
                    case "hide" -> {
                        if (hideSeen) {
                            throw new IllegalArgumentException("'hide' is given twice; list every control on one line");
                        }
                        hideSeen = true;
                        for (String h : Lessons.list(value)) {
                            if (!Lessons.HIDEABLE.contains(h)) {
                                throw new IllegalArgumentException("cannot hide '" + h + "' (known: "
                                        + String.join(", ", Lessons.HIDEABLE) + ")");
                            }
                            hide.add(h);
                        }
                    }
                    default -> {
                        if (!Lessons.PREPARE_KEYS.contains(key)) {
                            throw new IllegalArgumentException("unknown key '" + key + "' (known: title, task, solve, "
                                    + "hide, " + String.join(", ", Lessons.PREPARE_KEYS) + ")");
                        }
                        if (prepare.containsKey(key)) {
                            throw new IllegalArgumentException("'" + key + "' is given twice");
                        }
                        Lessons.validateSetting(key, value);
                        prepare.put(key, new Lesson.Setting(value, lineNo));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new LessonFormatException(source, lineNo, e.getMessage());
            }
        }
        if (title == null) {
            throw new LessonFormatException(source, headerStart + 1, "the header has no 'title:'");
        }
        if (tasks.isEmpty()) {
            throw new LessonFormatException(source, headerStart + 1, "the lesson has no 'task:' (each lesson asks the "
                    + "student to do at least one thing the app can check)");
        }
        if (prepare.containsKey("stored") && !prepare.containsKey("set")) {
            throw new LessonFormatException(source, prepare.get("stored").line(), "'stored' picks patterns of a "
                    + "bundled set; give the set with 'set:'");
        }
        if (prepare.containsKey("workspace")) {
            for (String k : List.of("set", "stored", "random", "grid", "protocol")) {
                if (prepare.containsKey(k)) {
                    throw new LessonFormatException(source, prepare.get(k).line(), "'" + k + "' and 'workspace' "
                            + "both give the stored patterns and W; the workspace has them, so leave '" + k + "' out");
                }
            }
        }
        if (prepare.containsKey("random") && prepare.containsKey("set")) {
            throw new LessonFormatException(source, prepare.get("random").line(), "give either 'set' or 'random', "
                    + "not both");
        }
        StringBuilder body = new StringBuilder();
        for (int k = end + 1; k < lines.length; k++) {
            checkBodyLine(source, k + 1, lines[k]);
            body.append(lines[k]).append('\n');
        }
        if (body.toString().isBlank()) {
            throw new LessonFormatException(source, end + 1, "the lesson has no text after the header");
        }
        return new Lesson(source, title, prepare, hide, tasks, solution, body.toString().strip());
    }

    private static Lesson.Task task(String value, int line) {
        int bar = value.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("a task reads 'task: <check> <arguments> | <what to do>'");
        }
        String text = value.substring(bar + 1).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the task has no text after '|'");
        }
        Check check = Check.parse(words(value.substring(0, bar)));
        return new Lesson.Task(text, check, line);
    }

    private static Lesson.Step step(String value, int line) {
        List<String> w = words(value);
        if (w.isEmpty()) {
            throw new IllegalArgumentException("'solve:' needs a step (one of " + Action.idList() + ")");
        }
        Action a = Action.byId(w.get(0));
        if (a == null) {
            throw new IllegalArgumentException("unknown step '" + w.get(0) + "' (known: " + Action.idList() + ")");
        }
        List<String> args = List.copyOf(w.subList(1, w.size()));
        a.validate(args);
        return new Lesson.Step(a, args, line);
    }

    private static List<String> words(String s) {
        String t = s.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static void checkBodyLine(String source, int line, String text) throws LessonFormatException {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!LiveNumbers.NAMES.contains(m.group(1))) {
                throw new LessonFormatException(source, line, "unknown live number {{" + m.group(1) + "}} (known: "
                        + String.join(", ", LiveNumbers.NAMES) + ")");
            }
        }
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (Character.isISOControl(ch) && ch != '\t') {
                throw new LessonFormatException(source, line, String.format(Locale.ROOT,
                        "control character U+%04X in the text", (int) ch));
            }
        }
        if (Formulas.unbalanced(text)) {
            throw new LessonFormatException(source, line, "a formula opened with '$' is not closed on the same line");
        }
        for (Formulas.Run run : Formulas.split(text)) {
            if (run.formula() && !org.hopfieldstudio.ui.math.Tex.of(run.text()).valid()) {
                throw new LessonFormatException(source, line, "the formula $" + run.text() + "$ is not valid LaTeX "
                        + "(JLaTeXMath cannot read it)");
            }
        }
    }

    private static String decode(String source, byte[] bytes) throws LessonFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            int line = 1;
            // find the first bad byte by decoding growing prefixes line by line
            int start = 0;
            for (int k = 0; k <= bytes.length; k++) {
                if (k == bytes.length || bytes[k] == '\n') {
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .decode(ByteBuffer.wrap(bytes, start, k - start));
                    } catch (CharacterCodingException bad) {
                        break;
                    }
                    line++;
                    start = k + 1;
                }
            }
            throw new LessonFormatException(source, line, "the text is not valid UTF-8");
        }
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
