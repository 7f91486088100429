package org.hopfieldstudio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defect 16 (issue 7): a saved pattern file gets the permissions of any new file, not mode 600. */
class PatternFilePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void aNewPatternFileGetsTheSamePermissionsAsAnyNewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference.txt")); // what the umask gives a new file
        Path saved = dir.resolve("letters.txt");
        PatternFiles.write(PatternLibrary.load("letters"), saved);
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(PosixFilePermissions.toString(expected),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void overwritingAFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path saved = dir.resolve("letters.txt");
        PatternFiles.write(PatternLibrary.load("letters"), saved);
        Files.setPosixFilePermissions(saved, PosixFilePermissions.fromString("rw-r-----"));
        PatternFiles.write(PatternLibrary.load("digits"), saved);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
    }
}
