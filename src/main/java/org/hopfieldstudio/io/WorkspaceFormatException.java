package org.hopfieldstudio.io;

import java.io.IOException;

/**
 * A file that cannot be opened as a workspace: not a zip, a missing or malformed entry, an unknown format or a
 * newer version, W that does not fit the patterns, … The message names the file and, where there is one, the entry
 * inside the archive (and its line for {@code patterns.txt}), e.g.
 * {@code lesson.hopfield: workspace.json: grid.rows must be an integer, got "ten"}.
 *
 * <p>N.B. checked, as {@link PatternFormatException}: every caller must say it, and nothing of the open workspace
 * changes when it is thrown (reading completes before anything is applied).
 */
public class WorkspaceFormatException extends IOException {
    public WorkspaceFormatException(String message) {
        super(message);
    }

    public WorkspaceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
