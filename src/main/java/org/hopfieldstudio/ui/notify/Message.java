package org.hopfieldstudio.ui.notify;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the session's message log: a {@link Notice} with the time it was posted, the view it came from and
 * its sequence number (1, 2, … in posting order).
 */
public record Message(long sequence, LocalTime time, String source, Notice notice) {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    public Notice.Level level() {
        return notice.level();
    }

    public String title() {
        return notice.title();
    }

    public String text() {
        return notice.text();
    }

    /** "14:03:27". */
    public String timeText() {
        return HMS.format(time);
    }

    /** "Could not read blocks.txt: line 3: …" (title and reason on one line). */
    public String summary() {
        return text() == null || text().isBlank() ? title() : title() + ": " + text();
    }

    /** One line for the clipboard: "14:03:27  ERROR  Library  Could not read x.txt: line 3: …". */
    public String toLogLine() {
        return timeText() + "  " + level() + "  " + (source.isEmpty() ? "-" : source) + "  " + summary();
    }

    /** The full message for the log's detail pane: time, severity and source, then title and text. */
    public String detailText() {
        return timeText() + "  ·  " + level().name().toLowerCase(java.util.Locale.ROOT)
                + (source.isEmpty() ? "" : "  ·  " + source) + "\n" + title()
                + (text() == null || text().isBlank() ? "" : "\n\n" + text());
    }
}
