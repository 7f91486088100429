package org.hopfieldstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's Linux launchers are shell scripts written by src/dist/make-launcher.sh from jpackage's .cfg files
 * (issue 12, start-up). Run against a fake image whose {@code lib/runtime/bin/java} prints its arguments: the script
 * must pass the .cfg's options, class path and main class with {@code $APPDIR} resolved to the image wherever it is
 * and however it is called (directly, through a symbolic link, without readlink on the PATH), and every argument
 * unchanged.
 */
class LauncherScriptTest {
    @TempDir
    Path tmp;
    private Path image;
    private Path launcher;

    @BeforeEach
    void fakeImage() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        image = tmp.resolve("unpacked here/hopfield-studio");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(app.resolve("hopfield.cfg"), """
                [Application]
                app.classpath=$APPDIR/hopfield-studio.jar
                app.mainclass=org.hopfieldstudio.cli.HopfieldCli
                app.classpath=$APPDIR/picocli-4.7.6.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-Djava.library.path=$APPDIR/native
                java-options=-Xlog:all=warning:stderr
                """);
        launcher = image.resolve("bin/hopfield");
        Process p = new ProcessBuilder("sh", "src/dist/make-launcher.sh", app.resolve("hopfield.cfg").toString(),
                launcher.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void passesTheCfgOptionsClassPathMainClassAndArgumentsWithTheImageFolderResolved() throws Exception {
        String appDir = image.toRealPath().resolve("lib/app").toString();
        List<String> expected = new ArrayList<>(List.of(
                "-Djpackage.app-path=" + launcher.toRealPath(),
                "-Djpackage.app-version=0.1.0",
                "-Djava.library.path=" + appDir + "/native",
                "-Xlog:all=warning:stderr",
                "-cp", appDir + "/hopfield-studio.jar:" + appDir + "/picocli-4.7.6.jar",
                "org.hopfieldstudio.cli.HopfieldCli",
                "recall", "--set", "two words", "it's $HOME \"quoted\" *"));
        assertEquals(expected, run(launcher.toString(), Map.of(), "recall", "--set", "two words",
                "it's $HOME \"quoted\" *"));
        Path link = Files.createDirectories(tmp.resolve("bin")).resolve("hopfield");
        Files.createSymbolicLink(link, launcher);
        List<String> viaLink = run(link.toString(), Map.of(), "recall", "--set", "two words", "it's $HOME \"quoted\" *");
        assertEquals(expected, viaLink, "called through a link (~/.local/bin/hopfield, /usr/bin/hopfield)");
        assertEquals(expected, run(link.toString(), Map.of("PATH", tmp.resolve("empty").toString()), "recall",
                "--set", "two words", "it's $HOME \"quoted\" *"), "no readlink on the PATH");
    }

    @Test
    void refusesOptionsTheShellWouldInterpret() throws Exception {
        Path cfg = image.resolve("lib/app/bad.cfg");
        Files.writeString(cfg, "app.mainclass=x.Main\napp.classpath=$APPDIR/a.jar\njava-options=-Dx=`id`\n");
        Process p = new ProcessBuilder("sh", "src/dist/make-launcher.sh", cfg.toString(),
                image.resolve("bin/bad").toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertNotEquals(0, p.waitFor());
        assertEquals(false, Files.exists(image.resolve("bin/bad")));
    }

    private List<String> run(String command, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertEquals("", err);
        return out.lines().toList();
    }
}
