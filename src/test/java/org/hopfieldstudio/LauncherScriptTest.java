package org.hopfieldstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
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
        // N.B. a class-data-sharing dump (src/dist/app-cds.sh) is recorded in lib/runtime/bin/dumps and writes its
        // archive unless lib/runtime/bin/fail-dump exists; any other call prints its arguments
        Files.writeString(java, """
                #!/bin/sh
                here=${0%/*}
                if [ "$1" = -Xshare:dump ]; then
                  printf '%s\\n' "$@" >> "$here/dumps"
                  [ -e "$here/fail-dump" ] && exit 1
                  for a in "$@"; do case $a in -XX:SharedArchiveFile=*) echo archive > "${a#*=}" ;; esac; done
                  exit 0
                fi
                for a in "$@"; do printf '%s\\n' "$a"; done
                """);
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

    @Test
    void passesTheApplicationArchiveOnlyInTheFolderItWasWrittenFor() throws Exception {
        Path app = image.resolve("lib/app");
        Files.writeString(app.resolve("hopfield.jsa"), "archive");
        String appDir = image.toRealPath().resolve("lib/app").toString();
        Files.writeString(app.resolve("hopfield.jsa.where"), appDir + "\n");
        assertEquals("-XX:SharedArchiveFile=" + appDir + "/hopfield.jsa", run(launcher.toString(), Map.of()).get(0));

        Path moved = Files.createDirectories(tmp.resolve("moved")).resolve("hopfield-studio");
        Files.move(image, moved);
        List<String> args = run(moved.resolve("bin/hopfield").toString(), Map.of());
        assertEquals("-Djpackage.app-path=" + moved.toRealPath().resolve("bin/hopfield"), args.get(0),
                "an archive written for another folder is not passed (JDK 17 would refuse it, and all sharing with it)");
    }

    @Test
    void theFirstRunFromAWritableFolderWritesTheArchiveInTheBackgroundForTheNextRuns() throws Exception {
        Path app = installArchiveScript();
        List<String> first = run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        assertEquals(false, first.get(0).startsWith("-XX:SharedArchiveFile"), "no archive yet");
        String appDir = image.toRealPath().resolve("lib/app").toString();
        Path where = app.resolve("hopfield.jsa.where");
        waitFor(where);
        assertEquals(appDir, Files.readString(where).strip());
        assertEquals("archive", Files.readString(app.resolve("hopfield.jsa")).strip());
        List<String> dump = Files.readAllLines(image.resolve("lib/runtime/bin/dumps"));
        int cp = dump.indexOf("-cp");
        assertEquals(first.get(first.indexOf("-cp") + 1), dump.get(cp + 1),
                "the archive is dumped with the launcher's class path, exactly");
        assertEquals(true, dump.contains("-XX:SharedClassListFile=" + appDir + "/hopfield.classlist"), dump.toString());

        assertEquals("-XX:SharedArchiveFile=" + appDir + "/hopfield.jsa", run(launcher.toString(), Map.of()).get(0),
                "the next run uses it");
        waitFor(null);
        assertEquals(1, Files.readAllLines(image.resolve("lib/runtime/bin/dumps")).stream()
                .filter("-Xshare:dump"::equals).count(), "dumped once");
    }

    @Test
    void aDumpThatFailsIsNotTriedAgainByTheLaunchers() throws Exception {
        Path app = installArchiveScript();
        Files.writeString(image.resolve("lib/runtime/bin/fail-dump"), "");
        run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        waitFor(app.resolve("hopfield.jsa.failed"));
        waitFor(null);
        List<String> second = run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        assertEquals(false, second.get(0).startsWith("-XX:SharedArchiveFile"));
        Thread.sleep(500);
        assertEquals(false, Files.exists(app.resolve("hopfield.jsa.lock")), "no second attempt under way");
        assertEquals(1, Files.readAllLines(image.resolve("lib/runtime/bin/dumps")).stream()
                .filter("-Xshare:dump"::equals).count());
        assertEquals(false, Files.exists(app.resolve("hopfield.jsa")));
    }

    /**
     * A dump killed by a power loss leaves its lock (and its temporary archive): the next run takes the lock over when
     * the PID in it is no longer alive, or when it is older than ten minutes, and writes the archive after all.
     */
    @Test
    void aLockLeftByADumpWhoseJobIsGoneIsTakenOver() throws Exception {
        Path app = installArchiveScript();
        Path lock = Files.createDirectories(app.resolve("hopfield.jsa.lock"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(lock.resolve("pid"), gone.pid() + "\n");
        run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        waitFor(app.resolve("hopfield.jsa.where"));
        waitFor(null);
        assertEquals("archive", Files.readString(app.resolve("hopfield.jsa")).strip());
        assertEquals(1, dumps());
    }

    @Test
    void aLockOlderThanTenMinutesIsTakenOverEvenWithoutAPidAndItsTemporaryArchiveGoes() throws Exception {
        Path app = installArchiveScript();
        Path lock = Files.createDirectories(app.resolve("hopfield.jsa.lock")); // lost before its PID was written
        Path leftover = Files.writeString(app.resolve("hopfield.jsa.4242"), "half an archive");
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofMinutes(11)));
        Files.setLastModifiedTime(leftover, old);
        Files.setLastModifiedTime(lock, old);
        run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        waitFor(app.resolve("hopfield.jsa.where"));
        waitFor(null);
        assertEquals(1, dumps());
        assertEquals(false, Files.exists(leftover), "the temporary archive of the killed dump is removed");
    }

    @Test
    void aLockWhoseJobStillRunsIsLeftAloneForTenMinutes() throws Exception {
        Path app = installArchiveScript();
        Path lock = Files.createDirectories(app.resolve("hopfield.jsa.lock"));
        Files.writeString(lock.resolve("pid"), ProcessHandle.current().pid() + "\n"); // alive: this JVM
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(9))));
        run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        Thread.sleep(500);
        assertEquals(0, dumps(), "a dump under way is not doubled");
        assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(lock.resolve("pid")).strip());

        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
        run(launcher.toString(), Map.of("HOPFIELD_CDS_DELAY", "0"), "patterns");
        waitFor(app.resolve("hopfield.jsa.where"));
        waitFor(null);
        assertEquals(1, dumps(), "after ten minutes the PID is not trusted (it may be another process's after a reboot)");
    }

    /** How many times the fake java was asked to dump an archive. */
    private long dumps() throws IOException {
        Path log = image.resolve("lib/runtime/bin/dumps");
        return Files.exists(log) ? Files.readAllLines(log).stream().filter("-Xshare:dump"::equals).count() : 0;
    }

    /** Puts src/dist/app-cds.sh and a class list into the fake image, as the build does. */
    private Path installArchiveScript() throws IOException {
        Path app = image.resolve("lib/app");
        Files.copy(Path.of("src/dist/app-cds.sh"), app.resolve("app-cds.sh"));
        Files.writeString(app.resolve("hopfield.classlist"), "java/lang/Object\n");
        return app;
    }

    /** Waits up to 20 s for a file to appear, or (null) for the background dump to release its lock. */
    private void waitFor(Path file) throws InterruptedException {
        Path lock = image.resolve("lib/app/hopfield.jsa.lock");
        for (int i = 0; i < 400; i++) {
            if (file == null ? !Files.exists(lock) : Files.exists(file)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + (file == null ? lock + " to go" : file));
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
