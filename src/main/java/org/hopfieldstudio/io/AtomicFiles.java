package org.hopfieldstudio.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either replaced whole or left as it was: the content goes to a temporary file next
 * to the target (with the permissions a new file gets, or the target's own), which then replaces the target in
 * one move. A failure or a crash half-way leaves the old file and no temporary one.
 */
public final class AtomicFiles {
    /** Writes the whole content to the given (temporary) file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * A new empty temporary file next to {@code target}, for content written over time (an animation's frames);
     * finish with {@link #replace} or delete it.
     */
    public static Path newSibling(Path target) throws IOException {
        return PatternFiles.newSibling(target.toAbsolutePath());
    }

    /** Moves a completely written temporary file over {@code target} in one step. */
    public static void replace(Path tmp, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes {@code content} to {@code target}, replacing it only once the content is completely written. */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = PatternFiles.newSibling(abs);
        try {
            content.writeTo(tmp);
            replace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
