package org.hopfieldstudio.ui.lessons;

/** A lesson file that cannot be used: the message names the file and, where there is one, the line. */
public final class LessonFormatException extends Exception {
    private final String file;
    private final int line;

    public LessonFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file (or resource) name. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
