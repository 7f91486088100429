package org.hopfieldstudio.io;

import java.io.IOException;

/**
 * A pattern file or image that cannot be read as patterns: the message names the source and, where there is
 * one, the 1-based line, e.g. {@code letters.txt line 14: row has 9 cells, expected 10 (pattern 'B' is 10×10)}.
 *
 * <p>N.B. a checked {@link IOException}: bad input is an expected event that every caller (UI, CLI) must
 * report, and whoever already handles I/O errors handles this one too.
 */
public class PatternFormatException extends IOException {
    private final String source;
    private final int line;

    /**
     * @param source file or resource name as shown to the user
     * @param line   1-based line number, or 0 when the problem concerns the whole file
     * @param detail what is wrong, without the source and line
     */
    public PatternFormatException(String source, int line, String detail) {
        super(prefix(source, line) + detail);
        this.source = source;
        this.line = line;
    }

    /** As {@link #PatternFormatException(String, int, String)}, keeping {@code cause} (e.g. an image decoder's error). */
    public PatternFormatException(String source, int line, String detail, Throwable cause) {
        super(prefix(source, line) + detail, cause);
        this.source = source;
        this.line = line;
    }

    private static String prefix(String source, int line) {
        return line > 0 ? source + " line " + line + ": " : source + ": ";
    }

    /** The file or resource name as shown to the user. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
