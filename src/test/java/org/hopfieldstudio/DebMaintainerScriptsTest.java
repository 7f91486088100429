package org.hopfieldstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's postinst and prerm (src/dist/deb, jpackage templates) as jpackage fills them in, run under /bin/sh in a
 * fake root: /usr and /opt in the scripts point into a temporary folder, and xdg-desktop-menu and xdg-mime are fakes
 * that, like the real ones, fail with "No writable system menu directory found." where the system folder is missing.
 * Minimal systems (containers) have no /usr/share/applications; installing failed there.
 */
class DebMaintainerScriptsTest {
    /** What jpackage 17 puts in place of DESKTOP_COMMANDS_INSTALL for this app (read from a built .deb). */
    private static final String INSTALL = """
            xdg-desktop-menu install /opt/hopfield-studio/lib/hopfield-studio-hopfield-studio.desktop
            xdg-mime install /opt/hopfield-studio/lib/hopfield-studio-hopfield-studio-MimeInfo.xml
            xdg-desktop-menu install /opt/hopfield-studio/lib/hopfield-studio-hopfield.desktop
            """;
    private static final String UNINSTALL = """
            xdg-desktop-menu uninstall /opt/hopfield-studio/lib/hopfield-studio-hopfield-studio.desktop
            xdg-mime uninstall /opt/hopfield-studio/lib/hopfield-studio-hopfield-studio-MimeInfo.xml
            xdg-desktop-menu uninstall /opt/hopfield-studio/lib/hopfield-studio-hopfield.desktop
            """;

    @TempDir
    Path tmp;
    private Path root;
    private Path bin;

    @BeforeEach
    void fakeRoot() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        root = tmp.resolve("root");
        Files.createDirectories(root.resolve("usr/bin"));
        Path app = Files.createDirectories(root.resolve("opt/hopfield-studio/lib/app"));
        Files.writeString(app.resolve("app-cds.sh"), "echo archive > \"${0%/*}/hopfield.jsa\"\n");
        bin = Files.createDirectories(tmp.resolve("bin"));
        // like xdg-utils: the system folder (applications, or mime/packages for xdg-mime) must exist and be writable
        fake("xdg-desktop-menu", "applications", "No writable system menu directory found.");
        fake("xdg-mime", "mime/packages", "No writable system mimetypes directory found.");
    }

    @Test
    void postinstMakesTheMenuFoldersAMinimalSystemLacksAndRegistersEverything() throws Exception {
        Result r = run("postinst", "DESKTOP_COMMANDS_INSTALL", INSTALL);
        assertEquals(0, r.exit, r.err);
        assertEquals(List.of("xdg-desktop-menu install", "xdg-mime install", "xdg-desktop-menu install"),
                Files.readAllLines(tmp.resolve("calls")), "every desktop step ran and succeeded");
        assertTrue(Files.isSymbolicLink(root.resolve("usr/bin/hopfield")), "the command line is linked");
        assertTrue(Files.exists(root.resolve("opt/hopfield-studio/lib/app/hopfield.jsa")), "the archive was written");
        assertEquals("", r.err);
    }

    @Test
    void aDesktopStepThatStillFailsLeavesTheAppInstalledWithAWarning() throws Exception {
        Files.writeString(tmp.resolve("fail"), ""); // the fakes fail whatever the folders
        Result r = run("postinst", "DESKTOP_COMMANDS_INSTALL", INSTALL);
        assertEquals(0, r.exit, r.err);
        assertTrue(r.err.contains("No writable system menu directory found."), r.err);
        assertTrue(r.err.contains("could not be registered") && r.err.contains("hopfield-install-desktop"), r.err);
        assertTrue(Files.isSymbolicLink(root.resolve("usr/bin/hopfield")), "the command line is still linked");
        assertTrue(Files.exists(root.resolve("opt/hopfield-studio/lib/app/hopfield.jsa")));
    }

    @Test
    void prermRemovesThePackageEvenWhereTheMenuFoldersAreMissing() throws Exception {
        Path archive = Files.writeString(root.resolve("opt/hopfield-studio/lib/app/hopfield.jsa"), "archive");
        Result r = run("prerm", "DESKTOP_COMMANDS_UNINSTALL", UNINSTALL);
        assertEquals(0, r.exit, r.err);
        assertEquals(List.of("xdg-desktop-menu uninstall failed", "xdg-mime uninstall failed",
                "xdg-desktop-menu uninstall failed"), Files.readAllLines(tmp.resolve("calls")),
                "every desktop step was tried");
        assertTrue(!Files.exists(archive), "the start-up archive is removed");
    }

    private void fake(String name, String folder, String message) throws IOException {
        Path f = bin.resolve(name);
        Files.writeString(f, "#!/bin/sh\n"
                + "if [ -e \"$FAKE_TMP/fail\" ] || ! [ -w \"$FAKE_ROOT/usr/share/" + folder + "\" ]; then\n"
                + "  echo \"" + name + " $1 failed\" >> \"$FAKE_TMP/calls\"\n"
                + "  echo \"" + name + ": " + message + "\" >&2; exit 3\n"
                + "fi\n"
                + "echo \"" + name + " $1\" >> \"$FAKE_TMP/calls\"\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Result(int exit, String err) {
    }

    /** The script with jpackage's placeholder filled in and /usr and /opt moved into the fake root, run with "configure" or "remove". */
    private Result run(String script, String placeholder, String commands) throws Exception {
        String text = Files.readString(Path.of("src/dist/deb", script))
                .replace("UTILITY_SCRIPTS", "")
                .replace(placeholder, commands)
                .replace("APPLICATION_PACKAGE", "hopfield-studio")
                .replace("/usr/", root + "/usr/")
                .replace("/opt/", root + "/opt/");
        Path file = tmp.resolve(script);
        Files.writeString(file, text);
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", file.toString(), script.equals("postinst") ? "configure" : "remove");
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("FAKE_ROOT", root.toString());
        pb.environment().put("FAKE_TMP", tmp.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        return new Result(p.waitFor(), err);
    }
}
