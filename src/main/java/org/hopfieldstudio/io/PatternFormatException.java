package org.hopfieldstudio.io;

/**
 * A pattern file or image that cannot be read as patterns: the message names the source and, where there is
 * one, the 1-based line, e.g. {@code letters.txt line 14: row has 9 cells, expected 10 (pattern 'B' is 10×10)}.
 *
 * <p>N.B. a checked {@link java.io.IOException} (through {@link InputFormatException}): bad input is an expected
 * event that every caller (UI, CLI) must report, and whoever already handles I/O errors handles this one too.
 */
public class PatternFormatException extends InputFormatException {
    /**
     * @param source file or resource name as shown to the user
     * @param line   1-based line number, or 0 when the problem concerns the whole file
     * @param detail what is wrong, without the source and line
     */
    public PatternFormatException(String source, int line, String detail) {
        super(source, line, detail);
    }

    /** As {@link #PatternFormatException(String, int, String)}, keeping {@code cause} (e.g. an image decoder's error). */
    public PatternFormatException(String source, int line, String detail, Throwable cause) {
        super(source, line, detail, cause);
    }

    /** The same problem as a pattern-format problem (for readers that go through {@link InputFiles}). */
    static PatternFormatException of(InputFormatException e) {
        return e instanceof PatternFormatException p ? p
                : new PatternFormatException(e.source(), e.line(), e.detail(), e.getCause() == null ? e : e.getCause());
    }
}
