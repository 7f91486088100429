package org.hopfieldstudio.io;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * One sentence for a failure, for the window and the command line alike. The JDK's file-system exceptions carry
 * only a path as their message ({@code /tmp/x/W.npy}); this says what happened to it.
 */
public final class Problems {
    private Problems() {
    }

    /** What went wrong, in one line, never empty and never just a path. */
    public static String describe(Throwable t) {
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (t instanceof NoSuchFileException e) {
            return "no such file or folder: " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
        }
        if (t instanceof FileAlreadyExistsException e) {
            return "already exists: " + e.getFile();
        }
        if (t instanceof NotDirectoryException e) {
            return "not a folder: " + e.getFile();
        }
        if (t instanceof DirectoryNotEmptyException e) {
            return "folder not empty: " + e.getFile();
        }
        if (t instanceof FileSystemException e) {
            String reason = e.getReason() == null ? "cannot be accessed" : e.getReason();
            String file = e.getFile() == null || e.getFile().isEmpty() ? "(empty file name)" : e.getFile();
            return file + ": " + reason.toLowerCase(Locale.ROOT)
                    + (e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")");
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory (" + (t.getMessage() == null ? "Java heap" : t.getMessage())
                    + "); start Java with a larger heap, e.g. -Xmx4g";
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return oneLine(m);
    }

    /** Line breaks and the blanks around them become "; ". */
    public static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** 16777216 → "16 MiB", 1536 → "1.5 KiB". */
    public static String bytes(long n) {
        if (n >= 1L << 30 && n % (1L << 30) == 0) {
            return (n >> 30) + " GiB";
        }
        if (n >= 1L << 20) {
            return n % (1L << 20) == 0 ? (n >> 20) + " MiB"
                    : String.format(Locale.ROOT, "%.1f MiB", n / (double) (1L << 20));
        }
        if (n >= 1L << 10) {
            return n % (1L << 10) == 0 ? (n >> 10) + " KiB"
                    : String.format(Locale.ROOT, "%.1f KiB", n / (double) (1L << 10));
        }
        return n + " bytes";
    }
}
