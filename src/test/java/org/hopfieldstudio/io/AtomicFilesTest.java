package org.hopfieldstudio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.imageio.ImageIO;
import org.hopfieldstudio.core.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports replace a file whole or not at all. */
class AtomicFilesTest {
    private static List<Path> files(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("figure.png");
        Files.writeString(f, "the old figure");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, tmp -> {
            Files.writeString(tmp, "half a fig");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("the old figure", Files.readString(f));
        assertEquals(List.of(f), files(dir));
    }

    @Test
    void patternPngExportReplacesTheFileWholeAndKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("A.png");
        Files.writeString(f, "not a png");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        Pattern p = new Pattern("A", 2, 3, new byte[] {1, -1, 1, -1, 1, -1});
        PatternImages.exportPng(p, f, 4);
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(12, img.getWidth());
        assertEquals(8, img.getHeight());
        assertEquals(0xff000000, img.getRGB(0, 0), "+1 is black");
        assertEquals(0xffffffff, img.getRGB(4, 0), "−1 is white");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of(f), files(dir));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(Files.readAllBytes(f), 4));
    }
}
