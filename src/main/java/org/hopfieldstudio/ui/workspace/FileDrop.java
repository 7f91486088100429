package org.hopfieldstudio.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hopfieldstudio.io.WorkspaceFiles;
import org.hopfieldstudio.ui.library.LibraryViewModel;
import org.hopfieldstudio.ui.notify.Notice;
import org.hopfieldstudio.ui.notify.NoticeBoard;

/**
 * Files dropped onto the window (issue 8, point 2): a {@code .hopfield} workspace opens (through the File menu's
 * flow, which asks about unsaved changes); a pattern file or a PNG image asks whether to add it to the stored
 * patterns or replace them, then goes through the library's undoable commands. Anything else is refused in the
 * status bar with the reason and what to drop instead. No Nodes: the window passes the dropped paths and the question.
 */
public final class FileDrop {
    /** The answer to "Add to the library or replace it?". */
    public enum Choice {
        ADD, REPLACE, CANCEL
    }

    private final LibraryViewModel library;
    private final Consumer<Path> openWorkspace;
    private final NoticeBoard notices;
    private final Function<Path, Choice> ask;

    /**
     * @param openWorkspace opens a workspace after asking about unsaved changes ({@link WorkspaceActions#open(Path)})
     * @param ask           asks Add to the library / Replace it / Cancel for a pattern file or image
     */
    public FileDrop(LibraryViewModel library, Consumer<Path> openWorkspace, NoticeBoard notices,
                    Function<Path, Choice> ask) {
        this.library = library;
        this.openWorkspace = openWorkspace;
        this.notices = notices;
        this.ask = ask;
    }

    /** Whether a drag carrying these files can be dropped (any files: a drop that cannot be used says why). */
    public static boolean accepts(List<Path> files) {
        return files != null && !files.isEmpty();
    }

    /** Handles a drop; returns whether something was started. */
    public boolean drop(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return false;
        }
        if (files.size() > 1) {
            notices.post(Notice.warning("Dropped " + files.size() + " files", "Drop one file at a time: a workspace ("
                    + WorkspaceFiles.EXTENSION + "), a pattern file or a PNG image. Nothing was changed."));
            return false;
        }
        Path f = files.get(0);
        String name = String.valueOf(f.getFileName());
        if (Files.isDirectory(f)) {
            notices.post(Notice.error("Could not open " + name, name + " is a folder. Drop a workspace ("
                    + WorkspaceFiles.EXTENSION + "), a pattern file or a PNG image from it. Nothing was changed."));
            return false;
        }
        if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
            notices.post(Notice.error("Could not open " + name, name + (Files.exists(f) ? " cannot be read (check "
                    + "its permissions)" : " does not exist (moved or deleted?)") + ". Nothing was changed."));
            return false;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(WorkspaceFiles.EXTENSION)) {
            openWorkspace.accept(f);
            return true;
        }
        boolean image = LibraryViewModel.isImage(f);
        return switch (ask.apply(f)) {
            case ADD -> image ? library.addImage(f) : library.addFile(f);
            case REPLACE -> image ? library.replaceWithImage(f) : library.loadFile(f);
            case CANCEL -> false;
        };
    }
}
