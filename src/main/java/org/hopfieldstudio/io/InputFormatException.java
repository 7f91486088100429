package org.hopfieldstudio.io;

import java.io.IOException;

/**
 * An input file that cannot be read as what it should be (a pattern file, an image, a {@code .npy} array): the
 * message names the source and, where there is one, the 1-based line, e.g.
 * {@code W.npy: shape (3, -1) has a negative dimension}.
 *
 * <p>N.B. a checked {@link IOException}: bad input is an expected event that every caller (UI, CLI) must report,
 * and whoever already handles I/O errors handles this one too. Every reader in {@code io} lets only this type
 * (and its subclass {@link PatternFormatException}) out for bad content.
 */
public class InputFormatException extends IOException {
    private final String source;
    private final int line;
    private final String detail;

    /**
     * @param source file or resource name as shown to the user
     * @param line   1-based line number, or 0 when the problem concerns the whole file
     * @param detail what is wrong, without the source and line
     */
    public InputFormatException(String source, int line, String detail) {
        super(prefix(source, line) + detail);
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    /** As {@link #InputFormatException(String, int, String)}, keeping {@code cause} (e.g. a decoder's error). */
    public InputFormatException(String source, int line, String detail, Throwable cause) {
        super(prefix(source, line) + detail, cause);
        this.source = source;
        this.line = line;
        this.detail = detail;
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

    /** What is wrong, without source and line. */
    public String detail() {
        return detail;
    }
}
