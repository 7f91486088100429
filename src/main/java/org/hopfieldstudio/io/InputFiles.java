package org.hopfieldstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one door through which every input file is read (pattern files, images, {@code .npy}): regular files only,
 * and never more than a cap, counted while reading.
 *
 * <p>N.B. the type is checked <em>before</em> opening: opening a named pipe blocks until a writer appears, and
 * {@code /dev/zero} or {@code /proc} files report a size of 0 while being endless, so {@code Files.size} proves
 * nothing. A file that grows while it is read is cut off at the cap and refused.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** The name shown to the user: the file name without its directories (the whole path when it has none). */
    public static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * Throws unless {@code file} is a regular file (symbolic links are followed). Nothing is opened.
     *
     * @param what what the file should be, for messages, e.g. "pattern file"
     * @throws InputFormatException naming the file: missing, a directory, a pipe, a device or another special file
     */
    public static BasicFileAttributes requireRegular(Path file, String what) throws InputFormatException {
        String source = displayName(file);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputFormatException(source, 0, "no such file (" + file + ")", e);
        } catch (IOException e) {
            throw new InputFormatException(source, 0, "cannot be read: " + Problems.describe(e), e);
        }
        if (a.isDirectory()) {
            throw new InputFormatException(source, 0, "is a folder, not a " + what);
        }
        if (!a.isRegularFile()) {
            String kind = a.isSymbolicLink() || a.isOther() ? specialKind(file) : "special file";
            throw new InputFormatException(source, 0, "is a " + kind + ", not a regular file; only regular files are "
                    + "read as a " + what);
        }
        return a;
    }

    private static String specialKind(Path file) {
        try {
            Object fifo = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (fifo instanceof Integer mode) {
                return switch (mode & 0xF000) {
                    case 0x1000 -> "named pipe";
                    case 0x2000 -> "character device";
                    case 0x6000 -> "block device";
                    case 0xC000 -> "socket";
                    default -> "special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // fall through: not a unix file system
        }
        return "special file";
    }

    /**
     * Reads a whole regular file, refusing it once more than {@code maxBytes} have been read.
     *
     * @param what for messages, e.g. "pattern file"
     * @throws InputFormatException naming the file when it is not a regular file, too large or unreadable
     */
    public static byte[] readAll(Path file, long maxBytes, String what) throws InputFormatException {
        requireRegular(file, what);
        String source = displayName(file);
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            return readCapped(in, maxBytes, source, what);
        } catch (InputFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new InputFormatException(source, 0, "cannot be read: " + Problems.describe(e), e);
        }
    }

    /** Reads a stream up to {@code maxBytes}; refuses it, naming {@code source}, when it holds more. */
    public static byte[] readCapped(InputStream in, long maxBytes, String source, String what) throws IOException {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
            throw new InputFormatException(source, 0, "file is larger than the " + Problems.bytes(maxBytes)
                    + " limit for a " + what);
        }
        return bytes;
    }

    /**
     * Opens a regular file for reading as a channel (for large binary files read in chunks, e.g. {@code .npy}).
     *
     * @throws InputFormatException naming the file when it is not a regular file or cannot be opened
     */
    public static FileChannel openChannel(Path file, String what) throws InputFormatException {
        requireRegular(file, what);
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new InputFormatException(displayName(file), 0, "cannot be read: " + Problems.describe(e), e);
        }
    }
}
